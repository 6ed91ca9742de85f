"""Every setting of a school, said once: its key in the settings file, the
environment variable that overrides it, its column in ``source_config`` (if it
may live there), how a raw value is read, its default, and when it counts.

``at="load"`` settings shape the definitions (partitions, the store, the step
retry policy): they are settled when the code location loads, from the
defaults, the settings file and the environment. ``at="run"`` settings are
settled again as each run starts, where ``source_config`` in the store and the
run's own tags and config can change them (``settings/layers.py``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,62}\Z")  # PostgreSQL: 63 bytes
_PARTITION = re.compile(r"\d{4}-\d{2}-\d{2}-\d{2}:\d{2}\Z")


class SettingsError(ValueError):
    """A setting that cannot be used; the message names where it came from."""


@dataclass(frozen=True)
class SecretRef:
    """Where a credential is kept: an environment variable or a file, never
    the credential itself. What a settings file, ``source_config`` or a run tag
    may hold."""

    env: str | None = None
    file: str | None = None

    def describe(self) -> str:
        return f"env:{self.env}" if self.env else f"file:{self.file}"

    def reveal(self, environ: Mapping[str, str] | None = None) -> str:
        """The credential, read now (a run reads it in its own process)."""
        environ = os.environ if environ is None else environ
        if self.env:
            value = environ.get(self.env, "")
            if not value.strip():
                raise SettingsError(f"the environment variable {self.env} is not set")
            return value.strip()
        assert self.file is not None
        try:
            value = Path(self.file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"cannot read the file {self.file} ({type(exc).__name__})") \
                from None
        if not value:
            raise SettingsError(f"the file {self.file} is empty")
        return value


def secret_ref(raw: object) -> SecretRef:
    """``{env: NAME}`` or ``{file: PATH}`` (a mapping in YAML), or the same as a
    string ``env:NAME`` / ``file:PATH`` (a database column, a run tag)."""
    if isinstance(raw, str):
        kind, colon, rest = raw.strip().partition(":")
        raw = {kind: rest} if colon and kind in ("env", "file") else raw
    if isinstance(raw, Mapping) and len(raw) == 1:
        (kind, where), = raw.items()
        if kind == "env" and isinstance(where, str) and _ENV_NAME.match(where.strip()):
            return SecretRef(env=where.strip())
        if kind == "file" and isinstance(where, str) and where.strip():
            return SecretRef(file=where.strip())
    raise ValueError("a credential is never written here: give where it is kept, "
                     "{env: VARIABLE} or {file: /path} (env:VARIABLE or file:/path as text)")


def boolean(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"must be true or false, not {raw!r}")


def truthy(value: str | None) -> bool:
    """A tag's switch: true for the words of TRUE_WORDS, anything else false."""
    return (value or "").strip().lower() in TRUE_WORDS


def whole(low: int, high: int, unit: str) -> Callable[[object], int]:
    def read(raw: object) -> int:
        if isinstance(raw, bool):
            raise ValueError(f"must be a whole number of {unit}, not {raw!r}")
        try:
            value = int(str(raw).strip()) if not isinstance(raw, int) else raw
        except ValueError:
            raise ValueError(f"must be a whole number of {unit}, not {raw!r}") from None
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high} {unit}, not {value}")
        return value
    return read


def fraction(raw: object) -> float:
    try:
        value = float(str(raw).strip()) if not isinstance(raw, bool) else -1.0
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"must be a fraction between 0 and 1, not {raw!r}")
    return value


def base_url(raw: object) -> str | None:
    """An http(s) URL with a host, trailing slashes dropped; empty: the simulator."""
    text = str(raw or "").strip()
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"must be an http:// or https:// URL with a host, not {text!r}")
    return text.rstrip("/")


def validate_base_url(url: str) -> str:
    """``base_url`` for the one place that names the variable."""
    try:
        checked = base_url(url)
    except ValueError as exc:
        raise SettingsError(f"OFFICEFLOW_BASE_URL {exc}") from None
    if checked is None:
        raise SettingsError("OFFICEFLOW_BASE_URL must be an http:// or https:// URL with a host")
    return checked


def repository_url(raw: object) -> str | None:
    """A GitHub or GitLab repository's https URL; empty: none."""
    text = str(raw or "").strip().rstrip("/")
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.hostname or parts.path.count("/") < 2:
        raise ValueError(f"must be a repository's https:// URL (https://host/owner/name), "
                         f"not {text!r}")
    return text


def branch(raw: object) -> str:
    text = str(raw or "").strip()
    if not text or any(c.isspace() for c in text):
        raise ValueError(f"must be a branch or tag name, not {text!r}")
    return text


