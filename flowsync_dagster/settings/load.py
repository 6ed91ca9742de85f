"""One school's settings as the code location loads them (docs/settings.md).

From the defaults, the settings file that ``FLOWSYNC_CONFIG`` names (the
school ``FLOWSYNC_SCHOOL`` names, when it lists several) and the
environment, in that order of precedence (``settings/layers.py``). Without a
file, ``FLOWSYNC_SCHOOL`` gives the one school the environment describes its
code (asset keys under it, a pool of its own). Reading
files and variables is all this does: no connections. A bad value is
reported when the code location loads, before any run, in one line naming
the file or variable, the key and what is wrong.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import make_url

from flowsync_dagster.settings.boundary import Boundary, declared_refs
from flowsync_dagster.settings.file import read_settings_file
from flowsync_dagster.settings.keys import (
    SETTINGS,
    SecretRef,
    SettingsError,
    default,
    default_database_url,
    identifier,
    truthy,
    validate_base_url,
)
from flowsync_dagster.settings.layers import Layer, Resolved, environment_layer, resolve
from flowsync_dagster.settings.rules import DepartmentRule

__all__ = ["Settings", "SettingsError", "default_database_url", "load_settings", "truthy",
           "validate_base_url", "CONFIG_VARIABLE", "SCHOOL_VARIABLE"]

CONFIG_VARIABLE = "FLOWSYNC_CONFIG"
SCHOOL_VARIABLE = "FLOWSYNC_SCHOOL"
# with several schools in one file, a variable that would give them all the
# same source or the same schema is refused rather than obeyed
PER_SCHOOL = ("officeflow.base_url", "officeflow.app_key", "officeflow.app_secret",
              "store.schema", "credentials.env_prefix", "credentials.directory")


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
    lookback_hours: int = default("sync.lookback_hours")
    # and from the end of the last span read successfully, within this bound
    catchup_max_hours: int = default("sync.catchup_max_hours")
    # a step whose database connection dropped is run again after this long
    step_retry_delay_seconds: int = default("sync.step_retry_delay_seconds")
    max_removal_fraction: float = default("guard.max_removal_fraction")
    max_removal_rows: int = default("guard.max_removal_rows")
    # the bundled demo source may fill this store: the zero-setup default
    # store, or FLOWSYNC_DEMO=true (never a store the settings name otherwise)
    demo: bool = default("officeflow.demo")
    # the boundary (settings/boundary.py): what runs and source_config may set,
    # and where else source_config may say the credentials are kept
    runs_may_set: tuple[str, ...] = default("runs.may_set")
    source_config_may_set: tuple[str, ...] = default("source_config.may_set")
    credential_env_prefix: str | None = None
    credential_directory: str | None = None
    # the asset pages' code links: this repository's files, else local paths
    code_repository_url: str | None = None
    code_branch: str = default("source_code.branch")
    # a school of a settings file: its code prefixes its asset keys and names
    # its pool; None for the single-school default
    code: str | None = None
    name: str | None = None
    app_key: SecretRef | None = None
    app_secret: SecretRef | None = None
    # the variable that holds the store's URL, when one does (passed on as an
    # EnvVar, so the URL is read by each run, never copied into a definition)
    database_url_env: str | None = None
    department_rules: tuple[DepartmentRule, ...] = ()
    settings_file: str | None = None
    # where each setting came from: "default", "file ...", "environment ..."
    origins: Mapping[str, str] = field(default_factory=dict)

    @property
    def uses_simulator(self) -> bool:
        return self.officeflow_base_url is None

    @property
    def uses_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")

    @property
    def boundary(self) -> Boundary:
        return Boundary(self.runs_may_set, self.source_config_may_set,
                        declared_refs([self.app_key, self.app_secret]),
                        self.credential_env_prefix, self.credential_directory,
                        frozenset({self.database_url_env} - {None}))  # type: ignore[arg-type]


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """The settings of the school this process loads."""
    environ = os.environ if environ is None else environ
    path = environ.get(CONFIG_VARIABLE, "").strip()
    wanted = environ.get(SCHOOL_VARIABLE, "").strip() or None
    env = environment_layer(environ)
    if not path:  # the environment describes one school; FLOWSYNC_SCHOOL is its code
        if not wanted:
            return settings_from(resolve([env]), environ)
        try:
            code = identifier(wanted)
        except ValueError as exc:
            raise SettingsError(f"{SCHOOL_VARIABLE} {exc}") from None
        own = Layer(f"environment {SCHOOL_VARIABLE}", {"store.schema": code})
        return settings_from(resolve([own, env]), environ, code=code)
    file = read_settings_file(path)
    school = file.school(wanted)
    if len(file.sections) > 1:
        shared = [env.origins[k].split()[-1] for k in PER_SCHOOL if k in env.values]
        if shared:
            raise SettingsError(f"{shared[0]} is set, but {path} lists {len(file.sections)} "
                                "schools: it would give them all the same value; set it per "
                                "school in the file")
    resolved = resolve([school.layer, env])
    for other in file.codes:
        if other == school.code:
            continue
        try:
            theirs = resolve([file.school(other).layer, env])
        except SettingsError:  # its own mistake: reported when it loads
            continue
        shared = _same_store(resolved, theirs, environ)
        if shared:
            first, second = sorted([school.code or "", other or ""])
            raise SettingsError(f"{path}: schools {first} and {second} share {shared}: the "
                                "second school's runs would remove the first's directory; "
                                "give each school its own store.schema or database")
    return settings_from(resolved, environ, code=school.code, name=school.name,
                         rules=school.rules, settings_file=path)


def _store_identity(resolved: Resolved, environ: Mapping[str, str]) -> tuple[str, str | None]:
    """Which tables a school's store is: the database (host, port, name, or the
    SQLite file) and, on PostgreSQL, the schema."""
    url: Any = resolved["store.database_url"]
    if isinstance(url, SecretRef):
        try:
            url = url.reveal(environ)
        except SettingsError:  # not readable here: the same reference is the same store
            return url.describe(), resolved["store.schema"]
    parsed = make_url(url or default_database_url())
    if parsed.get_backend_name() == "sqlite":
        return f"the SQLite store {os.path.abspath(parsed.database or '')}", None
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    return f"the database {where}", resolved["store.schema"]


def _same_store(mine: Resolved, theirs: Resolved, environ: Mapping[str, str]) -> str | None:
    """What two schools' stores share, or None."""
    a, b = _store_identity(mine, environ), _store_identity(theirs, environ)
    if a != b:
        return None
    return a[0] if a[1] is None else f"the schema {a[1]} of {a[0]}"


