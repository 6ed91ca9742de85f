"""The operator's path with real processes: ``dagster-webserver`` and
``dagster-daemon`` on the PostgreSQL instance of deploy/dagster.yaml (a fresh
Dagster database), the simulator as its own process (500 users, epoch 1), the
store in PostgreSQL (its own database, schema ``flowsync``). One webserver, one
daemon and one store for the whole module; the tests run in file order and
each stands on its own.

- **A backfill and a full resync launched while it runs** (what the UI sends:
  ``launchPartitionBackfill`` with ``assetSelection`` + ``partitionNames`` for three
  hours, then ``launchRun`` of ``officeflow_full_resync``): both complete; the
  daemon's run queue holds the full resync back while the backfill's run holds
  the pool ``flowsync_store`` (the daemon's log says so), and no two writing steps
  ever overlap (the instance's event log). Builds on tests/test_ui_backfill.py
  (every form of the mutation, on the SQLite instance) and
  tests/test_two_runs_at_once.py (two runs launched at the same moment): here the
  backfill runs on the production instance and the second launch comes while the
  first run is already writing.
- **The daemon runs the hourly schedule's tick**: the schedule is on by default,
  its toggle works (``stopRunningSchedule`` / ``startSchedule``), and the UI's "Test
  schedule" evaluates it as at a frozen tick time (09:05, 2026-11-27, partition
  timezone) and "Launch all" submits its run request: the run waits in the queue
  (the daemon stopped for the moment) until the daemon's QueuedRunCoordinator
  launches it, and it writes every table for the hour that ended at the tick.
  Waiting for a real :05 tick would take up to an hour, and its hour would be
  one the simulator's fixed clock has no changes for.
- **A full resync launched from the UI** as the UI sends it (the job and
  the partition tag, no other tag) is a full resync: GraphQL launches apply
  the job's definition tags, not its ``run_tags``, so the job carries
  ``flowsync/mode: full`` as a definition tag.
- **What a person sees** in headless Chromium after a full resync: the asset
  graph (every asset, both groups) and the ``app_user`` page (row count, table
  ``flowsync.app_user``, a check result); screenshots into docs/screenshots/ when
  they are missing or ``FLOWSYNC_UPDATE_SCREENSHOTS=1``, else into the test's tmp dir.

About 70 s on 2 cores: a webserver (~5 s), the daemon started twice (~4 s),
four runs of 500 users, the backfill daemon's 30 s loop once, a browser (~6 s).
"""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest
from dagster import AssetKey, DagsterEventType

from flowsync_dagster.defs.build import build_definitions
from tests.browser import require_chromium, ui_page
from tests.crashkit import (
    admin_conninfo,
    assert_never_overlap,
    base_env,
    instance_of,
    postgres_home,
    sim_post,
    step_spans,
)
from tests.dagster_services import (
    ROOT,
    DagsterServices,
    dagster_services,
    officeflow_simulator,
    wait_until,
)
from tests.helpers import rows, settings

USERS = 500
SCHEMA = "flowsync"  # the default: the UI shows flowsync.<table>
HOURLY = "officeflow_sync_hourly"
NIGHTLY = "officeflow_full_resync_nightly"
HOURS = ["2026-11-27-08:00", "2026-11-27-09:00", "2026-11-27-10:00"]
TIMEZONE = ZoneInfo("Asia/Shanghai")
TICK = datetime(2026, 11, 27, 9, 5, tzinfo=TIMEZONE)  # the :05 tick after hour 08:00
TICK_PARTITION = "2026-11-27-08:00"
# the backfill's first read answers after this long: its run holds the pool meanwhile
HOLD_SECONDS = 10
QUEUED_SECONDS = 3  # the run waits this long in the queue with no daemon running
SCREENSHOTS = ROOT / "docs" / "screenshots"


def _asset_keys() -> list[str]:
    graph = build_definitions(settings("postgresql+psycopg://unused/unused")).resolve_asset_graph()
    return sorted(key.to_user_string() for key in graph.materializable_asset_keys)


ASSETS = _asset_keys()


