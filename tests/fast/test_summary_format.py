"""The summary's account of the ledger (``python -m flowsync_dagster.cli.summary``):
each table's last hourly run and last full resync, formatted from typed
records alone; and a SQLite store that does not exist is named, not created.
The commands run against a real store in tests/test_summary.py."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flowsync_dagster.cli.summary import format_last_syncs, read_whole
from flowsync_dagster.store.database import StoreMissing, open_existing
from flowsync_dagster.store.ledger import LastSyncs, SyncRunRow
from flowsync_dagster.sync.entities import ENTITY_TABLES


def row(mode: str, **changes: object) -> SyncRunRow:
    values: dict[str, object] = dict(
        run_id="r1", asset="app_user", table_name="flowsync.app_user", mode=mode,
        window_start=None, window_end=None, window_reason=None,
        started_at=datetime(2026, 11, 27, 1, 5, tzinfo=UTC),
        finished_at=datetime(2026, 11, 27, 1, 5, 42, tzinfo=UTC), rows_read=120, inserted=3,
        updated=10, reactivated=0, removed=1, quarantined=0, stale_skipped=0)
    values.update(changes)
    return SyncRunRow(**values)  # type: ignore[arg-type]


HOURLY = row("incremental", window_start=datetime(2026, 11, 26, 21, tzinfo=UTC),
             window_end=datetime(2026, 11, 27, 1, tzinfo=UTC), window_reason="3 h look-back")
FULL = row("full", run_id="r0", started_at=datetime(2026, 11, 26, 18, 30, tzinfo=UTC),
           finished_at=datetime(2026, 11, 26, 18, 32, 5, tzinfo=UTC), rows_read=500,
           inserted=500, updated=0, removed=0, quarantined=4, stale_skipped=2)


def test_each_table_shows_its_last_hourly_run_and_full_resync_in_the_partitions_zone():
    lines = format_last_syncs([LastSyncs("app_user", HOURLY, FULL)], "Asia/Shanghai")
    assert "times in Asia/Shanghai" in lines[0]
    assert "+inserted ~updated ^reactivated -removed" in lines[1]
    # 01:05 UTC is 09:05 in Shanghai; the window's end shown without its date (same day)
    assert lines[2] == ("  app_user            hourly  2026-11-27 09:05 (42 s), window "
                        "2026-11-27 05:00 to 09:00, read 120: +3 ~10 ^0 -1")
    assert lines[3] == ("                      full    2026-11-27 02:32 (125 s), whole listings, "
                        "read 500: +500 ~0 ^0 -0, 2 stale skipped, 4 quarantined")


def test_a_window_over_midnight_shows_both_dates_and_a_short_step_its_tenths():
    late = row("incremental", window_start=datetime(2026, 11, 26, 22, tzinfo=UTC),
               window_end=datetime(2026, 11, 27, 1, tzinfo=UTC))
    late = replace(late, finished_at=late.started_at + timedelta(seconds=0.42))
    [head, _, hourly, full] = format_last_syncs([LastSyncs("app_user", late, None)], "UTC")
    assert "times in UTC" in head and full.endswith("full    never")
    assert "2026-11-27 01:05 (0.4 s), window 2026-11-26 22:00 to 2026-11-27 01:00" in hourly


def test_never_synced_is_never_and_no_line_starts_with_a_tables_name():
    """Scripts (and tests/test_cli_e2e.py) read the rows table by the first word
    of a line: the ledger's lines must not be mistaken for it."""
    lines = format_last_syncs([LastSyncs(t, None, None) for t in ENTITY_TABLES], "UTC")
    assert len(lines) == 2 + 2 * len(ENTITY_TABLES)
    assert all(line.endswith("never") for line in lines[2:])
    assert not [line for line in lines if line.split(" ")[0] in ENTITY_TABLES]


def test_a_table_every_run_reads_whole_has_no_hourly_window_but_its_last_listing():
    """The tree and the registries are listed whole by hourly runs too: the
    ledger records those runs as full listings, so the hourly line says so
    rather than "never"."""
    assert {"department", "tag_group", "user_attribute"} <= read_whole()
    assert "app_user" not in read_whole()
    tree = LastSyncs("department", None, row("full", asset="department"))
    [_, _, hourly, whole] = format_last_syncs([tree], "UTC", read_whole())
    assert hourly == ("  department          hourly  every run reads it whole, hourly ones too: "
                      "see full")
    assert "whole listings, read 120" in whole


def test_a_missing_sqlite_store_is_named_and_not_created(tmp_path: Path):
    path = tmp_path / "home" / "flowsync.db"
    with pytest.raises(StoreMissing, match=re.escape(f"the SQLite store {path} does not exist")):
        open_existing(f"sqlite:///{path}")
    assert not path.parent.exists(), "looking for the store created its folder"
