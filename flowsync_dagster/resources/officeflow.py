"""``OfficeflowResource``: the Officeflow API as a Dagster resource.

Configuration only at definition time; the HTTP client (and, when no server
is configured, the bundled simulator) comes to life in
``setup_for_execution``, so importing the code location never touches the
network.
"""

from __future__ import annotations

from typing import Any

from dagster import ConfigurableResource, InitResourceContext, get_dagster_logger
from pydantic import PrivateAttr, field_validator

from flowsync_dagster.officeflow.client import OfficeflowClient, RetrySettings
from flowsync_dagster.settings import SettingsError, validate_base_url


class OfficeflowResource(ConfigurableResource):
    """Reads the Officeflow 4.0 directory and workflow API.

    ``base_url`` empty means: start the bundled simulator (demo data) inside
    this run's process and read from it.
    """

    base_url: str = ""
    app_key: str = ""
    app_secret: str = ""
    page_size: int = 1000
    timeout_seconds: float = 30.0
    max_concurrency: int = 8
    # the client's own defaults, said once (officeflow/client.py RetrySettings)
    max_retries: int = RetrySettings.max_retries
    max_retry_seconds: float = RetrySettings.max_retry_seconds
    backoff_initial_seconds: float = RetrySettings.backoff_initial_seconds
    backoff_max_seconds: float = RetrySettings.backoff_max_seconds
    max_cursor_restarts: int = RetrySettings.max_cursor_restarts
    simulator_users: int = 2000
    simulator_epoch: int = 1

    _client: OfficeflowClient | None = PrivateAttr(default=None)
    _simulator: Any = PrivateAttr(default=None)

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not value:
            return value
        try:
            return validate_base_url(value)
        except SettingsError as exc:
            raise ValueError(str(exc)) from None

    @property
    def uses_simulator(self) -> bool:
        return not self.base_url

    def setup_for_execution(self, context: InitResourceContext) -> None:
        # Dagster may set a resource up more than once per run; connect on first use.
        self._client = None

    def _connect(self) -> OfficeflowClient:
        base_url = self.base_url
        app_key, app_secret = self.app_key, self.app_secret
        if self.uses_simulator:
            from flowsync_dagster.simulator import (
                DEMO_APP_KEY,
                DEMO_APP_SECRET,
                start_simulator,
            )

            self._simulator = start_simulator(users=self.simulator_users,
                                              epoch=self.simulator_epoch)
            base_url = self._simulator.base_url
            app_key, app_secret = app_key or DEMO_APP_KEY, app_secret or DEMO_APP_SECRET
            get_dagster_logger().info(
                "OFFICEFLOW_BASE_URL is not set: reading the bundled simulator "
                f"({self.simulator_users} demo users) at {base_url}"
            )
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