def settings_from(resolved: Resolved, environ: Mapping[str, str], *, code: str | None = None,
                  name: str | None = None, rules: tuple[DepartmentRule, ...] = (),
                  settings_file: str | None = None) -> Settings:
    """The record the definitions are built from."""
    url: Any = resolved["store.database_url"]
    url_env: str | None = None
    origin = resolved.origins["store.database_url"]
    if isinstance(url, SecretRef):
        url_env = url.env
        try:
            url = url.reveal(environ)
        except SettingsError as exc:
            raise SettingsError(f"store.database_url ({origin}): {exc}") from None
    elif origin.startswith("environment"):
        url_env = origin.split()[-1]
    fields = {s.field: resolved[s.key] for s in SETTINGS if s.key != "store.database_url"}
    fields["demo"] = resolved["officeflow.demo"] or origin == "default"
    settings = Settings(
        **fields,
        database_url=url or default_database_url(),
        code=code,
        name=name,
        database_url_env=url_env,
        department_rules=rules,
        settings_file=settings_file,
        origins=dict(resolved.origins),
    )
    _check_boundary(settings)
    return settings


def _check_boundary(settings: Settings) -> None:
    """The deployment's own credential references, and a source for a store
    the settings name: refused at load, in one line."""
    boundary = settings.boundary
    for key in ("officeflow.app_key", "officeflow.app_secret"):
        ref = getattr(settings, key.split(".")[1])
        why = boundary.refusal(ref) if ref is not None else None
        if why:
            raise SettingsError(f"{key} ({settings.origins.get(key)}): {why}")
    if settings.officeflow_base_url is not None or settings.demo:
        return
    if "officeflow.base_url" not in settings.source_config_may_set:
        raise SettingsError(
            "OFFICEFLOW_BASE_URL is not set, and the store is one the settings name "
            f"(store.database_url from {settings.origins.get('store.database_url')}): the "
            "bundled demo source never writes into it. Set OFFICEFLOW_BASE_URL "
            "(officeflow.base_url), or FLOWSYNC_DEMO=true to fill this store with demo data")