def database_url(raw: object) -> str | SecretRef:
    """A SQLAlchemy URL without a password, or where the whole URL is kept."""
    if not isinstance(raw, str) or raw.strip().startswith(("env:", "file:")):
        return secret_ref(raw)
    text = raw.strip()
    parts = urlsplit(text)
    if not parts.scheme.startswith(("postgresql", "sqlite")):
        raise ValueError(f"must be a postgresql:// or sqlite:// URL, not {text.split(':')[0]!r}")
    if parts.password:
        raise ValueError("holds a password: give where the URL is kept instead, "
                         "{env: VARIABLE} or {file: /path}")
    return text


def identifier(raw: object) -> str:
    text = str(raw or "").strip().lower()
    if not _IDENTIFIER.match(text):
        raise ValueError(f"must be a plain identifier (a-z, 0-9, _; a letter first), not {raw!r}")
    return text


def timezone(raw: object) -> str:
    text = str(raw or "").strip()
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{text!r} is not a known timezone") from None
    return text


def partition_key(raw: object) -> str:
    text = str(raw or "").strip()
    if not _PARTITION.match(text):
        raise ValueError(f"must be an hour like 2026-01-01-00:00, not {raw!r}")
    return text


def _key_list(raw: object) -> tuple[str, ...]:
    """A list of setting keys: a YAML list, or text with commas (a variable);
    ``false`` or nothing: none."""
    if raw is None or raw is False or (isinstance(raw, str) and raw.strip().lower() in
                                       ("", "false", "none", "[]")):
        return ()
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise ValueError(f"must be a list of setting keys, not {raw!r}")
    return tuple(dict.fromkeys(i.strip() for i in items if i.strip()))


def runs_may_set(raw: object) -> tuple[str, ...]:
    """What a run's tags and config may set: run settings, never the source's
    URL or a credential reference (those come from the deployment only)."""
    keys = _key_list(raw)
    for key in keys:
        setting = BY_KEY.get(key)
        if setting is None or setting.at != "run":
            raise ValueError(f"{key!r} is not a run setting (run settings: {', '.join(RUN_KEYS)})")
        if key.startswith("officeflow."):
            raise ValueError(f"{key}: the source's URL and credentials come from the deployment "
                             "(environment, settings file), never from a run")
    return keys


def source_config_may_set(raw: object) -> tuple[str, ...]:
    """What a ``source_config`` row may set: some of the settings it has a column for."""
    keys = _key_list(raw)
    known = [s.key for s in SOURCE_CONFIG_COLUMNS.values()]
    for key in keys:
        if key not in known:
            raise ValueError(f"{key!r} has no column in source_config (those that do: "
                             f"{', '.join(known)})")
    return keys


# Variables no credential reference may name, whatever a deployment declares:
# the deployment's own settings and Dagster's (a database password, a webhook's key)
RESERVED_ENV_PREFIXES = ("FLOWSYNC_", "DAGSTER_", "PG")


def env_prefix(raw: object) -> str | None:
    """The start of the variable names a ``source_config`` row may name as a
    credential: long enough to be one school's, and none of the deployment's own."""
    text = str(raw or "").strip()
    if not text:
        return None
    if not _ENV_NAME.match(text) or len(text) < 3:
        raise ValueError(f"must be the start of a variable name, 3 characters or more, "
                         f"not {text!r}")
    clash = next((p for p in RESERVED_ENV_PREFIXES
                  if p.startswith(text.upper()) or text.upper().startswith(p)), None)
    if clash:
        raise ValueError(f"{text!r} would reach the deployment's own {clash}* variables")
    return text


def directory(raw: object) -> str | None:
    text = str(raw or "").strip()
    if not text:
        return None
    if not Path(text).is_absolute():
        raise ValueError(f"must be an absolute path, not {text!r}")
    return text.rstrip("/") or "/"


def default_database_url() -> str:
    home = os.environ.get("DAGSTER_HOME")
    folder = Path(home) if home else Path.cwd() / ".flowsync"
    return f"sqlite:///{folder / 'flowsync.db'}"


@dataclass(frozen=True)
class Setting:
    key: str  # dotted, as nested in the settings file: "sync.posts"
    env: str | None
    read: Callable[[object], Any]  # a raw value to its type; ValueError says what is wrong
    default: Any
    at: Literal["load", "run"]
    source_config: str | None = None  # its column in source_config
    secret: bool = False
    help: str = ""

    @property
    def field(self) -> str:
        """Its attribute in ``Settings`` and ``SyncPolicy``: the key's last part,
        with the entity for a switch and the section for the source's URL and
        the partitions' start."""
        section, name = self.key.split(".")
        if section == "sync" and name in ("departments", "posts", "tags"):
            return f"sync_{name}"
        return {"officeflow.base_url": "officeflow_base_url",
                "officeflow.demo": "demo",
                "partitions.start": "partitions_start",
                "runs.may_set": "runs_may_set",
                "source_config.may_set": "source_config_may_set",
                "credentials.env_prefix": "credential_env_prefix",
                "credentials.directory": "credential_directory",
                "source_code.repository_url": "code_repository_url",
                "source_code.branch": "code_branch"}.get(self.key, name)


