"""The bundled Officeflow 4.0 simulator: a synthetic school over HTTP."""

from flowsync_dagster.simulator.dataset import (
    ANOMALIES,
    DEFAULT_CLOCK,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    SchoolDataset,
)
from flowsync_dagster.simulator.server import Simulator, SimulatorServer


def start_simulator(users: int = 2000, seed: int = 1, epoch: int = 1, port: int = 0,
                    host: str = "127.0.0.1", **options: object) -> SimulatorServer:
    """Start a simulator in a background thread of this process."""
    dataset = SchoolDataset(users=users, seed=seed, clock=options.pop("clock", DEFAULT_CLOCK),  # type: ignore[arg-type]
                            epoch=epoch)
    return SimulatorServer(Simulator(dataset, **options), host=host, port=port).start()  # type: ignore[arg-type]


__all__ = [
    "ANOMALIES",
    "DEFAULT_CLOCK",
    "DEMO_APP_KEY",
    "DEMO_APP_SECRET",
    "SchoolDataset",
    "Simulator",
    "SimulatorServer",
    "start_simulator",
]
