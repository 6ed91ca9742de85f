"""Partition health that says which hours the store holds.

Dagster marks an hourly partition materialized only when a run targets it.
But a run reads more than its own hour: a full resync reads complete listings,
so after it the store holds every hour up to its partition; an incremental
run reads its look-back and any catch-up, so an hour whose own run failed is
in the store once a later run read it; and the department tree, identities,
platforms and tag groups are read whole by every run. Left alone, the asset
pages would read "0% filled, 7,983 missing" after a full resync, and show an
hour red whose data a later run brought in.

The ``flowsync_partition_coverage`` sensor makes the page say what is true: for
each materialization of a finished run it works out the hours that run
covered, and reports a materialization (metadata ``covered_by_run``) for each
such hour no run has materialized yet. It writes at most
``EVENTS_PER_TICK`` events per evaluation and resumes on the next one, so a
year of hours fills in over minutes without holding up the daemon.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from dagster import (
    AssetKey,
    AssetMaterialization,
    DagsterEventType,
    DagsterInstance,
    DagsterRunStatus,
    DefaultSensorStatus,
    RunsFilter,
    SensorEvaluationContext,
    SensorResult,
    TimeWindowPartitionsDefinition,
    sensor,
)

SENSOR_NAME = "flowsync_partition_coverage"
EVENTS_PER_TICK = 1000  # ~9 s of event writes a tick (8-9 ms an event, SQLite or PostgreSQL)
RUNS_PER_TICK = 25
COVERED_BY = "covered_by_run"


def covered_span(keys: Sequence[str], partitions_def: TimeWindowPartitionsDefinition,
                 key: str, metadata: Mapping[str, object]) -> tuple[int, int]:
    """The partitions, other than ``key``, whose hours a materialization of
    ``key`` with ``metadata`` (what ``SyncStep`` records) read, as a slice of
    ``keys`` (every partition, in order): every earlier one after a full or
    whole listing, otherwise the whole hours from ``window_start_utc`` on."""
    if key not in keys:
        return 0, 0
    end = keys.index(key)
    if _text(metadata.get("mode")) == "full" or "listing" in metadata:
        return 0, end
    window_start = _text(metadata.get("window_start_utc"))
    if not window_start:
        return end, end
    start = datetime.fromisoformat(window_start)
    if start <= partitions_def.time_window_for_partition_key(keys[0]).start:
        return 0, end
    first = partitions_def.get_partition_key_for_timestamp(start.timestamp())
    if partitions_def.time_window_for_partition_key(first).start < start:
        first = partitions_def.get_next_partition_key(first) or key
    return (keys.index(first), end) if first in keys else (end, end)


def _text(value: object) -> str:
    """Metadata read back from the event log is wrapped (``TextMetadataValue``)."""
    inner = getattr(value, "value", value)
    return inner if isinstance(inner, str) else ""


@dataclass(frozen=True)
class Coverage:
    """What one finished run covered: per asset, the partitions it read."""

    run_id: str
    covered: Mapping[AssetKey, frozenset[str]]
    # the table's rows after that run: the asset page shows the latest
    # materialization's row count, and a filled hour's is the run's
    row_counts: Mapping[AssetKey, int]


def run_coverage(instance: DagsterInstance, run_id: str,
                 partitions_defs: Mapping[AssetKey, TimeWindowPartitionsDefinition]) -> Coverage:
    spans: dict[AssetKey, list[tuple[int, int]]] = {}
    keys: dict[AssetKey, list[str]] = {}
    row_counts: dict[AssetKey, int] = {}
    records = instance.get_records_for_run(
        run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION).records
    for record in records:
        event = record.event_log_entry.asset_materialization
        if event is None or event.partition is None or event.asset_key not in partitions_defs:
            continue
        partitions_def = partitions_defs[event.asset_key]
        every = keys.setdefault(event.asset_key, partitions_def.get_partition_keys())
        spans.setdefault(event.asset_key, []).append(
            covered_span(every, partitions_def, event.partition, event.metadata))
        rows = getattr(event.metadata.get("dagster/row_count"), "value", None)
        if isinstance(rows, int):
            row_counts[event.asset_key] = rows
    return Coverage(run_id, {asset: _union(keys[asset], s) for asset, s in spans.items()},
                    row_counts)


def _union(keys: Sequence[str], spans: Iterable[tuple[int, int]]) -> frozenset[str]:
    """The keys of overlapping slices, each index taken once (a year-long
    backfill run has thousands of nearly identical slices)."""
    chosen: set[str] = set()
    reach = 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if start < end:
            chosen.update(keys[start:end])
            reach = end
    return frozenset(chosen)


def unfilled(instance: DagsterInstance, coverage: Coverage,
             budget: int) -> tuple[list[AssetMaterialization], bool]:
    """Materializations for the covered partitions nothing materialized yet,
    at most ``budget``; and whether that was all of them."""
    wanted = [(asset_key, key)
              for asset_key, keys in sorted(coverage.covered.items(),
                                            key=lambda kv: kv[0].to_string())
              for key in sorted(keys - instance.get_materialized_partitions(asset_key))]
    events = [AssetMaterialization(
        asset_key=asset_key, partition=key,
        description="This hour was read by a run of another partition: a full resync, a "
                    "whole listing, or a look-back or catch-up window.",
        metadata={COVERED_BY: coverage.run_id, **_rows(coverage, asset_key)})
        for asset_key, key in wanted[:budget]]
    return events, len(wanted) <= budget


def _rows(coverage: Coverage, asset_key: AssetKey) -> dict[str, int]:
    rows = coverage.row_counts.get(asset_key)
    return {} if rows is None else {"dagster/row_count": rows}


def finished_runs(instance: DagsterInstance, after: float) -> Iterable[tuple[str, float]]:
    """Runs that ended (succeeded or failed: a failed run's committed steps
    count) after ``after``, oldest first. One second of overlap: re-examining
    a run is harmless, missing one is not."""
    records = instance.get_run_records(
        filters=RunsFilter(statuses=[DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE],
                           updated_after=datetime.fromtimestamp(after) - timedelta(seconds=1)),
        order_by="update_timestamp", ascending=True, limit=RUNS_PER_TICK)
    return [(r.dagster_run.run_id, r.update_timestamp.timestamp()) for r in records]


def build_coverage_sensor(partitions_defs: Mapping[AssetKey, TimeWindowPartitionsDefinition]):
    @sensor(name=SENSOR_NAME, minimum_interval_seconds=30,
            default_status=DefaultSensorStatus.RUNNING,
            description="Marks the hourly partitions a finished run read beyond its own (a "
                        "full resync: every earlier hour; a look-back or catch-up: those "
                        f"hours) as materialized, metadata {COVERED_BY}, so partition health "
                        f"says which hours the store holds. At most {EVENTS_PER_TICK} per tick.")
    def partition_coverage(context: SensorEvaluationContext) -> SensorResult:
        after = float(context.cursor or 0)
        events: list[AssetMaterialization] = []
        for run_id, updated in finished_runs(context.instance, after):
            coverage = run_coverage(context.instance, run_id, partitions_defs)
            more, complete = unfilled(context.instance, coverage, EVENTS_PER_TICK - len(events))
            events += more
            if not complete:
                break
            after = max(after, updated)
        if not events:
            return SensorResult(skip_reason="every hour a finished run read is marked "
                                            "materialized", cursor=str(after))
        context.log.info(f"{len(events)} partition(s) marked covered")
        return SensorResult(asset_events=events, cursor=str(after))

    return partition_coverage
