"""What every sync asset shares: switches, timing, and its MaterializeResult."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dagster import (
    AssetCheckResult,
    AssetExecutionContext,
    AssetKey,
    BackfillPolicy,
    Backoff,
    Failure,
    Jitter,
    MaterializeResult,
    MetadataValue,
    PartitionsDefinition,
    RetryPolicy,
)

from flowsync_dagster.officeflow.client import OfficeflowClient, OfficeflowError
from flowsync_dagster.officeflow.models import BadRecord, Page
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


def sync_options(partitions_def: PartitionsDefinition) -> dict[str, Any]:
    """What every sync asset shares: hourly partitions read in one run per
    backfill, the store's pool, and the step retry policy."""
    return {"partitions_def": partitions_def, "backfill_policy": BackfillPolicy.single_run(),
            "pool": STORE_POOL, "retry_policy": SYNC_RETRY_POLICY}


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
