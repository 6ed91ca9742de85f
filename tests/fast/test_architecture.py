"""The package's layers (docs/architecture.md): each imports only those below
it, and the package root holds only the code location. Read from the source
with ``ast``, so a lazy import inside a function counts as much as one at the
top of a module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "flowsync_dagster"

# Lowest first; packages on one line may not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("officeflow", "settings", "simulator"),
    ("store",),
    ("resources",),
    ("sync",),
    ("defs",),
    ("cli", "definitions"),
)
LEVEL = {part: level for level, parts in enumerate(LAYERS) for part in parts}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> set[str]:
    """The flowsync_dagster modules (or packages) a file imports."""
    module = _module(path)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: len(module.split(".")) - node.level
                                          + (path.name == "__init__.py")]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            found.add(name)
            found.update(f"{name}.{a.name}" for a in node.names)
    return {n for n in found if n.startswith("flowsync_dagster.")}


def _part(dotted: str) -> str:
    return dotted.split(".")[1]


def edges() -> list[tuple[str, str]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module(path)
        if module == "flowsync_dagster":
            continue
        for target in sorted(_imported(path)):
            if _part(target) != _part(module) and _part(target) in LEVEL:
                out.append((module, target))
    return out


def test_the_package_root_holds_only_the_code_location():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "definitions.py"]
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert packages == set(LEVEL) - {"definitions"}, "a package missing from LAYERS"


def test_each_layer_imports_only_the_layers_below_it():
    upward = [f"{a} -> {b}" for a, b in edges() if LEVEL[_part(b)] >= LEVEL[_part(a)]]
    assert not upward, "imports that run up (or across) the layers:\n" + "\n".join(upward)


def test_the_reader_sees_every_import_a_layer_makes():
    """The test's own reader: if it missed the forms the code uses, the rule
    above would pass on nothing."""
    found = edges()
    assert ("flowsync_dagster.sync.step", "flowsync_dagster.resources.store") in found
    assert any(a.startswith("flowsync_dagster.defs.") and _part(b) == "sync" for a, b in found)
    assert ("flowsync_dagster.defs.schools", "flowsync_dagster.defs.build") not in found  # same layer
    assert len(found) > 100
