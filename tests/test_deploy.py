"""The container path (deploy/docker, deploy/helm, docs/deploy.md) against the code.

No Docker engine or Kubernetes cluster here, so what a container would run is
run as a process instead, and the rest is read and checked against the code:

- the user-code image's ENTRYPOINT + CMD, exactly as the Dockerfile has them
  (the port aside), serve one code location per school from the package as
  ``pip install .`` lays it out (package data included); each location gets
  its own school's settings file; a school whose settings are refused serves
  its error and keeps no other school from loading;
- the image's ``dagster.yaml`` loads as a Dagster instance on a real
  PostgreSQL (psycopg2), with the queue, pools, monitoring and retries of
  ``deploy/dagster.yaml``, and the DockerRunLauncher on the compose network;
- the compose file, workspace and Helm values name the same images, ports,
  module, and pass every ``OFFICEFLOW_*`` / ``FLOWSYNC_*`` variable the code
  reads (found by reading the code) to each school's code server and runs;
- ``postgres/init-databases.sh`` gives each school a role and a database no
  other school's role can open.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tomllib
import uuid
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import yaml
from dagster import DagsterInstance
from sqlalchemy.engine import make_url

from tests.crashkit import instance_of
from tests.dagster_services import ROOT, Service, ServiceError, free_port, wait_until

DOCKER = ROOT / "deploy" / "docker"
HELM = ROOT / "deploy" / "helm"
PACKAGE = ROOT / "flowsync_dagster"
BIN = Path(sys.executable).parent
PREFIXES = ("OFFICEFLOW_", "FLOWSYNC_")
MIRRORED = ("concurrency", "run_monitoring", "run_retries", "telemetry")
STARTUP_TIMEOUT = 120


# ------------------------------------------------------------------ reading


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def pinned(package: str) -> str:
    for requirement in pyproject()["project"]["dependencies"]:
        name, _, version = requirement.partition("==")
        if name.strip() == package:
            return version.strip()
    raise AssertionError(f"pyproject.toml pins no {package}")


def dockerfile() -> dict[str, Any]:
    """The Dockerfile's global ARGs and, per stage, its base and instructions."""
    text = (DOCKER / "Dockerfile").read_text().replace("\\\n", " ")
    args: dict[str, str] = {}
    stages: dict[str, dict[str, Any]] = {}
    stage: dict[str, Any] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word, rest = word.upper(), rest.strip()
        if word == "FROM":
            base, _, name = rest.partition(" AS ")
            stage = stages[name.strip()] = {"from": base.strip(), "lines": []}
        elif stage is None and word == "ARG":
            name, _, default = rest.partition("=")
            args[name] = default
        elif stage is not None:
            stage["lines"].append((word, rest))
    return {"args": args, "stages": stages}


def instruction(stage: Mapping[str, Any], word: str) -> list[str]:
    return [rest for w, rest in stage["lines"] if w == word]


def exec_form(stage: Mapping[str, Any], word: str) -> list[str]:
    (rest,) = instruction(stage, word)
    value = json.loads(rest)
    assert isinstance(value, list), f"{word} must be in exec form (a JSON list): {rest}"
    return value


def env_of(stage: Mapping[str, Any]) -> dict[str, str]:
    env: dict[str, str] = {}
    for rest in instruction(stage, "ENV"):
        for pair in rest.split():
            name, _, value = pair.partition("=")
            env[name] = value
    return env


_VARIABLE = re.compile(r"\$\{(\w+)(?::([-?])([^}]*))?\}")


def interpolate(text: str, env: Mapping[str, str]) -> str:
    """Compose's ``${VAR}``, ``${VAR:-default}``, ``${VAR:?error}``; an unset
    variable without a default is an error here (the .env.example must say it)."""

    def value(match: re.Match[str]) -> str:
        name, op, argument = match.groups()
        if env.get(name):
            return env[name]
        if op == "-":
            return argument
        raise AssertionError(f"${{{name}}} is used by docker-compose.yaml but .env.example "
                             f"does not set it ({argument or 'no default'})")

    return _VARIABLE.sub(value, text)


