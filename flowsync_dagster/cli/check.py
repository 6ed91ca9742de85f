"""``python -m flowsync_dagster.cli.config check``: is a school's configuration
usable, without syncing anything?

For each school of the settings file (or the one ``--school`` names; or the
environment alone when there is no file) it reports, one line each:

- settings: the file and the environment read and valid;
- store: reachable, and what its ``source_config`` sets (read only: nothing
  is created or written);
- source: the URL, where it came from, and whether it answers;
- credentials: where they are kept, and whether the source accepts them;
- in force: every run-time setting with its source, and the department rules.

Exit status 0 when every school passed, 1 when one did not, 2 when the
settings themselves cannot be read.
"""

from __future__ import annotations

import argparse
import http.client
import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy.exc import SQLAlchemyError

from flowsync_dagster.settings.file import read_settings_file
from flowsync_dagster.settings.keys import POLICY_KEYS, SecretRef, SettingsError
from flowsync_dagster.settings.layers import Layer, Resolved, mask, settle_run
from flowsync_dagster.settings.load import CONFIG_VARIABLE, SCHOOL_VARIABLE, Settings, load_settings

Print = Callable[[str], None]


@dataclass
class Report:
    school: str
    lines: list[tuple[str, bool, str]] = field(default_factory=list)

    def add(self, what: str, ok: bool, detail: str) -> bool:
        self.lines.append((what, ok, detail))
        return ok

    @property
    def passed(self) -> bool:
        return all(ok for _, ok, _ in self.lines)

    def render(self) -> str:
        head = f"school {self.school}: {'ok' if self.passed else 'FAILED'}"
        return "\n".join([head] + [f"  {'ok  ' if ok else 'FAIL'} {what:<12} {detail}"
                                   for what, ok, detail in self.lines])


def check_school(settings: Settings, *, timeout: float = 10.0) -> Report:
    report = Report(settings.code or "(the only school)")
    report.add("settings", True, _sources(settings.origins))
    source = _store_line(report, settings)
    settled = settle_run(_loaded(settings), source, Layer("run", {}))
    try:
        settings.boundary.check_credentials(settled)
    except SettingsError as exc:
        report.add("credentials", False, str(exc))
        return report
    _source_lines(report, settled, timeout, settings.demo)
    in_force = ", ".join(f"{k}={mask(k, settled[k])} ({settled.origins[k]})"
                         for k in POLICY_KEYS)
    rules = "; ".join(r.label() for r in settings.department_rules) or "none"
    report.add("in force", True, f"{in_force}; department rules: {rules}")
    return report


def _sources(origins: Mapping[str, str]) -> str:
    found = sorted({o for o in origins.values() if o != "default"})
    return "valid; from " + (", ".join(found) if found else "the defaults alone")


def _loaded(settings: Settings) -> Resolved:
    """What a run of this school starts from: its resources, as the location builds them."""
    from flowsync_dagster.defs.build import build_resources
    from flowsync_dagster.resources.run_settings import loaded_settings

    resources = build_resources(settings)
    return loaded_settings(resources["officeflow"], resources["sync"])  # type: ignore[arg-type]


def _store_line(report: Report, settings: Settings) -> Layer:
    """Read ``source_config`` without creating anything."""
    from flowsync_dagster.store.database import Store, missing_sqlite_file
    from flowsync_dagster.store.source_config import read_source_config

    shown = f"{mask('store.database_url', settings.database_url)}"
    if settings.uses_postgres:
        shown += f", schema {settings.schema}"
    if missing_sqlite_file(settings.database_url) is not None:
        report.add("store", True, f"{shown}: not created yet (the first run creates it)")
        return Layer("source_config", {})
    store = Store(settings.database_url, settings.schema)
    try:
        store.ping()
        try:
            layer = read_source_config(store, settings.source_config_may_set)
        except SettingsError as exc:
            report.add("store", False, f"{shown}: reachable; source_config refused: {exc}")
            return Layer("source_config", {})
        except SQLAlchemyError:
            report.add("store", True, f"{shown}: reachable; no source_config table yet "
                                      "(the first run creates it)")
            return Layer("source_config", {})
    except SQLAlchemyError as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        report.add("store", False, f"{shown}: not reachable ({first})")
        return Layer("source_config", {})
    finally:
        store.dispose()
    sets = ", ".join(sorted(layer.values)) or "nothing"
    report.add("store", True, f"{shown}: reachable; source_config sets {sets}")
    return layer