SETTINGS: tuple[Setting, ...] = (
    Setting("officeflow.base_url", "OFFICEFLOW_BASE_URL", base_url, None, "run", "base_url",
            help="the Officeflow server; empty: the bundled simulator with demo data"),
    Setting("officeflow.app_key", "OFFICEFLOW_APP_KEY", secret_ref, None, "run", "app_key_ref",
            secret=True, help="where the app key is kept"),
    Setting("officeflow.app_secret", "OFFICEFLOW_APP_SECRET", secret_ref, None, "run",
            "app_secret_ref", secret=True, help="where the app secret is kept"),
    Setting("store.database_url", "FLOWSYNC_DATABASE_URL", database_url, None, "load",
            help="SQLAlchemy URL of the store; default: SQLite under $DAGSTER_HOME"),
    Setting("store.schema", "FLOWSYNC_SCHEMA", identifier, "flowsync", "load",
            help="PostgreSQL schema of the store; default: the school's code, else flowsync"),
    Setting("partitions.timezone", "FLOWSYNC_TIMEZONE", timezone, "Asia/Shanghai", "load"),
    Setting("partitions.start", "FLOWSYNC_PARTITIONS_START", partition_key, "2026-01-01-00:00",
            "load"),
    Setting("sync.departments", "FLOWSYNC_SYNC_DEPARTMENTS", boolean, True, "run",
            "sync_departments"),
    Setting("sync.posts", "FLOWSYNC_SYNC_POSTS", boolean, True, "run", "sync_posts"),
    Setting("sync.tags", "FLOWSYNC_SYNC_TAGS", boolean, True, "run", "sync_tags"),
    Setting("sync.lookback_hours", "FLOWSYNC_LOOKBACK_HOURS", whole(0, 48, "hours"), 3, "run",
            help="an hourly run also reads this far before its hour"),
    Setting("sync.catchup_max_hours", "FLOWSYNC_CATCHUP_MAX_HOURS", whole(0, 336, "hours"), 24,
            "run", help="and from the end of the last span read, within this bound"),
    Setting("sync.step_retry_delay_seconds", "FLOWSYNC_STEP_RETRY_DELAY_SECONDS",
            whole(0, 3600, "seconds"), 30, "load"),
    Setting("guard.max_removal_fraction", "FLOWSYNC_MAX_REMOVAL_FRACTION", fraction, 0.10, "run",
            help="a run may remove at most this fraction of a table's active rows"),
    Setting("guard.max_removal_rows", "FLOWSYNC_MAX_REMOVAL_ROWS", whole(0, 10**9, "rows"), 50,
            "run", help="removals up to this many rows always pass (not an empty listing)"),
    # The boundary (docs/settings.md): what runs and source_config may set, and
    # which credential references the deployment declares. Load settings: no
    # run and no row of the store can widen them.
    Setting("officeflow.demo", "FLOWSYNC_DEMO", boolean, False, "load",
            help="let the bundled demo source fill a store the settings name"),
    Setting("runs.may_set", "FLOWSYNC_RUNS_MAY_SET", runs_may_set,
            ("sync.departments", "sync.posts", "sync.tags", "sync.lookback_hours"), "load",
            help="what a run's tags and config may set"),
    # the source's URL and credential references only when the file lists them:
    # whoever writes the row then chooses where the credentials are sent
    Setting("source_config.may_set", "FLOWSYNC_SOURCE_CONFIG_MAY_SET", source_config_may_set,
            ("sync.departments", "sync.posts", "sync.tags"), "load",
            help="what the store's source_config row may set; [] switches it off"),
    Setting("credentials.env_prefix", "FLOWSYNC_CREDENTIALS_ENV_PREFIX", env_prefix, None,
            "load", help="source_config may name variables starting with this"),
    Setting("credentials.directory", "FLOWSYNC_CREDENTIALS_DIRECTORY", directory, None, "load",
            help="source_config may name files under this directory"),
    # where an asset page's "source code" link points: the repository this
    # checkout was built from (unset: the file on the machine that loaded it)
    Setting("source_code.repository_url", "FLOWSYNC_CODE_REPOSITORY_URL", repository_url, None,
            "load", help="the repository the asset pages link their code to"),
    Setting("source_code.branch", "FLOWSYNC_CODE_BRANCH", branch, "main", "load",
            help="the branch or tag of those links"),
)
BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}


def default(key: str) -> Any:
    """A setting's default, as the registry above writes it (the only place)."""
    return BY_KEY[key].default


BY_ENV: dict[str, Setting] = {s.env: s for s in SETTINGS if s.env}
RUN_KEYS = tuple(s.key for s in SETTINGS if s.at == "run")
# what a run syncs by (``resources/sync.py`` SyncPolicy): the run settings but the source's
POLICY_KEYS = tuple(k for k in RUN_KEYS if not k.startswith("officeflow."))
SOURCE_CONFIG_COLUMNS: dict[str, Setting] = {s.source_config: s for s in SETTINGS
                                             if s.source_config}
