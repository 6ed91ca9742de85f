"""The section "Operating it" of docs/operating.md (the README's, before the
docs were split by reader), followed word for word: every fenced block of
that section is parsed out of the file and run, in the section's order, so
that what it tells an operator cannot drift from what works. Its commands are
``dg launch --job ... --partition ...`` (the mass-removal override as
``--config-json`` naming the step that refused).

Three substitutions, as the section says: the values of its ``export`` lines
(this test's Dagster database, simulator, store, webhook, and ``DAGSTER_HOME``),
port 3000 (a free port), and ``<source_key>`` (the key of a real case). Every
``bash`` block runs in a fresh ``bash`` in the project's directory after the
setup block (as in a shell where it was run once), with ``HOME`` in the test's
tmp dir; the service lines run as services until they answer (the UI loads the
code location, the daemon reports healthy); ``sql`` blocks run on the store.

Between the blocks the test plays the school's side, through the simulator:
a tag-group listing that comes back empty (the mass-removal override's case),
records fixed at the source (the quarantine cases close), and a login binding
that moves to another person (the store conflict the ``UPDATE`` resolves).

Dagster's instance is the PostgreSQL one of deploy/dagster.yaml (a fresh
database), the store a fresh database (schema ``flowsync``, as written), the
simulator its own process (500 users, epoch 1). About 60-75 s on 2 cores:
two service starts of ~5 s each, seven runs of ~7 s each.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import subprocess
import textwrap
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.crashkit import admin_conninfo, pg_conninfo, sim_post
from tests.dagster_services import (
    ROOT,
    Service,
    ServiceError,
    attach,
    free_port,
    officeflow_simulator,
)

DOC = ROOT / "docs" / "operating.md"
SECTION = "## Operating it"
PARTITION = "2026-11-27-08:00"  # the section's example hour: the simulator's epoch 1
USERS = 500
SERVICES = ("dagster-webserver", "dagster-daemon", "dagster dev")
DAEMONS = ("SCHEDULER", "QUEUED_RUN_COORDINATOR", "SENSOR")  # what the section says it runs
# the reasons of the quarantine cases the simulator plants (dataset.ANOMALIES)
PLANTED = {"invalid_record", "department_cycle", "department_orphan", "duplicate_username",
           "openid_conflict", "tag_name_conflict"}
# what the school fixes in Officeflow (the simulator's anomalies it can leave out),
# and the reason their cases were filed under
FIXED_AT_SOURCE = {"duplicate_username": "duplicate_username",
                   "tag_name_conflict": "tag_name_conflict", "openid_conflict": "openid_conflict"}
MOVED_PAIR = "wechat:o-conflict-0020"  # bound to U0000020 once the school fixed it


@dataclass
class Block:
    lang: str
    code: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.code.splitlines() if line.strip()]


def section_text() -> str:
    doc = DOC.read_text()
    start = doc.index(f"\n{SECTION}\n")
    end = doc.find("\n## ", start + 1)
    return doc[start:end if end != -1 else None]


def section_blocks() -> list[Block]:
    return [Block(lang, code) for lang, code in
            re.findall(r"^```(\w*)\n(.*?)^```", section_text(), flags=re.S | re.M)]


@dataclass
class Shell:
    """A shell where the setup block ran, as the section assumes."""

    setup: str  # the setup block with this test's values
    env: dict[str, str]
    log_dir: Path
    outputs: list[str] = field(default_factory=list)

    def run(self, block: Block, *, check: bool = True, timeout: float = 240) -> str:
        script = f"set -eo pipefail\n{self.setup}\n{block.code}"
        started = time.monotonic()
        done = subprocess.run(["bash", "-c", script], cwd=ROOT, env=self.env, text=True,
                              capture_output=True, timeout=timeout)
        output = done.stdout + done.stderr
        self.outputs.append(f"$ {block.code.strip()}\n(exit {done.returncode}, "
                            f"{time.monotonic() - started:.1f} s)\n{output[-3000:]}")
        if check:
            assert done.returncode == 0, f"{block.code}\n{output[-6000:]}"
        return output

    def service(self, line: str, port: int) -> Service:
        command = line.split("#", 1)[0].strip().replace(" -p 3000", f" -p {port}")
        name = next(n for n in SERVICES if command.startswith(n)).replace(" ", "-")
        return Service.start(name, ["bash", "-c", f"{self.setup}\nexec {command}"],
                             self.env, self.log_dir)


def substituted_setup(block: Block, values: dict[str, str]) -> str:
    """The setup block, each ``export`` carrying this test's value."""
    exported: list[str] = []
    lines = []
    for line in block.code.splitlines():
        if not line.startswith("export "):
            lines.append(line)
            continue
        names = [word.split("=", 1)[0] for word in shlex.split(line)[1:]]
        exported += names
        unknown = [n for n in names if n not in values]
        assert not unknown, f"the section exports {unknown}: teach this test their values"
        lines.append("export " + " ".join(f"{n}={shlex.quote(values[n])}" for n in names))
    missing = sorted(set(values) - set(exported))
    assert not missing, f"the section's setup does not export {missing}"
    return "\n".join(lines)


