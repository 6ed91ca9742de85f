"""Which earlier hours a run marks materialized (``sync/coverage.py``).

A full resync or a whole listing read every earlier hour; an incremental run
read the whole hours of its window before its own (look-back, catch-up); an
hour only partly inside the window was not read whole. No hour before the
earliest one the instance shows materialized is marked, and nothing on the
instance's first materialization of the asset.
"""

from __future__ import annotations

from datetime import UTC, datetime

from dagster import HourlyPartitionsDefinition

from flowsync_dagster.sync.coverage import MARK_MAX_HOURS, first_hour_read, hours_to_mark
from flowsync_dagster.sync.partitions import SyncWindow

PARTITIONS = HourlyPartitionsDefinition(start_date="2026-11-26-00:00", timezone="Asia/Shanghai")
KEYS = PARTITIONS.get_partition_keys()
KEY = "2026-11-27-08:00"  # [2026-11-27T00:00Z, 01:00Z)
EVERY_EARLIER = KEYS[:KEYS.index(KEY)]


def window(start: str | None = None, *, full: bool = False) -> SyncWindow:
    return SyncWindow(full=full, start=datetime.fromisoformat(start) if start else None,
                      end=None if full else datetime(2026, 11, 27, 1, tzinfo=UTC),
                      first_partition=KEY, last_partition=KEY, reason="test")


def marked(read: SyncWindow, materialized: set[str], *, whole: bool = False,
           own: str = KEY) -> list[str]:
    return hours_to_mark(PARTITIONS, first_hour_read(PARTITIONS, read, whole), own,
                         materialized).hours


def test_a_full_resync_marks_every_earlier_hour_the_instance_has_not() -> None:
    got = marked(window(full=True), {KEYS[0]})
    assert got == EVERY_EARLIER[1:]
    assert got[0] == "2026-11-26-01:00" and got[-1] == "2026-11-27-07:00"


def test_a_whole_listing_marks_every_earlier_hour_whatever_the_mode() -> None:
    assert marked(window("2026-11-26T21:00:00+00:00"), {KEYS[0]}, whole=True) == \
        EVERY_EARLIER[1:]


def test_an_hourly_run_marks_its_look_back() -> None:
    assert marked(window("2026-11-26T21:00:00+00:00"), {KEYS[0]}) == \
        ["2026-11-27-05:00", "2026-11-27-06:00", "2026-11-27-07:00"]


def test_an_hour_partly_inside_the_window_is_not_marked() -> None:
    assert marked(window("2026-11-26T21:30:00+00:00"), {KEYS[0]}) == \
        ["2026-11-27-06:00", "2026-11-27-07:00"]


def test_a_window_of_its_own_hour_marks_nothing_else() -> None:
    assert marked(window("2026-11-27T00:00:00+00:00"), {KEYS[0]}) == []


def test_a_window_starting_before_the_first_partition_stops_there() -> None:
    read = window("2026-11-25T00:00:00+00:00")
    assert hours_to_mark(PARTITIONS, first_hour_read(PARTITIONS, read, False),
                         "2026-11-26-02:00", {KEYS[0]}).hours == ["2026-11-26-01:00"]


def test_hours_already_materialized_are_not_marked_again() -> None:
    held = {KEYS[0], "2026-11-27-02:00", "2026-11-27-05:00"}
    got = marked(window(full=True), held)
    assert not held & set(got) and len(got) == len(EVERY_EARLIER) - 3


def test_no_hour_before_the_earliest_the_instance_holds() -> None:
    """A year of hours would cost the first run ~30 minutes of event writes."""
    assert marked(window(full=True), set()) == []
    assert marked(window(full=True), {"2026-11-27-03:00"}) == \
        ["2026-11-27-04:00", "2026-11-27-05:00", "2026-11-27-06:00", "2026-11-27-07:00"]
    # an older hour run later (a backfill) does not reach back past its own
    assert marked(window(full=True), {"2026-11-27-09:00"}) == []


def test_the_first_partition_has_nothing_before_it() -> None:
    assert marked(window(full=True), {KEYS[0]}, own=KEYS[0]) == []


def test_a_long_gap_is_marked_newest_first_a_week_a_run() -> None:
    read = window(full=True)
    gap = hours_to_mark(PARTITIONS, first_hour_read(PARTITIONS, read, False), KEYS[250],
                        {KEYS[0]})
    assert gap.hours == KEYS[250 - MARK_MAX_HOURS:250] and gap.left == 249 - MARK_MAX_HOURS
    after = hours_to_mark(PARTITIONS, first_hour_read(PARTITIONS, read, False), KEYS[250],
                          {KEYS[0], *gap.hours})
    assert after.hours == KEYS[1:250 - MARK_MAX_HOURS] and after.left == 0