def entrypoint_module() -> Any:
    spec = importlib.util.spec_from_file_location("flowsync_entrypoint", DOCKER / "entrypoint.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def env_example() -> dict[str, str]:
    return entrypoint_module().read_env_file(str(DOCKER / ".env.example"))


def compose() -> dict[str, Any]:
    return yaml.safe_load(interpolate((DOCKER / "docker-compose.yaml").read_text(), env_example()))


def school_services(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Compose services built from the user-code target: the schools' code servers."""
    return {name: service for name, service in spec["services"].items()
            if (service.get("build") or {}).get("target") == "user-code"}


def dagster_services_of(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: service for name, service in spec["services"].items()
            if (service.get("build") or {}).get("target") == "dagster"}


def storage_env_names(instance_yaml: Mapping[str, Any]) -> set[str]:
    """The environment variables the instance's storage is configured from."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if set(node) == {"env"}:
                found.add(node["env"])
            for value in node.values():
                walk(value)

    walk(instance_yaml["storage"])
    return found


# -------------------------------------------------- what the code reads


_ENV_NAME = re.compile(r"(?:OFFICEFLOW|FLOWSYNC)_[A-Z0-9_]+")


class _RecordingEnviron(dict):
    """``os.environ`` stand-in that remembers every name looked up."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__(values)
        self.names: set[str] = set()

    def get(self, key: Any, default: Any = None) -> Any:
        self.names.add(key)
        return super().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        self.names.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.names.add(key)  # type: ignore[arg-type]
        return super().__contains__(key)


def code_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> set[str]:
    """Every OFFICEFLOW_*/FLOWSYNC_* variable the code reads: the names the
    settings and the definitions look up while a code location loads (for a
    real server, so that the credentials' branch is taken), and those read
    through ``EnvVar("...")`` when a run starts (found in the source)."""
    from flowsync_dagster.defs.build import build_definitions
    from flowsync_dagster.settings.load import load_settings

    recorder = _RecordingEnviron({"OFFICEFLOW_BASE_URL": "https://officeflow.example",
                                  "FLOWSYNC_DATABASE_URL": "postgresql+psycopg://u@db/flowsync",
                                  "DAGSTER_HOME": str(tmp_path)})
    with monkeypatch.context() as patch:
        patch.setattr(os, "environ", recorder)
        build_definitions(load_settings())
    names = {name for name in recorder.names if isinstance(name, str)}
    for source in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", ""))
                    == "EnvVar" and node.args and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
    # and any name the settings loader spells out, even one read only on some branch
    for node in ast.walk(ast.parse((PACKAGE / "settings" / "load.py").read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and _ENV_NAME.fullmatch(node.value):
            names.add(node.value)
    found = {name for name in names if name.startswith(PREFIXES)}
    # a floor, so that a scan gone blind cannot pass: the run's credentials and
    # the load-time settings are both among them
    assert {"OFFICEFLOW_APP_KEY", "OFFICEFLOW_APP_SECRET", "OFFICEFLOW_BASE_URL",
            "FLOWSYNC_DATABASE_URL", "FLOWSYNC_TIMEZONE"} <= found, found
    return found


# ----------------------------------------------------------- static checks


def test_every_setting_the_code_reads_reaches_each_schools_server_and_runs(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wanted = code_variables(monkeypatch, tmp_path)
    read_env_file = entrypoint_module().read_env_file
    spec = compose()
    schools = school_services(spec)
    assert len(schools) >= 2, "the compose file shows at least two schools"

    for name, service in schools.items():
        env = service["environment"]
        target = env["FLOWSYNC_ENV_FILE"]
        # the code server mounts its school's file where FLOWSYNC_ENV_FILE says ...
        (mount,) = [v for v in service["volumes"] if v["target"] == target]
        assert mount["read_only"] and mount["bind"] == {"create_host_path": False}
        source = mount["source"]
        assert source == f"{env_example()['FLOWSYNC_SCHOOLS_DIR']}/{name}.env"
        # ... and so does every run of its location (container context)
        context = json.loads(env["DAGSTER_CONTAINER_CONTEXT"])["docker"]
        assert f"FLOWSYNC_ENV_FILE={target}" in context["env_vars"]
        assert f"{source}:{target}:ro" in context["container_kwargs"]["volumes"]
        # the file (its example) names every setting the code reads
        example = read_env_file(str(DOCKER / "schools" / f"{name}.env.example"))
        assert not wanted - set(example), f"{name}.env.example lacks {wanted - set(example)}"

    values = load_yaml(HELM / "values.yaml")
    deployments = values["dagster-user-deployments"]["deployments"]
    assert len(deployments) >= 2, "the Helm values show at least two schools"
    for deployment in deployments:
        env = {item["name"]: item for item in deployment["env"]}
        assert not wanted - set(env), f"{deployment['name']} lacks {wanted - set(env)}"
        for secret in ("OFFICEFLOW_APP_KEY", "OFFICEFLOW_APP_SECRET", "FLOWSYNC_DATABASE_URL"):
            assert "value" not in env[secret], f"{secret} must come from the school's Secret"
            assert env[secret]["valueFrom"]["secretKeyRef"]["key"] == secret
        # a run (a Job) gets its deployment's env
        assert deployment["includeConfigInLaunchedRuns"] == {"enabled": True}


def test_images_ports_module_and_instance_agree_across_the_files() -> None:
    docker = dockerfile()
    stages = docker["stages"]
    module = pyproject()["tool"]["dagster"]["module_name"]
    assert docker["args"] == {"DAGSTER_VERSION": pinned("dagster"),
                              "DAGSTER_LIBS_VERSION": pinned("dagster-postgres")}
    assert stages["base"]["from"] == "python:3.11-slim"
    assert env_of(stages["base"])["DAGSTER_HOME"] == "/opt/dagster/dagster_home"
    for target in ("user-code", "dagster"):
        assert stages[target]["from"] == "base"
        (user,) = instruction(stages[target], "USER")
        assert user not in ("root", "0"), f"{target} runs as root"
    user_code = stages["user-code"]
    assert any("pip install ." in run for run in instruction(user_code, "RUN"))
    cmd = exec_form(user_code, "CMD")
    assert cmd[:3] == ["dagster", "code-server", "start"]
    port = cmd[cmd.index("-p") + 1]
    assert port == "4000" and instruction(user_code, "EXPOSE") == [port]
    assert cmd[cmd.index("-p") + 2:] == ["-m", module]
    assert exec_form(user_code, "ENTRYPOINT") == ["python", "/opt/dagster/entrypoint.py"]
    # every COPY source exists and is let through by the build's ignore file
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text().splitlines()
    allowed = [line[1:] for line in ignore if line.startswith("!")]
    for stage in stages.values():
        for copy in instruction(stage, "COPY"):
            source = [word for word in copy.split() if not word.startswith("--")][0]
            assert (ROOT / source).exists() and source in allowed, source

    spec = compose()
    schools = school_services(spec)
    (image,) = {service["image"] for service in schools.values()}  # one image for all
    assert image == env_example()["FLOWSYNC_USER_CODE_IMAGE"]
    for service in schools.values():
        assert "command" not in service  # the image's CMD
        assert service["environment"]["DAGSTER_CURRENT_IMAGE"] == image  # its runs' image
    workspace = load_yaml(DOCKER / "workspace.yaml")["load_from"]
    servers = {entry["grpc_server"]["host"]: entry["grpc_server"] for entry in workspace}
    assert set(servers) == set(schools), "one workspace entry per school's code server"
    for host, server in servers.items():
        assert server["port"] == int(port) and server["location_name"] == host

    instance = load_yaml(DOCKER / "dagster.yaml")
    launcher = instance["run_launcher"]
    assert (launcher["module"], launcher["class"]) == ("dagster_docker", "DockerRunLauncher")
    assert launcher["config"]["network"] == spec["networks"]["flowsync"]["name"]
    assert set(launcher["config"]["env_vars"]) == storage_env_names(instance) | set(
        bookkeeping_settings())
    assert instance["storage"]["postgres"]["postgres_db"]["scheme"] == "postgresql+psycopg2"
    assert instance["run_coordinator"]["class"] == "QueuedRunCoordinator"
    production = load_yaml(ROOT / "deploy" / "dagster.yaml")
    assert instance["storage"] == production["storage"]
    for section in MIRRORED:
        assert instance.get(section) == production.get(section), f"{section} differs from deploy/dagster.yaml"

    dagster = dagster_services_of(spec)
    webserver = dagster["dagster-webserver"]
    assert webserver["command"] == exec_form(stages["dagster"], "CMD")
    assert webserver["ports"] == ["127.0.0.1:3000:3000"]
    assert dagster["dagster-daemon"]["command"][:2] == ["dagster-daemon", "run"]
    for service in dagster.values():
        assert "./workspace.yaml:/opt/dagster/app/workspace.yaml:ro" in service["volumes"]
        assert storage_env_names(instance) <= set(service["environment"])
    for service in schools.values():  # their instance ref is resolved there too
        assert storage_env_names(instance) <= set(service["environment"])

    values = load_yaml(HELM / "values.yaml")
    deployments = values["dagster-user-deployments"]["deployments"]
    assert values["dagster-user-deployments"]["enabled"] is True
    assert len({d["name"] for d in deployments}) == len(deployments)
    for deployment in deployments:
        assert deployment["port"] == int(port)
        assert deployment["codeServerArgs"] == ["-m", module]
    assert values["runLauncher"]["type"] == "K8sRunLauncher"
    coordinator = values["dagsterDaemon"]["runCoordinator"]
    assert coordinator["enabled"] and coordinator["type"] == "QueuedRunCoordinator"
    assert values["postgresql"]["postgresqlScheme"] == "postgresql+psycopg2"
    assert values["generatePostgresqlPasswordSecret"] is False
    # the chart's own renderings of these are off: additionalInstanceConfig has them
    # (concurrency: the chart's own block, test_helm_concurrency_...)
    assert values["dagsterDaemon"]["runMonitoring"]["enabled"] is False
    assert values["dagsterDaemon"]["runRetries"]["enabled"] is False
    extra = values["additionalInstanceConfig"]
    for section in ("run_monitoring", "run_retries", "freshness"):
        assert extra[section] == production[section], f"Helm {section} differs from deploy/dagster.yaml"
    assert values["telemetry"] == production["telemetry"]


def test_the_ui_is_reachable_from_the_host_alone_by_default() -> None:
    """The webserver has no login: no file publishes it beyond the host (compose:
    loopback only; Helm: a ClusterIP service, no ingress); the viewers' webserver
    is read-only and mounts no Docker socket."""
    spec = compose()
    for name, service in spec["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"
    viewers = spec["services"]["dagster-webserver-readonly"]
    assert "--read-only" in viewers["command"] and viewers["profiles"] == ["viewers"]
    assert not any("docker.sock" in str(v) for v in viewers["volumes"])
    values = load_yaml(HELM / "values.yaml")
    assert values["ingress"]["enabled"] is False
    assert values["dagsterWebserver"]["service"]["type"] == "ClusterIP"
    deploy = (ROOT / "docs" / "deploy.md").read_text()
    assert "## Who can do what" in deploy and "authenticating proxy" in deploy


def test_compose_file_is_valid_for_docker_compose_where_it_is_installed() -> None:
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "compose", "version"],
                                        capture_output=True).returncode != 0:
        pytest.skip("no `docker compose` here (the checks above read the file instead)")
    result = subprocess.run([docker, "compose", "--env-file", str(DOCKER / ".env.example"),
                             "-f", str(DOCKER / "docker-compose.yaml"), "config", "--quiet"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# ------------------------------------------- what the container path keeps and sets

# The Helm chart's compute log managers (chart 1.13, computeLogManager.type) and
# the key of each one's config; NoOpComputeLogManager, the chart's default,
# keeps nothing.
CHART_COMPUTE_LOG_MANAGERS = {
    "S3ComputeLogManager": "s3ComputeLogManager",
    "GCSComputeLogManager": "gcsComputeLogManager",
    "AzureBlobComputeLogManager": "azureBlobComputeLogManager",
    "CustomComputeLogManager": "customComputeLogManager",
}


def mount(volume: str) -> tuple[str, str, str]:
    """``source:target[:mode]`` of a compose or docker-py volume, as its parts."""
    source, target, *mode = volume.split(":")
    return source, target, mode[0] if mode else "rw"


def bookkeeping_settings() -> dict[str, str]:
    """The ``DAGSTER_*`` settings docs/operations.md asks for ("A full resync
    as a backfill"), name to value, as its ``export`` lines have them."""
    text = (ROOT / "docs" / "operations.md").read_text()
    section = text.split("## A full resync as a backfill", 1)[1].split("\n## ", 1)[0]
    found = dict(re.findall(r"^export (DAGSTER_\w+)=(\S+)", section, re.MULTILINE))
    assert set(found) == {"DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS",
                          "DAGSTER_EVENT_BATCH_SIZE"}, found
    return found


def k8s_env(env: Any) -> dict[str, Any]:
    """A chart ``env`` (a map, or a list of ``{name, value}``) as a map."""
    if isinstance(env, dict):
        return env
    return {item["name"]: item.get("value") for item in env or []}


def chart_concurrency(values: Mapping[str, Any]) -> dict[str, Any] | None:
    """dagster.yaml's ``concurrency`` section as the chart's own block renders it
    (helm/dagster/templates/helpers/instance/_concurrency.tpl, chart 1.13):
    nothing unless ``enabled``; each key only when set."""
    block = values.get("concurrency") or {}
    assert set(block) <= {"enabled", "pools", "runs"}, block  # the chart's schema forbids others
    if not block.get("enabled"):
        return None
    pools, runs = block.get("pools") or {}, block.get("runs") or {}
    assert set(pools) <= {"defaultLimit", "granularity", "opGranularityRunBuffer"}, pools
    assert set(runs) <= {"maxConcurrentRuns", "tagConcurrencyLimits"}, runs
    rendered: dict[str, Any] = {}
    names = {"defaultLimit": "default_limit", "granularity": "granularity",
             "opGranularityRunBuffer": "op_granularity_run_buffer"}
    if any(pools.get(key) is not None for key in names):
        rendered["pools"] = {names[key]: value for key, value in pools.items()
                             if value is not None}
    if runs.get("maxConcurrentRuns") is not None or runs.get("tagConcurrencyLimits"):
        rendered["runs"] = {}
        if runs.get("maxConcurrentRuns") is not None:
            rendered["runs"]["max_concurrent_runs"] = runs["maxConcurrentRuns"]
        if runs.get("tagConcurrencyLimits"):
            rendered["runs"]["tag_concurrency_limits"] = runs["tagConcurrencyLimits"]
    return rendered


def test_compose_keeps_the_steps_compute_logs_on_a_volume_every_run_mounts() -> None:
    """The UI's stdout/stderr tabs need the steps' output kept where the
    webserver reads it: LocalComputeLogManager on a named volume that the run
    containers (through each school's container context: a context's
    ``volumes`` replaces the launcher's), the webservers and the daemon mount."""
    from dagster._core.instance.ref import configurable_class_data
    from dagster._core.storage.local_compute_log_manager import LocalComputeLogManager

    instance = load_yaml(DOCKER / "dagster.yaml")
    logs = instance["compute_logs"]
    # loaded as the instance loads it (dagster.core.* is dagster._core.* there)
    manager = configurable_class_data(logs).rehydrate()
    assert isinstance(manager, LocalComputeLogManager), logs
    base_dir = logs["config"]["base_dir"]
    assert base_dir.startswith("/opt/dagster/")
    # the images have the mount point, owned by their user (a new volume takes it)
    base = dockerfile()["stages"]["base"]
    (setup,) = [run for run in instruction(base, "RUN") if "mkdir" in run]
    assert base_dir in setup.split() and "chown -R dagster:dagster /opt/dagster" in setup

    spec = compose()
    dagster = dagster_services_of(spec)
    names = set()
    for service_name in ("dagster-webserver", "dagster-daemon", "dagster-webserver-readonly"):
        mounts = [mount(v) for v in dagster[service_name]["volumes"]]
        (source, _, mode), = [m for m in mounts if m[1] == base_dir]
        assert source in spec["volumes"], f"{service_name}: {source} is not a named volume"
        names.add(spec["volumes"][source]["name"])
        if service_name.endswith("readonly"):
            assert mode == "ro"
    (name,) = names  # one volume, under a fixed name the run containers can give
    launcher = instance["run_launcher"]["config"]
    assert "volumes" not in launcher.get("container_kwargs", {})  # it would be replaced
    for school, service in school_services(spec).items():
        context = json.loads(service["environment"]["DAGSTER_CONTAINER_CONTEXT"])["docker"]
        volumes = [mount(v) for v in context["container_kwargs"]["volumes"]]
        assert (name, base_dir, "rw") in volumes, f"{school}'s runs do not keep their logs"


def test_helm_keeps_the_steps_compute_logs_where_the_webserver_reads_them() -> None:
    values = load_yaml(HELM / "values.yaml")
    manager = values.get("computeLogManager") or {}
    assert manager.get("type") in CHART_COMPUTE_LOG_MANAGERS, (
        f"computeLogManager {manager.get('type')!r}: the chart's default, NoOp, keeps nothing")
    config = manager["config"][CHART_COMPUTE_LOG_MANAGERS[manager["type"]]]
    deploy = (ROOT / "docs" / "deploy.md").read_text()
    assert "computeLogManager" in deploy and manager["type"] in deploy
    if manager["type"] == "S3ComputeLogManager":
        assert config["bucket"] and config["bucket"] in deploy
        # a run loads the manager in the user-code image: dagster-aws there, at
        # the pinned libraries' version
        user_code = dockerfile()["stages"]["user-code"]
        assert any('"dagster-aws==${DAGSTER_LIBS_VERSION}"' in run
                   for run in instruction(user_code, "RUN"))
        # the same credentials reach the runs (they write) and the webserver (it reads)
        runs = {s["name"] for s in values["runLauncher"]["config"]["k8sRunLauncher"]["envSecrets"]}
        web = {s["name"] for s in values["dagsterWebserver"]["envSecrets"]}
        (secret,) = runs & web
        assert secret in deploy


def test_run_containers_are_removed_when_they_exit_and_a_dead_one_still_fails_its_run(
        ) -> None:
    """``auto_remove``: Docker removes a run's container when it exits. Run
    monitoring then cannot find a dead run's container; the installed Dagster
    fails such a run as it fails one whose container exited (it does not
    resume it: max_resume_run_attempts stays 0)."""
    from unittest import mock

    from dagster import DagsterRunStatus
    from dagster._core.launcher import CheckRunHealthResult, WorkerStatus
    from dagster._daemon.monitoring.run_monitoring import monitor_started_run

    instance_yaml = load_yaml(DOCKER / "dagster.yaml")
    kwargs = instance_yaml["run_launcher"]["config"].get("container_kwargs", {})
    assert kwargs.get("auto_remove") is True
    for school, service in school_services(compose()).items():  # nothing overrides it
        context = json.loads(service["environment"]["DAGSTER_CONTAINER_CONTEXT"])["docker"]
        assert "auto_remove" not in context.get("container_kwargs", {}), school
    monitoring = instance_yaml["run_monitoring"]
    assert monitoring["enabled"] is True and monitoring.get("max_resume_run_attempts", 0) == 0

    # what dagster-docker's check_run_worker_health answers for a removed container
    run = mock.Mock(status=DagsterRunStatus.STARTED, run_id="r1")
    instance = mock.Mock(run_monitoring_max_resume_run_attempts=0)
    instance.run_launcher.supports_check_run_worker_health = True
    instance.run_launcher.check_run_worker_health.return_value = CheckRunHealthResult(
        WorkerStatus.NOT_FOUND)
    instance.get_run_by_id.return_value = run
    instance.all_logs.return_value = []
    monitor_started_run(instance, mock.Mock(), mock.Mock(dagster_run=run), mock.Mock())
    instance.report_run_failed.assert_called_once()
    instance.resume_run.assert_not_called()


def test_each_school_posts_its_alerts_to_a_webhook_from_its_own_settings() -> None:
    """The alert sensors run in each school's code server: the webhook URL is
    the school's, in its settings file (compose) and its deployment's env
    (Helm), from its Secret (the URL usually carries the robot's key)."""
    from flowsync_dagster.defs.alerts import WEBHOOK_URL_ENV

    read_env_file = entrypoint_module().read_env_file
    for school in school_services(compose()):
        example = read_env_file(str(DOCKER / "schools" / f"{school}.env.example"))
        assert WEBHOOK_URL_ENV in example, f"{school}.env.example lacks {WEBHOOK_URL_ENV}"
        assert example[WEBHOOK_URL_ENV] == ""  # a placeholder, never a URL in the repository
    values = load_yaml(HELM / "values.yaml")
    for deployment in values["dagster-user-deployments"]["deployments"]:
        env = {item["name"]: item for item in deployment["env"]}
        assert WEBHOOK_URL_ENV in env, f"{deployment['name']} lacks {WEBHOOK_URL_ENV}"
        assert "value" not in env[WEBHOOK_URL_ENV]
        ref = env[WEBHOOK_URL_ENV]["valueFrom"]["secretKeyRef"]
        school_secret = env["OFFICEFLOW_APP_KEY"]["valueFrom"]["secretKeyRef"]["name"]
        assert (ref["name"], ref["key"]) == (school_secret, WEBHOOK_URL_ENV)
    assert f"--from-literal={WEBHOOK_URL_ENV}=" in (ROOT / "docs" / "deploy.md").read_text()


def test_helm_concurrency_is_the_charts_own_block_with_the_production_limits() -> None:
    """The chart's top-level ``concurrency`` renders deploy/dagster.yaml's
    section; nothing else writes one (additionalInstanceConfig would add a
    second, and the run coordinator's maxConcurrentRuns clashes with it)."""
    values = load_yaml(HELM / "values.yaml")
    production = load_yaml(ROOT / "deploy" / "dagster.yaml")
    assert chart_concurrency(values) == production["concurrency"]
    assert "concurrency" not in (values.get("additionalInstanceConfig") or {})
    queued = values["dagsterDaemon"]["runCoordinator"]["config"]["queuedRunCoordinator"] or {}
    assert not {"maxConcurrentRuns", "tagConcurrencyLimits",
                "blockOpConcurrencyLimitedRuns"} & set(queued), queued


def test_the_backfill_bookkeeping_settings_reach_the_daemon_the_webserver_and_every_run(
        ) -> None:
    """docs/operations.md's two settings, with its values, where a run is
    created (daemon, webserver: planned events) and where it runs (each run
    container or Job: materializations), in both deployments."""
    wanted = bookkeeping_settings()
    dagster = dagster_services_of(compose())
    for name in ("dagster-daemon", "dagster-webserver"):
        env = dagster[name]["environment"]
        assert {key: env.get(key) for key in wanted} == wanted, name
    # the runs get them from the launching process, by name
    launcher = load_yaml(DOCKER / "dagster.yaml")["run_launcher"]["config"]
    assert set(wanted) <= set(launcher["env_vars"])

    values = load_yaml(HELM / "values.yaml")
    for section in ("dagsterDaemon", "dagsterWebserver"):
        env = k8s_env(values[section].get("env"))
        assert {key: env.get(key) for key in wanted} == wanted, section
    run_env = dict(item.split("=", 1) for item in
                   values["runLauncher"]["config"]["k8sRunLauncher"].get("envVars", []))
    assert {key: run_env.get(key) for key in wanted} == wanted


# ------------------------------------------- the image's dagster.yaml, loaded


@pytest.fixture(scope="module")
def image_instance(pg_database: str, tmp_path_factory: pytest.TempPathFactory
                   ) -> Iterator[DagsterInstance]:
    """A Dagster instance from the image's dagster.yaml, its storage on a
    database of its own on the test server."""
    url = make_url(pg_database)
    admin = f"host={url.host} port={url.port} user={url.username} dbname=postgres"
    name = f"flowsync_deploy_{uuid.uuid4().hex[:8]}"
    home = tmp_path_factory.mktemp("dagster_home")
    shutil.copy(DOCKER / "dagster.yaml", home / "dagster.yaml")
    env = {"DAGSTER_PG_HOST": url.host, "DAGSTER_PG_PORT": str(url.port),
           "DAGSTER_PG_USERNAME": url.username, "DAGSTER_PG_PASSWORD": url.password or "",
           "DAGSTER_PG_DB": name}
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        with instance_of(home, env) as instance:
            yield instance
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_images_instance_loads_on_postgresql_with_the_production_rules(
        image_instance: DagsterInstance) -> None:
    from dagster import QueuedRunCoordinator
    from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage

    from flowsync_dagster.store.liveness import POOL as STORE_POOL

    instance = image_instance
    assert isinstance(instance.run_storage, PostgresRunStorage)
    assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
    assert instance.run_storage.postgres_url.startswith("postgresql+psycopg2://")
    assert instance.get_runs() == []  # the storage answers (its tables were created)
    assert isinstance(instance.run_coordinator, QueuedRunCoordinator)
    production = load_yaml(ROOT / "deploy" / "dagster.yaml")
    concurrency = instance.get_concurrency_config()
    assert concurrency.pool_config.default_pool_limit == production["concurrency"]["pools"]["default_limit"]
    assert concurrency.run_queue_config.max_concurrent_runs == production["concurrency"]["runs"]["max_concurrent_runs"]
    # the store's pool gets the default limit on this storage
    instance.event_log_storage.initialize_concurrency_limit_to_default(STORE_POOL)
    info = instance.event_log_storage.get_concurrency_info(STORE_POOL)
    assert info.slot_count == production["concurrency"]["pools"]["default_limit"]
    monitoring, retries = production["run_monitoring"], production["run_retries"]
    assert instance.run_monitoring_enabled is monitoring["enabled"]
    assert instance.run_monitoring_max_runtime_seconds == monitoring["max_runtime_seconds"]
    assert instance.run_retries_enabled is retries["enabled"]
    assert instance.run_retries_max_retries == retries["max_retries"]
    assert (instance.run_retries_retry_on_asset_or_op_failure
            is retries["retry_on_asset_or_op_failure"])
    # a dead run fails within the hour, not four; pool slots are taken per step
    # (queued runs wait in the queue, not in a run slot); an hourly schedule
    # catches up a day of missed ticks; ticks are purged; freshness is evaluated
    assert monitoring["max_runtime_seconds"] <= 3600
    assert production["concurrency"]["pools"]["granularity"] == "op"
    assert instance.scheduler.max_catchup_runs == production["scheduler"]["config"][
        "max_catchup_runs"] == 24
    assert instance.get_settings("retention") == production["retention"]
    assert production["retention"]["schedule"]["purge_after_days"] > 0
    assert instance.freshness_enabled is production["freshness"]["enabled"] is True
    assert "FRESHNESS_DAEMON" in instance.get_required_daemon_types()
    assert instance.get_settings("sensors") == production["sensors"]
    assert production["sensors"]["use_threads"] is True
    helm = load_yaml(HELM / "values.yaml")["dagsterDaemon"]["sensors"]
    assert helm == {"useThreads": True, "numWorkers": production["sensors"]["num_workers"]}


def test_the_images_run_launcher_starts_each_run_with_its_schools_settings(
        image_instance: DagsterInstance) -> None:
    pytest.importorskip("dagster_docker", reason="dagster-docker is not installed here "
                        "(it is in the image); the instance above loaded without it")
    from dagster_docker import DockerRunLauncher
    from dagster_docker.container_context import DockerContainerContext

    launcher = image_instance.run_launcher  # loaded (and its config checked) here
    assert isinstance(launcher, DockerRunLauncher)
    spec = compose()
    assert launcher.networks == [spec["networks"]["flowsync"]["name"]]
    for name, service in school_services(spec).items():
        # what _launch_container_with_command gives a run of this location
        context = DockerContainerContext(env_vars=launcher.env_vars, networks=launcher.networks,
                                         container_kwargs=launcher.container_kwargs).merge(
            DockerContainerContext.create_from_config(
                json.loads(service["environment"]["DAGSTER_CONTAINER_CONTEXT"])))
        run_env = dict(variable.split("=", 1) for variable in context.env_vars if "=" in variable)
        target = service["environment"]["FLOWSYNC_ENV_FILE"]
        assert run_env["FLOWSYNC_ENV_FILE"] == target
        assert storage_env_names(load_yaml(DOCKER / "dagster.yaml")) <= set(run_env)
        (volume,) = [v for v in context.container_kwargs["volumes"] if v.endswith(f":{target}:ro")]
        assert volume.endswith(f"/{name}.env:{target}:ro")
        # the launcher's container_kwargs survive the merge (auto_remove)
        assert context.container_kwargs["auto_remove"] is True


# ------------------------------------------------------- the entrypoint


def test_the_entrypoint_loads_a_schools_file_and_refuses_one_it_cannot_use(tmp_path: Path) -> None:
    entrypoint = entrypoint_module()
    school = tmp_path / "school.env"
    school.write_text("# comment\n\nOFFICEFLOW_BASE_URL=https://officeflow.example\n"
                      "FLOWSYNC_DATABASE_URL=postgresql+psycopg://u:p=q@db/x\n"
                      "FLOWSYNC_TIMEZONE=Asia/Hong_Kong\nFLOWSYNC_SCHEMA=from_file\n")
    env = entrypoint.school_environment({"FLOWSYNC_ENV_FILE": str(school),
                                         "FLOWSYNC_SCHEMA": "from_operator"})
    assert env["FLOWSYNC_DATABASE_URL"] == "postgresql+psycopg://u:p=q@db/x"  # literal value
    assert env["FLOWSYNC_SCHEMA"] == "from_operator"  # the environment wins
    assert entrypoint.school_environment({"A": "1"}) == {"A": "1"}  # no file: as it is

    for content, message in (
            (None, "cannot read it"),
            ("OFFICEFLOW_BASE_URL=https://x.example\nnot a setting\n", ":2: not a KEY=VALUE"),
            ("OFFICEFLOW_BASE_URL=https://x.example\n", "sets no FLOWSYNC_DATABASE_URL")):
        bad = tmp_path / f"bad-{uuid.uuid4().hex[:6]}.env"
        if content is not None:
            bad.write_text(content)
        result = subprocess.run([sys.executable, str(DOCKER / "entrypoint.py"), "true"],
                                env={**os.environ, "FLOWSYNC_ENV_FILE": str(bad)},
                                capture_output=True, text=True, timeout=60)
        assert result.returncode != 0 and message in result.stderr, result.stderr
        assert str(bad) in result.stderr

    # it execs the command with the file's settings
    result = subprocess.run(
        [sys.executable, str(DOCKER / "entrypoint.py"), sys.executable, "-c",
         "from flowsync_dagster.settings.load import load_settings; s = load_settings(); "
         "print(s.timezone, s.schema, s.officeflow_base_url)"],
        env={**os.environ, "FLOWSYNC_ENV_FILE": str(school), "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Asia/Hong_Kong", "from_file", "https://officeflow.example"]


# ------------------------------------------- each school its own location

LOCATIONS_QUERY = """
{ workspaceOrError { __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename
          ... on RepositoryLocation { repositories { schedules { name executionTimezone } } }
          ... on PythonError { message errorChain { error { message } } } } } } } }
"""


def installed_package(tmp_path: Path) -> Path:
    """The package as ``pip install .`` lays it out in the image: setuptools'
    build of pyproject.toml (packages and package data), into a folder of its own."""
    source = tmp_path / "source"
    shutil.copytree(PACKAGE, source / "flowsync_dagster",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", source)
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
         "--build-lib", str(site)], cwd=source, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    sql = sorted(p.name for p in (site / "flowsync_dagster/store/rules/sql").glob("*.sql"))
    assert sql == sorted(p.name for p in (PACKAGE / "store/rules/sql").glob("*.sql")) != []
    return site


def image_command(port: int) -> list[str]:
    """The user-code image's ENTRYPOINT + CMD, with ``port`` for 4000 (a shared machine)."""
    stage = dockerfile()["stages"]["user-code"]
    entrypoint, cmd = exec_form(stage, "ENTRYPOINT"), exec_form(stage, "CMD")
    cmd[cmd.index("-p") + 1] = str(port)
    # the entrypoint script is where the Dockerfile COPYs it from
    (copy,) = [c for c in instruction(stage, "COPY") if c.endswith(entrypoint[1])]
    return [entrypoint[0], str(ROOT / copy.split()[0]), *entrypoint[2:], *cmd]


def start_in(workdir: Path, name: str, args: list[str], env: Mapping[str, str], log_dir: Path
             ) -> Service:
    """``Service.start`` from ``workdir`` (the image's empty WORKDIR): a code
    server puts its working directory first on sys.path, and the checkout's
    root would shadow the installed package."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(args, env=dict(env), cwd=workdir, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    return Service(name, process, log)


def test_each_school_is_a_code_location_of_its_own_and_a_broken_one_blocks_none(
        tmp_path: Path) -> None:
    site = installed_package(tmp_path)
    read_env_file = entrypoint_module().read_env_file
    workspace = load_yaml(DOCKER / "workspace.yaml")
    spec = compose()
    schools = dict(school_services(spec))
    # a third school whose settings the code refuses at load
    broken = tmp_path / "schools" / "school-broken.env"
    broken.parent.mkdir()
    broken.write_text((DOCKER / "schools/school-a.env.example").read_text()
                      .replace("FLOWSYNC_TIMEZONE=Asia/Shanghai", "FLOWSYNC_TIMEZONE=Mars/Olympus"))
    files = {name: DOCKER / "schools" / f"{name}.env.example" for name in schools}
    files["school-broken"] = broken
    workdir = tmp_path / "app"  # the image's WORKDIR: no source there
    workdir.mkdir()
    base_env = {"PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
                "PYTHONPATH": str(site), "LANG": "C.UTF-8", "PYTHONHASHSEED": "0"}

    def school_env(name: str, role: str = "server") -> dict[str, str]:
        # a DAGSTER_HOME per process, as each container has its own (processes
        # sharing one would race to create the same SQLite instance)
        home = tmp_path / "homes" / f"{name}-{role}"
        home.mkdir(parents=True, exist_ok=True)
        return {**base_env, "FLOWSYNC_ENV_FILE": str(files[name]), "DAGSTER_HOME": str(home)}

    # the package served is the installed one, with its data
    result = subprocess.run(
        image_command(0)[:2] + ["python", "-c", "import flowsync_dagster.store.rules.workflow as w; "
                                "print(w.SQL); w._statement('progress')"],
        env=school_env("school-a", "import"), cwd=workdir, capture_output=True, text=True,
        timeout=60)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(site)

    with ExitStack() as stack:
        ports: dict[str, int] = {}
        servers: list[Service] = []
        for name in files:
            ports[name] = free_port()
            server = start_in(workdir, name, image_command(ports[name]), school_env(name),
                              tmp_path / "logs")
            servers.append(server)
            stack.callback(server.stop)
        # definitions validate, as the image build runs it, through the entrypoint
        validate = {name: subprocess.run(
            image_command(0)[:2] + ["dagster", "definitions", "validate", "-m",
                                    pyproject()["tool"]["dagster"]["module_name"]],
            env=school_env(name, "validate"), cwd=workdir, capture_output=True, text=True,
            timeout=180)
            for name in ("school-a", "school-broken")}
        assert validate["school-a"].returncode == 0, validate["school-a"].stderr
        assert validate["school-broken"].returncode != 0
        assert "FLOWSYNC_TIMEZONE" in validate["school-broken"].stderr + validate["school-broken"].stdout

        def listening() -> bool:
            for server in servers:
                if not server.alive:
                    raise ServiceError(f"{server.name} exited\n{server.output()}")
            try:
                for port in ports.values():
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
            except OSError:
                return False
            return True

        wait_until(listening, STARTUP_TIMEOUT, "every school's code server to listen")
        for name, port in ports.items():  # the image's HEALTHCHECK, the chart's probes
            health = subprocess.run([str(BIN / "dagster"), "api", "grpc-health-check", "-p",
                                     str(port)], capture_output=True, text=True, timeout=60)
            assert health.returncode == 0, f"{name}: {health.stdout}{health.stderr}"

        # the webserver on the compose workspace, its hosts and ports made local
        entries = []
        for entry in workspace["load_from"]:
            server = dict(entry["grpc_server"])
            server.update(host="127.0.0.1", port=ports[server["host"]])
            entries.append({"grpc_server": server})
        entries.append({"grpc_server": {"host": "127.0.0.1", "port": ports["school-broken"],
                                        "location_name": "school-broken"}})
        local_workspace = tmp_path / "workspace.yaml"
        local_workspace.write_text(yaml.safe_dump({"load_from": entries}))
        web_port = free_port()
        webserver = Service.start("dagster-webserver", [
            str(BIN / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(web_port),
            "-w", str(local_workspace)],
            {**base_env, "PYTHONPATH": "", "DAGSTER_HOME": str(tmp_path / "homes")},
            tmp_path / "logs")
        stack.callback(webserver.stop)
        client = stack.enter_context(httpx.Client(base_url=f"http://127.0.0.1:{web_port}",
                                                  timeout=60))

        def locations() -> dict[str, Any] | None:
            if not webserver.alive:
                raise ServiceError(webserver.output())
            try:
                body = client.post("/graphql", json={"query": LOCATIONS_QUERY}).json()
            except (httpx.HTTPError, ValueError):
                return None
            entries = body["data"]["workspaceOrError"]["locationEntries"]
            if len(entries) != len(files) or any(e["loadStatus"] != "LOADED" for e in entries):
                return None
            return {e["name"]: e["locationOrLoadError"] for e in entries}

        loaded = wait_until(locations, STARTUP_TIMEOUT, "the webserver to load the workspace")
        for name in schools:
            (repository,) = loaded[name]["repositories"]
            timezones = {s["executionTimezone"] for s in repository["schedules"]}
            assert timezones == {read_env_file(str(files[name]))["FLOWSYNC_TIMEZONE"]}, name
        error = loaded["school-broken"]
        assert error["__typename"] == "PythonError"
        chain = [error["message"], *(link["error"]["message"] for link in error["errorChain"])]
        assert any("FLOWSYNC_TIMEZONE" in message for message in chain), chain


# ------------------------------------------------- the bundled PostgreSQL


@pytest.mark.skipif(shutil.which("psql") is None, reason="psql is not installed here")
def test_init_databases_gives_each_school_a_database_no_other_school_opens(
        pg_database: str, tmp_path: Path) -> None:
    url = make_url(pg_database)
    tag = uuid.uuid4().hex[:8]
    schools = tmp_path / "schools"
    schools.mkdir()
    names = {school: f"fs_{school}_{tag}" for school in ("a", "b")}
    for school, name in names.items():
        (schools / f"school-{school}.env").write_text(
            f"OFFICEFLOW_BASE_URL=https://x.example\n"
            f"FLOWSYNC_DATABASE_URL=postgresql+psycopg://{name}:pw-{tag}@postgresql:5432/{name}\n")
    (schools / "elsewhere.env").write_text(  # a store on another server: left alone
        f"FLOWSYNC_DATABASE_URL=postgresql+psycopg://fs_x_{tag}:pw@db.example:5432/fs_x_{tag}\n")
    env = {**os.environ, "PGHOST": url.host, "PGPORT": str(url.port),
           "POSTGRES_USER": url.username, "POSTGRES_DB": "postgres",
           "DAGSTER_PG_USERNAME": f"fs_dagster_{tag}", "DAGSTER_PG_PASSWORD": f"pw-{tag}",
           "DAGSTER_PG_DB": f"fs_dagster_{tag}", "FLOWSYNC_SCHOOLS_MOUNT": str(schools)}
    script = str(DOCKER / "postgres" / "init-databases.sh")
    admin = f"host={url.host} port={url.port} user={url.username} dbname=postgres"
    created = [*names.values(), f"fs_dagster_{tag}", f"fs_x_{tag}"]
    try:
        for _ in range(2):  # idempotent: the second run changes nothing and succeeds
            result = subprocess.run(["bash", script], env=env, capture_output=True, text=True,
                                    timeout=60)
            assert result.returncode == 0, result.stderr
        assert "db.example" in result.stdout
        with psycopg.connect(admin) as conn:
            owners = dict(conn.execute(
                "SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE datname = ANY(%s)",
                (created,)).fetchall())
        assert owners == {name: name for name in [*names.values(), f"fs_dagster_{tag}"]}
        a, b = names["a"], names["b"]
        with psycopg.connect(host=url.host, port=url.port, user=a, dbname=a,
                             password=f"pw-{tag}") as conn:
            assert conn.execute("SELECT current_user").fetchone() == (a,)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(host=url.host, port=url.port, user=b, dbname=a, password=f"pw-{tag}")

        (schools / "school-a.env").write_text(  # the placeholder is refused
            f"FLOWSYNC_DATABASE_URL=postgresql+psycopg://{a}:change-me@postgresql:5432/{a}\n")
        result = subprocess.run(["bash", script], env=env, capture_output=True, text=True,
                                timeout=60)
        assert result.returncode != 0 and "school-a.env" in result.stderr
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'DROP ROLE IF EXISTS "{name}"')
