"""The one skeleton every sync asset runs on.

An asset module describes a ``SyncAsset``: the tables its step writes, its
checks, and a ``write`` function that reads the source and merges into the
store. Everything else happens here, once, in this order:

1. skip the step when this environment leaves the entity to another system;
2. open the step's transaction; an incremental run's span is planned from
   the ``sync_run`` ledger (look-back, and catch-up after a failed hour);
3. ``write`` reads and merges;
4. the checks run inside the transaction; a failed blocking check raises,
   so the transaction rolls back and readers never see what it rejected;
5. one ``sync_run`` row per table, in the same transaction; commit;
6. one ``MaterializeResult`` per table, with its check results and metadata
   the UI plots (no personal data).

Failures become one-line ``Failure``s that carry their kind
(``sync/failures.py``): permanent ones (the API refused, the guard tripped, a
check failed) are not retried; a lost database connection is retried once by
the step's retry policy.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from dagster import (
    AssetCheckKey,
    AssetCheckResult,
    AssetExecutionContext,
    AssetKey,
    AssetMaterialization,
    Backoff,
    Jitter,
    MaterializeResult,
    MetadataValue,
    RetryPolicy,
    TimeWindowPartitionsDefinition,
)
from sqlalchemy.exc import DBAPIError

from flowsync_dagster.officeflow.client import OfficeflowClient
from flowsync_dagster.officeflow.models import BadRecord, Page
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.resources.run_settings import RunSettings, settle
from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.resources.sync import SyncPolicy, SyncPolicyResource
from flowsync_dagster.store import ledger
from flowsync_dagster.store import schema as tables
from flowsync_dagster.store.entity import EntityTable
from flowsync_dagster.store.merge import MergeResult, RemovalGuard, StepWriter
from flowsync_dagster.store.quarantine import INVALID_RECORD, QuarantineCase, QuarantineResult
from flowsync_dagster.sync import checks as check_types
from flowsync_dagster.sync import coverage, progress
from flowsync_dagster.sync.catalog import (
    column_schema,
    identifying_columns,
    mask_key,
    personal_columns,
    table_name,
)
from flowsync_dagster.sync.failures import (
    PERMANENT,
    BlockingCheckFailed,
    permanent_failure,
    store_failure,
)
from flowsync_dagster.sync.partitions import (
    ACCEPT_OLDER_TAG,
    SyncConfig,
    SyncWindow,
    first_read_is_whole,
    plan_span,
    sync_window,
)

T = TypeVar("T")


def step_retry_policy(delay_seconds: float) -> RetryPolicy:
    """A step is retried once for what may pass (a dropped database connection,
    a restarted server); never for a refusal, and never for an API that stayed
    down past the client's own bounded retries: the contract says the step
    then fails."""
    return RetryPolicy(max_retries=1, delay=delay_seconds, backoff=Backoff.EXPONENTIAL,
                       jitter=Jitter.PLUS_MINUS)


def invalid_cases(bad: Iterable[BadRecord], prefix: str = "", entity: str | None = None
                  ) -> list[QuarantineCase]:
    """Records the API sent that could not be decoded: quarantined, never dropped."""
    return [QuarantineCase(prefix + b.source_key, INVALID_RECORD, b.payload, b.error, entity)
            for b in bad]


@dataclass
class TableReport:
    """What one step did to one table, for its materialization and sync_run row."""

    table: str
    merge: MergeResult | None = None
    quarantine: QuarantineResult | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, int | list[str]] = field(default_factory=dict)  # for ReportChecks
    rows_read: int | None = None  # records read, when more than the rows staged
    extension_columns: tuple[tuple[str, str], ...] = ()
    checks: list[AssetCheckResult] = field(default_factory=list)


@dataclass(frozen=True)
class SyncAsset:
    """What is particular to one sync step."""

    name: str  # the op's name
    writes: tuple[EntityTable, ...]  # the tables (assets) it writes; the first is its main one
    write: Callable[[SyncStep, StepWriter], None]
    checks: tuple[check_types.Check, ...] = ()
    # the tables of other steps that this one reads or names (a membership
    # names a user, a department rule's mapping moves a department): the asset
    # graph's edges, and the order a run takes its steps in
    deps: tuple[str, ...] = ()
    # the API lists it whole on every run (the tree, the registries): every run
    # judges all of it, and records it as a complete listing
    whole_listing: bool = False
    switch: str | None = None  # a SyncPolicy switch: departments, posts, tags
    description: str = ""

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.writes)


class SyncStep:
    """One run of one ``SyncAsset``: its window, the API client, its reports."""

    def __init__(self, asset: SyncAsset, context: AssetExecutionContext, config: SyncConfig,
                 officeflow: OfficeflowResource, store: StoreResource,
                 policy: SyncPolicyResource) -> None:
        self.asset = asset
        self.context = context
        self.config = config
        self.store = store
        self._policy_resource = policy
        self.settings: RunSettings | None = None  # settled as the step starts
        self.started = datetime.now(UTC)
        self.window: SyncWindow = sync_window(context, config)
        self.reports = {t: TableReport(t) for t in asset.tables}
        self.cases: list[QuarantineCase] = []  # bad records read from the API
        self._officeflow = officeflow
        self._api_start: tuple[int, int] | None = None
        self._clock = time.monotonic()
        # the interval is read here, not bound at import: a test sets it to 0
        self.progress = progress.StepProgress(asset.name, context.log.info,
                                              interval=progress.INTERVAL_SECONDS)

    # ------------------------------------------------------------- reading

    @property
    def client(self) -> OfficeflowClient:
        client = self._officeflow.client
        if self._api_start is None:  # this step's calls only: the client is the run's
            self._api_start = client.counters()
            # the in-process executor runs one step at a time: the run's client
            # reports to this step until it ends (run() detaches it)
            client.observer = self.progress
        return client

    @property
    def policy(self) -> SyncPolicy:
        assert self.settings is not None, "settled in run()"
        return self.settings.policy

    @property
    def guard(self) -> RemovalGuard:
        return self.policy.guard(self.window.allow_mass_removal)

    @property
    def judges_all(self) -> bool:
        """Whether this run saw every record (so its checks and quarantine judge all)."""
        return self.window.full or self.asset.whole_listing

    def records(self, pages: Iterable[Page[T]], entity: str | None = None) -> Iterator[T]:
        """Stream the records of a listing; its bad items become quarantine cases."""
        for page in pages:
            self.cases.extend(invalid_cases(page.bad, entity=entity))
            yield from page.records

    def key(self, table: str) -> AssetKey:
        """The asset key of ``table`` in this code location (a school's prefix, if any)."""
        return next((k for k in self.context.assets_def.keys if k.path[-1] == table),
                    AssetKey(table))

    def report(self, table: str) -> TableReport:
        return self.reports[table]

    def merged(self, result: MergeResult) -> MergeResult:
        self.reports[result.table].merge = result
        self.phase(f"merged {result.table}")
        return result

    def phase(self, what: str) -> None:
        """A marker of where the step is (what an operator or a test of a
        killed run looks for), on the step's stderr: the run's stderr in the
        UI, a CLI run's output. Not in Dagster's event log: an event costs
        ~10 ms to store, and a run passes ~47 of these (bench/floor_parts.py)."""
        print(f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} flowsync phase [{self.asset.name}]: "
              f"{what}", file=sys.stderr, flush=True)

    # ------------------------------------------------------------- running

    def run(self) -> Iterator[MaterializeResult | AssetMaterialization]:
        try:
            self.settings = settle(self.context, self.config.settings, self._officeflow,
                                   self.store, self._policy_resource)
            if not self.policy.enabled(self.asset.switch):
                key = f"sync.{self.asset.switch}"
                variable = f"FLOWSYNC_SYNC_{(self.asset.switch or '').upper()}"
                self.context.log.info(
                    f"{key} is false ({variable}=false, from "
                    f"{self.settings.settled.origins.get(key)}): this school leaves "
                    f"{', '.join(self.asset.tables)} to another system; not synced")
                return
            with self.store.step(self.context.run.run_id, self.started) as writer:
                writer.accept_older = self.window.accept_older
                self._plan_span(writer)
                self.asset.write(self, writer)
                self.phase("written; evaluating checks")
                self._check(writer)
                self.phase("checks evaluated")
                self._record(writer)
                self.phase("committing")
            self.phase("committed")
        except PERMANENT as exc:
            raise permanent_failure(exc) from None
        except DBAPIError as exc:
            raise store_failure(exc, self.asset.tables) from None
        finally:
            if self._api_start is not None:  # the next step's reading is not this one's
                self._officeflow.client.observer = None
        yield from self._results()

    def _plan_span(self, writer: StepWriter) -> None:
        if self.window.full or self.window.start is None:
            return
        main = self.asset.tables[0]
        if not self.asset.whole_listing and not ledger.has_full_sync(writer, main):
            self.window = first_read_is_whole(self.window, main)
            if self.window.full:
                self.context.log.info(f"flowsync [{self.asset.name}]: {self.window.reason}")
                return
        since = self.window.start - max(self.policy.catchup_max, self.policy.lookback)
        self.window = plan_span(self.window, ledger.covered_spans(writer, main, since),
                                ledger.history_start(writer, main), self.policy.lookback,
                                self.policy.catchup_max)

    def _check(self, writer: StepWriter) -> None:
        failed: list[AssetCheckResult] = []
        for table, report in self.reports.items():
            report.checks = check_types.evaluate(writer, self.asset.checks, self.judges_all,
                                                 table, facts=report.facts,
                                                 key=self.key(table))
            blocking = {c.name for c in self.asset.checks if c.spec().blocking}
            failed += [r for r in report.checks if r.check_name in blocking and not r.passed]
        if failed:
            said = [f"{r.check_name} ({r.metadata['offending_rows'].value} rows, e.g. "
                    f"{r.metadata['sample'].value})" for r in failed]
            raise BlockingCheckFailed(
                f"{', '.join(self.asset.tables)}: blocking check failed: {'; '.join(said)}; "
                "the step was rolled back, the store is as it was before it",
                checks=[str(r.check_name) for r in failed], tables=self.asset.tables)

    def _record(self, writer: StepWriter) -> None:
        complete = self.judges_all
        for table, report in self.reports.items():
            merge = report.merge
            if merge is None:
                continue
            ledger.record_sync_run(writer, ledger.SyncRunRow(
                run_id=self.context.run.run_id, asset=table,
                table_name=table_name(table, writer.store.schema), mode="full" if complete
                else "incremental", window_start=None if complete else self.window.start,
                # a full read covers up to when it began (NULL), an hour's
                # first read up to its partitions' end (first_read_is_whole)
                window_end=self.window.end if self.window.full or not complete else None,
                window_reason=None if complete else self.window.span_reason,
                started_at=self.started, finished_at=datetime.now(UTC),
                rows_read=report.rows_read if report.rows_read is not None else merge.source_rows,
                inserted=merge.inserted, updated=merge.updated, reactivated=merge.reactivated,
                removed=merge.removed,
                quarantined=report.quarantine.open if report.quarantine else 0,
                stale_skipped=merge.stale_skipped))

    # ------------------------------------------------------------- results

    def _results(self) -> Iterator[MaterializeResult | AssetMaterialization]:
        main = self.asset.tables[0]
        selected = self.context.selected_asset_keys
        checks_selected = self.context.selected_asset_check_keys
        changed: list[str] = []
        for table, report in self.reports.items():
            if report.merge:
                m = report.merge
                changed.append(f"{table} +{m.inserted} ~{m.updated} ^{m.reactivated} "
                               f"-{m.removed}" + (f" stale {m.stale_skipped}"
                                                  if m.stale_skipped else ""))
            key = self.key(table)
            if key not in selected:
                self.context.log.info(f"{table} was written with the selected tables of this "
                                      "step (one transaction), but not selected: not reported")
                continue
            yield from self._covered_hours(key, report)
            yield MaterializeResult(
                asset_key=key, metadata=self._metadata(report, api=table == main),
                check_results=[r for r in report.checks
                               if AssetCheckKey(key, r.check_name) in checks_selected])
        stale = sum(r.merge.stale_skipped for r in self.reports.values() if r.merge)
        if stale:
            self.context.log.warning(f"{main}: {stale_note(stale)}")
        quarantined = sum(r.quarantine.open for r in self.reports.values() if r.quarantine)
        span = self.window.bounds
        self.context.log.info(
            f"{main}: {self.window.mode} ({self.window.reason}); "
            + (f"read {span[0].isoformat()}...{span[1].isoformat()} ({self.window.span_reason}); "
               if span else "") + ", ".join(changed) + f"; {quarantined} quarantined")

    def _covered_hours(self, key: AssetKey, report: TableReport) -> list[AssetMaterialization]:
        """The earlier hours this run read that the instance does not show
        materialized, reported before the run's own result so that the latest
        materialization stays the run's (``sync/coverage.py``)."""
        partitions_def = self.context.assets_def.partitions_def
        own = self.window.first_partition
        if report.merge is None or own is None or \
                not isinstance(partitions_def, TimeWindowPartitionsDefinition):
            return []
        first_read = coverage.first_hour_read(partitions_def, self.window,
                                              self.asset.whole_listing)
        marking = coverage.hours_to_mark(partitions_def, first_read, own,
                                         self.context.instance.get_materialized_partitions(key))
        if not marking.hours:
            return []
        self.context.log.info(
            f"{key.to_user_string()}: {len(marking.hours)} earlier hour(s) this run read marked "
            f"materialized ({coverage.span_text(marking.hours)})"
            + (f"; {marking.left} older one(s) left for later runs (at most "
               f"{coverage.MARK_MAX_HOURS} a run)" if marking.left else ""))
        meta = {coverage.COVERED_BY: self.context.run.run_id,
                "dagster/row_count": report.merge.rows_after}
        return [AssetMaterialization(asset_key=key, partition=hour, metadata=meta,
                                     description=coverage.DESCRIPTION) for hour in marking.hours]

    def _metadata(self, report: TableReport, api: bool) -> dict[str, Any]:
        meta: dict[str, Any] = dict(self.window.as_metadata())
        if self.asset.whole_listing:
            meta["listing"] = "complete (the API has no window for it)"
        merge = report.merge
        if merge is not None:
            meta.update(merge.as_metadata())
            if merge.stale_skipped:
                meta["stale_skipped_note"] = stale_note(merge.stale_skipped)
            meta["dagster/row_count"] = merge.rows_after
            meta["active_rows"] = merge.active_after
            meta["preview"] = preview_table(merge)
        if report.quarantine is not None:
            meta["quarantined"] = report.quarantine.open
            meta["quarantined_new"] = report.quarantine.new
            meta["quarantine_resolved"] = report.quarantine.resolved
        if api and self._api_start is not None:
            requests, retries = self._officeflow.client.counters()
            meta["api_requests"] = requests - self._api_start[0]
            meta["api_retries"] = retries - self._api_start[1]
        if report.extension_columns:
            meta["dagster/column_schema"] = column_schema(
                tables.metadata.tables[report.table], report.extension_columns)
        meta.update(report.extra)
        if self.settings is not None:
            meta["settings"] = MetadataValue.json(self.settings.masked())
        meta["elapsed_seconds"] = round(time.monotonic() - self._clock, 3)
        return meta


def stale_note(count: int) -> str:
    """What skipped stale records mean, and how to accept them."""
    return (f"{count} record(s) the source listed are older than the stored rows and were "
            "skipped, not removed (a source restored from a backup, a lagging read replica?). "
            f"To make the store follow the source's older versions on purpose, rerun with the "
            f"run tag {ACCEPT_OLDER_TAG}=true")


def preview_table(merge: MergeResult) -> MetadataValue:
    """A few of the rows this run read: no personal column, and the ids that
    name a person masked."""
    personal = personal_columns(merge.table)
    masked = identifying_columns(merge.table)
    shown = [i for i, c in enumerate(merge.preview_columns) if c not in personal]

    def cell(i: int, value: Any) -> str:
        if value is None:
            return ""
        text = mask_key(str(value)) if merge.preview_columns[i] in masked else str(value)
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(merge.preview_columns[i] for i in shown) + " |",
             "|" + "---|" * len(shown)]
    for row in merge.preview:
        lines.append("| " + " | ".join(cell(i, row[i]) for i in shown) + " |")
    return MetadataValue.md("\n".join(lines))
