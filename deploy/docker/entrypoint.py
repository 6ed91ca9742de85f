"""The user-code image's entrypoint: load one school's settings, then run the command.

    python /opt/dagster/entrypoint.py dagster code-server start -h 0.0.0.0 -p 4000 -m ...

With ``FLOWSYNC_ENV_FILE`` set, the file it names (mounted read-only into the
code server's container and, through the code location's container context,
into every run container of that school) supplies the school's settings:
``OFFICEFLOW_*`` and ``FLOWSYNC_*`` (docs/operations.md). The credentials thus
never pass through Dagster: a container context is stored with every run in
Dagster's run storage, so it carries the file's *path*, never its values.

The file is Docker's ``--env-file`` format: ``KEY=VALUE`` per line, the value
taken literally (no quotes removed, nothing expanded), blank lines and lines
starting with ``#`` ignored. A variable already set in the environment wins
(an operator's one-off override). A named file that cannot be read, a line
that is not ``KEY=VALUE``, or a file that leaves ``OFFICEFLOW_BASE_URL`` or
``FLOWSYNC_DATABASE_URL`` unset (and names no settings file, ``FLOWSYNC_CONFIG``,
that could name them) stops the container with a message naming the
file and line: without them the code would fall back to the bundled
simulator and a SQLite file inside the container, silently.

Without ``FLOWSYNC_ENV_FILE`` (Kubernetes: the chart sets the variables from a
Secret) the command runs with the environment as it is.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, MutableMapping, Sequence

ENV_FILE_VARIABLE = "FLOWSYNC_ENV_FILE"
# what a school's file must settle; everything else has a default
REQUIRED = ("OFFICEFLOW_BASE_URL", "FLOWSYNC_DATABASE_URL")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class EnvFileError(Exception):
    """The settings file cannot be used; the message names the file (and line)."""


def read_env_file(path: str) -> dict[str, str]:
    """``KEY=VALUE`` lines of ``path`` (Docker's env-file format)."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EnvFileError(f"{ENV_FILE_VARIABLE}={path}: cannot read it ({exc})") from None
    values: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        name, equals, value = line.partition("=")
        name = name.strip()
        if not equals or not _NAME.match(name):
            raise EnvFileError(f"{path}:{number}: not a KEY=VALUE line")
        values[name] = value
    return values


def school_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` completed from the file ``FLOWSYNC_ENV_FILE`` names (if it names one)."""
    merged = dict(environ)
    path = environ.get(ENV_FILE_VARIABLE, "").strip()
    if not path:
        return merged
    for name, value in read_env_file(path).items():
        merged.setdefault(name, value)
    # with a settings file (FLOWSYNC_CONFIG) the server and the store may be named there
    missing = [name for name in REQUIRED if not merged.get(name, "").strip()
               and not merged.get("FLOWSYNC_CONFIG", "").strip()]
    if missing:
        raise EnvFileError(f"{path}: sets no {' and no '.join(missing)}; a school's file must "
                           "name its Officeflow server and its store")
    return merged


def main(argv: Sequence[str], environ: MutableMapping[str, str]) -> None:
    if not argv:
        sys.exit("entrypoint: no command given")
    try:
        env = school_environment(environ)
    except EnvFileError as exc:
        sys.exit(f"entrypoint: {exc}")
    os.execvpe(argv[0], list(argv), env)


if __name__ == "__main__":
    main(sys.argv[1:], os.environ)
