"""Two runs at once: an hourly run and a full resync started together, by the
CLI and by the daemon, both end successfully, their writing steps never
overlap (STEP_START/STEP_SUCCESS of every step from the instance's event
log), and the store ends as the two run in sequence leave it.

The store is PostgreSQL, the simulator its own process at epoch 2 (an hour of
changes after the store's state of epoch 1), Dagster's instance the
PostgreSQL one of deploy/dagster.yaml. The references are the same two runs,
in process, one after the other, in both orders.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from dagster import DagsterRunStatus

from tests.crashkit import (
    FULL_PARTITION,
    CliRun,
    Content,
    assert_never_overlap,
    base_env,
    content,
    differences,
    full_args,
    hour_of_epoch,
    hourly_args,
    instance_of,
    launch_run,
    postgres_home,
    run_in_process,
    settle_pool,
    sim_post,
    step_spans,
    stop_schedules,
    wait_until,
)
from tests.dagster_services import dagster_services, officeflow_simulator

USERS = 500
HOUR = hour_of_epoch(2)
ALLOW = {"flowsync/allow_mass_removal": "true"}  # epoch 2 moves many dynamic tag members
# the first answer of each run is slowed, so that both are surely in flight together
SLOW_START = [{"kind": "timeout", "path": "/departments/root", "times": 2, "delay": 1.5}]


@dataclass(frozen=True)
class Prepared:
    sim_url: str
    store_url: str
    schemas: dict[str, str]  # test -> its store schema, at the content of epoch 1
    hourly_then_full: Content
    full_then_hourly: Content

    def assert_as_in_sequence(self, schema: str) -> None:
        found = content(self.store_url, schema)
        one = differences(found, self.hourly_then_full)
        other = differences(found, self.full_then_hourly)
        assert not one or not other, (
            f"the store is neither as hourly-then-full leaves it ({one}) nor as "
            f"full-then-hourly leaves it ({other})")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, pg_database: str) -> Iterator[Prepared]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    with officeflow_simulator(env, tmp_path_factory.mktemp("sim"), users=USERS) as sim:
        sim_post(sim, "/_sim/reset", {"users": USERS, "epoch": 1})
        tag = uuid.uuid4().hex[:6]
        schemas = {name: f"t_two_{name}_{tag}" for name in ("cli", "daemon", "hf", "fh")}
        for schema in schemas.values():
            run_in_process(sim, pg_database, schema, full=True)
        sim_post(sim, "/_sim/epoch", {"epoch": 2})
        run_in_process(sim, pg_database, schemas["hf"], full=False, partition=HOUR)
        run_in_process(sim, pg_database, schemas["hf"], full=True, tags=ALLOW)
        run_in_process(sim, pg_database, schemas["fh"], full=True, tags=ALLOW)
        run_in_process(sim, pg_database, schemas["fh"], full=False, partition=HOUR)
        hf, fh = content(pg_database, schemas["hf"]), content(pg_database, schemas["fh"])
        print(f"references: hourly-then-full {'equals' if hf == fh else 'differs from'} "
              f"full-then-hourly {differences(hf, fh) or ''}", flush=True)
        yield Prepared(sim, pg_database, schemas, hf, fh)


def test_an_hourly_run_and_a_full_resync_started_together_by_the_cli(
        tmp_path: Path, prepared: Prepared) -> None:
    schema = prepared.schemas["cli"]
    with postgres_home(tmp_path, prepared.store_url) as (home, pg_env):
        env = {**base_env(prepared.sim_url, prepared.store_url, schema, home), **pg_env}
        settle_pool(home, pg_env)
        sim_post(prepared.sim_url, "/_sim/faults", SLOW_START)
        runs = [CliRun(env, *hourly_args(HOUR)), CliRun(env, *full_args(**ALLOW))]
        codes = [run.finish(timeout=180) for run in runs]
        sim_post(prepared.sim_url, "/_sim/faults", [])
        assert codes == [0, 0], "\n\n".join(run.output[-5000:] for run in runs)
        assert any("blocked by limit for pool flowsync_store" in run.output for run in runs)
        with instance_of(home, pg_env) as instance:
            spans = []
            for run in runs:
                assert run.run_id
                steps = step_spans(instance, run.run_id)
                assert len(steps) == 8, steps
                spans += [(start, end, f"{run.run_id[:8]}:{step}") for start, end, step in steps]
        assert_never_overlap(spans)
        print(f"CLI: both runs ended in {max(r.seconds for r in runs):.1f} s, their 16 steps "
              "one after the other", flush=True)
    prepared.assert_as_in_sequence(schema)


def test_an_hourly_run_and_a_full_resync_launched_together_through_the_daemon(
        tmp_path: Path, prepared: Prepared) -> None:
    schema = prepared.schemas["daemon"]
    with postgres_home(tmp_path, prepared.store_url) as (home, pg_env):
        env = {**base_env(prepared.sim_url, prepared.store_url, schema, home), **pg_env}
        settle_pool(home, pg_env)
        with dagster_services(env, home) as services, instance_of(home, pg_env) as instance:
            stop_schedules(services)
            services.start_daemon()
            sim_post(prepared.sim_url, "/_sim/faults", SLOW_START)
            started = time.monotonic()
            run_ids = [
                launch_run(services, "officeflow_sync", {"dagster/partition": HOUR}),
                launch_run(services, "officeflow_full_resync",
                           {"dagster/partition": FULL_PARTITION, "flowsync/mode": "full", **ALLOW}),
            ]

            def finished() -> list[DagsterRunStatus] | None:
                runs = [instance.get_run_by_id(run_id) for run_id in run_ids]
                statuses = [r.status for r in runs if r is not None]
                done = len(statuses) == 2 and all(
                    s in (DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE,
                          DagsterRunStatus.CANCELED) for s in statuses)
                return statuses if done else None

            statuses = wait_until(finished, 240, "both runs to finish", interval=0.5)
            sim_post(prepared.sim_url, "/_sim/faults", [])
            assert statuses == [DagsterRunStatus.SUCCESS] * 2, services.output()
            spans = []
            for run_id in run_ids:
                steps = step_spans(instance, run_id)
                assert len(steps) == 8, steps
                spans += [(start, end, f"{run_id[:8]}:{step}") for start, end, step in steps]
            assert_never_overlap(spans)
            print(f"daemon: both runs ended {time.monotonic() - started:.1f} s after their "
                  "launch, their 16 steps one after the other", flush=True)
    prepared.assert_as_in_sequence(schema)
