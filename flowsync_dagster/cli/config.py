"""``python -m flowsync_dagster.cli.config check|workspace`` (see ``check.py``, ``workspace.py``)."""

import sys

USAGE = ("usage: python -m flowsync_dagster.cli.config check [--file F] [--school CODE]\n"
         "       python -m flowsync_dagster.cli.config workspace [--file F]")


def main() -> int:
    command, rest = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command == "check":
        from flowsync_dagster.cli.check import main as check

        return check(rest)
    if command == "workspace":
        from flowsync_dagster.cli.workspace import main as workspace

        return workspace(rest)
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
