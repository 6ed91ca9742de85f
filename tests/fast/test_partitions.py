"""``first_gap`` and ``plan_span``: where an hourly run starts reading.

An hourly run reads its own hour, begun ``lookback`` earlier; when an earlier
hour's run failed (a gap in what the ``sync_run`` ledger says was read), it
reads from that gap, but never further back than ``catchup_max``. A full
resync covers everything before it began.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from flowsync_dagster.sync.partitions import (
    HOURLY_WINDOW,
    SyncWindow,
    first_gap,
    first_read_is_whole,
    plan_span,
)

H = timedelta(hours=1)
LOOKBACK = 3 * H
CATCHUP = 24 * H
# the run of the partition 2026-11-27-10:00 (UTC here: the window is in UTC)
START = datetime(2026, 11, 27, 10, tzinfo=UTC)
END = START + H


def at(hour: int, day: int = 27) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def hourly(first: datetime, last: datetime) -> list[tuple[datetime, datetime]]:
    """Spans of one successful hourly run each, ``first`` to ``last`` (exclusive)."""
    spans = []
    while first < last:
        spans.append((first, first + H))
        first += H
    return spans


def window() -> SyncWindow:
    return SyncWindow(full=False, start=START, end=END, first_partition="2026-11-27-18:00",
                      last_partition="2026-11-27-18:00", reason="hourly window",
                      partition_start=START, partition_end=END,
                      span_reason="the partitions' own hours")


# ---------------------------------------------------------------- first_gap


def test_first_gap_with_no_history_is_none_there_is_nothing_to_catch_up() -> None:
    assert first_gap([], at(0), at(10), history=None) is None


def test_first_gap_of_contiguous_history_is_none() -> None:
    assert first_gap(hourly(at(0), at(10)), at(2), at(10), history=at(0)) is None


def test_first_gap_is_the_start_of_the_failed_hour() -> None:
    covered = hourly(at(0), at(5)) + hourly(at(6), at(10))  # 05:00 failed
    assert first_gap(covered, at(2), at(10), history=at(0)) == at(5)


def test_first_gap_ignores_time_before_the_first_recorded_sync() -> None:
    assert first_gap(hourly(at(6), at(10)), at(0), at(10), history=at(6)) is None


def test_first_gap_counts_a_full_resync_as_covering_everything_before_it() -> None:
    covered = [(None, at(4)), *hourly(at(4), at(10))]
    assert first_gap(covered, at(0), at(10), history=at(0, day=20)) is None


def test_first_gap_follows_overlapping_spans_in_any_order() -> None:
    covered = [(at(7), at(10)), (at(0), at(4)), (at(3), at(8))]  # look-backs overlap
    assert first_gap(covered, at(1), at(10), history=at(0)) is None
    assert first_gap([(at(7), at(10)), (at(0), at(4))], at(1), at(10), history=at(0)) == at(4)


def test_first_gap_after_the_last_span_is_where_that_span_ended() -> None:
    assert first_gap(hourly(at(0), at(6)), at(2), at(9), history=at(0)) == at(6)


# ---------------------------------------------------------------- plan_span


def test_plan_span_without_history_reads_the_hour_and_its_look_back() -> None:
    planned = plan_span(window(), [], None, LOOKBACK, CATCHUP)
    assert (planned.start, planned.end) == (START - LOOKBACK, END)
    assert planned.span_reason == "3 h look-back before the partitions' hours"
    assert planned.partition_start == START  # the partitions' own span is kept apart


def test_plan_span_after_contiguous_hours_reads_only_the_look_back() -> None:
    covered = hourly(START - 30 * H, START)
    planned = plan_span(window(), covered, START - 30 * H, LOOKBACK, CATCHUP)
    assert planned.start == START - LOOKBACK
    assert "catching up" not in planned.span_reason


def test_plan_span_reads_from_the_hour_that_failed() -> None:
    failed = START - 6 * H
    covered = [s for s in hourly(START - 30 * H, START) if s[0] != failed]
    planned = plan_span(window(), covered, START - 30 * H, LOOKBACK, CATCHUP)
    assert planned.start == failed - LOOKBACK  # a late change just before it, too
    assert planned.end == END
    assert planned.span_reason.startswith(f"catching up from {failed.isoformat()}, less the "
                                          "3 h look-back:")
    assert "(the catch-up bound)" not in planned.span_reason


def test_plan_span_a_failure_inside_the_look_back_needs_no_catch_up() -> None:
    covered = [s for s in hourly(START - 30 * H, START) if s[0] != START - 2 * H]
    planned = plan_span(window(), covered, START - 30 * H, LOOKBACK, CATCHUP)
    assert planned.start == START - LOOKBACK


def test_plan_span_never_reaches_further_back_than_the_catch_up_bound() -> None:
    history = START - 10 * 24 * H  # synced once, ten days ago, and nothing since
    planned = plan_span(window(), hourly(history, history + 5 * H), history, LOOKBACK, CATCHUP)
    assert planned.start == START - CATCHUP - LOOKBACK
    assert "(the catch-up bound)" in planned.span_reason


def test_plan_span_after_a_full_resync_reads_only_the_look_back() -> None:
    covered = [(None, START - 4 * H), *hourly(START - 4 * H, START)]
    planned = plan_span(window(), covered, START - 100 * H, LOOKBACK, CATCHUP)
    assert planned.start == START - LOOKBACK


def test_plan_span_a_full_resync_does_not_cover_the_hours_after_it() -> None:
    covered = [(None, START - 8 * H)]  # the nightly resync, then every hour failed
    planned = plan_span(window(), covered, START - 100 * H, LOOKBACK, CATCHUP)
    assert planned.start == START - 8 * H - LOOKBACK


def test_plan_span_with_look_back_zero_reads_the_partitions_own_hours() -> None:
    planned = plan_span(window(), hourly(START - 5 * H, START), START - 5 * H,
                        timedelta(0), CATCHUP)
    assert (planned.start, planned.end) == (START, END)
    assert planned.span_reason == "the partitions' own hours"


def test_plan_span_with_look_back_zero_still_catches_up_a_failed_hour() -> None:
    covered = hourly(START - 5 * H, START - 2 * H)  # the last two hours failed
    planned = plan_span(window(), covered, START - 5 * H, timedelta(0), CATCHUP)
    assert planned.start == START - 2 * H


def test_plan_span_leaves_a_full_resync_alone() -> None:
    full = SyncWindow(full=True, start=None, end=None, first_partition=None,
                      last_partition=None, reason="run tag flowsync/mode=full")
    assert plan_span(full, [], START, LOOKBACK, CATCHUP) is full


def test_an_hourly_window_before_the_tables_first_full_resync_reads_everything() -> None:
    hour = replace(window(), reason=HOURLY_WINDOW)
    first = first_read_is_whole(hour, "app_user")
    assert first.full and first.bounds is None and first.mode == "full"
    assert first.reason.startswith("no full resync of app_user in the store yet")
    # the partitions it was launched for are still what it reports
    assert (first.first_partition, first.partition_start) == (hour.first_partition,
                                                              hour.partition_start)


def test_a_mode_the_run_chose_itself_is_left_as_it_is() -> None:
    for reason in ("run config mode: incremental", "run config mode: full"):
        chosen = replace(window(), reason=reason)
        assert first_read_is_whole(chosen, "app_user") == chosen
