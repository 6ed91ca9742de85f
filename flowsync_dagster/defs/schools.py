"""Each school of a many-school settings file, as a code location of its own.

``workspace.yaml`` names one location per school, each loading this module's
attribute named by the school's code (``python -m flowsync_dagster.cli.config
workspace`` writes it)::

    load_from:
      - python_module:
          module_name: flowsync_dagster.defs.schools
          attribute: north
          location_name: north

Why a location per school rather than one location holding every school:
each location is a process of its own, so one school's broken settings, a
code server that died or a slow load leave the other schools loading,
scheduling and running; its jobs and schedules keep their names, told apart
by location in the UI. Asset keys are unique across an instance, so each
school's are prefixed with its code (``north/app_user``); its steps take turns
in a pool of its own (``flowsync_store_north``), its store is its own schema
(or database), its partitions follow its own timezone.

The module keeps no public names of its own: any attribute is a school code.
"""

import os as _os


def __getattr__(code: str):  # noqa: ANN202 - Dagster asks for the attribute by name
    if code.startswith("_"):
        raise AttributeError(code)
    from flowsync_dagster.defs.build import build_definitions
    from flowsync_dagster.settings.load import SCHOOL_VARIABLE, load_settings

    return build_definitions(load_settings({**_os.environ, SCHOOL_VARIABLE: code}))
