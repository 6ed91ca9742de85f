"""``OfficeflowResource``: the Officeflow API as a Dagster resource.

Configuration only at definition time; the HTTP client (and, when no server
is configured, the bundled simulator) comes to life in
``setup_for_execution``, so importing the code location never touches the
network.

The bundled simulator follows the wall clock (simulator/wallclock.py): each
run serves the demo school as it stands in the hour the run starts, grown from
an anchor kept beside the default store, so the hourly schedule has an hour of
changes to read every hour.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dagster import ConfigurableResource, InitResourceContext, get_dagster_logger
from pydantic import PrivateAttr, field_validator

from flowsync_dagster.officeflow.client import (
    MAX_CONCURRENCY,
    PAGE_SIZE,
    TIMEOUT_SECONDS,
    OfficeflowClient,
    RetrySettings,
)
from flowsync_dagster.resources.run_config import refuse_resource_config
from flowsync_dagster.settings.keys import (
    SecretRef,
    SettingsError,
    default_database_url,
    secret_ref,
    validate_base_url,
)
from flowsync_dagster.settings.layers import Resolved

if TYPE_CHECKING:  # the simulator (numpy and all) is imported only by a run that starts it
    from flowsync_dagster.simulator import SimulatorServer


class OfficeflowResource(ConfigurableResource):
    """Reads the Officeflow 4.0 directory and workflow API.

    ``base_url`` empty means: start the bundled simulator (demo data) inside
    this run's process and read from it: the school as it stands at the
    wall-clock time the run starts (``simulator_now``, for tests), or at epoch
    ``simulator_epoch`` of the fixed test clock when that is set.

    Credentials are given as values (``app_key``, ``app_secret``: code and
    tests) or as where they are kept (``app_key_ref``, ``app_secret_ref``:
    ``env:NAME`` or ``file:/path``, read by the run that uses them). As a run
    starts, ``use`` may point it elsewhere (``source_config``, a run tag).
    """

    base_url: str = ""
    app_key: str = ""
    app_secret: str = ""
    app_key_ref: str = ""
    app_secret_ref: str = ""
    # the client's own defaults, said once (officeflow/client.py)
    page_size: int = PAGE_SIZE
    timeout_seconds: float = TIMEOUT_SECONDS
    max_concurrency: int = MAX_CONCURRENCY
    max_retries: int = RetrySettings.max_retries
    max_retry_seconds: float = RetrySettings.max_retry_seconds
    backoff_initial_seconds: float = RetrySettings.backoff_initial_seconds
    backoff_max_seconds: float = RetrySettings.backoff_max_seconds
    max_cursor_restarts: int = RetrySettings.max_cursor_restarts
    # the bundled demo source may serve a run that names no source: only for
    # the zero-setup default store or FLOWSYNC_DEMO=true (settings.py decides)
    demo: bool = False
    simulator_users: int = 2000
    # None: follow the wall clock; a number pins that epoch of DEFAULT_CLOCK
    simulator_epoch: int | None = None
    # ISO 8601 with an offset: the wall-clock time the simulator takes for now
    simulator_now: str = ""
    # where the demo's anchor is kept; empty: beside the default SQLite store
    simulator_anchor_file: str = ""

    _client: OfficeflowClient | None = PrivateAttr(default=None)
    _simulator: Any = PrivateAttr(default=None)
    _settled: Resolved | None = PrivateAttr(default=None)

    @field_validator("app_key_ref", "app_secret_ref")
    @classmethod
    def _check_ref(cls, value: str) -> str:
        if value:
            secret_ref(value)  # ValueError says what a reference looks like
        return value

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not value:
            return value
        try:
            return validate_base_url(value)
        except SettingsError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("simulator_now")
    @classmethod
    def _check_now(cls, value: str) -> str:
        if value and datetime.fromisoformat(value).tzinfo is None:
            raise ValueError(f"simulator_now needs an offset, not {value!r}")
        return value

    def loaded(self, origins: dict[str, str]) -> Resolved:
        """Its source settings as loaded, with where each came from (``origins``;
        a key missing there was set in code)."""
        values = {
            "officeflow.base_url": self.base_url or None,
            "officeflow.app_key": self.app_key or (secret_ref(self.app_key_ref)
                                                   if self.app_key_ref else None),
            "officeflow.app_secret": self.app_secret or (secret_ref(self.app_secret_ref)
                                                         if self.app_secret_ref else None),
        }
        return Resolved(values, {k: origins.get(k, "explicit") for k in values})

    def use(self, settled: Resolved) -> None:
        """The source settings this run settled on (before its first call)."""
        self._settled = settled

    def setup_for_execution(self, context: InitResourceContext) -> None:
        refuse_resource_config(context)
        # Dagster may set a resource up more than once per run; connect on first use.
        self._client = None
        self._settled = None

    def _connect(self) -> OfficeflowClient:
        settled = self._settled or self.loaded({})
        base_url = settled["officeflow.base_url"]
        if base_url is None and not self.demo:
            raise SettingsError(
                "no source: OFFICEFLOW_BASE_URL is not set (nor source_config.base_url), and "
                "the bundled demo source serves only the zero-setup default store or "
                "FLOWSYNC_DEMO=true")
        if base_url is None:  # the bundled simulator knows its demo credentials only
            from flowsync_dagster.simulator import DEMO_APP_KEY, DEMO_APP_SECRET

            self._simulator = self._start_simulator()
            base_url = self._simulator.base_url
            app_key, app_secret = self.app_key or DEMO_APP_KEY, self.app_secret or DEMO_APP_SECRET
        else:
            app_key = _credential(settled, "officeflow.app_key", "OFFICEFLOW_APP_KEY")
            app_secret = _credential(settled, "officeflow.app_secret", "OFFICEFLOW_APP_SECRET")
        for name, value in (("OFFICEFLOW_APP_KEY", app_key), ("OFFICEFLOW_APP_SECRET", app_secret)):
            if not value:
                raise SettingsError(f"{name} is required when OFFICEFLOW_BASE_URL is set")
        return OfficeflowClient(
            base_url, app_key, app_secret,
            page_size=self.page_size,
            timeout_seconds=self.timeout_seconds,
            max_concurrency=self.max_concurrency,
            retry=RetrySettings(
                max_retries=self.max_retries,
                max_retry_seconds=self.max_retry_seconds,
                backoff_initial_seconds=self.backoff_initial_seconds,
                backoff_max_seconds=self.backoff_max_seconds,
                max_cursor_restarts=self.max_cursor_restarts,
            ),
            logger=get_dagster_logger("officeflow"),
        )

    def _start_simulator(self) -> SimulatorServer:
        from flowsync_dagster.simulator import (
            HORIZON_EPOCHS,
            WallClock,
            anchor_from_file,
            start_following_simulator,
            start_simulator,
        )

        log = get_dagster_logger()
        about = f"the bundled simulator ({self.simulator_users} demo users)"
        if self.simulator_epoch is not None:
            server = start_simulator(users=self.simulator_users, epoch=self.simulator_epoch)
            log.info(f"OFFICEFLOW_BASE_URL is not set: reading {about} at epoch "
                     f"{self.simulator_epoch} at {server.base_url}")
            return server
        now = datetime.fromisoformat(self.simulator_now) if self.simulator_now else \
            datetime.now(UTC)
        anchor_file = Path(self.simulator_anchor_file or _default_anchor_file())
        clock = WallClock(anchor_from_file(anchor_file, now))
        server = start_following_simulator(now, clock.anchor, users=self.simulator_users)
        epoch = server.sim.dataset.epoch
        log.info(f"OFFICEFLOW_BASE_URL is not set: reading {about} at {server.base_url}, "
                 f"{epoch} hours of changes since {clock.anchor.isoformat()} (kept in "
                 f"{anchor_file}); it changes every hour until {clock.ends.isoformat()}")
        if epoch == HORIZON_EPOCHS:
            log.warning(f"the bundled simulator stopped changing at {clock.ends.isoformat()}: "
                        f"delete {anchor_file} together with the store to start a new demo")
        return server

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None

    @property
    def client(self) -> OfficeflowClient:
        """The API client of this run (created, and the simulator started, on first use)."""
        if self._client is None:
            self._client = self._connect()
        return self._client


def _credential(settled: Resolved, key: str, variable: str) -> str:
    """A credential's value: given, or read from where it is kept."""
    value = settled[key]
    if not isinstance(value, SecretRef):
        return value or ""
    try:
        return value.reveal()
    except SettingsError as exc:
        if value.env == variable and settled.origins.get(key, "").startswith("environment"):
            return ""  # said below, as "is required when ..."
        raise SettingsError(f"{key} ({settled.origins.get(key)}): {exc}") from None


def _default_anchor_file() -> Path:
    """Beside the default store: the demo's store and the anchor its source
    grew from are kept, and deleted, together."""
    from flowsync_dagster.simulator import ANCHOR_FILE_NAME

    return Path(default_database_url().removeprefix("sqlite:///")).parent / ANCHOR_FILE_NAME
