"""Where each setting of a run comes from, and which source wins.

From lowest to highest precedence:

1. the defaults (``settings/keys.py``);
2. the settings file (``FLOWSYNC_CONFIG``, ``settings/file.py``);
3. ``source_config`` in the school's store (the old service's order: the
   database first, then the file), for the source's URL, credential
   references and the sync switches;
4. environment variables: the operator's explicit override, one process at a
   time (a one-off ``OFFICEFLOW_BASE_URL=...`` must not be undone by a row in
   the database that the operator may not even know about);
5. the run's own tags (``flowsync/<key>``) and config: one run, on purpose.

Load-time settings (partitions, the store) are settled from 1, 2 and 4 when
the code location loads; the store cannot be asked for them before it is
known. Run-time settings are settled again as each run starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from flowsync_dagster.settings.keys import (
    BY_ENV,
    BY_KEY,
    RUN_KEYS,
    SecretRef,
    SettingsError,
)

DEFAULTS = "default"
RUN_TAG_PREFIX = "flowsync/"
# sources a value keeps against source_config: the operator set it on purpose
EXPLICIT = ("environment", "run", "explicit")


@dataclass(frozen=True)
class Layer:
    """The settings one source gives, by key, typed."""

    label: str  # e.g. "file /etc/flowsync.yaml", "environment"
    values: Mapping[str, Any]
    origins: Mapping[str, str] = field(default_factory=dict)  # key -> finer label


@dataclass(frozen=True)
class Resolved:
    """The settings in force, each with the source it came from."""

    values: Mapping[str, Any]
    origins: Mapping[str, str]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def explicit(self, key: str) -> bool:
        return self.origins.get(key, "explicit").startswith(EXPLICIT)

    def joined(self, other: Resolved) -> Resolved:
        return Resolved({**self.values, **other.values}, {**self.origins, **other.origins})

    def over(self, layer: Layer, *, only_if_not_explicit: bool = False) -> Resolved:
        """These settings with ``layer``'s on top (below the explicit ones, if asked)."""
        values, origins = dict(self.values), dict(self.origins)
        for key, value in layer.values.items():
            if only_if_not_explicit and self.explicit(key):
                continue
            values[key] = value
            origins[key] = layer.origins.get(key, layer.label)
        return Resolved(values, origins)

    def masked(self, keys: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """Every setting with its source, credentials and passwords hidden: what a
        run records about itself."""
        return {key: {"value": mask(key, self.values.get(key)),
                      "from": self.origins.get(key, DEFAULTS)}
                for key in (keys if keys is not None else self.values)}


def resolve(layers: Iterable[Layer], keys: Iterable[str] | None = None) -> Resolved:
    """Each key from the highest layer that gives it (``layers`` lowest first)."""
    resolved = Resolved({k: BY_KEY[k].default for k in (keys or BY_KEY)},
                        {k: DEFAULTS for k in (keys or BY_KEY)})
    for layer in layers:
        resolved = resolved.over(layer)
    return resolved


def settle_run(loaded: Resolved, source_config: Layer, run: Layer) -> Resolved:
    """A run's settings: those loaded (defaults < file < environment), with
    ``source_config`` above the file's but below the explicit ones, and the
    run's own above all."""
    return loaded.over(source_config, only_if_not_explicit=True).over(run)


def mask(key: str, value: Any) -> Any:
    if isinstance(value, SecretRef):
        return value.describe()
    setting = BY_KEY.get(key)
    if setting is not None and setting.secret and value:
        return "(set in code)"
    if key == "store.database_url" and isinstance(value, str):
        parts = urlsplit(value)
        if parts.password:
            host = parts.netloc.rsplit("@", 1)[1]
            return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
    return value


def environment_layer(environ: Mapping[str, str], keys: Iterable[str] | None = None) -> Layer:
    """The ``OFFICEFLOW_*`` / ``FLOWSYNC_*`` variables that are set (an empty one is unset)."""
    wanted = set(keys) if keys is not None else None
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, setting in BY_ENV.items():
        raw = environ.get(name, "")
        if not raw.strip() or (wanted is not None and setting.key not in wanted):
            continue
        if setting.secret:  # the variable is where the credential is kept
            values[setting.key] = SecretRef(env=name)
        elif setting.key == "store.database_url":
            values[setting.key] = raw.strip()  # the environment may hold a password
        else:
            try:
                values[setting.key] = setting.read(raw)
            except ValueError as exc:
                raise SettingsError(f"{name} {exc}") from None
        origins[setting.key] = f"environment {name}"
    return Layer("environment", values, origins)


def run_layer(tags: Mapping[str, str], config: Mapping[str, str],
              may_set: Iterable[str] = BY_KEY["runs.may_set"].default) -> Layer:
    """Run-time settings a run's tags (``flowsync/<key>``) or config give: only
    those the settings file lets runs set (``runs.may_set``)."""
    allowed = tuple(may_set)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    given = [(f"run tag {RUN_TAG_PREFIX}{k[len(RUN_TAG_PREFIX):]}", k[len(RUN_TAG_PREFIX):], v)
             for k, v in tags.items() if k.startswith(RUN_TAG_PREFIX) and "." in k]
    given += [(f"run config settings.{k}", k, v) for k, v in config.items()]
    for where, key, raw in given:
        setting = BY_KEY.get(key)
        if setting is None or key not in RUN_KEYS:
            settable = ", ".join(allowed) or "nothing"
            raise SettingsError(f"{where}: {key!r} cannot be set for one run (this school's "
                                f"runs may set: {settable})")
        if key not in allowed:
            raise SettingsError(f"{where}: a run may not set {key} (this school's runs may set: "
                                f"{', '.join(allowed) or 'nothing'}; runs.may_set in the "
                                "settings file says what)")
        try:
            values[key] = setting.read(raw)
        except ValueError as exc:
            if where.startswith("run config"):
                # Dagster resolves {env: NAME} in run config before we see it: a
                # value that may be another variable's is never repeated
                raise SettingsError(f"{where}: not a valid value for {key} (the value is not "
                                    "repeated: run config may take it from the environment)"
                                    ) from None
            raise SettingsError(f"{where}: {exc}") from None
        origins[key] = where
    return Layer("run", values, origins)