@dataclass
class Operator:
    services: DagsterServices
    home: Path
    pg_env: dict[str, str]
    sim_url: str
    store_url: str
    default_schedule_status: dict[str, str]

    def instance(self) -> Any:
        return instance_of(self.home, self.pg_env)

    def count(self, table: str, where: str = "") -> int:
        [(n,)] = rows(self.store_url, SCHEMA, f"SELECT count(*) FROM {{{table}}} {where}")
        return int(n)

    def ensure_daemon(self) -> None:
        if not self.services.daemon_running:
            self.services.start_daemon()

    def daemon_log(self) -> str:
        log = self.services.log_dir / "dagster-daemon.log"
        return log.read_text(errors="replace") if log.exists() else ""


@pytest.fixture(scope="module")
def operator(tmp_path_factory: pytest.TempPathFactory, pg_database: str) -> Iterator[Operator]:
    base = tmp_path_factory.mktemp("operator")
    name = f"flowsync_ops_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_conninfo(pg_database), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    store_url = pg_database.rsplit("/", 1)[0] + f"/{name}"
    try:
        env0 = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
        with officeflow_simulator(env0, base / "simulator", users=USERS) as sim, \
                postgres_home(base, store_url) as (home, pg_env):
            env = {**base_env(sim, store_url, SCHEMA, home), **pg_env}
            with dagster_services(env, home) as services:
                schedules = services.schedules()
                default = {n: s["scheduleState"]["status"] for n, s in schedules.items()}
                # no real :05 or 02:30 tick in the middle of a test: the toggle is
                # switched off before the daemon starts (the tick test switches it on)
                for schedule in schedules:
                    assert services.stop_schedule(schedule) == "STOPPED"
                yield Operator(services, home, pg_env, sim, store_url, default)
    finally:
        with psycopg.connect(admin_conninfo(pg_database), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def events(op: Operator, run_id: str) -> list[Any]:
    with op.instance() as instance:
        return [e for e in instance.all_logs(run_id) if e.dagster_event is not None]


def materialization(op: Operator, run_id: str, asset: str) -> dict[str, Any]:
    for entry in events(op, run_id):
        event = entry.dagster_event
        if event.event_type == DagsterEventType.ASSET_MATERIALIZATION:
            mat = event.event_specific_data.materialization
            if mat.asset_key.to_user_string() == asset:
                return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
    raise AssertionError(f"run {run_id} did not materialize {asset}")


def spans_of(op: Operator, run_id: str) -> list[tuple[float, float, str]]:
    with op.instance() as instance:
        return [(start, end, f"{run_id[:8]}:{step}")
                for start, end, step in step_spans(instance, run_id)]


def step_started(op: Operator, run_id: str) -> bool:
    return any(e.dagster_event.event_type == DagsterEventType.STEP_START
               for e in events(op, run_id))


# ------------------------------------------------------------- through the webserver


def test_a_backfill_and_a_full_resync_launched_while_it_runs_both_complete_one_writer_at_a_time(
        operator: Operator) -> None:
    op, services = operator, operator.services
    sim_post(op.sim_url, "/_sim/faults", [{"kind": "timeout", "path": "/departments/root",
                                           "times": 1, "delay": HOLD_SECONDS}])
    try:
        backfill_id = services.launch_backfill({
            "assetSelection": [{"path": [key]} for key in ASSETS],
            "partitionNames": HOURS, "fromFailure": False})
        started = time.monotonic()
        op.ensure_daemon()  # started after the launch: its first backfill pass takes it

        def backfill_run_writing() -> str | None:
            runs = services.backfill(backfill_id)["runs"]
            return runs[0]["runId"] if runs and step_started(op, runs[0]["runId"]) else None

        first = wait_until(backfill_run_writing, 90, "the backfill's run to start a step",
                           services, interval=0.2)
        # the backfill's run holds the pool (its department step waits for the API)
        second = services.launch_run("officeflow_full_resync", {
            "dagster/partition": HOURS[-1], "flowsync/mode": "full"})
        assert services.run(second)["status"] == "QUEUED"
        runs = {run_id: services.wait_for_run(run_id, 180) for run_id in (first, second)}

        def backfill_done() -> dict[str, Any] | None:
            backfill = services.backfill(backfill_id)
            return backfill if backfill["status"] not in ("REQUESTED", "CANCELING") else None

        backfill = wait_until(backfill_done, 90, f"backfill {backfill_id} to end", services,
                              interval=1)
        print(f"backfill and full resync done {time.monotonic() - started:.1f} s after the "
              "daemon started", flush=True)
    finally:
        sim_post(op.sim_url, "/_sim/faults", [])

    assert [r["status"] for r in runs.values()] == ["SUCCESS", "SUCCESS"], (
        f"{runs}\n{services.output()}")
    assert backfill["status"] == "COMPLETED_SUCCESS", backfill
    assert [r["runId"] for r in backfill["runs"]] == [first]  # BackfillPolicy.single_run()
    tags = runs[first]["tags"]
    assert (tags["dagster/asset_partition_range_start"],
            tags["dagster/asset_partition_range_end"]) == (HOURS[0], HOURS[-1])
    # the second waited on the pool: the daemon's queue held it back ...
    held = [line for line in op.daemon_log().splitlines()
            if f"Run {second} is blocked by global concurrency limits" in line]
    assert held and '"flowsync_store"' in held[0], op.daemon_log()[-3000:]
    # ... so that no two writing steps of the two runs ever ran at once
    first_spans, second_spans = spans_of(op, first), spans_of(op, second)
    assert len(first_spans) == len(second_spans) == 8, (first_spans, second_spans)
    assert_never_overlap(first_spans + second_spans)
    assert min(s[0] for s in second_spans) >= min(s[1] for s in first_spans)
    # the full resync was one, and the store holds the whole directory
    app_user = materialization(op, second, "app_user")
    assert app_user["mode"] == "full", app_user
    assert app_user["dagster/row_count"] == op.count("app_user") > USERS * 0.9


def test_the_daemon_launches_the_hourly_schedules_tick(operator: Operator) -> None:
    op, services = operator, operator.services
    assert op.default_schedule_status == {HOURLY: "RUNNING", NIGHTLY: "RUNNING"}
    assert services.schedules()[HOURLY]["scheduleState"]["status"] == "STOPPED"
    assert services.start_schedule(HOURLY) == "RUNNING"  # the toggle, as the UI sends it
    try:
        assert services.schedules()[HOURLY]["scheduleState"]["status"] == "RUNNING"
        services.stop_daemon()  # so that it is seen to be the daemon that launches the run

        # "Test schedule" at the frozen tick, then "Launch all"
        result = services.schedule_dry_run(HOURLY, TICK.timestamp())
        assert result["error"] is None and result["skipReason"] is None, result
        [request] = result["runRequests"]
        request_tags = {t["key"]: t["value"] for t in request["tags"]}
        assert request["jobName"] == "officeflow_sync"
        assert request["runKey"] == TICK_PARTITION
        assert request_tags == {"dagster/partition": TICK_PARTITION,
                                "dagster/partition_set": "officeflow_sync_partition_set",
                                "dagster/schedule_name": HOURLY}
        # the hour that ended before the tick, whenever the tick is
        later = services.schedule_dry_run(HOURLY, TICK.timestamp() + 3600)["runRequests"]
        assert [r["runKey"] for r in later] == ["2026-11-27-09:00"], later
        [run_id] = services.launch_runs([request])
        time.sleep(QUEUED_SECONDS)
        assert services.run(run_id)["status"] == "QUEUED"  # nothing launches it ...
        daemon_started = time.time()
        services.start_daemon()  # ... until the daemon runs
        services.wait_for_daemon(types=("SCHEDULER", "QUEUED_RUN_COORDINATOR"),
                                 since=daemon_started)
        run = services.wait_for_run(run_id, 120)
    finally:
        services.stop_schedule(HOURLY)
    assert run["status"] == "SUCCESS", services.output()
    assert run["jobName"] == "officeflow_sync"
    assert {k: run["tags"].get(k) for k in request_tags} == request_tags
    assert run["tags"]["dagster/from_ui"] == "true"

    # the daemon launched it: queued by the webserver, taken out of the queue and
    # launched (RUN_STARTING) once the daemon ran, then started by its worker
    when = {e.dagster_event.event_type: e.timestamp for e in events(op, run_id)}
    assert when[DagsterEventType.RUN_ENQUEUED] < daemon_started < \
        when[DagsterEventType.RUN_STARTING] < when[DagsterEventType.RUN_START], when
    # every table, for the hour that ended at the tick (an hourly window, not a full listing)
    assert sorted(e.dagster_event.asset_key.to_user_string() for e in events(op, run_id)
                  if e.dagster_event.event_type == DagsterEventType.ASSET_MATERIALIZATION
                  ) == ASSETS
    app_user = materialization(op, run_id, "app_user")
    assert app_user["mode"] == "incremental" and app_user["partitions"] == TICK_PARTITION
    assert op.count("sync_run", f"WHERE run_id = '{run_id}'") == len(ASSETS)
    for table in ("department", "app_user", "user_department", "process_instance"):
        assert op.count(table) > 0, table


def test_a_full_resync_launched_from_the_ui_is_a_full_resync(operator: Operator) -> None:
    op, services = operator, operator.services
    op.ensure_daemon()
    # the UI sends the job's definition tags (none) and the partition's
    run_id = services.launch_run("officeflow_full_resync", {"dagster/partition": HOURS[0]})
    run = services.wait_for_run(run_id, 120)
    assert run["status"] == "SUCCESS", services.output()
    app_user = materialization(op, run_id, "app_user")
    assert (run["tags"].get("flowsync/mode"), app_user["mode"]) == ("full", "full"), (
        run["tags"], app_user["mode"], app_user.get("mode_reason"))


FRESHNESS_QUERY = """
query Freshness($key: AssetKeyInput!) {
  assetNodeOrError(assetKey: $key) {
    ... on AssetNode { freshnessStatusInfo { freshnessStatus } }
  }
}"""


def test_the_daemon_evaluates_every_assets_freshness_policy(operator: Operator) -> None:
    """deploy/dagster.yaml turns the freshness daemon on: after a run, every
    asset's freshness reads HEALTHY (the daemon evaluated its policy; an asset
    nobody evaluated reads UNKNOWN, one an hour late WARNING)."""
    op, services = operator, operator.services
    op.ensure_daemon()
    ensure_full_resync(op)
    services.wait_for_daemon(types=("FRESHNESS_DAEMON",))

    def statuses() -> dict[str, str]:
        return {asset: services.graphql(FRESHNESS_QUERY, {"key": {"path": [asset]}})[
            "assetNodeOrError"]["freshnessStatusInfo"]["freshnessStatus"] for asset in ASSETS}

    wait_until(lambda: set(statuses().values()) == {"HEALTHY"}, 120,
               "every asset's freshness to read HEALTHY", services)


# ------------------------------------------------------------- what a person sees


def ensure_full_resync(op: Operator) -> str:
    """A full resync's run (the backfill test's, or one launched now)."""
    with op.instance() as instance:
        for record in instance.get_run_records():
            run = record.dagster_run
            if run.job_name == "officeflow_full_resync" and run.tags.get("flowsync/mode") == \
                    "full" and run.status.value == "SUCCESS":
                return run.run_id
    op.ensure_daemon()
    run_id = op.services.launch_run("officeflow_full_resync", {
        "dagster/partition": HOURS[-1], "flowsync/mode": "full"})
    assert op.services.wait_for_run(run_id, 120)["status"] == "SUCCESS"
    return run_id


LATER = "2026-11-27-13:00"  # three hours after the backfill's last


def a_full_resync_launched_now(op: Operator) -> str:
    """A full resync of a later hour, after the module's other runs: it marks
    the hours between (11:00, 12:00) materialized, and the asset pages' latest
    materialization must still be its own, with its metadata and evaluated
    checks (issue 19, item 2)."""
    ensure_full_resync(op)
    run_id = op.services.launch_run("officeflow_full_resync", {
        "dagster/partition": LATER, "flowsync/mode": "full"})
    assert op.services.wait_for_run(run_id, 120)["status"] == "SUCCESS"
    with op.instance() as instance:
        marked = {r.asset_materialization.partition for r in instance.get_records_for_run(
            run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION).records
            if r.asset_materialization.asset_key == AssetKey("app_user")}
    assert marked == {"2026-11-27-11:00", "2026-11-27-12:00", LATER}, marked
    return run_id


LATEST = """query Latest($key: AssetKeyInput!) {
  assetNodeOrError(assetKey: $key) { ... on AssetNode {
    assetMaterializations(limit: 1) { runId partition
      metadataEntries { label ... on TextMetadataEntry { text } } }
    assetChecksOrError { ... on AssetChecks { checks { name
      executionForLatestMaterialization { runId status } } } } } } }"""


def latest_as_the_ui_reads_it(op: Operator, asset: str) -> dict[str, Any]:
    """The asset page's latest materialization and its checks, by the same
    GraphQL the page asks."""
    node = op.services.graphql(LATEST, {"key": {"path": [asset]}})["assetNodeOrError"]
    [latest] = node["assetMaterializations"]
    return {"run_id": latest["runId"], "partition": latest["partition"],
            "metadata": {e["label"]: e.get("text") for e in latest["metadataEntries"]},
            "checks": {c["name"]: c["executionForLatestMaterialization"]
                       for c in node["assetChecksOrError"]["checks"]}}


def save_screenshot(page: Any, name: str, tmp_path: Path) -> Path:
    shot = tmp_path / name
    page.screenshot(path=str(shot))
    if os.environ.get("FLOWSYNC_UPDATE_SCREENSHOTS") == "1" or not (SCREENSHOTS / name).exists():
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOTS / name)
    return shot


