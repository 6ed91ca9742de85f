"""Drives the product with the reference model's source: the simulator serves
exactly the model's ``Source`` (every listing replaced), real Dagster runs of
the project's assets write real PostgreSQL, and the store is read back into
the model's shape so the two can be compared row for row.
"""

from __future__ import annotations

import json
import os
import signal
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from dagster import materialize

from flowsync_dagster.defs.build import build_assets
from flowsync_dagster.settings.rules import parse_rule
from tests.helpers import resources, settings
from tests.model.directory import (
    STEPS,
    TABLES,
    UTC,
    Options,
    Row,
    Settings,
    Source,
    Store,
    Version,
)

FULL_PARTITION = "2026-11-27-08:00"
LOCAL = timedelta(hours=8)  # the partitions are hours of Asia/Shanghai
REASONS = ("invalid_record", "bad_extension_field", "openid_conflict", "department_cycle",
           "department_orphan", "tag_name_conflict")
ENTITIES = ("department", "user_attribute", "app_user", "user_openid", "tag")
OP_OF = {table: step for step, tables in STEPS.items() for table in tables}


def iso(stamp: datetime) -> str:
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def partition_of(hour: datetime) -> str:
    return (hour + LOCAL).strftime("%Y-%m-%d-%H:00")


# ------------------------------------------------------------------ the source


def department_item(key: str, v: Version) -> dict[str, Any]:
    if v.deleted:
        return {"id": key, "status": "deleted", "updated_at": iso(v.stamp)}
    return {"id": key, "parent_id": v["parent_id"], "name": v["name"], "code": v["code"],
            "order": v["order"], "status": v["status"], "updated_at": iso(v.stamp)}


def listings(source: Source, known: dict[str, set[str]]) -> list[tuple[str, list[Any], dict]]:
    """Every listing the client may ask for, as (path, items, params); ``known``
    collects every id ever served, so that a listing of one gone stays empty
    rather than fall back to the simulator's own data."""
    out: list[tuple[str, list[Any], dict]] = []
    departments = source.served(source.departments)
    known.setdefault("departments", set()).update(source.departments)
    root = departments[source.root]
    out.append(("/departments/root", [department_item(source.root, root)], {}))
    children: dict[str, list[Any]] = {k: [] for k in known["departments"]}
    for key, v in sorted(departments.items(), key=lambda kv: (kv[1].stamp, kv[0])):
        if key != source.root:
            children.setdefault(v["parent_id"], []).append(department_item(key, v))
    out += [("/departments", items, {"parent_id": parent}) for parent, items in children.items()]
    out.append(("/identities", [
        {"code": identity, "name": identity, "fields": [
            {"key": key, "label": key, "type": type_,
             **({"max_length": 32} if type_ == "string" else {})}
            for key, type_ in fields.items()]}
        for identity, fields in source.identities.items()], {}))
    users = []
    for key, v in sorted(source.served(source.users).items(), key=lambda kv: (kv[1].stamp, kv[0])):
        users.append({"id": key, "status": "deleted", "updated_at": iso(v.stamp)} if v.deleted
                     else {"id": key, "username": v["username"], "name": v["name"],
                           "identity": v["identity"], "department_ids": list(
                               v["department_ids"]), "status": v["status"],
                           "attributes": dict(v["attributes"]), "updated_at": iso(v.stamp)})
    out.append(("/users", users, {}))
    known.setdefault("posts", set()).update(source.posts)
    posts = []
    for key, v in sorted(source.served(source.posts).items(), key=lambda kv: (kv[1].stamp, kv[0])):
        posts.append({"id": key, "status": "deleted", "updated_at": iso(v.stamp)} if v.deleted
                     else {"id": key, "name": v["name"], "code": f"C{key}",
                           "department_id": v["department_id"], "status": v["status"],
                           "updated_at": iso(v.stamp)})
    out.append(("/posts", posts, {}))
    for key in sorted(known["posts"]):
        out.append((f"/posts/{key}/members", [
            {"user_id": user, "department_id": department}
            for department, user in sorted(source.post_members.get(key, frozenset()))], {}))
    out.append(("/tag-groups", [{"id": k, "name": n} for k, n in source.tag_groups.items()],
                {}))
    known.setdefault("tags", set()).update(source.tags)
    tags = []
    for key, v in sorted(source.served(source.tags).items(), key=lambda kv: (kv[1].stamp, kv[0])):
        tags.append({"id": key, "status": "deleted", "updated_at": iso(v.stamp)} if v.deleted
                    else {"id": key, "group_id": v["group_id"], "name": v["name"],
                          "kind": v["kind"], "status": v["status"], "updated_at": iso(v.stamp)})
    out.append(("/tags", tags, {}))
    for key in sorted(known["tags"]):
        out.append((f"/tags/{key}/users", [{"user_id": u} for u in
                                           sorted(source.tag_members.get(key, frozenset()))], {}))
    out.append(("/platforms", [{"code": p, "name": p} for p in source.platforms], {}))
    for platform in source.platforms:
        bindings = [(k, v) for k, v in source.served(source.bindings).items() if k[0] == platform]
        out.append(("/openids", [
            {"platform": p, "openid": o, "user_id": u, "username": v["username"],
             "status": "deleted" if v.deleted else v["status"], "updated_at": iso(v.stamp)}
            for (p, o, u), v in sorted(bindings, key=lambda kv: (kv[1].stamp, kv[0]))],
            {"platform": platform}))
    out += [("/process-instances", [], {}), ("/task-history", [], {})]
    return out


