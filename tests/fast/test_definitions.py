"""The code location as Dagster sees it, without running anything.

- a committed snapshot of every asset, check, job, schedule, sensor, resource
  key and the executor (``definitions.snapshot.json``); rewrite it with
  ``FLOWSYNC_UPDATE_SNAPSHOT=1`` when a change is intended;
- the asset graph is the same in every environment: settings choose resource
  values, table names and the partitions' start and timezone, never which
  assets, deps, checks or jobs exist;
- the multi-asset rule that keeps UI backfills working (defs/assets.py):
  every key of one multi-asset has the same upstream deps.
"""

from __future__ import annotations

import ast
import difflib
import functools
import json
import os
from pathlib import Path

import pytest
from dagster import AssetSpec, Definitions, multi_asset

from flowsync_dagster.definitions import defs
from flowsync_dagster.defs.build import build_definitions
from flowsync_dagster.settings.load import Settings
from flowsync_dagster.sync.entities import ENTITIES

from .describe import describe, describe_sensors, graph_shape, key_str, multi_assets

# code references are beta in Dagster 1.13; definitions.py silences them at load,
# pytest's own warning capture brings them back
pytestmark = pytest.mark.filterwarnings("ignore::dagster.BetaWarning")

SNAPSHOT = Path(__file__).with_name("definitions.snapshot.json")
UPDATE = os.environ.get("FLOWSYNC_UPDATE_SNAPSHOT") == "1"
PACKAGE = Path(__file__).resolve().parents[2] / "flowsync_dagster"

PG_URL = "postgresql+psycopg://flowsync@db.invalid:5432/flowsync"
BASE_URL = "https://officeflow.example.edu"


def settings(**changes: object) -> Settings:
    """A production-shaped environment (real server, PostgreSQL), every entity synced."""
    values: dict[str, object] = {
        "officeflow_base_url": BASE_URL, "database_url": PG_URL, "schema": "flowsync",
        "timezone": "Asia/Shanghai", "partitions_start": "2026-01-01-00:00",
        "sync_departments": True, "sync_posts": True, "sync_tags": True,
    }
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


@functools.cache
def reference() -> dict[str, object]:
    """``describe`` of the production-shaped environment, built once per session."""
    return describe(build_definitions(settings()))


