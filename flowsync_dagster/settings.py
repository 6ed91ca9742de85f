"""One school's settings as the code location loads them (docs/settings.md).

From the defaults, the settings file that ``FLOWSYNC_CONFIG`` names (the
school ``FLOWSYNC_SCHOOL`` names, when it lists several) and the
environment, in that order of precedence (``config/layers.py``). Without a
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

from flowsync_dagster.config.file import read_settings_file
from flowsync_dagster.config.keys import (
    SETTINGS,
    SecretRef,
    SettingsError,
    default_database_url,
    identifier,
    truthy,
    validate_base_url,
)
from flowsync_dagster.config.layers import Layer, Resolved, environment_layer, resolve
from flowsync_dagster.config.rules import DepartmentRule

__all__ = ["Settings", "SettingsError", "default_database_url", "load_settings", "truthy",
           "validate_base_url", "CONFIG_VARIABLE", "SCHOOL_VARIABLE"]

CONFIG_VARIABLE = "FLOWSYNC_CONFIG"
SCHOOL_VARIABLE = "FLOWSYNC_SCHOOL"
# with several schools in one file, a variable that would give them all the
# same source or the same schema is refused rather than obeyed
PER_SCHOOL = ("officeflow.base_url", "officeflow.app_key", "officeflow.app_secret",
              "store.schema")


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
    max_removal_fraction: float = 0.10
    max_removal_rows: int = 50
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
    return settings_from(resolve([school.layer, env]), environ, code=school.code,
                         name=school.name, rules=school.rules, settings_file=path)


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
    return Settings(
        **fields,
        database_url=url or default_database_url(),
        code=code,
        name=name,
        database_url_env=url_env,
        department_rules=rules,
        settings_file=settings_file,
        origins=dict(resolved.origins),
    )
