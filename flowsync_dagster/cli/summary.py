"""What the store holds, for a person: ``python -m flowsync_dagster.cli.summary``.

    python -m flowsync_dagster.cli.summary                      rows per table, open quarantine,
                                                            each table's last hourly run and
                                                            last full resync
    python -m flowsync_dagster.cli.summary --quarantine-csv F   the open cases, as a CSV file
                                                            (opens in Excel, Chinese intact)
        --include-personal-data                             ... with names, logins, mobiles,
                                                            OpenIDs and user ids unmasked

The CSV is a file that travels (mail, a shared drive): personal data in it
is masked unless asked for (names, logins, mobiles, emails, OpenIDs, user
ids, extension values; ``U000123`` as ``U00…``); department, post and tag
ids, statuses and reasons stay readable, so a case can still be found.

It reads the store named by the settings (FLOWSYNC_DATABASE_URL, or the
SQLite default) and never creates it: a store no run has created yet (no
SQLite file, no database, or a schema without the project's tables) is one
line on stderr naming it, and exit status 1 (2: the settings cannot be
read). pandas shapes the tables; nothing here is on the sync's path.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd

from flowsync_dagster.settings.load import SettingsError, load_settings
from flowsync_dagster.store import report
from flowsync_dagster.store.database import Store, StoreError, StoreMissing, open_existing
from flowsync_dagster.store.ledger import LastSyncs, SyncRunRow, last_syncs
from flowsync_dagster.store.schema import metadata
from flowsync_dagster.sync.catalog import mask_key, personal_columns, personal_key
from flowsync_dagster.sync.entities import ENTITIES


def table_counts(store: Store) -> pd.DataFrame:
    """Rows, active rows and removed rows of every table the store has."""
    return pd.DataFrame(report.table_counts(store), columns=list(report.TableCount._fields))


def open_quarantine(store: Store) -> pd.DataFrame:
    """Every open quarantine case, oldest first within each entity and reason."""
    return pd.DataFrame(report.open_cases(store), columns=list(report.QUARANTINE_COLUMNS))


def summarise(store: Store, timezone: str = "UTC") -> str:
    counts = table_counts(store)
    cases = open_quarantine(store)
    lines = [f"{'table':<20}{'rows':>10}{'active':>10}{'removed':>10}"]
    lines += [f"{r.table:<20}{r.rows:>10}{r.active:>10}{r.removed:>10}"
              for r in counts.itertuples(index=False)]
    lines += ["", f"open quarantine cases: {len(cases)}"]
    if len(cases):
        by_reason = cases.groupby(["entity", "reason"]).size()
        lines += [f"  {entity:<20}{reason:<22}{n:>6}" for (entity, reason), n in by_reason.items()]
    lines += ["", *format_last_syncs(last_syncs(store), timezone, read_whole())]
    return "\n".join(lines)


# ------------------------------------------------------------ the ledger

# What a store missing its tables needs: the first full resync creates them
CREATE_IT = ("a full resync creates the store and its tables: dg launch --job "
             "officeflow_full_resync --partition <the last complete hour> "
             "(docs/getting-started.md, step 5)")


def read_whole() -> frozenset[str]:
    """The tables every run lists whole (the tree, the registries): the ledger
    records each of their runs, hourly ones too, as a full listing."""
    return frozenset(t for asset in ENTITIES if asset.whole_listing for t in asset.tables)


def _minute(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _window(row: SyncRunRow, tz: ZoneInfo) -> str:
    """The span of the source read; a full resync reads whole listings."""
    if row.window_start is None or row.window_end is None:
        return "whole listings"
    start, end = row.window_start.astimezone(tz), row.window_end.astimezone(tz)
    # the end's date only when it differs: the usual window is a few hours of one day
    shown_end = end.strftime("%H:%M") if end.date() == start.date() else _minute(end, tz)
    return f"window {_minute(start, tz)} to {shown_end}"


def sync_text(row: SyncRunRow | None, tz: ZoneInfo) -> str:
    """One sync in a line: when it committed, how long it took, what it read
    and what it changed (the step log's +inserted ~updated ^reactivated -removed)."""
    if row is None:
        return "never"
    took = max(0.0, (row.finished_at - row.started_at).total_seconds())
    # a step of a few thousand rows takes under a second: "0 s" would say nothing
    took_text = f"{took:.1f} s" if took < 10 else f"{took:.0f} s"
    text = (f"{_minute(row.finished_at, tz)} ({took_text}), {_window(row, tz)}, read "
            f"{row.rows_read}: +{row.inserted} ~{row.updated} ^{row.reactivated} -{row.removed}")
    if row.stale_skipped:
        text += f", {row.stale_skipped} stale skipped"
    if row.quarantined:
        text += f", {row.quarantined} quarantined"
    return text


def format_last_syncs(syncs: Sequence[LastSyncs], timezone: str,
                      whole: Collection[str] = ()) -> list[str]:
    """Two lines a table, indented so that no line starts with a table's name
    (scripts read the rows table above by its first word). A table in
    ``whole`` is read whole by every run: its last full listing may be an
    hourly run's, and it has no hourly window to show."""
    tz = ZoneInfo(timezone)
    lines = [f"last successful syncs, from sync_run (times in {timezone}, the partitions' "
             "time zone):",
             "  when it finished (how long it took), the span it read, rows read: +inserted "
             "~updated ^reactivated -removed"]
    for one in syncs:
        hourly = sync_text(one.incremental, tz)
        if one.table in whole and one.incremental is None:
            hourly = "every run reads it whole, hourly ones too: see full"
        lines.append(f"  {one.table:<20}hourly  {hourly}")
        lines.append(f"  {'':<20}full    {sync_text(one.full, tz)}")
    return lines


# Fields of a quarantined record that never name a person: shown as they are
PLAIN_FIELDS = frozenset({
    "status", "identity", "updated_at", "platform", "kind", "category", "process_code",
    "process_name", "node_id", "node_name", "task_type", "department_ids", "department_id",
    "created_at", "finished_at", "anonymous", "parent_instance_id", "instance_id", "group_id",
    "post_id", "tag_id", "parent_id", "code", "order", "type", "key", "label", "max_length"})


def holds_personal_data(entity: str) -> bool:
    """Whether an entity's records name people (unknown entities: assumed so)."""
    if entity not in metadata.tables:
        return True
    return personal_key(entity) or bool(personal_columns(entity)) or entity in (
        "task_history", "post_member", "tag_user")


def masked_value(value: Any, entity_keeps_id: bool, field: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: masked_value(v, entity_keeps_id, k) for k, v in value.items()}
    if isinstance(value, list):
        return [masked_value(v, entity_keeps_id, field) for v in value]
    if field in PLAIN_FIELDS or (field == "id" and entity_keeps_id) or \
            value is None or isinstance(value, bool):
        return value
    return mask_key(str(value))


def masked_payload(entity: str, payload: str | None) -> str | None:
    """A record as received, its personal values masked (text that is not JSON: whole)."""
    if payload is None:
        return None
    try:
        decoded = json.loads(payload)
    except ValueError:
        return f"(masked: {len(payload)} characters; --include-personal-data shows them)"
    return json.dumps(masked_value(decoded, not personal_key(entity) if entity in
                                   metadata.tables else False), ensure_ascii=False)


def masked_detail(detail: str | None) -> str | None:
    """What is wrong, without the values it quotes (a login, a bound user's name)."""
    if not detail:
        return detail
    detail = re.sub(r"^username .*? is shared by", "username … is shared by", detail)
    head, sep, _ = detail.partition(": ")
    return f"{head}: (masked)" if sep else detail


def masked_cases(cases: pd.DataFrame) -> pd.DataFrame:
    masked = cases.copy()
    for i, case in cases.iterrows():
        if not holds_personal_data(case["entity"]):
            continue
        key = str(case["source_key"])
        masked.at[i, "source_key"] = mask_key(key) if personal_key(case["entity"]) or \
            case["entity"] not in metadata.tables else key
        masked.at[i, "payload"] = masked_payload(case["entity"], case["payload"])
        masked.at[i, "detail"] = masked_detail(case["detail"])
    return masked


def write_quarantine_csv(store: Store, path: Path, include_personal_data: bool = False) -> int:
    """The open cases as CSV (UTF-8 with a byte order mark, so that Excel reads
    Chinese text right), personal data masked unless asked for; returns how many."""
    cases = open_quarantine(store)
    if not include_personal_data:
        cases = masked_cases(cases)
    cases.to_csv(path, index=False, encoding="utf-8-sig")
    return len(cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowsync_dagster.cli.summary",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--quarantine-csv", type=Path, metavar="FILE",
                        help="write the open quarantine cases to FILE as CSV (personal data "
                             "masked)")
    parser.add_argument("--include-personal-data", action="store_true",
                        help="with --quarantine-csv: names, logins, mobiles, OpenIDs and user "
                             "ids as received, unmasked (the file then holds personal data)")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        store = open_existing(settings.database_url, settings.schema)
    except SettingsError as exc:
        print(f"the settings: {exc}", file=sys.stderr)
        return 2
    except StoreMissing as exc:
        print(f"{exc}; {CREATE_IT}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    try:
        print(f"store: {store.engine.url.render_as_string(hide_password=True)}")
        if args.quarantine_csv:
            count = write_quarantine_csv(store, args.quarantine_csv, args.include_personal_data)
            print(f"{count} open quarantine cases written to {args.quarantine_csv}"
                  + (" (with personal data)" if args.include_personal_data
                     else " (personal data masked; --include-personal-data shows it)"))
        else:
            print(summarise(store, settings.timezone))
    finally:
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
