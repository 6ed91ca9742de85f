"""``defs``: the code location (``workspace.yaml`` and ``[tool.dg]`` load it).

Built lazily, when Dagster loads the location, from the settings of
docs/settings.md: one school's (``defs/schools.py`` serves each school of a
many-school settings file as a location of its own).
"""

from __future__ import annotations

from dagster import Definitions, definitions

from flowsync_dagster.defs.build import build_definitions
from flowsync_dagster.settings.load import load_settings


@definitions
def defs() -> Definitions:
    return build_definitions(load_settings())
