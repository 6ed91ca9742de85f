"""``covered_span``: which partitions, besides its own, a materialization read.

A full resync or a whole listing read every earlier hour; an incremental run
read the whole hours of its window before its own (look-back, catch-up); an
hour only partly inside the window was not read whole and is not covered.
"""

from __future__ import annotations

from dagster import HourlyPartitionsDefinition

from flowsync_dagster.defs.coverage import _union, covered_span

PARTITIONS = HourlyPartitionsDefinition(start_date="2026-11-26-00:00", timezone="Asia/Shanghai")
KEYS = PARTITIONS.get_partition_keys()
KEY = "2026-11-27-08:00"  # [2026-11-27T00:00Z, 01:00Z)


def covered(key: str, **metadata: object) -> list[str]:
    start, end = covered_span(KEYS, PARTITIONS, key, metadata)
    return KEYS[start:end]


def test_a_full_resync_covers_every_earlier_hour() -> None:
    got = covered(KEY, mode="full")
    assert got == KEYS[:KEYS.index(KEY)]
    assert got[0] == "2026-11-26-00:00" and got[-1] == "2026-11-27-07:00"


def test_a_whole_listing_covers_every_earlier_hour_whatever_the_mode() -> None:
    assert covered(KEY, mode="incremental", listing="complete") == KEYS[:KEYS.index(KEY)]


def test_an_hourly_run_covers_its_look_back() -> None:
    got = covered(KEY, mode="incremental", window_start_utc="2026-11-26T21:00:00+00:00")
    assert got == ["2026-11-27-05:00", "2026-11-27-06:00", "2026-11-27-07:00"]


def test_an_hour_partly_inside_the_window_is_not_covered() -> None:
    got = covered(KEY, mode="incremental", window_start_utc="2026-11-26T21:30:00+00:00")
    assert got == ["2026-11-27-06:00", "2026-11-27-07:00"]


def test_a_window_of_its_own_hour_covers_nothing_else() -> None:
    assert covered(KEY, mode="incremental", window_start_utc="2026-11-27T00:00:00+00:00") == []
    assert covered(KEY, mode="incremental") == []


def test_a_window_starting_before_the_first_partition_stops_there() -> None:
    got = covered("2026-11-26-02:00", mode="incremental",
                  window_start_utc="2026-11-25T00:00:00+00:00")
    assert got == ["2026-11-26-00:00", "2026-11-26-01:00"]


def test_a_partition_not_in_the_definition_covers_nothing() -> None:
    assert covered("2025-01-01-00:00", mode="full") == []


def test_metadata_read_back_from_the_event_log_is_unwrapped() -> None:
    class Text:  # what TextMetadataValue looks like to covered_span
        def __init__(self, value: str) -> None:
            self.value = value

    assert covered(KEY, mode=Text("full")) == KEYS[:KEYS.index(KEY)]


def test_overlapping_slices_are_taken_once() -> None:
    assert _union(list("abcdef"), [(0, 3), (1, 4), (0, 2), (5, 6)]) == frozenset("abcdf")
    assert _union(list("abc"), []) == frozenset()
