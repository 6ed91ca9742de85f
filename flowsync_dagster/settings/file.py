"""The settings file (``flowsync.yaml``, its path in ``FLOWSYNC_CONFIG``).

One school::

    code: north                    # optional for one school
    officeflow: {base_url: ..., app_key: {env: NORTH_KEY}, app_secret: {file: /run/secrets/n}}
    store: {database_url: {env: NORTH_DB}, schema: north}
    partitions: {timezone: Asia/Shanghai, start: "2026-01-01-00:00"}
    sync: {departments: true, posts: true, tags: true, lookback_hours: 3}
    guard: {max_removal_fraction: 0.1, max_removal_rows: 50}
    department_rules: [...]

or several: ``schools:`` a list of such sections, each with its ``code``,
and ``defaults:`` what they share. The complete annotated example is
``docs/flowsync.example.yaml``.

Credentials are never in the file, only where they are kept (``{env: NAME}``
or ``{file: PATH}``). Every error is one line naming the file, the key and
what is wrong. A school's section is checked when that school is loaded, so
one school's mistake does not stop another school's code location.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from flowsync_dagster.settings.keys import BY_KEY, SETTINGS, SettingsError, identifier
from flowsync_dagster.settings.layers import Layer
from flowsync_dagster.settings.rules import DepartmentRule, check_together, parse_rule

SECTIONS = sorted({s.key.split(".")[0] for s in SETTINGS})
SCHOOL_KEYS = ("code", "name", *SECTIONS, "department_rules")


@dataclass(frozen=True)
class School:
    """One school of a settings file, checked."""

    code: str | None
    name: str | None
    layer: Layer  # the file's settings of this school (defaults: merged in)
    rules: tuple[DepartmentRule, ...]


@dataclass(frozen=True)
class SettingsFile:
    path: Path
    defaults: Mapping[str, Any]
    sections: tuple[Mapping[str, Any], ...]
    listed: bool  # a ``schools:`` list, not one school at the top

    def fail(self, where: str, what: str) -> SettingsError:
        return SettingsError(f"{self.path}: {where}: {what}")

    @property
    def codes(self) -> list[str | None]:
        return [_code_of(s) for s in self.sections]

    def school(self, code: str | None = None) -> School:
        """The school ``code`` (the only one, when ``code`` is None), checked."""
        codes = self.codes
        if code is None:
            if len(codes) != 1:
                raise self.fail("schools", f"lists {len(codes)} schools ({_names(codes)}): say "
                                           "which one to load (FLOWSYNC_SCHOOL)")
            index = 0
        else:
            wanted = code.strip().lower()
            if wanted not in codes:
                raise self.fail("schools", f"no school with code {code!r} ({_names(codes)})")
            index = codes.index(wanted)
        return self._check(index)

    def schools(self) -> list[School]:
        return [self._check(i) for i in range(len(self.sections))]

    def _check(self, index: int) -> School:
        section = self.sections[index]
        prefix = f"schools[{index}]." if self.listed else ""
        values: dict[str, Any] = {}
        for part, where in ((self.defaults, "defaults."), (section, prefix)):
            for key, raw in _flatten(part, where, self):
                setting = BY_KEY[key]
                try:
                    values[key] = setting.read(raw)
                except ValueError as exc:
                    raise self.fail(where + key, str(exc)) from None
        code = section.get("code")
        if code is not None:
            try:
                code = identifier(code)
            except ValueError as exc:
                raise self.fail(prefix + "code", str(exc)) from None
        elif self.listed:
            raise self.fail(prefix + "code", "every school of a list needs a code")
        if code and "store.schema" not in values:
            values["store.schema"] = code  # each school its own schema
        name = section.get("name")
        rules = self._rules(section.get("department_rules", self.defaults.get(
            "department_rules", [])), prefix + "department_rules")
        return School(code, str(name) if name is not None else None,
                      Layer(f"file {self.path}", values), rules)

    def _rules(self, raw: object, where: str) -> tuple[DepartmentRule, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.fail(where, "a list of rules")
        rules = []
        for number, item in enumerate(raw, start=1):
            try:
                rules.append(parse_rule(item, number))
            except ValueError as exc:
                raise self.fail(f"{where}[{number - 1}]", str(exc)) from None
        try:
            check_together(rules)
        except ValueError as exc:
            raise self.fail(where, str(exc)) from None
        return tuple(rules)


def _names(codes: list[str | None]) -> str:
    return ", ".join(c or "(no code)" for c in codes)


def _code_of(section: Mapping[str, Any]) -> str | None:
    code = section.get("code")
    return str(code).strip().lower() if code is not None else None


def _flatten(section: Mapping[str, Any], where: str, file: SettingsFile
             ) -> list[tuple[str, Any]]:
    """``{sync: {posts: false}}`` as ``[("sync.posts", False)]``; unknown keys refused."""
    found: list[tuple[str, Any]] = []
    for part, body in section.items():
        if part in ("code", "name", "department_rules"):
            continue
        if part not in SECTIONS:
            raise file.fail(where + str(part), f"unknown key (known: {', '.join(SCHOOL_KEYS)})")
        if not isinstance(body, Mapping):
            raise file.fail(where + str(part), "a mapping of settings")
        for name, raw in body.items():
            key = f"{part}.{name}"
            if key not in BY_KEY:
                known = ", ".join(k.split(".", 1)[1] for k in BY_KEY if k.startswith(part + "."))
                raise file.fail(where + key, f"unknown key (known in {part}: {known})")
            found.append((key, raw))
    return found


def read_settings_file(path: str | Path) -> SettingsFile:
    """The file's structure, checked; each school's settings are checked when asked for."""
    where = Path(path)
    try:
        text = where.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{where}: cannot read it ({type(exc).__name__}: {exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"line {mark.line + 1}" if mark is not None else "YAML"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SettingsError(f"{where}: {at}: not valid YAML ({problem})") from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise SettingsError(f"{where}: (top): a mapping of settings, not {type(data).__name__}")
    file = SettingsFile(where, {}, (), False)
    if "schools" in data:
        extra = sorted(set(data) - {"schools", "defaults"})
        if extra:
            raise file.fail(str(extra[0]), "with a schools: list, put shared settings under "
                                           "defaults:")
        schools, defaults = data["schools"], data.get("defaults") or {}
        if not isinstance(schools, list) or not schools or \
                not all(isinstance(s, Mapping) for s in schools):
            raise file.fail("schools", "a list of one or more school sections")
        if not isinstance(defaults, Mapping) or "code" in defaults:
            raise file.fail("defaults", "a mapping of shared settings (no code)")
        file = SettingsFile(where, defaults, tuple(schools), True)
    else:
        file = SettingsFile(where, {}, (data,), False)
    codes = [c for c in file.codes if c is not None]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise file.fail("schools", f"the code {repeated[0]!r} is used twice")
    for index, section in enumerate(file.sections):
        unknown = sorted(str(k) for k in section if k not in SCHOOL_KEYS)
        if unknown:
            prefix = f"schools[{index}]." if file.listed else ""
            raise file.fail(prefix + unknown[0], f"unknown key (known: {', '.join(SCHOOL_KEYS)})")
    return file
