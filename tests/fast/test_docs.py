"""The documentation and the lock file, read as files: the README stays short
and keeps its two commands, every relative link resolves, the modules a
person is told to run exist, the CHANGELOG's newest version is the
project's, and constraints.txt agrees with pyproject.toml (docs/testing.md,
"The lock file")."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([ROOT / "README.md", ROOT / "CHANGELOG.md", ROOT / "bench" / "README.md",
               *(ROOT / "docs").glob("*.md")])
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def prose(text: str) -> str:
    """The text outside fenced blocks (a link inside a block is code, not a link)."""
    return FENCE.sub("", text)


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    return {anchor(line.lstrip("#")) for line in prose(path.read_text()).splitlines()
            if line.startswith("#")}


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def constraints() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        assert not line.startswith("-"), f"constraints.txt: {line!r} (pins only, no options)"
        name, sep, version = line.partition("==")
        assert sep and version, f"constraints.txt: {line!r} is not an exact pin"
        pins[canonicalize_name(name)] = version
    return pins


def test_the_readme_is_short_and_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= 150
    first = re.search(r"^```bash\n(.*?)^```", readme, re.S | re.M)
    assert first is not None
    commands = [line.split("#")[0].strip() for line in first.group(1).splitlines()]
    assert commands == ["bash scripts/run.sh", "bash scripts/test.sh"]


def test_every_relative_link_resolves() -> None:
    broken = []
    for doc in DOCS:
        for target in LINK.findall(prose(doc.read_text())):
            if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
                continue
            path, _, fragment = target.partition("#")
            resolved = (doc.parent / path).resolve() if path else doc
            where = f"{doc.relative_to(ROOT)}: {target}"
            if not resolved.exists():
                broken.append(f"{where} (no such file)")
            elif fragment and resolved.suffix == ".md" and fragment not in anchors(resolved):
                broken.append(f"{where} (no such heading)")
    assert broken == []


def test_the_modules_the_docs_tell_a_person_to_run_exist() -> None:
    """``python -m flowsync_dagster...`` and ``-m flowsync_dagster...`` (the
    CHANGELOG names the old ones on purpose)."""
    missing = []
    for doc in DOCS:
        if doc.name == "CHANGELOG.md":
            continue
        for module in set(re.findall(r"-m (flowsync_dagster[\w.]*)", doc.read_text())):
            if importlib.util.find_spec(module) is None:
                missing.append(f"{doc.relative_to(ROOT)}: {module}")
    assert missing == []


def test_the_changelog_s_newest_version_is_the_project_s() -> None:
    versions = re.findall(r"^## \[?(\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert versions and versions[0] == pyproject()["project"]["version"]
    assert versions == sorted(versions, key=lambda v: tuple(map(int, v.split("."))),
                              reverse=True), "newest first"


def test_the_lock_file_satisfies_pyproject_and_holds_its_pins() -> None:
    pins = constraints()
    assert "flowsync-dagster" not in pins
    project = pyproject()["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    disagree = []
    for text in wanted:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        if name not in pins:
            disagree.append(f"{text}: not in constraints.txt")
        elif not requirement.specifier.contains(pins[name], prereleases=True):
            disagree.append(f"{text}: constraints.txt has {pins[name]}")
        elif any(spec.operator == "==" for spec in requirement.specifier):
            assert str(requirement.specifier) == f"=={pins[name]}"
    assert disagree == []