# ------------------------------------------------------------------ runs


@dataclass
class Outcome:
    run_id: str
    success: bool
    committed: list[str]  # the steps that committed, in the order they did
    said: str  # what the failed steps said, for a failure's message


class Harness:
    """One store schema and the simulator, for one example of the state machine."""

    def __init__(self, simulator: Any, url: str, schema: str, tmp: Path) -> None:
        self.sim = simulator
        self.url = url
        self.schema = schema
        self.tmp = tmp
        self.known: dict[str, set[str]] = {}

    def publish(self, source: Source) -> None:
        self.sim.clear_injections()
        for path, items, params in listings(source, self.known):
            self.sim.inject(path, items, mode="replace", **params)

    def product_settings(self, model: Settings) -> Any:
        rules = tuple(parse_rule({kind: department, **(
            {"name": parameter} if kind == "rename" else {})}, n)
            for n, (kind, department, parameter) in enumerate(model.rules, start=1))
        return settings(self.url, self.schema, department_rules=rules,
                        lookback_hours=int(model.lookback.total_seconds() // 3600),
                        catchup_max_hours=int(model.catchup_max.total_seconds() // 3600))

    def run(self, model: Settings, hour: datetime | None, options: Options,
            faults: list[dict[str, Any]] | None = None) -> Outcome:
        chosen = self.product_settings(model)
        tags: dict[str, str] = {}
        if hour is None:
            tags["flowsync/mode"] = "full"
        if options.allow_mass_removal:
            tags["flowsync/allow_mass_removal"] = "true"
        if options.accept_older:
            tags["flowsync/accept_older"] = "true"
        self.sim.faults(*(faults or []))
        try:
            result = materialize(
                build_assets(chosen), partition_key=partition_of(hour) if hour else
                FULL_PARTITION, resources=resources(
                    self.sim.url, self.url, self.schema, chosen, page_size=2,
                    max_retries=2, max_retry_seconds=5),
                tags=tags, raise_on_error=False)
        finally:
            self.sim.faults()
        said = "\n".join(
            (e.step_failure_data.error.message if e.step_failure_data.error else "")
            for e in result.all_events if e.is_step_failure)
        return Outcome(result.run_id, result.success, self.committed(result.run_id), said)

    def committed(self, run_id: str) -> list[str]:
        rows = self.query(f"SELECT asset, finished_at FROM {self.schema}.sync_run WHERE "
                          "run_id = %s ORDER BY finished_at, asset", (run_id,))
        order: list[str] = []
        for asset, _ in rows:
            step = OP_OF.get(asset)
            if step and step not in order:
                order.append(step)
        return order

    def run_killed(self, model: Settings, hour: datetime | None, after_seconds: float
                   ) -> Outcome:
        """A ``dagster job execute`` of the same run, SIGKILLed ``after_seconds`` in."""
        from tests.crashkit import CliRun, base_env, sqlite_home

        home = sqlite_home(self.tmp)
        env = base_env(self.sim.url, self.url, self.schema, home)
        env["FLOWSYNC_CONFIG"] = str(self.settings_file(model))
        job = "officeflow_full_resync" if hour is None else "officeflow_sync"
        tags = {"dagster/partition": partition_of(hour) if hour else FULL_PARTITION}
        run = CliRun(env, "job", "execute", "-m", "flowsync_dagster.definitions", "-j", job,
                     "--tags", json.dumps(tags))
        run.wait_for(r"flowsync phase \[", 60)
        import time

        time.sleep(after_seconds)
        run.signal(signal.SIGKILL)
        run.process.wait(timeout=30)
        run_id = run.run_id or ""
        return Outcome(run_id, False, self.committed(run_id) if run_id else [], run.output[-2000:])

    def settings_file(self, model: Settings) -> Path:
        import yaml

        path = self.tmp / "model-flowsync.yaml"
        rules = [{kind: department, **({"name": parameter} if kind == "rename" else {})}
                 for kind, department, parameter in model.rules]
        path.write_text(yaml.safe_dump({
            "officeflow": {"base_url": self.sim.url, "app_key": {"env": "OFFICEFLOW_APP_KEY"},
                           "app_secret": {"env": "OFFICEFLOW_APP_SECRET"}},
            "store": {"database_url": {"env": "FLOWSYNC_DATABASE_URL"}, "schema": self.schema},
            "sync": {"lookback_hours": int(model.lookback.total_seconds() // 3600)},
            "department_rules": rules}))
        return path

    # -------------------------------------------------------------- the store

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        conninfo = self.url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo) as conn:
            exists = conn.execute("SELECT 1 FROM information_schema.schemata WHERE "
                                  "schema_name = %s", (self.schema,)).fetchone()
            if not exists:
                return []
            return conn.execute(sql, params).fetchall()

    def observed(self) -> Store:
        """The store as the model's ``Store`` (rows, open cases)."""
        store = Store()
        s = self.schema
        columns = [r[0] for r in self.query(
            f"SELECT DISTINCT column_name FROM {s}.user_attribute")] if self.has_tables() else []
        if not self.has_tables():
            return store
        shapes: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
            "department": (("id",), ("parent_id", "name", "code", "sort_order", "path", "depth")),
            "user_attribute": (("identity", "key"), ("label", "type", "max_length",
                                                     "column_name")),
            "app_user": (("id",), ("username", "name", "identity", "mobile", "email",
                                   *sorted(columns))),
            "user_department": (("user_id", "department_id"), ()),
            "post": (("id",), ("name", "code", "department_id")),
            "post_member": (("post_id", "department_id", "user_id"), ()),
            "tag_group": (("id",), ("name",)),
            "tag": (("id",), ("group_id", "name", "kind", "name_conflict")),
            "tag_user": (("tag_id", "user_id"), ()),
            "user_openid": (("platform", "openid"), ("user_id", "username")),
        }
        for table in TABLES:
            key, values = shapes[table]
            cols = ", ".join(f'"{c}"' for c in (*key, *values))
            for r in self.query(f"SELECT {cols}, is_active, status, source_updated_at, "
                                f"removed_at IS NOT NULL FROM {s}.{table}"):
                k = r[0] if len(key) == 1 else tuple(r[:len(key)])
                store.tables[table][k] = Row(dict(zip(values, r[len(key):len(key) + len(values)],
                                                      strict=True)),
                                             r[-4], r[-3], r[-2], r[-1])
        reasons = ", ".join(f"'{r}'" for r in REASONS)
        store.cases = {(e, k, r) for e, k, r in self.query(
            f"SELECT entity, source_key, reason FROM {s}.sync_quarantine WHERE resolved_at "
            f"IS NULL AND reason IN ({reasons})")}
        return store

    def has_tables(self) -> bool:
        return bool(self.query("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                               "%s AND table_name = 'user_attribute'", (self.schema,)))

    def everything(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table, the sync timestamps included: what a rerun
        must leave as it was. Of a quarantine case, all but when it was last seen
        (bookkeeping every sighting moves; the run and time that detected it stay)."""
        if not self.has_tables():
            return {}
        found = {t: sorted(self.query(f"SELECT * FROM {self.schema}.{t}"), key=repr)
                 for t in TABLES}
        found["sync_quarantine"] = sorted(self.query(
            f"SELECT entity, source_key, reason, payload, detail, run_id, detected_at, "
            f"resolved_at FROM {self.schema}.sync_quarantine"), key=repr)
        return found


def differences(model: Store, observed: Store) -> list[str]:
    """What the store holds that the model does not, table by table (a few of each)."""
    found: list[str] = []
    columns = {r.values["column_name"] for r in model.tables["user_attribute"].values()}
    for table in TABLES:
        want, got = model.tables[table], observed.tables[table]
        keys = sorted(set(want) | set(got), key=repr)
        bad = [(k, shown(table, want[k], columns) if k in want else None,
                shown(table, got[k], columns) if k in got else None)
               for k in keys if (k in want) != (k in got)
               or shown(table, want[k], columns) != shown(table, got[k], columns)]
        found += [f"{table} {k!r}: model {w} store {g}" for k, w, g in bad[:4]]
    for case in sorted(model.cases ^ observed.cases):
        where = "model only" if case in model.cases else "store only"
        found.append(f"open case {case} ({where})")
    return found


def shown(table: str, row: Row, columns: set[str]) -> tuple[Any, ...]:
    """A row as compared: app_user with exactly the registered extension columns."""
    values = dict(row.values)
    if table == "app_user":
        values = {k: v for k, v in values.items()
                  if k in columns or k in ("username", "name", "identity", "mobile", "email")}
        for c in columns:
            values.setdefault(c, None)
    return Row(values, row.active, row.status, row.stamp, row.removed).shown()


def env_flag(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default