def render(description: dict[str, object]) -> str:
    return json.dumps(description, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def assert_matches_snapshot(text: str) -> None:
    if UPDATE:
        if not SNAPSHOT.exists() or SNAPSHOT.read_text(encoding="utf-8") != text:
            SNAPSHOT.write_text(text, encoding="utf-8")
        return
    committed = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    if text == committed:
        return
    diff = "".join(difflib.unified_diff(
        committed.splitlines(keepends=True), text.splitlines(keepends=True),
        "tests/fast/definitions.snapshot.json (committed)", "the definitions now", n=2))
    if len(diff) > 12000:
        diff = diff[:12000] + "\n... (diff cut)\n"
    pytest.fail(
        "The code location's definitions differ from tests/fast/definitions.snapshot.json.\n"
        "If the change is intended, rewrite the snapshot and commit it with the change:\n"
        "    FLOWSYNC_UPDATE_SNAPSHOT=1 .venv/bin/python -m pytest tests/fast -q\n\n" + diff,
        pytrace=False)


# ---------------------------------------------------------------- snapshot


def test_definitions_match_the_committed_snapshot() -> None:
    assert_matches_snapshot(render(reference()))


def test_lazy_defs_built_from_environment_variables_match_the_same_snapshot(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # only the two URLs: schema, timezone, first partition and switches are the defaults
    monkeypatch.setenv("OFFICEFLOW_BASE_URL", BASE_URL + "/")
    monkeypatch.setenv("FLOWSYNC_DATABASE_URL", PG_URL)
    loaded = defs()
    assert isinstance(loaded, Definitions)
    assert_matches_snapshot(render(describe(loaded)))


def test_definitions_are_loadable_as_a_code_location() -> None:
    Definitions.validate_loadable(build_definitions(settings()))


def test_every_sensor_needs_only_resources_the_definitions_provide() -> None:
    definitions = build_definitions(settings())
    provided = set(definitions.resources or {})
    for name, sensor in describe_sensors(definitions).items():
        assert set(sensor["required_resource_keys"]) <= provided, name


def test_snapshot_covers_every_table_of_every_sync_asset() -> None:
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    tables = sorted(t for asset in ENTITIES for t in asset.tables)
    assert sorted(snapshot["assets"]) == tables
    checks = sorted(f"{c.asset}:{c.name}" for asset in ENTITIES for c in asset.checks)
    assert sorted(snapshot["asset_checks"]) == checks


# ------------------------------------------------ same graph everywhere

ENVIRONMENTS = {
    "every sync switch off": settings(sync_departments=False, sync_posts=False, sync_tags=False),
    "SQLite store": settings(database_url="sqlite:////nonexistent/flowsync.db"),
    "PostgreSQL URL without driver": settings(database_url="postgresql://u@db.invalid/x"),
    "other schema, timezone and first partition": settings(
        schema="school_b", timezone="America/New_York", partitions_start="2025-09-01-00:00"),
    "bundled simulator": settings(officeflow_base_url=None),
}


@pytest.mark.parametrize("environment", list(ENVIRONMENTS))
def test_asset_graph_is_the_same_in_every_environment(environment: str) -> None:
    definitions = build_definitions(ENVIRONMENTS[environment])
    assert graph_shape(describe(definitions)) == graph_shape(reference())
    assert sorted(describe_sensors(definitions)) == \
        sorted(describe_sensors(build_definitions(settings())))


def test_lazy_defs_with_switches_off_and_sqlite_has_the_same_asset_graph(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for entity in ("DEPARTMENTS", "POSTS", "TAGS"):
        monkeypatch.setenv(f"FLOWSYNC_SYNC_{entity}", "false")
    monkeypatch.setenv("FLOWSYNC_DATABASE_URL", f"sqlite:///{tmp_path / 'flowsync.db'}")
    monkeypatch.setenv("FLOWSYNC_DEMO", "true")  # a store of one's own: demo data on purpose
    monkeypatch.setenv("FLOWSYNC_TIMEZONE", "Europe/Paris")
    monkeypatch.setenv("FLOWSYNC_SCHEMA", "other")
    assert graph_shape(describe(defs())) == graph_shape(reference())
    assert not (tmp_path / "flowsync.db").exists(), "building definitions created the store"


def test_only_table_names_kinds_and_partitions_follow_the_environment() -> None:
    postgres = reference()
    sqlite = describe(build_definitions(settings(database_url="sqlite:///x.db",
                                                 timezone="Europe/Paris")))
    assert postgres["assets"]["department"]["table_name"] == "flowsync.department"
    assert sqlite["assets"]["department"]["table_name"] == "department"
    assert sqlite["assets"]["department"]["partitions"]["timezone"] == "Europe/Paris"
    assert sqlite["schedules"]["officeflow_sync_hourly"]["execution_timezone"] == "Europe/Paris"
    # the kind badge names the store the table is in
    assert "postgres" in postgres["assets"]["department"]["kinds"]
    assert "sqlite" in sqlite["assets"]["department"]["kinds"]
    for asset in ("department", "app_user", "task_history"):
        a, b = postgres["assets"][asset], sqlite["assets"][asset]
        assert set(a["kinds"]) ^ set(b["kinds"]) == {"postgres", "sqlite"}
        kind_tags = {"dagster/kind/postgres", "dagster/kind/sqlite"}
        assert {t: v for t, v in a["tags"].items() if t not in kind_tags} == \
            {t: v for t, v in b["tags"].items() if t not in kind_tags}
        same = {k for k in a if k not in ("table_name", "partitions", "kinds", "tags")}
        assert {k: a[k] for k in same} == {k: b[k] for k in same}


def test_switched_off_entities_keep_their_resource_switches_not_their_assets() -> None:
    off = build_definitions(settings(sync_posts=False))
    assert off.resources["sync"].sync_posts is False
    assert "post" in {key_str(k) for k in off.resolve_all_asset_keys()}


# ------------------------------------------------------ multi-asset rule


def multi_asset_rule_violations(definitions: Definitions) -> list[str]:
    """Keys of one multi-asset that depend on a sibling, or whose deps differ."""
    problems: list[str] = []
    for assets_def in multi_assets(definitions):
        name = assets_def.node_def.name
        deps = {key_str(k): sorted(key_str(p) for p in parents)
                for k, parents in assets_def.asset_deps.items()}
        for member, parents in sorted(deps.items()):
            problems += [f"{name}: {member} depends on {parent}, a key of its own multi-asset"
                         for parent in parents if parent in deps]
        if len({tuple(p) for p in deps.values()}) > 1:
            problems.append(f"{name}: its keys have different upstream deps: {deps}")
    return problems


def test_every_key_of_a_multi_asset_has_the_same_upstream_deps() -> None:
    definitions = build_definitions(settings())
    assert any(len(m["keys"]) > 1 for m in reference()["multi_assets"].values()), \
        "no multi-asset with several keys: the rule would hold vacuously"
    assert multi_asset_rule_violations(definitions) == []


# What each step reads or names of another step's tables, and so the edges the
# asset graph must draw (issue 19): the users and posts steps stage memberships
# through the department step's department_mapping and name its departments;
# post members, tag members, OpenIDs and process instances name users; tags
# hang in tag groups; app_user's extension columns come from user_attribute.
READS = {
    "department": set(), "user_attribute": set(), "tag_group": set(),
    "app_user": {"user_attribute", "department"},
    "post": {"department", "app_user"},
    "tag": {"tag_group", "app_user"},
    "user_openid": {"app_user"},
    "process_instance": {"app_user"},
}


def test_the_graph_draws_every_table_a_step_reads_from_another_step() -> None:
    graph = {key_str(k): {key_str(d) for d in deps}
             for a in build_definitions(settings()).assets or []
             for k, deps in a.asset_deps.items()}  # type: ignore[union-attr]
    for table, upstream in READS.items():
        assert graph[table] == upstream, (table, graph[table])
    # every table of a step has its step's edges, none to a sibling
    for asset in ENTITIES:
        first = asset.tables[0]
        for table in asset.tables:
            assert graph[table] == graph[first], (table, graph[table], graph[first])
    isolated = [t for t, deps in graph.items()
                if not deps and not any(t in d for d in graph.values())]
    assert isolated == [], f"assets with no edge at all: {isolated}"


def test_multi_asset_rule_catches_a_key_depending_on_a_sibling() -> None:
    @multi_asset(specs=[AssetSpec("parent_table", deps=["upstream"]),
                        AssetSpec("child_table", deps=["upstream", "parent_table"])],
                 can_subset=True)
    def bad_step():  # unannotated: Dagster would read a return type as the outputs' types
        ...

    violations = multi_asset_rule_violations(Definitions(assets=[bad_step]))
    assert any("child_table depends on parent_table" in v for v in violations)
    assert any("different upstream deps" in v for v in violations)


# ------------------------------------------------------- public APIs only


def _private_dagster_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found += [f"{path.name}:{node.lineno} {n}" for n in names
                  if n.startswith("dagster._") or n.startswith("dagster.") and "._" in n]
    return found


def test_package_and_fast_tier_use_no_private_dagster_imports() -> None:
    files = sorted(PACKAGE.rglob("*.py")) + sorted(Path(__file__).parent.glob("*.py"))
    assert files
    assert [hit for f in files for hit in _private_dagster_imports(f)] == []


def test_code_references_point_at_the_repository_when_it_is_named() -> None:
    """An asset page's "source code" links to the repository's file at the
    branch, not to a path on the machine that loaded the code (issue 19)."""
    url, ref = "https://github.com/example/flowsync_dagster", "v0.6.0"
    linked = build_definitions(settings(code_repository_url=url, code_branch=ref))
    local = build_definitions(settings())
    root = Path(__file__).resolve().parents[2]
    for assets_def in linked.assets or []:
        for spec in assets_def.specs:  # type: ignore[union-attr]
            [reference] = spec.metadata["dagster/code_references"].code_references
            assert reference.url.startswith(f"{url}/tree/{ref}/flowsync_dagster/sync/entities/")
            path = reference.url.split(f"/tree/{ref}/")[1].split("#L")[0]
            assert (root / path).is_file(), reference.url
    for assets_def in local.assets or []:
        for spec in assets_def.specs:  # type: ignore[union-attr]
            [reference] = spec.metadata["dagster/code_references"].code_references
            assert Path(reference.file_path).is_file() and not hasattr(reference, "url")
