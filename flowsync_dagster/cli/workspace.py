"""``python -m flowsync_dagster.cli.config workspace``: the ``workspace.yaml`` that
loads each school of a settings file as a code location of its own
(``defs/schools.py`` says why)."""

from __future__ import annotations

import argparse
import os
import sys

import yaml

from flowsync_dagster.settings.file import read_settings_file
from flowsync_dagster.settings.keys import SettingsError
from flowsync_dagster.settings.load import CONFIG_VARIABLE


def workspace(codes: list[str], working_directory: str | None = None) -> dict[str, object]:
    locations = []
    for code in codes:
        module: dict[str, str] = {"module_name": "flowsync_dagster.defs.schools", "attribute": code,
                                  "location_name": code}
        if working_directory:
            module["working_directory"] = working_directory
        locations.append({"python_module": module})
    return {"load_from": locations}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowsync_dagster.cli.config workspace")
    parser.add_argument("--file", help=f"the settings file (default: ${CONFIG_VARIABLE})")
    parser.add_argument("--working-directory", help="each location's working directory")
    args = parser.parse_args(argv)
    path = args.file or os.environ.get(CONFIG_VARIABLE, "").strip()
    if not path:
        print(f"no settings file: give --file or set {CONFIG_VARIABLE}", file=sys.stderr)
        return 2
    try:
        codes = read_settings_file(path).codes
    except SettingsError as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 2
    if any(code is None for code in codes):
        print(f"FAILED: {path}: a school without a code cannot be a location of its own: "
              "give it one (code: ...)", file=sys.stderr)
        return 2
    sys.stdout.write(f"# written by python -m flowsync_dagster.cli.config workspace --file {path}\n")
    sys.stdout.write(f"# every location reads {CONFIG_VARIABLE}: start Dagster with it set\n")
    sys.stdout.write(yaml.safe_dump(workspace([c for c in codes if c]),
                                    sort_keys=False))
    return 0
