"""The settings' security boundary (docs/settings.md, "The boundary"), without
a server.

Only the deployment decides where the source is and which credentials may be
sent to it: a run may set only what ``runs.may_set`` allows, a
``source_config`` row only what ``source_config.may_set`` allows and only
the credential references the deployment declared; the demo source never
fills a store the settings name; two schools never share a store's tables.
The runs themselves (a listener that must receive nothing) are in
``tests/test_run_boundary.py``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from flowsync_dagster.cli.check import main as check_main
from flowsync_dagster.defs.build import build_resources
from flowsync_dagster.resources.run_settings import loaded_settings
from flowsync_dagster.settings.boundary import Boundary
from flowsync_dagster.settings.keys import SecretRef, SettingsError
from flowsync_dagster.settings.layers import Resolved, run_layer
from flowsync_dagster.settings.load import load_settings
from tests.fast.test_settings_file import env_with as env
from tests.fast.test_settings_file import write

PG = "postgresql+psycopg://flowsync@db.example/school"


# ------------------------------------------------------------------ runs


def test_by_default_a_run_may_set_the_switches_and_the_look_back_only() -> None:
    allowed = run_layer({"flowsync/sync.posts": "false", "flowsync/sync.lookback_hours": "6"},
                        {"sync.tags": "false", "sync.departments": "true"})
    assert allowed.values == {"sync.posts": False, "sync.lookback_hours": 6, "sync.tags": False,
                              "sync.departments": True}
    for key, value in (("guard.max_removal_fraction", "1"), ("guard.max_removal_rows", "999999"),
                       ("sync.catchup_max_hours", "1")):
        with pytest.raises(SettingsError, match=rf"a run may not set {key} "):
            run_layer({f"flowsync/{key}": value}, {})


def test_the_settings_file_chooses_what_runs_may_set_but_never_the_source(
        tmp_path: Path) -> None:
    path = write(tmp_path, {"officeflow": {"base_url": "https://of.example"},
                            "runs": {"may_set": ["guard.max_removal_rows"]}})
    settings = load_settings(env(path))
    assert settings.runs_may_set == ("guard.max_removal_rows",)
    resources = build_resources(settings)
    assert resources["sync"].runs_may_set == ["guard.max_removal_rows"]  # type: ignore[attr-defined]
    with pytest.raises(SettingsError, match="a run may not set sync.posts"):
        run_layer({"flowsync/sync.posts": "false"}, {}, settings.runs_may_set)
    for key in ("officeflow.base_url", "officeflow.app_secret"):
        path = write(tmp_path, {"runs": {"may_set": ["sync.posts", key]}})
        with pytest.raises(SettingsError, match=rf"runs.may_set: {key}: the source's URL and "
                                                "credentials come from the deployment"):
            load_settings(env(path, OFFICEFLOW_BASE_URL="https://of.example"))
    with pytest.raises(SettingsError, match="FLOWSYNC_RUNS_MAY_SET 'store.schema' is not a run"):
        load_settings(env(FLOWSYNC_RUNS_MAY_SET="sync.posts,store.schema"))
    nothing = load_settings(env(FLOWSYNC_RUNS_MAY_SET=""))  # an empty variable is unset
    assert "sync.posts" in nothing.runs_may_set
    none = load_settings(env(write(tmp_path, {"runs": {"may_set": []}})))
    assert none.runs_may_set == ()


# ------------------------------------------------------------------ credentials


def boundary(**kwargs: object) -> Boundary:
    base: dict[str, object] = dict(runs_may_set=(), source_config_may_set=())
    base.update(kwargs)
    return Boundary(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["FLOWSYNC_DATABASE_URL", "FLOWSYNC_ALERT_WEBHOOK_URL",
                                  "DAGSTER_PG_PASSWORD", "PGPASSWORD", "OFFICEFLOW_BASE_URL",
                                  "NORTH_DB"])
def test_the_deployments_own_variables_are_never_a_credential(name: str) -> None:
    declared = boundary(env_prefix="NORTH_", reserved=frozenset({"NORTH_DB"}),
                        declared=(SecretRef(env=name),))
    assert "one of the deployment's own settings" in (declared.refusal(SecretRef(env=name)) or "")


def test_source_config_chooses_only_among_the_declared_references(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "north").write_text("s")
    (tmp_path / "elsewhere").write_text("s")
    (secrets / "link").symlink_to(tmp_path / "elsewhere")
    declared = boundary(env_prefix="NORTH_", directory=str(secrets),
                        declared=(SecretRef(env="OFFICEFLOW_APP_KEY"),
                                  SecretRef(file=str(tmp_path / "own_secret"))))
    allowed = [SecretRef(env="NORTH_APP_SECRET"), SecretRef(env="OFFICEFLOW_APP_KEY"),
               SecretRef(file=str(secrets / "north")),
               SecretRef(file=str(tmp_path / "own_secret"))]
    refused = [SecretRef(env="SOUTH_APP_SECRET"), SecretRef(env="OFFICEFLOW_APP_SECRET"),
               SecretRef(env="HOME"), SecretRef(file="/etc/passwd"),
               SecretRef(file=f"{secrets}/../elsewhere"), SecretRef(file=str(secrets / "link"))]
    assert [declared.refusal(r) for r in allowed] == [None] * len(allowed)
    for ref in refused:
        why = declared.refusal(ref)
        assert why and why.startswith(f"{ref.describe()} is not a credential this deployment "
                                      "declared (declared: env:OFFICEFLOW_APP_KEY"), why
    settled = Resolved({"officeflow.app_secret": SecretRef(file="/etc/passwd")},
                       {"officeflow.app_secret": "source_config (north.source_config)"})
    with pytest.raises(SettingsError, match=r"^officeflow.app_secret \(source_config "
                                            r"\(north.source_config\)\): file:/etc/passwd is not "
                                            r"a credential .*; nothing was sent to the source$"):
        declared.check_credentials(settled)


def test_a_run_declares_the_credentials_its_deployment_names(tmp_path: Path) -> None:
    path = write(tmp_path, {"officeflow": {"base_url": "https://of.example",
                                           "app_key": {"env": "NORTH_KEY"},
                                           "app_secret": {"file": "/run/secrets/north"}},
                            "credentials": {"env_prefix": "NORTH_SC_",
                                            "directory": "/run/secrets/sc"}})
    settings = load_settings(env(path, FLOWSYNC_DATABASE_URL=PG))
    resources = build_resources(settings)
    loaded = loaded_settings(resources["officeflow"], resources["sync"])  # type: ignore[arg-type]
    declared = resources["sync"].boundary(loaded)  # type: ignore[attr-defined]
    assert declared.refusal(SecretRef(env="NORTH_KEY")) is None
    assert declared.refusal(SecretRef(file="/run/secrets/north")) is None
    assert declared.refusal(SecretRef(env="NORTH_SC_SECRET")) is None
    assert declared.refusal(SecretRef(file="/run/secrets/sc/secret")) is None
    assert declared.refusal(SecretRef(env="NORTH_OTHER")) is not None
    assert declared.refusal(SecretRef(env="FLOWSYNC_DATABASE_URL")) is not None


@pytest.mark.parametrize(("officeflow", "what"), [
    ({"app_secret": {"env": "FLOWSYNC_DATABASE_URL"}},
     "officeflow.app_secret (file {path}): env:FLOWSYNC_DATABASE_URL is one of the deployment's"),
    ({"app_key": {"env": "DAGSTER_PG_PASSWORD"}},
     "officeflow.app_key (file {path}): env:DAGSTER_PG_PASSWORD is one of the deployment's"),
    ({"app_key": {"env": "SCHOOL_DB"}},
     "officeflow.app_key (file {path}): env:SCHOOL_DB is one of the deployment's"),
])
def test_a_settings_file_naming_a_forbidden_variable_is_refused_at_load(
        tmp_path: Path, officeflow: dict[str, object], what: str) -> None:
    path = write(tmp_path, {"officeflow": {"base_url": "https://of.example", **officeflow},
                            "store": {"database_url": {"env": "SCHOOL_DB"}}})
    with pytest.raises(SettingsError) as raised:
        load_settings(env(path, SCHOOL_DB=PG))
    assert str(raised.value).startswith(what.format(path=path)), raised.value


@pytest.mark.parametrize(("prefix", "what"), [
    ("FLOW", "would reach the deployment's own FLOWSYNC_* variables"),
    ("DAGSTER_PG_", "would reach the deployment's own DAGSTER_* variables"),
    ("P", "3 characters or more"), ("NO RTH_", "the start of a variable name")])
def test_a_credential_prefix_cannot_reach_the_deployments_variables(
        tmp_path: Path, prefix: str, what: str) -> None:
    path = write(tmp_path, {"credentials": {"env_prefix": prefix}})
    with pytest.raises(SettingsError, match=f"credentials.env_prefix: .*{re.escape(what)}"):
        load_settings(env(path))


# ------------------------------------------------------------------ the demo source


def test_the_demo_source_never_fills_a_store_the_settings_name(tmp_path: Path) -> None:
    default = load_settings(env())  # the zero-setup default: SQLite under DAGSTER_HOME
    assert default.demo and default.officeflow_base_url is None
    for store in (PG, f"sqlite:///{tmp_path / 'mine.db'}"):
        with pytest.raises(SettingsError, match=r"^OFFICEFLOW_BASE_URL is not set, and the "
                                                r"store is one the settings name \(store."
                                                r"database_url from environment FLOWSYNC_"
                                                r"DATABASE_URL\)"):
            load_settings(env(FLOWSYNC_DATABASE_URL=store))
        assert load_settings(env(FLOWSYNC_DATABASE_URL=store, FLOWSYNC_DEMO="true")).demo
        named = load_settings(env(FLOWSYNC_DATABASE_URL=store,
                                  OFFICEFLOW_BASE_URL="https://of.example"))
        assert not named.demo
        assert build_resources(named)["officeflow"].demo is False  # type: ignore[attr-defined]
    # the store's source_config names the source: the file says so explicitly
    path = write(tmp_path, {"source_config": {"may_set": ["officeflow.base_url", "sync.tags"]}})
    from_store = load_settings(env(path, FLOWSYNC_DATABASE_URL=PG))
    assert not from_store.demo and from_store.officeflow_base_url is None


def test_the_check_fails_a_configured_store_without_a_source(tmp_path: Path) -> None:
    lines: list[str] = []
    status = check_main([], env(FLOWSYNC_DATABASE_URL=PG), out=lines.append)
    assert status == 2
    assert lines[-1].startswith("FAILED: OFFICEFLOW_BASE_URL is not set"), lines


# ------------------------------------------------------------------ shared stores


@pytest.mark.parametrize(("data", "shared"), [
    ({"defaults": {"store": {"schema": "flowsync", "database_url": {"env": "DB"}}},
      "schools": [{"code": "north"}, {"code": "south"}]},
     "the schema flowsync of the database db.example:5432/school"),
    ({"schools": [{"code": "north", "store": {"schema": "one", "database_url": {"env": "DB"}}},
                  {"code": "south", "store": {"schema": "one", "database_url": {"env": "DB2"}}}]},
     "the schema one of the database db.example:5432/school"),
    ({"defaults": {"store": {"database_url": "sqlite:////var/flowsync/all.db"}},
      "schools": [{"code": "north"}, {"code": "south"}]},
     "the SQLite store /var/flowsync/all.db"),
    ({"schools": [{"code": "north"}, {"code": "south"}]}, "the SQLite store "),
])
def test_two_schools_that_would_share_tables_are_refused_at_load(
        tmp_path: Path, data: dict[str, object], shared: str) -> None:
    for school in data["schools"]:  # type: ignore[attr-defined]
        school.setdefault("officeflow", {"base_url": f"https://{school['code']}.example"})
    path = write(tmp_path, data)
    for code in ("north", "south"):
        with pytest.raises(SettingsError) as raised:
            load_settings(env(path, FLOWSYNC_SCHOOL=code, DB=PG, DB2=PG + "?sslmode=require",
                              FLOWSYNC_DEMO="true"))
        message = str(raised.value)
        assert message.startswith(f"{path}: schools north and south share {shared}"), message
        assert "give each school its own store.schema or database" in message
    lines: list[str] = []
    status = check_main(["--file", path], env(DB=PG, DB2=PG, FLOWSYNC_DEMO="true"),
                        out=lines.append)
    assert status == 1 and sum("schools north and south share" in line for line in lines) == 2


def test_schools_in_one_database_with_their_own_schemas_load(tmp_path: Path) -> None:
    path = write(tmp_path, {"defaults": {"store": {"database_url": {"env": "DB"}}},
                            "schools": [{"code": "north"}, {"code": "south"},
                                        {"code": "west", "store": {"database_url": {
                                            "env": "WEST_DB"}, "schema": "north"}}]})
    for code in ("north", "south", "west"):
        settings = load_settings(env(path, FLOWSYNC_SCHOOL=code, DB=PG, FLOWSYNC_DEMO="true",
                                     WEST_DB="postgresql+psycopg://w@other.example/west"))
        assert settings.schema == {"west": "north"}.get(code, code)
    assert os.environ.get("DB") is None


def test_a_run_config_value_is_never_repeated_in_an_error() -> None:
    """Dagster resolves ``{env: NAME}`` in run config: the value a setting
    refuses may be another variable's, a password."""
    secret = "postgresql://u:pw-789@db/x"
    with pytest.raises(SettingsError) as raised:
        run_layer({}, {"sync.posts": secret})
    assert secret not in str(raised.value) and "pw-789" not in str(raised.value)
    assert str(raised.value).startswith("run config settings.sync.posts: not a valid value")
