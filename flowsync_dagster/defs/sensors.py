"""The sensor that frees the pool slot of a run that died (``store/liveness.py``).

A run the daemon launched and that died (its worker killed) keeps its
``flowsync_store`` slot; the daemon's queue then holds every later run of the
pool back, so none of them reaches the resource setup that would free it.
This sensor, on by default and evaluated by the daemon every 30 s, marks
such runs failed and frees their slots. It launches nothing.
"""

from __future__ import annotations

from dagster import DefaultSensorStatus, SensorEvaluationContext, SkipReason, sensor

from flowsync_dagster.resources.store import StoreResource
from flowsync_dagster.store.liveness import POOL, SENSOR_INTERVAL_SECONDS, SENSOR_NAME


@sensor(name=SENSOR_NAME, minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        default_status=DefaultSensorStatus.RUNNING,
        description=f"Every {SENSOR_INTERVAL_SECONDS} s: runs whose process died while holding "
                    f"the {POOL} pool (a school's own: {POOL}_<code>) are marked failed (their "
                    "liveness lock is free) and their "
                    "slots freed, so that the runs queued behind them start.")
def free_dead_runs(context: SensorEvaluationContext, store: StoreResource) -> SkipReason:
    dead = store.free_dead_runs(context.instance, by=f"sensor {SENSOR_NAME}")
    if not dead:
        return SkipReason(f"no dead run holds the {store.pool} pool")
    for run in dead:
        context.log.warning(f"run {run.run_id} ({run.status}) was dead: {run.slots} {store.pool} "
                            f"slot(s) and {run.queued} queued step(s) freed")
    return SkipReason(f"freed the {store.pool} slots of {len(dead)} dead run(s): "
                      + ", ".join(r.run_id for r in dead))
