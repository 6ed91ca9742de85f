"""The bundled Officeflow 4.0 simulator: a synthetic school over HTTP."""

from datetime import datetime

from flowsync_dagster.simulator.dataset import (
    ANOMALIES,
    DEFAULT_CLOCK,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    SchoolDataset,
)
from flowsync_dagster.simulator.server import Simulator, SimulatorServer
from flowsync_dagster.simulator.wallclock import (
    ANCHOR_FILE_NAME,
    HORIZON_EPOCHS,
    AnchorError,
    WallClock,
    anchor_from_file,
)


def start_simulator(users: int = 2000, seed: int = 1, epoch: int = 1, port: int = 0,
                    host: str = "127.0.0.1", **options: object) -> SimulatorServer:
    """Start a simulator in a background thread of this process."""
    dataset = SchoolDataset(users=users, seed=seed, clock=options.pop("clock", DEFAULT_CLOCK),  # type: ignore[arg-type]
                            epoch=epoch)
    return SimulatorServer(Simulator(dataset, **options), host=host, port=port).start()  # type: ignore[arg-type]


def start_following_simulator(now: datetime, anchor: datetime, users: int = 2000, seed: int = 1,
                              port: int = 0, host: str = "127.0.0.1",
                              **options: object) -> SimulatorServer:
    """Start, in a background thread, the school that follows the wall clock
    from ``anchor`` (wallclock.py) as it stands at ``now``. It keeps that hour
    while it runs: a run reads one source, and the next run its next hour."""
    dataset = WallClock(anchor).dataset(users, seed, now)
    return SimulatorServer(Simulator(dataset, **options), host=host, port=port).start()  # type: ignore[arg-type]


__all__ = [
    "ANCHOR_FILE_NAME",
    "ANOMALIES",
    "DEFAULT_CLOCK",
    "DEMO_APP_KEY",
    "DEMO_APP_SECRET",
    "HORIZON_EPOCHS",
    "AnchorError",
    "SchoolDataset",
    "Simulator",
    "SimulatorServer",
    "WallClock",
    "anchor_from_file",
    "start_following_simulator",
    "start_simulator",
]
