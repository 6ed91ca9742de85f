"""The kinds of a step's failure, and the metadata a failure carries them in.

A step that fails raises a Dagster ``Failure`` whose metadata names its kind
(``sync/failures.py`` writes it, ``defs/alerts.py`` routes on it). The alert
never reads the failure's text: a reworded message must not turn a tripped
guard into "other". The vocabulary lives here, under the store, because the
store raises two of the kinds (the guard, its own failures) and every layer
that names a kind (sync, defs) sits above it; the Officeflow client, below,
names none: the step maps its exceptions to ``SOURCE``.

Plain values only (no Dagster here): ``metadata()`` is what a ``Failure`` is
given, ``read()`` takes the same values back, already unwrapped from Dagster's
metadata records by the reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

KIND_KEY = "flowsync/failure_kind"
CHECKS_KEY = "flowsync/failed_checks"  # the blocking checks that failed
TABLES_KEY = "flowsync/tables"  # the tables the failure is about


class FailureKind(StrEnum):
    GUARD = "guard"  # the mass-removal guard refused; nothing was written
    BLOCKING_CHECK = "blocking_check"  # a blocking check failed; the step was rolled back
    SOURCE = "source"  # the Officeflow API
    STORE = "store"
    OTHER = "other"  # anything else, and any failure that names no kind


# The store protected itself: a person must look before the next run.
PROTECTIVE = frozenset({FailureKind.GUARD, FailureKind.BLOCKING_CHECK})


@dataclass(frozen=True)
class FailureFacts:
    """What an alert needs of a failure besides its one line (never personal
    data: check and table names only)."""

    kind: FailureKind = FailureKind.OTHER
    checks: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()

    def metadata(self) -> dict[str, str | list[str]]:
        """The ``Failure``'s metadata (a JSON list each, shown in the run's UI)."""
        out: dict[str, str | list[str]] = {KIND_KEY: self.kind.value}
        if self.checks:
            out[CHECKS_KEY] = list(self.checks)
        if self.tables:
            out[TABLES_KEY] = list(self.tables)
        return out

    @classmethod
    def read(cls, metadata: Mapping[str, object]) -> FailureFacts:
        """The facts a failure's metadata carries; a failure without them (an
        error outside our code) or with a kind this code does not know is OTHER."""
        try:
            kind = FailureKind(str(metadata.get(KIND_KEY)))
        except ValueError:
            kind = FailureKind.OTHER
        return cls(kind, _names(metadata.get(CHECKS_KEY)), _names(metadata.get(TABLES_KEY)))


def _names(value: object) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(str(v) for v in value)
