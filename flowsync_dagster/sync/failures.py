"""How a step's error becomes the one-line ``Failure`` it fails with.

The line is for a person (the run's UI, the alert's text); the metadata is for
the alert sensors, which route on the kind it names and never on the line
(``store/failure_kind.py``). Permanent failures (the API refused, the guard
tripped, a check failed, a setting is wrong) are not retried; a lost database
connection is retried once by the step's retry policy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dagster import Failure
from sqlalchemy.exc import DBAPIError

from flowsync_dagster.officeflow.client import OfficeflowError
from flowsync_dagster.settings.keys import SettingsError
from flowsync_dagster.store.database import StoreError
from flowsync_dagster.store.failure_kind import FailureFacts, FailureKind
from flowsync_dagster.store.merge import MassRemovalRefused


class BlockingCheckFailed(Exception):
    """A blocking check found the store wrong; the step was rolled back."""

    def __init__(self, message: str, *, checks: Sequence[str], tables: Sequence[str]) -> None:
        super().__init__(message)
        self.checks = tuple(dict.fromkeys(checks))  # once each, as they failed
        self.tables = tuple(tables)


PERMANENT = (OfficeflowError, MassRemovalRefused, SettingsError, StoreError, BlockingCheckFailed)


def facts_of(exc: Exception) -> FailureFacts:
    """The kind of a permanent failure, from its exception's type (never its text)."""
    if isinstance(exc, MassRemovalRefused):
        return FailureFacts(FailureKind.GUARD, tables=(exc.table,))
    if isinstance(exc, BlockingCheckFailed):
        return FailureFacts(FailureKind.BLOCKING_CHECK, checks=exc.checks, tables=exc.tables)
    if isinstance(exc, OfficeflowError):  # the client sits below the store and names no kind
        return FailureFacts(FailureKind.SOURCE)
    if isinstance(exc, StoreError):
        return FailureFacts(FailureKind.STORE)
    return FailureFacts()  # a wrong setting: neither the source's nor the store's


def permanent_failure(exc: Exception) -> Failure:
    """A one-line failure that Dagster will not retry."""
    return Failure(description=str(exc).splitlines()[0], metadata=facts_of(exc).metadata(),
                   allow_retries=False)


def store_failure(exc: DBAPIError, tables_written: Iterable[str]) -> Failure:
    """A database error as one line, without its DETAIL and CONTEXT lines (which
    quote the failing row) and without the statement's parameters."""
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    lost = exc.connection_invalidated or (sqlstate or "").startswith("08") or \
        type(orig).__name__ in ("OperationalError", "InterfaceError")
    tables = tuple(tables_written)
    what = ", ".join(tables)
    # a retried failure keeps its metadata: Dagster's last attempt reports it
    metadata = FailureFacts(FailureKind.STORE, tables=tables).metadata()
    if lost:
        return Failure(description=f"{what}: the store's connection was lost ({first}); "
                                   "nothing of the step was committed", metadata=metadata,
                       allow_retries=True)
    return Failure(description=f"{what}: the store refused a statement "
                               f"({type(orig).__name__}, SQLSTATE {sqlstate}): {first}; nothing "
                               "of the step was committed", metadata=metadata,
                   allow_retries=False)
