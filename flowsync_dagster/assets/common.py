"""What every sync asset shares: switches, timing, and its MaterializeResult."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

from dagster import (
    AssetCheckResult,
    AssetExecutionContext,
    AssetKey,
    Backoff,
    Failure,
    Jitter,
    MaterializeResult,
    MetadataValue,
    RetryPolicy,
)

from flowsync_dagster.officeflow.client import (
    OfficeflowClient,
    OfficeflowError,
    OfficeflowRefused,
)
from flowsync_dagster.officeflow.models import BadRecord, ItemDecoder, Page
from flowsync_dagster.partitions import SyncWindow
from flowsync_dagster.settings import SettingsError
from flowsync_dagster.store.database import StoreError
from flowsync_dagster.store.merge import (
    MassRemovalRefused,
    MergeResult,
    QuarantineCase,
    QuarantineResult,
)

T = TypeVar("T")

# One writer at a time across runs (the pool's limit is in dagster.yaml); the
# advisory lock in the store is the second line.
STORE_POOL = "flowsync_store"

# A step is retried once for what may pass (a dropped database connection);
# never for a refusal, and never for an API that stayed down past the client's
# own bounded retries: the contract says the step then fails.
SYNC_RETRY_POLICY = RetryPolicy(max_retries=1, delay=30, backoff=Backoff.EXPONENTIAL,
                                jitter=Jitter.PLUS_MINUS)

PERMANENT = (OfficeflowError, MassRemovalRefused, SettingsError, StoreError)


def permanent_failure(exc: Exception) -> Failure:
    """A one-line failure that Dagster will not retry."""
    return Failure(description=str(exc).splitlines()[0], allow_retries=False)


def invalid_cases(bad: Iterable[BadRecord], prefix: str = "", entity: str | None = None
                  ) -> list[QuarantineCase]:
    """Records the API sent that could not be decoded: quarantined, never dropped."""
    return [QuarantineCase(prefix + b.source_key, "invalid_record", b.payload, b.error, entity)
            for b in bad]


class MemberLists:
    """The member lists of many parents (posts, tags), read concurrently.

    Iterating yields ``(parent id, page)`` in the calling thread, as lists
    arrive, so rows can stream into one COPY. A parent whose list answers 404
    (deleted between the two calls) lands in ``missing``."""

    def __init__(self, client: OfficeflowClient, path: str, decoder: ItemDecoder[T],
                 parents: Iterable[str]) -> None:
        self.client = client
        self.path = path
        self.decoder = decoder
        self.parents = parents
        self.missing: list[str] = []
        self.read = 0

    def _fetch(self, parent: str) -> list[Page[T]] | None:
        try:
            return list(self.client.iter_pages(self.path.format(quote(parent, safe="")),
                                               self.decoder))
        except OfficeflowRefused as exc:
            if exc.status == 404:
                return None
            raise

    def __iter__(self) -> Iterator[tuple[str, Page[T]]]:
        for parent, pages in self.client.fan_out(self._fetch, self.parents):
            if pages is None:
                self.missing.append(parent)
                continue
            self.read += 1
            for page in pages:
                yield parent, page


def member_lists(client: OfficeflowClient, path: str, decoder: ItemDecoder[T],
                 parents: Iterable[str]) -> MemberLists:
    return MemberLists(client, path, decoder, parents)


class UniqueMembers:
    """Each parent's members once each, as ``(parent id, member)``; bad items go to
    ``cases`` (filed as ``<parent>/<key>`` under ``entity``) and the repeats the
    source sent are counted, for the duplicates check. A parent's list is
    small, so folding it here keeps the merge on its fast, optimistic path."""

    def __init__(self, lists: MemberLists, key: Callable[[Any], Hashable],
                 cases: list[QuarantineCase], entity: str) -> None:
        self.lists = lists
        self.key = key
        self.cases = cases
        self.entity = entity
        self.repeats = 0

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        current: str | None = None
        seen: set[Hashable] = set()
        for parent, page in self.lists:
            self.cases.extend(invalid_cases(page.bad, prefix=f"{parent}/", entity=self.entity))
            if parent != current:
                current, seen = parent, set()
            for member in page.records:
                key = self.key(member)
                if key in seen:
                    self.repeats += 1
                    continue
                seen.add(key)
                yield parent, member


def skipped(context: AssetExecutionContext, switch: str, what: str) -> None:
    context.log.info(f"{switch}=false: this environment leaves {what} to another system; "
                     "not synced in this run")


def records(pages: Iterable[Page[T]], cases: list[QuarantineCase]) -> Iterator[T]:
    """Stream the records of a listing; its bad items go to ``cases``."""
    for page in pages:
        cases.extend(invalid_cases(page.bad))
        yield from page.records


@dataclass
class StepReport:
    window: SyncWindow
    merges: list[MergeResult] = field(default_factory=list)
    quarantine: QuarantineResult | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def metadata(self, client: OfficeflowClient | None = None) -> dict[str, Any]:
        meta: dict[str, Any] = dict(self.window.as_metadata())
        for merge in self.merges:
            prefix = "" if merge is self.merges[0] else f"{merge.table}."
            meta.update({prefix + k: v for k, v in merge.as_metadata().items()})
        if self.quarantine is not None:
            meta["quarantined"] = self.quarantine.open
            meta["quarantined_new"] = self.quarantine.new
            meta["quarantine_resolved"] = self.quarantine.resolved
        if client is not None:
            meta["api_requests"] = client.requests_sent
            meta["api_retries"] = client.retries
        meta.update(self.extra)
        meta["elapsed_seconds"] = round(time.monotonic() - self.started, 3)
        return meta


def preview_table(merge: MergeResult) -> MetadataValue:
    """A few of the rows this run read, as the merge saw them in staging."""
    lines = ["| " + " | ".join(merge.preview_columns) + " |",
             "|" + "---|" * len(merge.preview_columns)]
    for row in merge.preview:
        cells = ["" if v is None else str(v).replace("|", "\\|") for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return MetadataValue.md("\n".join(lines))


def result(context: AssetExecutionContext, table: str, report: StepReport,
           checks: list[AssetCheckResult], *, client: OfficeflowClient | None = None
           ) -> MaterializeResult:
    meta = report.metadata(client)
    merge = report.merges[0]
    meta["dagster/row_count"] = merge.rows_after
    meta["active_rows"] = merge.active_after
    meta["preview"] = preview_table(merge)
    changed = sum(m.changed for m in report.merges)
    context.log.info(
        f"{table}: {report.window.mode} ({report.window.reason}); "
        + ", ".join(f"{m.table} +{m.inserted} ~{m.updated} ^{m.reactivated} -{m.removed}"
                    for m in report.merges)
        + (f"; {report.quarantine.open} quarantined" if report.quarantine else "")
        + f"; {changed} rows changed"
    )
    return MaterializeResult(asset_key=AssetKey(table), metadata=meta, check_results=checks)