def store_rows(store_url: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with psycopg.connect(pg_conninfo(store_url), autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def open_cases(store_url: str) -> dict[tuple[str, str, str], str]:
    return {(entity, reason, key): detail for entity, reason, key, detail in store_rows(
        store_url, "SELECT entity, reason, source_key, detail FROM flowsync.sync_quarantine "
                   "WHERE resolved_at IS NULL")}


@pytest.fixture
def databases(pg_database: str) -> Iterator[tuple[str, str]]:
    """A fresh Dagster database and a fresh store database on the test server."""
    names = [f"dagster_readme_{uuid.uuid4().hex[:8]}", f"flowsync_readme_{uuid.uuid4().hex[:8]}"]
    with psycopg.connect(admin_conninfo(pg_database), autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield names[0], names[1]
    finally:
        with psycopg.connect(admin_conninfo(pg_database), autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_operating_section_works_as_written(
        tmp_path: Path, pg_database: str, databases: tuple[str, str]) -> None:
    blocks = section_blocks()
    assert [b.lang for b in blocks] == ["bash"] * 7 + ["sql", "sql"], blocks
    setup, services, dev, hour, full, allow, summary, select, update = blocks
    assert "officeflow_sync " in hour.code and "officeflow_full_resync" in full.code
    assert all(PARTITION in b.code for b in (hour, full, allow))  # the simulator's hour
    assert "allow_mass_removal" in allow.code and "--quarantine-csv" in summary.code
    assert select.code.lstrip().startswith("SELECT") and "<source_key>" in update.code
    assert (ROOT / ".venv" / "bin" / "activate").exists(), "the section needs the project's .venv"

    dagster_db, store_db = databases
    server = make_url(pg_database)
    store_url = server.set(database=store_db).render_as_string(hide_password=False)
    home = tmp_path / "srv" / "dagster"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_", "DAGSTER_", "PYTHONHASHSEED",
                                "VIRTUAL_ENV"))}
    env["HOME"] = str(tmp_path)
    with officeflow_simulator(env, tmp_path / "simulator", users=USERS) as sim:
        shell = Shell(substituted_setup(setup, {
            "DAGSTER_HOME": str(home),
            "DAGSTER_PG_HOST": server.host or "127.0.0.1",
            "DAGSTER_PG_PORT": str(server.port or 5432),
            "DAGSTER_PG_USERNAME": server.username or "postgres",
            "DAGSTER_PG_PASSWORD": server.password or "", "DAGSTER_PG_DB": dagster_db,
            "OFFICEFLOW_BASE_URL": sim, "OFFICEFLOW_APP_KEY": "flowsync-demo",
            "OFFICEFLOW_APP_SECRET": "flowsync-demo-secret",
            "FLOWSYNC_DATABASE_URL": store_url,
            # nothing listens there: a failed post is logged, never fatal
            "FLOWSYNC_ALERT_WEBHOOK_URL": f"http://127.0.0.1:{free_port()}/alerts",
        }), env, tmp_path / "logs")
        try:
            follow_the_section(shell, sim, store_url, home, services, dev, hour, full, allow,
                               summary, select, update)
        except BaseException as exc:
            exc.add_note("\n\n".join(shell.outputs)[-12000:])
            raise


def follow_the_section(shell: Shell, sim: str, store_url: str, home: Path, *blocks: Block
                       ) -> None:
    services, dev, hour, full, allow, summary, select, update = blocks
    timings: dict[str, float] = {}

    def timed(what: str, started: float) -> None:
        timings[what] = round(time.monotonic() - started, 1)

    # set up once
    shell.run(Block("bash", "true"))
    assert (home / "dagster.yaml").read_text() == (ROOT / "deploy/dagster.yaml").read_text()

    # the UI and the daemon, as two services; then `dagster dev`, both in one
    for block in (services, dev):
        port = free_port()
        assert " -p 3000" in block.code, block.code  # the UI's port, as the section says
        started, since = time.monotonic(), time.time()
        started_services = [shell.service(line, port) for line in block.lines]
        what = " + ".join(next(n for n in SERVICES if line.startswith(n)) for line in block.lines)
        with attach(f"http://127.0.0.1:{port}", shell.env, shell.log_dir,
                    started_services) as ui:
            ui.wait_until_loaded(120)
            ui.wait_for_daemon(120, types=DAEMONS, since=since)  # this block's daemon
            statuses = {n: s["scheduleState"]["status"] for n, s in ui.schedules().items()}
            assert statuses == {"officeflow_sync_hourly": "RUNNING",
                                "officeflow_full_resync_nightly": "RUNNING"}, statuses
            timed(f"{what}: up", started)
            started = time.monotonic()
            for service in started_services:  # its own process first: it stops its children
                service.stop(leader_first=True)
        timed(f"{what}: stopped", started)
        if any(s.alive for s in started_services):
            raise ServiceError(f"{block.code} outlived its stop")

    # one hour, then a full resync: the source's planted bad data is quarantined.
    # The hour is the store's first run: it reads everything (docs/operations.md,
    # "The first run"), and the full resync finds every user already there
    started = time.monotonic()
    shell.run(hour)
    [(users_after_hour,)] = store_rows(store_url, "SELECT count(*) FROM flowsync.app_user")
    assert users_after_hour > USERS * 0.9
    shell.run(full)
    [(users,)] = store_rows(store_url, "SELECT count(*) FROM flowsync.app_user")
    assert users == users_after_hour
    timed("hour and full resync", started)

    # a mass removal, allowed once: the tag groups' listing comes back empty
    groups = "SELECT count(*) FILTER (WHERE is_active) FROM flowsync.tag_group"
    [(active_groups,)] = store_rows(store_url, groups)
    assert active_groups > 0
    sim_post(sim, "/_sim/faults", [{"kind": "empty", "path": "/tag-groups", "times": -1}])
    try:
        refused = shell.run(full, check=False)  # the failure the section quotes ...
        assert re.search(r"refusing to deactivate \d+ of \d+ active rows", refused), refused
        assert store_rows(store_url, groups) == [(active_groups,)]  # ... wrote nothing
        shell.run(allow)
    finally:
        sim_post(sim, "/_sim/faults", [])
    assert store_rows(store_url, groups) == [(0,)]

    # reading the quarantine: the summary, the CSV for Excel, the SQL
    output = shell.run(summary)
    match = re.search(r"open quarantine cases: (\d+)", output)
    assert match and int(match.group(1)) > 0, output
    for reason in PLANTED:
        assert reason in output, (reason, output)
    with (Path(shell.env["HOME"]) / "quarantine.csv").open(encoding="utf-8-sig") as f:
        cases = list(csv.DictReader(f))
    assert len(cases) == int(match.group(1))
    assert {c["reason"] for c in cases} >= PLANTED
    selected = store_rows(store_url, select.code)
    assert {row[1] for row in selected} >= PLANTED
    assert len(selected) == len(cases)

    # the school fixes its records: the next full resync closes their cases
    before = open_cases(store_url)
    sim_post(sim, "/_sim/anomalies", {"hide": sorted(FIXED_AT_SOURCE)})
    shell.run(full)
    left = open_cases(store_url)
    fixed = {case for case in before if case[1] in FIXED_AT_SOURCE.values()}
    assert fixed and not fixed & set(left), sorted(fixed & set(left))
    assert set(before) - fixed <= set(left)  # what the school did not fix stays open
    assert store_rows(store_url, "SELECT user_id FROM flowsync.user_openid WHERE platform || "
                      "':' || openid = %s AND removed_at IS NULL", (MOVED_PAIR,)) == \
        [("U0000020",)]

    # the binding moves to another person in Officeflow: the store refuses it ...
    moved = {"platform": "wechat", "openid": MOVED_PAIR.split(":", 1)[1],
             "user_id": "U0000021", "username": None, "status": "active",
             "updated_at": "2026-11-27T08:30:00+08:00"}
    moved["username"] = store_rows(store_url, "SELECT username FROM flowsync.app_user "
                                              "WHERE id = 'U0000021'")[0][0]
    sim_post(sim, "/_sim/inject", {"path": "/openids", "params": {"platform": "wechat"},
                                   "items": [moved]})
    shell.run(hour)
    conflict = {key: detail for (entity, reason, key), detail in open_cases(store_url).items()
                if reason == "openid_conflict"}
    assert "already bound to another user in the store" in conflict.get(MOVED_PAIR, ""), conflict
    # ... until the operator ends the stored binding; the next sync binds it anew
    update_sql = update.code.replace("<source_key>", MOVED_PAIR)
    assert store_rows_count(store_url, update_sql) == 1
    shell.run(hour)
    assert ("user_openid", "openid_conflict", MOVED_PAIR) not in open_cases(store_url)
    assert store_rows(store_url, "SELECT user_id FROM flowsync.user_openid WHERE platform || "
                      "':' || openid = %s AND removed_at IS NULL", (MOVED_PAIR,)) == \
        [("U0000021",)]
    print(f"timings: {json.dumps(timings)}", flush=True)


def store_rows_count(store_url: str, sql: str) -> int:
    """Runs a statement as written; returns how many rows it changed."""
    with psycopg.connect(pg_conninfo(store_url), autocommit=True) as conn:
        return conn.execute(sql).rowcount


def test_the_section_shows_the_two_screenshots() -> None:
    section = section_text()
    for name in ("asset-graph.png", "app_user.png"):  # taken by tests/test_operator_path.py
        assert f"](screenshots/{name})" in section, name  # relative to docs/
        assert (ROOT / "docs" / "screenshots" / name).stat().st_size > 10_000, name


README_STEPS = "## From nothing to an hourly sync of your own Officeflow"


def readme_step_blocks() -> list[Block]:
    readme = (ROOT / "README.md").read_text()
    start = readme.index(f"\n{README_STEPS}\n")
    end = readme.find("\n## ", start + 1)
    return [Block(lang, textwrap.dedent(code)) for lang, code in re.findall(
        r"^ *```(\w*)\n(.*?)^ *```", readme[start:end], flags=re.S | re.M)]


def test_the_readmes_first_steps_work_as_written(
        tmp_path: Path, pg_database: str, databases: tuple[str, str]) -> None:
    """Steps 3 and 4 of the README, as a new user types them: the settings and
    the two checks (``dg check defs``, the config check), then the first full
    resync with ``dg launch`` and the summary. Step 2's SQL creates server-wide
    roles, which a shared test server does not take: the test's own databases
    stand for them (the store makes its schema itself, as the step says)."""
    blocks = readme_step_blocks()
    assert [b.lang for b in blocks] == ["sql", "bash", "bash", "bash"], blocks
    _, settings_block, first_resync, _ = blocks
    assert "dg check defs" in settings_block.code
    assert "dg launch --job officeflow_full_resync" in first_resync.code
    dagster_db, store_db = databases
    server = make_url(pg_database)
    store_url = server.set(database=store_db).render_as_string(hide_password=False)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FLOWSYNC_", "OFFICEFLOW_", "DAGSTER_", "VIRTUAL_ENV"))}
    env["HOME"] = str(tmp_path)
    with officeflow_simulator(env, tmp_path / "simulator", users=USERS) as sim:
        exports = substituted_setup(Block("bash", "\n".join(
            line for line in settings_block.code.splitlines() if line.startswith("export "))), {
            "DAGSTER_HOME": str(tmp_path / "srv" / "dagster"),
            "DAGSTER_PG_HOST": server.host or "127.0.0.1",
            "DAGSTER_PG_PORT": str(server.port or 5432),
            "DAGSTER_PG_USERNAME": server.username or "postgres",
            "DAGSTER_PG_PASSWORD": server.password or "", "DAGSTER_PG_DB": dagster_db,
            "OFFICEFLOW_BASE_URL": sim, "OFFICEFLOW_APP_KEY": "flowsync-demo",
            "OFFICEFLOW_APP_SECRET": "flowsync-demo-secret", "FLOWSYNC_DATABASE_URL": store_url})
        # step 1 leaves the shell in the project's .venv
        shell = Shell(f"source .venv/bin/activate\n{exports}", env, tmp_path / "logs")
        try:
            checked = shell.run(Block("bash", "\n".join(
                line for line in settings_block.code.splitlines()
                if not line.startswith("export "))))
            assert "All definitions loaded successfully" in checked, checked
            assert "FAIL" not in checked and " ok " in checked, checked
            summary = shell.run(first_resync)
        except BaseException as exc:
            exc.add_note("\n\n".join(shell.outputs)[-12000:])
            raise
    [(users,)] = store_rows(store_url, "SELECT count(*) FROM flowsync.app_user")
    assert users > USERS * 0.9
    assert "open quarantine cases" in summary, summary
