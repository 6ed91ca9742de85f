"""The settings file, and which source of a setting wins.

Pure: files in a temporary folder, environments as dictionaries, the layers
composed by the functions a run uses (``resources/run_settings.py``); no
database, no server.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from flowsync_dagster.cli.check import main as check_main
from flowsync_dagster.cli.workspace import main as workspace_main
from flowsync_dagster.defs.build import build_definitions, build_resources
from flowsync_dagster.resources.run_settings import loaded_settings
from flowsync_dagster.settings.keys import SecretRef, SettingsError
from flowsync_dagster.settings.layers import Layer, run_layer, settle_run
from flowsync_dagster.settings.load import load_settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "flowsync.example.yaml"


def write(tmp_path: Path, data: object, name: str = "flowsync.yaml") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return str(path)


def env_with(path: str | None = None, **variables: str) -> dict[str, str]:
    env = {"DAGSTER_HOME": "/nonexistent/home", **variables}
    if path:
        env["FLOWSYNC_CONFIG"] = path
    return env


# ------------------------------------------------------------------ the example


def test_the_documented_example_loads_every_school_with_every_key() -> None:
    env = env_with(str(EXAMPLE), FLOWSYNC_DATABASE_URL="postgresql+psycopg://u:pw@db/flowsync")
    north = load_settings({**env, "FLOWSYNC_SCHOOL": "north"})
    south = load_settings({**env, "FLOWSYNC_SCHOOL": "south"})
    assert (north.code, north.schema, north.timezone) == ("north", "north", "Asia/Shanghai")
    assert (south.code, south.schema, south.timezone) == ("south", "south", "Europe/London")
    assert north.app_secret == SecretRef(file="/run/secrets/north_officeflow_app_secret")
    assert south.app_key == SecretRef(env="SOUTH_OFFICEFLOW_APP_KEY")
    assert north.database_url_env == "FLOWSYNC_DATABASE_URL"
    assert [r.kind for r in north.department_rules] == ["rename", "reparent", "map", "merge",
                                                        "revoke", "exclude"]
    assert south.sync_tags is False and north.sync_tags is True
    assert north.origins["sync.lookback_hours"] == f"file {EXAMPLE}"
    assert north.origins["sync.posts"] == f"file {EXAMPLE}"
    assert south.origins["sync.posts"] == "default"


def test_each_school_is_its_own_asset_keys_pool_and_partitions() -> None:
    env = env_with(str(EXAMPLE), FLOWSYNC_DATABASE_URL="postgresql+psycopg://u@db/flowsync")
    keys = {}
    for code in ("north", "south"):
        defs = build_definitions(load_settings({**env, "FLOWSYNC_SCHOOL": code}))
        graph = defs.resolve_asset_graph()
        keys[code] = {k.to_user_string() for k in graph.get_all_asset_keys()}
        assert all(k.startswith(f"{code}/") for k in keys[code])
        node = graph.get(next(k for k in graph.get_all_asset_keys()
                              if k.path[-1] == "app_user"))
        assert node.pools == {f"flowsync_store_{code}"}
        assert node.partitions_def.timezone == {"north": "Asia/Shanghai",
                                                "south": "Europe/London"}[code]
        assert node.tags["school"] == code
        timezone = {"north": "Asia/Shanghai", "south": "Europe/London"}[code]
        assert {s.name: defs.get_schedule_def(s.name).execution_timezone
                for s in defs.schedules} == {
            "officeflow_sync_hourly": timezone, "officeflow_full_resync_nightly": timezone}
        store = defs.resources["store"]
        assert (store.schema_name, store.pool) == (code, f"flowsync_store_{code}")
    assert not keys["north"] & keys["south"]


def test_without_a_file_nothing_is_prefixed() -> None:
    settings = load_settings(env_with())
    assert settings.code is None and settings.schema == "flowsync"
    defs = build_definitions(settings)
    assert {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()} >= {
        "app_user", "department"}
    assert defs.resources["store"].pool == "flowsync_store"


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize(("data", "where", "what"), [
    ({"sync": {"posts": "maybe"}}, "sync.posts", "must be true or false, not 'maybe'"),
    ({"sync": {"lookback": 3}}, "sync.lookback", "unknown key (known in sync:"),
    ({"syncs": {}}, "syncs", "unknown key"),
    ({"officeflow": {"app_secret": "hunter2"}}, "officeflow.app_secret",
     "a credential is never written here"),
    ({"officeflow": {"base_url": "ftp://x"}}, "officeflow.base_url",
     "must be an http:// or https:// URL with a host"),
    ({"store": {"database_url": "postgresql://u:secret@db/x"}}, "store.database_url",
     "holds a password"),
    ({"partitions": {"timezone": "Mars/Olympus"}}, "partitions.timezone",
     "'Mars/Olympus' is not a known timezone"),
    ({"partitions": {"start": "2026-01-01"}}, "partitions.start", "must be an hour like"),
    ({"guard": {"max_removal_fraction": 2}}, "guard.max_removal_fraction",
     "a fraction between 0 and 1"),
    ({"sync": {"lookback_hours": 100}}, "sync.lookback_hours", "between 0 and 48 hours"),
    ({"code": "North Campus"}, "code", "must be a plain identifier"),
    ({"department_rules": [{"merge": "D1", "into": "D1"}]}, "department_rules[0]",
     "merge: lists two or more departments"),
    ({"department_rules": {"exclude": "D1"}}, "department_rules", "a list of rules"),
    ({"schools": [{"code": "a"}], "sync": {}}, "sync", "put shared settings under defaults:"),
    ({"schools": [{"name": "no code"}]}, "schools[0].code", "every school of a list needs a code"),
    ({"schools": [{"code": "a"}, {"code": "a"}]}, "schools", "the code 'a' is used twice"),
    ({"schools": [{"code": "a"}, {"code": "b"}]}, "schools", "lists 2 schools (a, b): say which"),
    ({"schools": []}, "schools", "a list of one or more school sections"),
])
def test_each_mistake_is_one_line_naming_the_file_the_key_and_what_is_wrong(
        tmp_path: Path, data: object, where: str, what: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(SettingsError) as raised:
        load_settings(env_with(path))
    message = str(raised.value)
    assert message.startswith(f"{path}: {where}: ") and what in message, message
    assert "\n" not in message


def test_yaml_that_does_not_parse_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "sync:\n  posts: true\n bad: [\n")
    with pytest.raises(SettingsError, match=rf"^{path}: line \d+: not valid YAML"):
        load_settings(env_with(path))


def test_a_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"missing.yaml: cannot read it"):
        load_settings(env_with(str(tmp_path / "missing.yaml")))


def test_one_schools_mistake_does_not_stop_another_school_from_loading(tmp_path: Path) -> None:
    path = write(tmp_path, {"schools": [{"code": "good"},
                                        {"code": "bad", "sync": {"posts": "maybe"}}]})
    assert load_settings(env_with(path, FLOWSYNC_SCHOOL="good")).code == "good"
    with pytest.raises(SettingsError, match=r"schools\[1\]\.sync\.posts: must be true or false"):
        load_settings(env_with(path, FLOWSYNC_SCHOOL="bad"))
    with pytest.raises(SettingsError, match="no school with code 'other'"):
        load_settings(env_with(path, FLOWSYNC_SCHOOL="other"))


def test_a_variable_that_would_give_every_school_the_same_source_is_refused(
        tmp_path: Path) -> None:
    path = write(tmp_path, {"schools": [{"code": "a"}, {"code": "b"}]})
    with pytest.raises(SettingsError, match="OFFICEFLOW_BASE_URL is set, but .* lists 2 schools"):
        load_settings(env_with(path, FLOWSYNC_SCHOOL="a",
                               OFFICEFLOW_BASE_URL="https://one.example"))
    # a shared store is fine: each school has its own schema in it
    shared = load_settings(env_with(path, FLOWSYNC_SCHOOL="b", FLOWSYNC_DEMO="true",
                                    FLOWSYNC_DATABASE_URL="postgresql+psycopg://u@db/x"))
    assert (shared.schema, shared.database_url_env) == ("b", "FLOWSYNC_DATABASE_URL")


def test_without_a_file_the_school_variable_is_the_one_schools_code() -> None:
    settings = load_settings(env_with(FLOWSYNC_SCHOOL="school_a"))
    assert (settings.code, settings.schema) == ("school_a", "school_a")
    assert load_settings(env_with(FLOWSYNC_SCHOOL="school_a",
                                  FLOWSYNC_SCHEMA="flowsync")).schema == "flowsync"
    with pytest.raises(SettingsError, match="FLOWSYNC_SCHOOL must be a plain identifier"):
        load_settings(env_with(FLOWSYNC_SCHOOL="School A"))


# ------------------------------------------------------------------ precedence

SOURCES = ("file", "source_config", "environment", "run tag", "run config")


def settled_posts(tmp_path: Path, given: tuple[str, ...]) -> tuple[bool, str]:
    """sync.posts as a run settles it when each source in ``given`` sets it
    (each to a value that differs from the one below it)."""
    value = {name: i % 2 == 0 for i, name in enumerate(SOURCES)}  # False, True, False, ...
    text = {name: "true" if v else "false" for name, v in value.items()}
    path = write(tmp_path, {"sync": {"posts": value["file"]}}) if "file" in given else None
    env = env_with(path, **({"FLOWSYNC_SYNC_POSTS": text["environment"]}
                            if "environment" in given else {}))
    resources = build_resources(load_settings(env))
    loaded = loaded_settings(resources["officeflow"], resources["sync"])  # type: ignore[arg-type]
    source = Layer("source_config (flowsync.source_config)",
                   {"sync.posts": value["source_config"]} if "source_config" in given else {})
    run = run_layer({"flowsync/sync.posts": text["run tag"]} if "run tag" in given else {},
                    {"sync.posts": text["run config"]} if "run config" in given else {})
    settled = settle_run(loaded, source, run)
    return settled["sync.posts"], settled.origins["sync.posts"]


@pytest.mark.parametrize("given", [combo for n in range(len(SOURCES) + 1)
                                   for combo in itertools.combinations(SOURCES, n)],
                         ids=lambda c: "+".join(c) or "defaults")
def test_the_highest_source_that_sets_a_run_setting_wins(tmp_path: Path,
                                                         given: tuple[str, ...]) -> None:
    """run config > run tag > environment > source_config > file > default, for
    every combination of them."""
    value, origin = settled_posts(tmp_path, given)
    if not given:
        assert (value, origin) == (True, "default")
        return
    winner = max(given, key=SOURCES.index)
    assert value is (SOURCES.index(winner) % 2 == 0)
    assert origin.startswith(winner), origin


def test_load_settings_cannot_be_set_by_source_config_or_a_run() -> None:
    with pytest.raises(SettingsError, match="'store.schema' cannot be set for one run"):
        run_layer({"flowsync/store.schema": "other"}, {})
    with pytest.raises(SettingsError, match="'partitions.timezone' cannot be set for one run"):
        run_layer({}, {"partitions.timezone": "UTC"})
    from flowsync_dagster.settings.keys import SOURCE_CONFIG_COLUMNS
    assert {s.key for s in SOURCE_CONFIG_COLUMNS.values()} == {
        "officeflow.base_url", "officeflow.app_key", "officeflow.app_secret",
        "sync.departments", "sync.posts", "sync.tags"}


def test_a_run_tag_never_names_the_source_or_a_credential() -> None:
    for key, value in (("officeflow.app_secret", "env:FLOWSYNC_DATABASE_URL"),
                       ("officeflow.base_url", "http://127.0.0.1:9"),
                       ("officeflow.app_key", "file:/etc/passwd")):
        with pytest.raises(SettingsError, match=rf"^run tag flowsync/{key}: a run may not set "
                                                rf"{key} \(this school's runs may set: "):
            run_layer({f"flowsync/{key}": value}, {})
        with pytest.raises(SettingsError, match=rf"^run config settings.{key}: a run may not"):
            run_layer({}, {key: value})


def test_the_recorded_settings_mask_credentials_and_passwords(tmp_path: Path) -> None:
    env = env_with(None, OFFICEFLOW_BASE_URL="https://of.example", OFFICEFLOW_APP_KEY="k-123",
                   OFFICEFLOW_APP_SECRET="s-456",
                   FLOWSYNC_DATABASE_URL="postgresql+psycopg://flowsync:pw-789@db/x")
    settings = load_settings(env)
    resources = build_resources(settings)
    shown = repr(loaded_settings(resources["officeflow"], resources["sync"]).masked())  # type: ignore[arg-type]
    assert "env:OFFICEFLOW_APP_SECRET" in shown and "environment OFFICEFLOW_APP_KEY" in shown
    for secret in ("k-123", "s-456", "pw-789"):
        assert secret not in shown and secret not in repr(settings.app_key)
    from flowsync_dagster.settings.layers import mask
    assert mask("store.database_url", settings.database_url) == \
        "postgresql+psycopg://flowsync:***@db/x"


# ------------------------------------------------------------------ the commands


def test_check_reports_an_invalid_file_in_one_line_and_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, {"sync": {"posts": "maybe"}})
    lines: list[str] = []
    assert check_main(["--file", path], env_with(), lines.append) == 2
    assert lines[-1] == f"FAILED: {path}: sync.posts: must be true or false, not 'maybe'"


def test_check_of_the_zero_setup_default_reaches_nothing_and_passes() -> None:
    lines: list[str] = []
    assert check_main([], env_with(), lines.append) == 0
    report = "\n".join(lines)
    assert "the bundled simulator" in report and "department rules: none" in report


def test_the_workspace_names_one_location_per_school(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert workspace_main(["--file", str(EXAMPLE)]) == 0
    written = yaml.safe_load(capsys.readouterr().out)
    assert written == {"load_from": [
        {"python_module": {"module_name": "flowsync_dagster.defs.schools", "attribute": code,
                           "location_name": code}} for code in ("north", "south")]}
    nameless = write(tmp_path, {"sync": {"posts": True}})
    assert workspace_main(["--file", nameless]) == 2


def test_check_reports_a_schools_broken_section_and_still_checks_the_others(
        tmp_path: Path) -> None:
    path = write(tmp_path, {"schools": [{"code": "good"},
                                        {"code": "bad", "guard": {"max_removal_rows": -1}}]})
    lines: list[str] = []
    assert check_main(["--file", path], env_with(), lines.append) == 1
    report = "\n".join(lines)
    assert "school good: ok" in report
    assert "school bad: FAILED" in report
    assert "schools[1].guard.max_removal_rows: must be between 0 and" in report
