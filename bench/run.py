"""The benchmark: this project against a generic loader and the physical limit.

    bash bench/run.sh --users 10000 100000 1000000      (installs the bench extra)

For each school size, on one machine, in one run:

1. the simulator starts (its own process) and renders its pages first, so
   what is measured is the client and the database, not the generator;
2. **ours, same endpoints**: ``dagster asset materialize`` of the department
   tree, users (with memberships), OpenIDs and tags with their members, as a
   full resync into an empty PostgreSQL store;
3. **dlt**: ``rest_api`` with ``write_disposition="merge"`` over the same
   endpoints into an empty database (``bench/dlt_baseline.py``, own process);
4. **raw COPY**: the same rows, fetched beforehand, binary-COPYed into empty
   tables of the same definition; and **our load phase**: the same pre-fetched
   rows through our staging + merge, so the two differ only in the merge;
5. **ours, every asset**: ``officeflow_full_resync`` into an empty store, then
   again (everything found unchanged: the nightly case), then empty hours
   (the floor: Dagster's own start-up and bookkeeping, and the tree walk the
   API forces every hour), then hours with a fixed number of changed users
   (``--hourly-user-changes``, the same for every size, so hours of different
   sizes compare like for like). Floor and hour are each run ``--repeat``
   times and reported as the median; before each, the database is vacuumed
   and checkpointed, so one run does not pay for the last one's dead rows
   (on 2 cores an autovacuum of a million-row table moved an hour by ~1 s).
   Each hour also reports the rows it wrote and the WAL it generated: they
   show where an hour of a big school costs more than the same hour of a
   small one.

Prints a table per size and writes ``bench/results/<time>.md`` and ``.json``
with the machine's description. Nothing here is asserted: these are numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from bench.harness import (  # noqa: E402
    DAGSTER,
    PG_URL,
    Measured,
    dagster_env,
    machine,
    measure,
    quiesce,
    scratch_database,
    set_epoch,
    simulator,
    write_activity,
)

SAME_ENDPOINTS = ("department,user_attribute,app_user,user_department,user_openid,tag_group,"
                  "tag,tag_user")
FULL_JOB = ["job", "execute", "-m", "flowsync_dagster.definitions", "-j",
            "officeflow_full_resync", "--tags", json.dumps({"dagster/partition":
                                                            "2026-11-27-08:00"})]


def hour_of_epoch(epoch: int) -> str:
    # the simulator's epoch k is the hour [clock + (k-1)h, clock + kh) with its clock
    # at 2026-11-27 00:00 UTC; partitions are hours of FLOWSYNC_TIMEZONE (UTC+8)
    return f"2026-11-27-{8 + epoch - 1:02d}:00"


def hour(partition: str) -> list[str]:
    # A small school with 10,000 users changed in one hour is, by design, a
    # "mass removal" (memberships end en masse): the guard would refuse it. The
    # benchmark measures cost, so its hours carry the documented override.
    return ["job", "execute", "-m", "flowsync_dagster.definitions", "-j", "officeflow_sync",
            "--tags", json.dumps({"dagster/partition": partition,
                                  "flowsync/allow_mass_removal": "true"})]


# ------------------------------------------------------------ pre-fetched rows


def prefetch(url: str) -> dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]:
    """The rows of the same-endpoints comparison, fetched once, one per key."""
    from flowsync_dagster.officeflow import models
    from flowsync_dagster.officeflow.client import OfficeflowClient
    from flowsync_dagster.officeflow.models import utc
    from flowsync_dagster.sync.entities.departments import COLUMNS as DEPT_COLUMNS
    from flowsync_dagster.sync.entities.departments import department_rows
    from flowsync_dagster.sync.tree import resolve_tree, walk_departments

    client = OfficeflowClient(url, "flowsync-demo", "flowsync-demo-secret")
    tree = resolve_tree(walk_departments(client))
    departments = [tuple(r)[:-1] for r in department_rows(tree) if not r.tombstone]
    users = {}
    for page in client.iter_pages("/users", models.USER):
        for u in page.records:
            if not u.is_tombstone:
                users[u.id] = (u.id, u.username, u.name, u.identity, u.mobile, u.email,
                               u.status == "active", u.status, utc(u.updated_at))
    openids = {}
    for platform in ("wechat", "wecom", "dingtalk", "feishu"):
        for page in client.iter_pages("/openids", models.OPENID, {"platform": platform}):
            for o in page.records:
                if not o.is_tombstone:
                    openids[(o.platform, o.openid)] = (o.platform, o.openid, o.user_id,
                                                       o.username, True, o.status,
                                                       utc(o.updated_at))
    tags = [t for p in client.iter_pages("/tags", models.TAG) for t in p.records
            if not t.is_tombstone]
    members = {}
    for tag, pages in client.fan_out(
            lambda t: list(client.iter_pages(f"/tags/{t.id}/users", models.TAG_USER)), tags):
        for page in pages:
            for m in page.records:
                members[(tag.id, m.user_id)] = (tag.id, m.user_id, True, tag.status,
                                                utc(tag.updated_at))
    client.close()
    return {
        "department": (("id", *DEPT_COLUMNS), departments),
        "app_user": (("id", "username", "name", "identity", "mobile", "email", "is_active",
                      "status", "source_updated_at"), list(users.values())),
        "user_openid": (("platform", "openid", "user_id", "username", "is_active", "status",
                         "source_updated_at"), list(openids.values())),
        "tag_user": (("tag_id", "user_id", "is_active", "status", "source_updated_at"),
                     list(members.values())),
    }


def raw_copy(db: str, data: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]) -> float:
    """The physical limit: binary COPY into empty tables of the same definition."""
    import psycopg

    from flowsync_dagster.store.database import Store

    Store(PG_URL.format(db=db), "flowsync").ensure_schema()
    with psycopg.connect(f"host=127.0.0.1 port=5432 user=postgres dbname={db}") as conn:
        conn.execute("CREATE SCHEMA raw")
        for table in data:
            conn.execute(f"CREATE TABLE raw.{table} (LIKE flowsync.{table} INCLUDING ALL)")
        conn.commit()
        started = time.perf_counter()
        for table, (columns, rows) in data.items():
            oids = dict(conn.execute(
                "SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = %s::regclass "
                "AND attnum > 0 AND NOT attisdropped", (f"raw.{table}",)).fetchall())
            with conn.cursor().copy(f"COPY raw.{table} ({', '.join(columns)}) FROM STDIN "
                                    "(FORMAT BINARY)") as copy:
                copy.set_types([oids[c] for c in columns])
                for row in rows:
                    copy.write_row(row)
        conn.commit()
        return time.perf_counter() - started


def our_load(db: str, data: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]) -> float:
    """Our load phase on the same rows: staging COPY, then the merge, per table."""
    from flowsync_dagster.store.database import Store
    from flowsync_dagster.store.merge import MergeSpec, RemovalGuard, StepWriter

    store = Store(PG_URL.format(db=db), "ours")
    store.ensure_schema()
    keys = {"department": ("id",), "app_user": ("id",), "user_openid": ("platform", "openid"),
            "tag_user": ("tag_id", "user_id")}
    started = time.perf_counter()
    for table, (columns, rows) in data.items():
        with store.transaction() as conn:
            step = StepWriter(store, conn, "bench", datetime.now(UTC))
            step.stage(table, table, columns, (r + (False,) for r in rows))
            step.merge(MergeSpec(table, keys[table], columns[len(keys[table]):], reconcile=True),
                       step.staging_name(table), RemovalGuard())
    elapsed = time.perf_counter() - started
    store.dispose()
    return elapsed


WORKFLOW_TABLES = ("process_instance", "task_history", "process_progress", "process_node_time",
                   "out_school_request")


def raw_copy_of_store_tables(db: str, tables: tuple[str, ...]) -> tuple[float, int]:
    """The physical limit for the rows a step wrote: their binary COPY into
    empty tables of the same definition (read out of the store first)."""
    with psycopg.connect(f"host=127.0.0.1 port=5432 user=postgres dbname={db}") as conn:
        conn.execute("DROP SCHEMA IF EXISTS raw_wf CASCADE")
        conn.execute("CREATE SCHEMA raw_wf")
        data: dict[str, bytes] = {}
        rows = 0
        for table in tables:
            conn.execute(f"CREATE TABLE raw_wf.{table} (LIKE flowsync.{table} INCLUDING ALL)")
            buffer = bytearray()
            with conn.cursor().copy(f"COPY flowsync.{table} TO STDOUT (FORMAT BINARY)") as copy:
                for chunk in copy:
                    buffer += chunk
            data[table] = bytes(buffer)
            rows += conn.execute(f"SELECT count(*) FROM flowsync.{table}").fetchone()[0]
        conn.commit()
        started = time.perf_counter()
        for table in tables:
            with conn.cursor().copy(f"COPY raw_wf.{table} FROM STDIN (FORMAT BINARY)") as copy:
                copy.write(data[table])
        conn.commit()
        elapsed = time.perf_counter() - started
        conn.execute("DROP SCHEMA raw_wf CASCADE")
        conn.commit()
    return elapsed, rows


# The settings that let Dagster write a long range's bookkeeping in batches
# (docs/operations.md, "A full resync as a backfill"): one planned event per
# asset, and the per-partition materializations in batched inserts.
BATCHED_BOOKKEEPING = {"DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS": "true",
                       "DAGSTER_EVENT_BATCH_SIZE": "2000"}


def year_of_partitions(url: str) -> dict[str, Any]:
    """A full-range backfill of every asset from the first partition to the last
    complete hour, launched as the UI's single-run backfill is (one run over
    the range), against the ``officeflow_full_resync`` job on the same source;
    both into an empty store on the PostgreSQL instance of deploy/dagster.yaml."""
    from flowsync_dagster.settings.load import load_settings
    from flowsync_dagster.sync.partitions import hourly_partitions

    partitions = hourly_partitions(load_settings())
    first, last = partitions.get_first_partition_key(), partitions.get_last_partition_key()
    out: dict[str, Any] = {"range": f"{first}...{last}",
                           "partitions": len(partitions.get_partition_keys())}
    for label, command, extra in (
            ("job", [DAGSTER, "job", "execute", "-m", "flowsync_dagster.definitions", "-j",
                     "officeflow_full_resync", "--tags",
                     json.dumps({"dagster/partition": last})], BATCHED_BOOKKEEPING),
            ("backfill", [DAGSTER, "asset", "materialize", "-m", "flowsync_dagster.definitions",
                          "--select", "*", "--partition-range", f"{first}...{last}"],
             BATCHED_BOOKKEEPING),
            ):
        with tempfile.TemporaryDirectory() as home, scratch_database("bench_year") as db, \
                scratch_database("bench_year_dagster") as dagster_db:
            env = {**dagster_env(home, url, db, instance_db=dagster_db), **extra}
            run = measure(f"{label}, {out['partitions']:,} partitions", command, env)
            out[label] = {k: v for k, v in asdict(run).items() if k != "output"}
            if not run.ok:
                print(f"!! {label} failed:\n{run.output[-3000:]}")
    return out


# ------------------------------------------------------------------- a size


def median(runs: list[Measured]) -> Measured:
    ok = [r for r in runs if r.ok]
    if len(ok) < len(runs):
        return next(r for r in runs if not r.ok)  # a failure is reported, not hidden
    return sorted(ok, key=lambda r: r.wall)[len(ok) // 2]


def bench_size(users: int, hourly_changes: int, skip_dlt: bool, repeat: int,
               year: bool = False) -> dict[str, Any]:
    print(f"\n== {users:,} users ==", flush=True)
    out: dict[str, Any] = {"users": users, "runs": {}}
    runs: dict[str, Measured] = {}
    t = time.perf_counter()
    with simulator(users, hourly_user_changes=hourly_changes) as url:
        print(f"simulator warmed in {time.perf_counter() - t:.0f}s", flush=True)
        t = time.perf_counter()
        data = prefetch(url)
        rows = sum(len(r) for _, r in data.values())
        out["rows_same_endpoints"] = {k: len(v[1]) for k, v in data.items()}
        out["prefetch_seconds"] = time.perf_counter() - t
        with scratch_database("bench_load") as db:
            out["raw_copy_seconds"] = raw_copy(db, data)
            out["our_load_seconds"] = our_load(db, data)
        del data
        print(f"load phase: raw COPY {out['raw_copy_seconds']:.1f}s, ours "
              f"{out['our_load_seconds']:.1f}s for {rows:,} rows", flush=True)
        with tempfile.TemporaryDirectory() as home, scratch_database("bench_ours") as db:
            env = dagster_env(home, url, db)
            runs["ours_same_endpoints"] = measure("ours, same endpoints", [
                DAGSTER, "asset", "materialize", "-m", "flowsync_dagster.definitions", "--select",
                SAME_ENDPOINTS, "--partition", "2026-01-01-00:00"], env)
        if not skip_dlt:
            with scratch_database("bench_dlt") as db:
                runs["dlt"] = measure("dlt rest_api merge", [
                    sys.executable, str(ROOT / "bench" / "dlt_baseline.py"), "--base-url", url,
                    # dlt insists on a password; trust authentication ignores it
                    "--pg", f"postgresql://postgres:unused@127.0.0.1:5432/{db}", "--depth", "4"])
        with tempfile.TemporaryDirectory() as home, scratch_database("bench_all") as db:
            env = dagster_env(home, url, db)
            before = write_activity(db)
            runs["ours_all_first"] = measure("ours, every asset, empty store", [DAGSTER, *FULL_JOB], env)
            quiesce(db)
            middle = write_activity(db)
            runs["ours_all_again"] = measure("ours, every asset, unchanged", [DAGSTER, *FULL_JOB], env)
            after = write_activity(db)
            out["full_writes"] = {k: middle[k] - before[k] for k in ("rows", "wal_mb", "fpi")}
            out["unchanged_writes"] = {k: after[k] - middle[k] for k in ("rows", "wal_mb", "fpi")}
            out["workflow_raw_copy_seconds"], out["workflow_rows"] = raw_copy_of_store_tables(
                db, WORKFLOW_TABLES)
            floors, hours = [], []
            for i in range(repeat):
                quiesce(db)
                floors.append(measure(f"empty hour (the floor), median of {repeat}",
                                      [DAGSTER, *hour(f"2026-03-01-{8 + i:02d}:00")], env))
            for epoch in range(2, 2 + repeat):
                set_epoch(url, epoch)
                quiesce(db)
                before = write_activity(db)
                run = measure(f"one hour, {hourly_changes:,} users changed, median of {repeat}",
                              [DAGSTER, *hour(hour_of_epoch(epoch))], env)
                after = write_activity(db)
                hours.append((run, {k: after[k] - before[k] for k in after}))
            runs["floor"] = median(floors)
            runs["hour"] = median([run for run, _ in hours])
            out["hour_writes"] = next(w for run, w in hours if run is runs["hour"])
            out["hours_wall"] = [run.wall for run, _ in hours]
            out["floors_wall"] = [run.wall for run in floors]
        if year:  # both on the source as the hours left it
            out["year"] = year_of_partitions(url)
    for key, run in runs.items():
        if not run.ok:
            print(f"!! {run.label} failed:\n{run.output[-3000:]}")
        out["runs"][key] = {k: v for k, v in asdict(run).items() if k != "output"}
    out["rows_compared"] = rows
    return out


def targets(r: dict[str, Any]) -> list[str]:
    """The performance issue's ratios for one size, each measured in this run."""
    runs = r["runs"]
    first, again = runs["ours_all_first"], runs["ours_all_again"]
    full, unchanged = r["full_writes"], r["unchanged_writes"]
    wf_first, wf_again = first["steps"].get("workflow"), again["steps"].get("workflow")
    lines = ["", "| target | measured |", "|---|---:|",
             f"| unchanged nightly resync / resync into an empty store | "
             f"{again['wall'] / first['wall']:.2f}x ({again['wall']:.1f} / {first['wall']:.1f} s) |",
             f"| rows it writes / rows of the empty load | {unchanged['rows'] / max(1, full['rows']):.4%}"
             f" ({unchanged['rows']:,} / {full['rows']:,}) |",
             f"| WAL it writes / WAL of the empty load | "
             f"{unchanged['wal_mb'] / max(0.001, full['wal_mb']):.2%} ({unchanged['wal_mb']:,.1f} / "
             f"{full['wal_mb']:,.1f} MB) |"]
    if wf_first and wf_again:
        lines += [f"| workflow step, empty load / raw COPY of the {r['workflow_rows']:,} rows it "
                  f"wrote | {wf_first / r['workflow_raw_copy_seconds']:.2f}x ({wf_first:.1f} / "
                  f"{r['workflow_raw_copy_seconds']:.1f} s) |",
                  f"| workflow step, unchanged / empty load | {wf_again / wf_first:.2f}x "
                  f"({wf_again:.1f} / {wf_first:.1f} s) |"]
    if "dlt" in runs:
        lines.append(f"| dlt / ours, same endpoints | "
                     f"{runs['dlt']['wall'] / runs['ours_same_endpoints']['wall']:.1f}x |")
    lines += [f"| our load phase / raw COPY | {r['our_load_seconds'] / r['raw_copy_seconds']:.2f}x |",
              f"| the floor (an empty hour) | {runs['floor']['wall']:.1f} s, department step "
              f"{runs['floor']['steps'].get('department', 0):.1f} s |"]
    year = r.get("year")
    if year and year.get("job") and year.get("backfill"):
        lines.append(f"| a year of partitions ({year['partitions']:,}) as one backfill / the "
                     f"full resync job | {year['backfill']['wall'] / year['job']['wall']:.2f}x "
                     f"({year['backfill']['wall']:.1f} / {year['job']['wall']:.1f} s) |")
    return lines


