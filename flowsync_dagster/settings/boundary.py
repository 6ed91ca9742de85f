"""The security boundary of a school's settings (docs/settings.md, "The
boundary").

Only the deployment (its environment and settings file) decides where the
source is and which credentials may be sent to it. Two things may change a
run's settings besides: the run itself (tags, config) and the store's
``source_config`` row. Each may set only what the settings file lets it
(``runs.may_set``, ``source_config.may_set``), and a credential reference
from ``source_config`` may only choose among those the deployment declared:

- the references the deployment's own settings name (the file's
  ``{env: ...}`` / ``{file: ...}``, the ``OFFICEFLOW_APP_*`` variables);
- variables whose names start with ``credentials.env_prefix``;
- files under ``credentials.directory`` (after resolving links and ``..``).

A variable of the deployment's own (``FLOWSYNC_*``, ``DAGSTER_*``, ``PG*``,
the store's URL) is never a credential, whoever names it. A reference
outside the declared set is refused before any request is sent, in one line
naming the key and where it came from.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from flowsync_dagster.settings.keys import (
    BY_ENV,
    BY_KEY,
    RESERVED_ENV_PREFIXES,
    SecretRef,
    SettingsError,
)
from flowsync_dagster.settings.layers import Resolved

CREDENTIAL_KEYS = ("officeflow.app_key", "officeflow.app_secret")
# the variables that hold the credentials themselves (the environment is where they are kept)
CREDENTIAL_VARIABLES = frozenset(BY_KEY[key].env for key in CREDENTIAL_KEYS)


@dataclass(frozen=True)
class Boundary:
    """What runs and ``source_config`` may set, and the declared credentials."""

    runs_may_set: tuple[str, ...]
    source_config_may_set: tuple[str, ...]
    declared: tuple[SecretRef, ...] = ()  # the deployment's own references
    env_prefix: str | None = None
    directory: str | None = None
    # variables that are never a credential besides the reserved prefixes (the
    # store's URL may be kept in a variable of any name)
    reserved: frozenset[str] = frozenset()

    def refusal(self, ref: SecretRef) -> str | None:
        """Why ``ref`` may not be used, or None when the deployment declared it."""
        if ref.env:
            name = ref.env
            if name not in CREDENTIAL_VARIABLES and (
                    name in self.reserved or name.upper().startswith(RESERVED_ENV_PREFIXES)
                    or name in BY_ENV):
                return f"env:{name} is one of the deployment's own settings, never a credential"
            if ref in self.declared or (self.env_prefix and name.startswith(self.env_prefix)):
                return None
        else:
            path = os.path.realpath(ref.file or "")
            if self.directory and os.path.commonpath(
                    [path, os.path.realpath(self.directory)]) == os.path.realpath(self.directory):
                return None
            if any(d.file and os.path.realpath(d.file) == path for d in self.declared):
                return None
        return f"{ref.describe()} is not a credential this deployment declared ({self.declared_text()})"

    def declared_text(self) -> str:
        parts = [d.describe() for d in self.declared]
        if self.env_prefix:
            parts.append(f"variables {self.env_prefix}*")
        if self.directory:
            parts.append(f"files under {self.directory}")
        return "declared: " + (", ".join(parts) if parts else "none") + \
            "; credentials.env_prefix and credentials.directory in the settings file declare more"

    def check_credentials(self, settled: Resolved) -> None:
        """Refuse a run whose credential references are not the deployment's."""
        for key in CREDENTIAL_KEYS:
            ref = settled.values.get(key)
            if isinstance(ref, SecretRef):
                why = self.refusal(ref)
                if why:
                    raise SettingsError(f"{key} ({settled.origins.get(key, 'explicit')}): {why}; "
                                        "nothing was sent to the source")


def declared_refs(refs: Iterable[object]) -> tuple[SecretRef, ...]:
    return tuple(dict.fromkeys(r for r in refs if isinstance(r, SecretRef)))