def test_the_asset_graph_and_the_app_user_page_in_headless_chromium(
        operator: Operator, tmp_path: Path) -> None:
    chromium = require_chromium()
    op = operator
    run_id = a_full_resync_launched_now(op)
    rows_now = op.count("app_user")
    for asset in ("app_user", "process_instance", "department"):
        latest = latest_as_the_ui_reads_it(op, asset)
        assert latest["run_id"] == run_id and latest["partition"] == LATER, latest
        assert latest["metadata"].get("mode") == "full", latest["metadata"]
        assert "covered_by_run" not in latest["metadata"], latest["metadata"]
        assert latest["checks"] and all(
            e is not None and e["runId"] == run_id and e["status"] != "SKIPPED"
            for e in latest["checks"].values()), latest["checks"]
    url = op.services.url
    started = time.monotonic()
    with ui_page(chromium, direction="vertical") as page:
        from playwright.sync_api import expect

        # the asset graph: both groups opened ("Expand all groups", ⌥E), the panels
        # beside it folded so that all of it fits
        page.goto(f"{url}/asset-groups")
        page.get_by_text("workflow").first.wait_for()
        page.get_by_text("Hide navigation").click()
        jump = page.get_by_placeholder("Jump to")
        box = jump.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + box["width"] + 22, box["y"] + box["height"] / 2)
        jump.wait_for(state="hidden")
        page.keyboard.press("Alt+KeyE")
        for asset in ASSETS:
            expect(page.get_by_text(asset, exact=True)).to_be_visible()
        for group in ("directory", "workflow"):
            expect(page.get_by_text(group, exact=True).first).to_be_visible()
        expect(page.get_by_text("Loading...")).to_have_count(0)
        page.wait_for_load_state("networkidle")  # the nodes' statuses are in
        save_screenshot(page, "asset-graph.png", tmp_path)

        # the app_user page: its row count, its table, its checks
        page.goto(f"{url}/assets/app_user")
        expect(page.get_by_text("flowsync.app_user", exact=True).first).to_be_visible()
        status = page.get_by_text("Row count").locator("xpath=..")
        expect(status).to_contain_text(re.compile(r"Row count\s*[\d,]+"))
        shown = re.search(r"Row count\s*([\d,]+)", status.inner_text())
        assert shown and int(shown.group(1).replace(",", "")) == rows_now, status.inner_text()
        expect(page.get_by_text("Latest check results")).to_be_visible()
        # the latest materialization is the full resync's: its run, evaluated checks
        latest = page.get_by_text("Latest materialization").locator("xpath=..")
        expect(latest.locator(f'a[href*="/runs/{run_id}"]').first).to_be_visible()
        expect(latest.get_by_text(LATER, exact=True).first).to_be_visible()
        checked = page.get_by_text("Latest check results").locator("xpath=..")
        expect(checked).to_contain_text(re.compile(r"Latest check results\s*\d"))
        expect(checked).not_to_contain_text("Not evaluated")
        save_screenshot(page, "app_user.png", tmp_path)

        page.goto(f"{url}/assets/app_user?view=checks")
        check = page.get_by_text("app_user_unique_usernames", exact=True).first
        expect(check).to_be_visible()
        # the planted duplicate login numbers (U0000007, U0000008): the check failed
        row = check.locator("xpath=ancestor::*[contains(., 'Failed')][1]")
        expect(row).to_contain_text("app_user_unique_usernames")
        assert len(row.inner_text()) < 200, row.inner_text()  # that check's own row
        expect(page.get_by_text("app_user_records_valid", exact=True).first).to_be_visible()
    print(f"browser: {time.monotonic() - started:.1f} s", flush=True)