def report(results: list[dict[str, Any]], info: dict[str, str], hourly: int) -> str:
    lines = [f"# Benchmark {datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "",
             "Machine: " + ", ".join(f"{k} {v}" for k, v in info.items()), ""]
    for r in results:
        runs = r["runs"]
        rows = r["rows_compared"]
        ours = runs["ours_same_endpoints"]["wall"]
        lines += [f"## {r['users']:,} users", "",
                  f"Same endpoints (tree, users, OpenIDs, tag members): {rows:,} rows "
                  f"({', '.join(f'{k} {v:,}' for k, v in r['rows_same_endpoints'].items())}).",
                  "", "| run | wall s | rows/s | peak MB | vs ours |", "|---|---:|---:|---:|---:|"]

        failed = {key: "" if run["ok"] else " (FAILED)" for key, run in runs.items()}
        rows_of = [("ours, same endpoints, full resync" + failed["ours_same_endpoints"], ours,
                    runs["ours_same_endpoints"]["peak_rss_mb"])]
        if "dlt" in runs:
            rows_of.append(("dlt rest_api merge, same endpoints" + failed["dlt"],
                            runs["dlt"]["wall"], runs["dlt"]["peak_rss_mb"]))
        rows_of += [("raw COPY of the same rows (pre-fetched)", r["raw_copy_seconds"], None),
                    ("our load phase, same rows (pre-fetched)", r["our_load_seconds"], None)]
        for label, wall, peak in rows_of:
            mem = f"{peak:,.0f}" if peak is not None else ""
            lines.append(f"| {label} | {wall:.1f} | {rows / wall:,.0f} | {mem} | "
                         f"{wall / ours:.2f}x |")
        lines += ["", "| every asset | wall s | peak MB | slowest steps |", "|---|---:|---:|---|"]
        for key in ("ours_all_first", "ours_all_again", "floor", "hour"):
            run = runs[key]
            steps = ", ".join(f"{k} {v:.1f}" for k, v in sorted(
                run["steps"].items(), key=lambda kv: -kv[1])[:5])
            lines.append(f"| {run['label']}{'' if run['ok'] else ' (FAILED)'} | "
                         f"{run['wall']:.1f} | {run['peak_rss_mb']:,.0f} | {steps} |")
        writes = r.get("hour_writes")
        if writes:
            tables = ", ".join(f"{k[2:]} {v:,}" for k, v in sorted(
                writes.items(), key=lambda kv: -kv[1]) if k.startswith("t:") and v)
            lines.append(f"\nThe median hour wrote {writes['rows']:,} rows ({tables}) "
                         f"and {writes['wal_mb']:,.0f} MB of WAL, {writes['fpi']:,} of it full-page "
                         f"images; hours took {', '.join(f'{w:.1f}' for w in r['hours_wall'])} s, "
                         f"floors {', '.join(f'{w:.1f}' for w in r['floors_wall'])} s.")
        lines += targets(r)
        if "dlt" in runs:
            lines.append(f"\ndlt takes **{runs['dlt']['wall'] / ours:.1f}x** our time; "
                         f"load phase vs raw COPY: **{r['our_load_seconds'] / r['raw_copy_seconds']:.2f}x**; "
                         f"hour minus floor: **{runs['hour']['wall'] - runs['floor']['wall']:.1f} s**")
        lines.append("")
    if len(results) > 1:
        small, big = results[0], results[-1]
        ratio = ((big["runs"]["hour"]["wall"] - big["runs"]["floor"]["wall"])
                 / max(0.1, small["runs"]["hour"]["wall"] - small["runs"]["floor"]["wall"]))
        mem = big["runs"]["ours_all_first"]["peak_rss_mb"] / small["runs"]["ours_all_first"][
            "peak_rss_mb"]
        lines += [f"Across sizes ({small['users']:,} → {big['users']:,} users): an hour of "
                  f"{hourly:,} changed users costs {ratio:.2f}x beyond the floor; peak memory of "
                  f"a full resync grows {mem:.2f}x for {big['users'] / small['users']:.0f}x "
                  "the users.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--hourly-user-changes", type=int, default=10_000,
                        help="users changed in the measured hour, the same for every size")
    parser.add_argument("--skip-dlt", action="store_true")
    parser.add_argument("--repeat", type=int, default=3,
                        help="empty hours and changed hours measured per size (median reported)")
    parser.add_argument("--year-backfill-users", type=int, default=None,
                        help="also time a year of partitions as one backfill against the full "
                             "resync job, at this size (default: the largest; 0: skip)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args()
    info = machine()
    year_at = max(args.users) if args.year_backfill_users is None else args.year_backfill_users
    results = [bench_size(n, args.hourly_user_changes, args.skip_dlt, args.repeat,
                          year=n == year_at) for n in sorted(args.users)]
    text = report(results, info, args.hourly_user_changes)
    print("\n" + text)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stamp}.md").write_text(text)
    (out / f"{stamp}.json").write_text(json.dumps({"machine": info, "results": results},
                                                  indent=2, default=str))
    print(f"written: {out / stamp}.md and .json")


if __name__ == "__main__":
    main()
