"""The environment settings of docs/operations.md, read in one place.

Reading environment variables is all this module does: no connections, no
files. Definitions are built from these values at import time, so a bad value
is reported when the code location loads, before any run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class SettingsError(ValueError):
    """A setting that cannot be used; the message names the variable."""


TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


def truthy(value: str | None) -> bool:
    """A switch or tag value: true for the words of TRUE_WORDS, else false."""
    return (value or "").strip().lower() in TRUE_WORDS


def _flag(name: str, default: bool = True) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}")


def _whole(name: str, default: int, maximum: int, unit: str) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number of {unit}, not {raw!r}") from None
    if not 0 <= value <= maximum:
        raise SettingsError(f"{name} must be between 0 and {maximum} {unit}, not {value}")
    return value


def _seconds(name: str, default: int, maximum: int) -> int:
    return _whole(name, default, maximum, "seconds")


def _hours(name: str, default: int, maximum: int) -> int:
    return _whole(name, default, maximum, "hours")


def validate_base_url(url: str) -> str:
    """An http(s) URL with a host; trailing slashes are dropped."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SettingsError(
            f"OFFICEFLOW_BASE_URL must be an http:// or https:// URL with a host, not {url!r}"
        )
    return url.strip().rstrip("/")


def default_database_url() -> str:
    home = os.environ.get("DAGSTER_HOME")
    folder = Path(home) if home else Path.cwd() / ".flowsync"
    return f"sqlite:///{folder / 'flowsync.db'}"


@dataclass(frozen=True)
class Settings:
    officeflow_base_url: str | None  # None: start the bundled simulator
    database_url: str
    schema: str
    timezone: str
    partitions_start: str
    sync_departments: bool
    sync_posts: bool
    sync_tags: bool
    # an hourly run also reads this far before its hour: a change that became
    # visible at the source after its hour's run is not left for the night
    lookback_hours: int = 3
    # and from the end of the last span read successfully, within this bound
    catchup_max_hours: int = 24
    # a step whose database connection dropped is run again after this long
    step_retry_delay_seconds: int = 30

    @property
    def uses_simulator(self) -> bool:
        return self.officeflow_base_url is None


def load_settings() -> Settings:
    base_url = os.environ.get("OFFICEFLOW_BASE_URL", "").strip() or None
    if base_url is not None:
        base_url = validate_base_url(base_url)
    timezone = os.environ.get("FLOWSYNC_TIMEZONE", "").strip() or "Asia/Shanghai"
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(f"FLOWSYNC_TIMEZONE {timezone!r} is not a known timezone") from exc
    schema = os.environ.get("FLOWSYNC_SCHEMA", "").strip() or "flowsync"
    if not schema.replace("_", "a").isalnum() or not schema[0].isalpha():
        raise SettingsError(f"FLOWSYNC_SCHEMA {schema!r} must be a plain identifier")
    return Settings(
        officeflow_base_url=base_url,
        database_url=os.environ.get("FLOWSYNC_DATABASE_URL", "").strip() or default_database_url(),
        schema=schema.lower(),
        timezone=timezone,
        partitions_start=os.environ.get("FLOWSYNC_PARTITIONS_START", "").strip()
        or "2026-01-01-00:00",
        sync_departments=_flag("FLOWSYNC_SYNC_DEPARTMENTS"),
        sync_posts=_flag("FLOWSYNC_SYNC_POSTS"),
        sync_tags=_flag("FLOWSYNC_SYNC_TAGS"),
        lookback_hours=_hours("FLOWSYNC_LOOKBACK_HOURS", 3, 48),
        catchup_max_hours=_hours("FLOWSYNC_CATCHUP_MAX_HOURS", 24, 24 * 14),
        step_retry_delay_seconds=_seconds("FLOWSYNC_STEP_RETRY_DELAY_SECONDS", 30, 3600),
    )