def _source_lines(report: Report, settled: Resolved, timeout: float, demo: bool) -> None:
    from flowsync_dagster.officeflow.client import OfficeflowClient, OfficeflowError, RetrySettings

    url = settled["officeflow.base_url"]
    origin = settled.origins["officeflow.base_url"]
    if url is None:
        if not demo:
            report.add("source", False, "no source: OFFICEFLOW_BASE_URL is not set, nor "
                                        "source_config.base_url")
            return
        report.add("source", True, "the bundled simulator with demo data (OFFICEFLOW_BASE_URL "
                                   "unset): started by each run, nothing to reach")
        return
    answered = _answers(url, timeout)
    if not report.add("source", answered is None, f"{url} ({origin}): "
                      + ("answering" if answered is None else f"not answering ({answered})")):
        return
    keys: list[str] = []
    for key in ("officeflow.app_key", "officeflow.app_secret"):
        ref = settled[key]
        if ref is None:
            report.add("credentials", False, f"{key} is not set (OFFICEFLOW_"
                                             f"{key.rsplit('_', 1)[-1].upper()}, the file, or "
                                             "source_config)")
            return
        try:
            keys.append(ref.reveal() if isinstance(ref, SecretRef) else ref)
        except SettingsError as exc:
            report.add("credentials", False, f"{key} ({mask(key, ref)}): {exc}")
            return
    where = f"{mask('officeflow.app_key', settled['officeflow.app_key'])} / " \
            f"{mask('officeflow.app_secret', settled['officeflow.app_secret'])}"
    client = OfficeflowClient(url, keys[0], keys[1], timeout_seconds=timeout,
                              retry=RetrySettings(max_retries=1, max_retry_seconds=timeout))
    try:
        client.authenticate()
        report.add("credentials", True, f"{where}: accepted")
    except OfficeflowError as exc:
        report.add("credentials", False, f"{where}: {str(exc).splitlines()[0]}")
    finally:
        client.close()


def _answers(url: str, timeout: float) -> str | None:
    """None when an HTTP server answers at ``url`` (whatever it says), else why not."""
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname or "", parts.port, timeout=timeout)
    started = time.monotonic()
    try:
        conn.request("GET", (parts.path or "") + "/api/v4/auth/token")
        conn.getresponse().read()
        return None
    except (OSError, http.client.HTTPException) as exc:
        return f"{type(exc).__name__}: {exc} after {time.monotonic() - started:.1f} s"
    finally:
        conn.close()


def _chosen(args: argparse.Namespace, environ: dict[str, str], out: Print) -> list[str | None]:
    """The schools to check: of the file, or the one the environment describes."""
    if args.file:
        environ[CONFIG_VARIABLE] = args.file
    path = environ.get(CONFIG_VARIABLE, "").strip()
    if not path:
        out(f"no settings file ({CONFIG_VARIABLE} unset): the environment and the defaults")
        return [None]
    codes = read_settings_file(path).codes
    out(f"{path}: valid YAML, {len(codes)} school(s): " + ", ".join(c or "(no code)" for c in codes))
    wanted = args.school or environ.get(SCHOOL_VARIABLE, "").strip() or None
    return [wanted] if wanted else codes


def main(argv: list[str] | None = None, environ: Mapping[str, str] | None = None,
         out: Print = print) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowsync_dagster.cli.config check",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", help=f"the settings file (default: ${CONFIG_VARIABLE})")
    parser.add_argument("--school", help=f"check this school only (default: ${SCHOOL_VARIABLE},"
                                         " else every school of the file)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per network check")
    args = parser.parse_args(argv)
    environ = dict(os.environ if environ is None else environ)
    try:
        chosen = _chosen(args, environ, out)
    except SettingsError as exc:
        out(f"FAILED: {exc}")
        return 2
    reports = []
    for code in chosen:
        if code is not None:
            environ[SCHOOL_VARIABLE] = code
        try:
            settings = load_settings(environ)
        except SettingsError as exc:  # this school's section: the others are still checked
            if len(chosen) == 1:  # the settings of the one school asked for cannot be read
                out(f"FAILED: {exc}")
                return 2
            failed = Report(code or "(the only school)")
            failed.add("settings", False, str(exc))
            reports.append(failed)
            continue
        reports.append(check_school(settings, timeout=args.timeout))
    for report in reports:
        out(report.render())
    return 0 if all(r.passed for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
