"""A stateful property-based test: the reference model (tests/model/directory.py)
judges every run of the product.

Hypothesis drives a small school's source (the simulator serves exactly the
model's source) through the changes a real one goes through, and the sync
through the runs a real deployment makes, faults and kills included; real
Dagster runs of the assets write real PostgreSQL. After every run the store
must hold, row for row, what the model says (and the steps that committed
must be those the model expects), no stored row may have gone older, no
active membership may name a removed user; a rerun on an unchanged source
must write nothing.

In CI a fixed number of examples runs (about 90 s); ``FLOWSYNC_MODEL_EXAMPLES``
runs more, ``FLOWSYNC_MODEL_KILLS=1`` adds runs of the ``dagster`` CLI killed
part-way. A failure shrinks to a minimal sequence: it is fixed and kept below
as a named test.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, Verbosity
from hypothesis import settings as run_settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from tests.model.directory import (
    STEPS,
    UTC,
    H,
    Options,
    Refused,
    Settings,
    Slot,
    Source,
    Store,
    Version,
    run_step,
)
from tests.model.driver import Harness, Outcome, differences, env_flag

START = datetime(2026, 11, 27, 0, tzinfo=UTC)  # the partition 2026-11-27-08:00
BEFORE = START - timedelta(days=1)
EXAMPLES = env_flag("FLOWSYNC_MODEL_EXAMPLES", 6)
STEPS_PER_EXAMPLE = env_flag("FLOWSYNC_MODEL_STEPS", 20)
KILLS = bool(env_flag("FLOWSYNC_MODEL_KILLS", 0))
# the steps' deps (sync/entities/*.py): a step whose upstream failed is skipped
UPSTREAM = {"users": ("user_attribute", "department"), "posts": ("department", "users"),
            "tags": ("tag_group", "users"), "user_openid": ("users",)}


def level(step: str) -> int:
    return 1 + max((level(u) for u in UPSTREAM.get(step, ())), default=-1)


# the order the in-process executor runs the steps: a level of the graph at a
# time, each level's steps by name
ORDER = tuple(sorted(STEPS, key=lambda s: (level(s), s)))

index = st.integers(min_value=0, max_value=10**6)


class Nothing(Exception):
    """The step finds nothing to act on (no live user to rename...): it does nothing."""


def need(condition: Any) -> None:
    if not condition:
        raise Nothing


def step(**strategies: Any) -> Any:
    """``@rule`` for a step that may find nothing to act on: it then does nothing
    (``assume`` would throw the whole example away)."""
    def decorate(function: Any) -> Any:
        @functools.wraps(function)
        def tolerant(self: Any, **kwargs: Any) -> None:
            self.trace.append(f"{function.__name__}({kwargs})")
            with contextlib.suppress(Nothing):
                function(self, **kwargs)
        return rule(**strategies)(tolerant)
    return decorate


def initial_source() -> Source:
    s = Source()

    def put(slots: dict, key: Any, **data: Any) -> None:
        slots[key] = Slot(None)
        slots[key].serve(Version.of(BEFORE, **data))

    put(s.departments, "R", parent_id=None, name="大学", code="CR", order=0, status="active")
    for key, parent in (("D1", "R"), ("D2", "R"), ("D3", "D1")):
        put(s.departments, key, parent_id=parent, name=f"部门{key}", code=f"C{key}", order=1,
            status="active")
    s.identities = {"student": {"grade": "string", "age": "integer"},
                    "teacher": {"title": "string"}}
    for n, (identity, departments) in enumerate((("student", ["D1"]), ("student", ["D3"]),
                                                 ("teacher", ["D1", "D2"]),
                                                 ("teacher", ["D2"]), ("student", ["D2"])),
                                                start=1):
        attributes = {"grade": "2024", "age": 18} if identity == "student" else {"title": "讲师"}
        put(s.users, f"U{n}", username=f"u{n}", name=f"用户{n}", identity=identity,
            department_ids=departments, status="active", attributes=attributes)
    put(s.posts, "P1", name="秘书", department_id="D1", status="enabled")
    put(s.posts, "P2", name="主任", department_id="D2", status="enabled")
    s.post_members = {"P1": frozenset({("D1", "U1"), ("D1", "U3")}),
                      "P2": frozenset({("D2", "U4")})}
    s.tag_groups = {"G1": "类别"}
    put(s.tags, "T1", group_id="G1", name="a", kind="static", status="active")
    put(s.tags, "T2", group_id="G1", name="b", kind="dynamic", status="active")
    s.tag_members = {"T1": frozenset({"U1", "U2"}), "T2": frozenset({"U3"})}
    for n, (platform, user) in enumerate((("wechat", "U1"), ("wechat", "U2"),
                                          ("dingtalk", "U3")), start=1):
        put(s.bindings, (platform, f"o{n}", user), username=f"u{user[1:]}", status="active")
    return s


class DirectoryMachine(RuleBasedStateMachine):
    harness: Harness  # set by the test
    examples = itertools.count(1)

    def __init__(self) -> None:
        super().__init__()
        self.harness.schema = f"{self.harness.base_schema}_{next(self.examples)}"
        self.harness.known = {}
        self.source = initial_source()
        self.model = Store()
        self.settings = Settings()
        self.hour = START
        self.tick = 0
        self.serial = itertools.count(10)
        self.last: tuple[datetime | None, Options] | None = None
        self.changed = True
        self.previous = Store()
        self.syncs = 0
        self.trace: list[str] = []

    def record_failure(self, exc: BaseException) -> None:
        """Where FLOWSYNC_MODEL_FAILURES names a file: the steps and what failed
        (kept even if Hypothesis cannot replay the example)."""
        path = os.environ.get("FLOWSYNC_MODEL_FAILURES")
        if path:
            with open(path, "a", encoding="utf-8") as out:
                out.write("\n".join(["----", *self.trace, f"FAILED: {exc}", ""]))

    def teardown(self) -> None:
        """Every example ends with a fault-free full resync: the store then equals
        the model, row for row, whatever came before."""
        if self.syncs or self.changed:
            self.sync(None, Options(allow_mass_removal=True))
        if env_flag("FLOWSYNC_MODEL_VERBOSE", 0):
            print(f"example {self.harness.schema}: {self.syncs} runs judged", flush=True)

    # ---------------------------------------------------------------- helpers

    def stamp(self) -> datetime:
        self.tick += 1
        return self.hour + timedelta(seconds=5 * self.tick)

    def publish(self) -> None:
        self.harness.publish(self.source)
        self.changed = True

    def new_version(self, slots: dict, key: Any, stamp: datetime | None = None,
                    deleted: bool = False, **changes: Any) -> None:
        slot = slots[key]
        base = dict(slot.served.data) if slot.served is not None else {}
        if deleted:
            base = {k: v for k, v in base.items() if k in ("parent_id", "username")}
        slot.serve(Version.of(stamp or self.stamp(), deleted=deleted, **{**base, **changes}))

    def live(self, slots: dict) -> list[Any]:
        return sorted((k for k, s in slots.items() if s.served is not None
                       and not s.served.deleted), key=repr)

    def pick(self, slots: dict, i: int, *, live: bool = True) -> Any:
        keys = self.live(slots) if live else sorted(slots, key=repr)
        need(keys)
        return keys[i % len(keys)]

    def live_departments(self) -> list[str]:
        return [d for d in self.live(self.source.departments) if d != self.source.root]

    def subtree(self, department: str) -> set[str]:
        served = self.source.served(self.source.departments)
        found, frontier = {department}, [department]
        while frontier:
            frontier = [k for k, v in served.items() if not v.deleted and k not in found
                        and v["parent_id"] in frontier]
            found |= set(frontier)
        return found

    def attributes_for(self, identity: str, n: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, type_ in self.source.identities.get(identity, {}).items():
            out[key] = n % 90 if type_ == "integer" else f"v{n % 7}"
        return out

    # ---------------------------------------------------------------- start

    @initialize()
    def start(self) -> None:
        self.publish()

    # ---------------------------------------------------------------- users

    @step(i=index, identity=st.sampled_from(["student", "teacher"]), active=st.booleans())
    def create_user(self, i: int, identity: str, active: bool) -> None:
        departments = self.live_departments()
        key = f"U{next(self.serial)}"
        self.source.users[key] = Slot(None)
        self.source.users[key].serve(Version.of(
            self.stamp(), username=f"u{key[1:]}", name=f"新人{key}", identity=identity,
            department_ids=[departments[i % len(departments)]] if departments else [],
            status="active" if active else "disabled",
            attributes=self.attributes_for(identity, i)))
        self.publish()

    @step(i=index)
    def rename_user(self, i: int) -> None:
        self.new_version(self.source.users, self.pick(self.source.users, i), name=f"改名{i % 97}")
        self.publish()

    @step(i=index, j=index)
    def move_user(self, i: int, j: int) -> None:
        departments = self.live_departments()
        need(departments)
        chosen = sorted({departments[j % len(departments)],
                         departments[(j // 7) % len(departments)]})[: 1 + j % 2]
        self.new_version(self.source.users, self.pick(self.source.users, i),
                         department_ids=chosen)
        self.publish()

    @step(i=index)
    def disable_or_enable_user(self, i: int) -> None:
        key = self.pick(self.source.users, i)
        status = self.source.users[key].served["status"]  # type: ignore[index]
        self.new_version(self.source.users, key,
                         status="disabled" if status == "active" else "active")
        self.publish()

    @step(i=index, hard=st.booleans())
    def delete_user(self, i: int, hard: bool) -> None:
        key = self.pick(self.source.users, i)
        if hard:
            self.source.users[key].serve(None)
        else:
            self.new_version(self.source.users, key, deleted=True)
        self.publish()

    @step(i=index)
    def revive_user(self, i: int) -> None:
        gone = sorted(k for k, s in self.source.users.items()
                      if s.served is None or s.served.deleted)
        need(gone)
        key = gone[i % len(gone)]
        last = next(v for v in reversed(self.source.users[key].history) if not v.deleted)
        self.source.users[key].serve(replace_stamp(last, self.stamp()))
        self.publish()

    @step(i=index, j=index)
    def restore_older_version(self, i: int, j: int) -> None:
        """A source restored from a backup, or a lagging replica: one record older."""
        kinds = [self.source.users, self.source.departments, self.source.posts,
                 self.source.tags, self.source.bindings]
        slots = kinds[j % len(kinds)]
        candidates = sorted((k for k, s in slots.items() if len(s.history) > 1
                             and k != self.source.root), key=repr)
        need(candidates)
        slot = slots[candidates[i % len(candidates)]]
        older = [v for v in slot.history if slot.served is None or v.stamp < slot.served.stamp]
        need(older)
        slot.served = older[(i // 3) % len(older)]
        self.publish()

    @step(i=index, later=st.booleans())
    def change_late(self, i: int, later: bool) -> None:
        """A rename stamped now (or just before this hour) that the source shows later."""
        key = self.pick(self.source.users, i)
        slot = self.source.users[key]
        need(slot.late is None)
        when = self.stamp() if later else self.hour - timedelta(minutes=2)
        need(slot.served is not None and when > slot.served.stamp)
        slot.late = Version.of(when, **{**dict(slot.served.data), "name": f"迟到{i % 13}"})

    @step()
    def make_late_changes_visible(self) -> None:
        late = [s for s in self.source.users.values() if s.late is not None]
        need(late)
        for slot in late:
            slot.serve(slot.late)
            slot.late = None
        self.publish()

    # ---------------------------------------------------------------- departments

    @step(i=index)
    def create_department(self, i: int) -> None:
        parents = self.live(self.source.departments)
        key = f"D{next(self.serial)}"
        self.source.departments[key] = Slot(None)
        self.source.departments[key].serve(Version.of(
            self.stamp(), parent_id=parents[i % len(parents)], name=f"新部门{key}",
            code=f"C{key}", order=1, status="active"))
        self.publish()

    @step(i=index)
    def rename_department(self, i: int) -> None:
        departments = self.live_departments()
        need(departments)
        self.new_version(self.source.departments, departments[i % len(departments)],
                         name=f"更名{i % 31}")
        self.publish()

    @step(i=index, j=index)
    def reparent_department(self, i: int, j: int) -> None:
        departments = self.live_departments()
        need(departments)
        key = departments[i % len(departments)]
        parents = [d for d in self.live(self.source.departments) if d not in self.subtree(key)]
        need(parents)
        self.new_version(self.source.departments, key, parent_id=parents[j % len(parents)])
        self.publish()

    @step(i=index, revoked=st.booleans())
    def revoke_department(self, i: int, revoked: bool) -> None:
        departments = self.live_departments()
        need(departments)
        self.new_version(self.source.departments, departments[i % len(departments)],
                         status="revoked" if revoked else "active")
        self.publish()

    @step(i=index, hard=st.booleans())
    def delete_department(self, i: int, hard: bool) -> None:
        """As the source does it: its children move to its parent, its members and
        posts leave it, then it goes."""
        departments = self.live_departments()
        need(departments)
        key = departments[i % len(departments)]
        parent = self.source.departments[key].served["parent_id"]  # type: ignore[index]
        for child in self.live(self.source.departments):
            if self.source.departments[child].served["parent_id"] == key:  # type: ignore[index]
                self.new_version(self.source.departments, child, parent_id=parent)
        for user in self.live(self.source.users):
            ids = list(self.source.users[user].served["department_ids"])  # type: ignore[index]
            if key in ids:
                self.new_version(self.source.users, user,
                                 department_ids=[d for d in ids if d != key])
        for post in self.live(self.source.posts):
            if self.source.posts[post].served["department_id"] == key:  # type: ignore[index]
                self.new_version(self.source.posts, post, department_id=parent)
        self.source.post_members = {
            p: frozenset((parent if d == key else d, u) for d, u in members)
            for p, members in self.source.post_members.items()}
        if hard:
            self.source.departments[key].serve(None)
        else:
            self.new_version(self.source.departments, key, deleted=True)
        self.publish()

    # ---------------------------------------------------------------- the registry

    @step(identity=st.sampled_from(["student", "teacher"]),
          key=st.sampled_from(["room", "score", "grade", "title"]),
          type_=st.sampled_from(["string", "integer"]))
    def declare_field(self, identity: str, key: str, type_: str) -> None:
        self.source.identities.setdefault(identity, {})[key] = type_
        self.publish()

    @step(identity=st.sampled_from(["student", "teacher"]), i=index)
    def drop_field(self, identity: str, i: int) -> None:
        fields = sorted(self.source.identities.get(identity, {}))
        need(fields)
        del self.source.identities[identity][fields[i % len(fields)]]
        self.publish()

    @step(identity=st.sampled_from(["student", "teacher"]), i=index)
    def retype_field(self, identity: str, i: int) -> None:
        """The source changes a field's type, and its users' values follow."""
        fields = sorted(self.source.identities.get(identity, {}))
        need(fields)
        key = fields[i % len(fields)]
        new = "string" if self.source.identities[identity][key] == "integer" else "integer"
        self.source.identities[identity][key] = new
        for user in self.live(self.source.users):
            v = self.source.users[user].served
            assert v is not None
            if v["identity"] != identity:
                continue
            attributes = dict(v["attributes"])
            old = attributes.get(key)
            attributes[key] = (str(old) if new == "string" else len(str(old))) \
                if old is not None else None
            self.new_version(self.source.users, user, attributes=attributes)
        self.publish()

    # ---------------------------------------------------------------- OpenIDs

    @step(i=index, platform=st.sampled_from(["wechat", "dingtalk"]))
    def bind(self, i: int, platform: str) -> None:
        user = self.pick(self.source.users, i)
        key = (platform, f"o{next(self.serial)}", user)
        self.source.bindings[key] = Slot(None)
        self.source.bindings[key].serve(Version.of(
            self.stamp(), username=self.source.users[user].served["username"],  # type: ignore[index]
            status="active"))
        self.publish()

    @step(i=index)
    def unbind(self, i: int) -> None:
        self.new_version(self.source.bindings, self.pick(self.source.bindings, i), deleted=True)
        self.publish()

    @step(i=index, j=index, how=st.sampled_from(["tombstone", "vanish", "both"]))
    def move_binding(self, i: int, j: int, how: str) -> None:
        """The source moves an OpenID to another person: ending the owner's binding
        (a tombstone), dropping it (no tombstone: a rebinding the store refuses),
        or listing both live (a conflict)."""
        key = self.pick(self.source.bindings, i)
        users = [u for u in self.live(self.source.users) if u != key[2]]
        need(users)
        other = users[j % len(users)]
        if how == "tombstone":
            self.new_version(self.source.bindings, key, deleted=True)
        elif how == "vanish":
            self.source.bindings[key].serve(None)
        new = (key[0], key[1], other)
        self.source.bindings.setdefault(new, Slot(None))
        self.source.bindings[new].serve(Version.of(
            self.stamp(), username=self.source.users[other].served["username"],  # type: ignore[index]
            status="active"))
        self.publish()

    # ---------------------------------------------------------------- posts, tags

    @step(i=index, j=index, bump=st.booleans())
    def change_post_members(self, i: int, j: int, bump: bool) -> None:
        post = self.pick(self.source.posts, i)
        users, departments = self.live(self.source.users), self.live_departments()
        need(users and departments)
        members = set(self.source.post_members.get(post, frozenset()))
        member = (departments[j % len(departments)], users[(j // 5) % len(users)])
        members ^= {member}
        self.source.post_members[post] = frozenset(members)
        if bump:
            self.new_version(self.source.posts, post)
        self.publish()

    @step(i=index, what=st.sampled_from(["disable", "delete", "create"]))
    def change_post(self, i: int, what: str) -> None:
        if what == "create":
            departments = self.live_departments()
            key = f"P{next(self.serial)}"
            self.source.posts[key] = Slot(None)
            self.source.posts[key].serve(Version.of(
                self.stamp(), name=f"岗位{key}", department_id=departments[i % len(
                    departments)] if departments else None, status="enabled"))
        else:
            key = self.pick(self.source.posts, i)
            if what == "delete":
                self.new_version(self.source.posts, key, deleted=True)
            else:
                status = self.source.posts[key].served["status"]  # type: ignore[index]
                self.new_version(self.source.posts, key,
                                 status="disabled" if status == "enabled" else "enabled")
        self.publish()

    @step(i=index, j=index, bump=st.booleans())
    def change_tag_members(self, i: int, j: int, bump: bool) -> None:
        tag = self.pick(self.source.tags, i)
        users = self.live(self.source.users)
        need(users)
        self.source.tag_members[tag] = frozenset(
            set(self.source.tag_members.get(tag, frozenset())) ^ {users[j % len(users)]})
        if bump:
            self.new_version(self.source.tags, tag)
        self.publish()

    @step(i=index, name=st.sampled_from(["a", "b", "c"]),
          kind=st.sampled_from(["static", "dynamic"]),
          what=st.sampled_from(["create", "rename", "delete"]))
    def change_tag(self, i: int, name: str, kind: str, what: str) -> None:
        if what == "create":
            key = f"T{next(self.serial)}"
            self.source.tags[key] = Slot(None)
            self.source.tags[key].serve(Version.of(self.stamp(), group_id="G1", name=name,
                                                   kind=kind, status="active"))
        elif what == "rename":
            self.new_version(self.source.tags, self.pick(self.source.tags, i), name=name)
        else:
            self.new_version(self.source.tags, self.pick(self.source.tags, i), deleted=True)
        self.publish()

    # ---------------------------------------------------------------- department rules

    @step(i=index, kind=st.sampled_from(["rename", "revoke", "exclude"]))
    def add_rule(self, i: int, kind: str) -> None:
        departments = self.live_departments()
        need(departments and len(self.settings.rules) < 3)
        department = departments[i % len(departments)]
        self.settings = Settings(rules=(*self.settings.rules, (
            kind, department, f"规则名{i % 5}" if kind == "rename" else None)))
        self.changed = True

    @step()
    def remove_rule(self) -> None:
        need(self.settings.rules)
        self.settings = Settings(rules=self.settings.rules[:-1])
        self.changed = True

    # ---------------------------------------------------------------- runs

    def expect(self, hour: datetime | None, options: Options) -> tuple[Store, list[str]]:
        """What a fault-free run leaves, and the steps that commit, in order."""
        store = self.model.copy()
        committed: list[str] = []
        failed: set[str] = set()
        for step in ORDER:
            if any(u in failed for u in UPSTREAM.get(step, ())):
                failed.add(step)
                continue
            try:
                run_step(store, self.source, step, hour, self.settings, options,
                         full=hour is None)
                committed.append(step)
            except Refused:
                failed.add(step)
        return store, committed

    def judge(self, outcome: Outcome, hour: datetime | None, options: Options,
              fault_free: bool) -> None:
        observed_steps = [s for s in outcome.committed if s in STEPS]
        if fault_free:
            expected, steps = self.expect(hour, options)
            assert observed_steps == steps, (
                f"steps committed: {observed_steps}, the model expects {steps}\n{outcome.said}")
            self.model = expected
        else:
            for step in observed_steps:
                try:
                    run_step(self.model, self.source, step, hour, self.settings, options,
                             full=hour is None)
                except Refused as exc:
                    raise AssertionError(f"{step} committed, the model refuses it ({exc})"
                                         ) from None
        observed = self.harness.observed()
        found = differences(self.model, observed)
        assert not found, "the store differs from the model:\n" + "\n".join(found)
        self.assert_invariants(observed, options, whole=fault_free and len(observed_steps) ==
                              len(STEPS))
        self.previous = observed
        self.changed = False

    def assert_invariants(self, observed: Store, options: Options, whole: bool) -> None:
        if not options.accept_older:
            for table, rows in self.previous.tables.items():
                for key, before in rows.items():
                    after = observed.tables[table].get(key)
                    assert after is not None, f"{table} {key!r} was hard-deleted"
                    if before.stamp is not None and after.stamp is not None:
                        assert after.stamp >= before.stamp, f"{table} {key!r} went older"
        if whole:
            users = observed.tables["app_user"]
            for (user, department), row in observed.tables["user_department"].items():
                if row.active:
                    assert user in users and not users[user].removed, (
                        f"active membership of a removed user: {user} in {department}")

    def sync(self, hour: datetime | None, options: Options | None = None,
             faults: list[dict[str, Any]] | None = None) -> Outcome:
        options = options or Options()
        self.syncs += 1
        self.trace.append(f"sync(hour={hour}, {options}, faults={faults})")
        outcome = self.harness.run(self.settings, hour, options, faults)
        try:
            self.judge(outcome, hour, options, fault_free=not faults)
        except AssertionError as exc:
            self.record_failure(exc)
            raise
        self.last = (hour, options) if outcome.success and not faults else None
        return outcome

    @rule()
    def next_hour(self) -> None:
        self.sync(self.hour)
        self.hour += H
        self.tick = 0

    @rule(hours=st.integers(min_value=2, max_value=8))
    def gap_of_hours_then_an_hour(self, hours: int) -> None:
        self.hour += hours * H
        self.tick = 0
        self.sync(self.hour)
        self.hour += H
        self.tick = 0

    @precondition(lambda self: self.hour > START)
    @rule(back=st.integers(min_value=1, max_value=4))
    def replay_an_older_hour(self, back: int) -> None:
        self.sync(max(START, self.hour - back * H))

    @rule(allow=st.booleans())
    def full_resync(self, allow: bool) -> None:
        self.sync(None, Options(allow_mass_removal=allow))

    @rule(kind=st.sampled_from(["server_error", "reset", "cursor_expired", "midway"]),
          path=st.sampled_from(["/users", "/openids", "/posts", "/departments", "/tags"]),
          times=st.integers(min_value=1, max_value=4))
    def hour_with_api_faults(self, kind: str, path: str, times: int) -> None:
        fault = ({"kind": "server_error", "path": path, "after": 1, "times": -1}
                 if kind == "midway" else {"kind": kind, "path": path, "times": times})
        self.sync(self.hour, faults=[fault])
        self.hour += H
        self.tick = 0

    @precondition(lambda self: KILLS)
    @rule(after=st.floats(min_value=0.0, max_value=3.0), full=st.booleans())
    def run_killed_part_way(self, after: float, full: bool) -> None:
        hour = None if full else self.hour
        outcome = self.harness.run_killed(self.settings, hour, after)
        self.judge(outcome, hour, Options(), fault_free=False)
        if not full:
            self.hour += H
            self.tick = 0

    @rule()
    def rerun_writes_nothing(self) -> None:
        """(A no-op unless the last run succeeded without faults and the source has
        not changed since: a precondition on a run's outcome would make Hypothesis's
        replays of an example draw differently.)"""
        if self.last is None or self.changed:
            return
        hour, options = self.last
        before = self.harness.everything()
        outcome = self.harness.run(self.settings, hour, options)
        assert outcome.success, outcome.said
        after = self.harness.everything()
        changed = {t for t in before if before[t] != after.get(t)}
        assert not changed, f"a rerun on an unchanged source wrote {sorted(changed)}"


def replace_stamp(version: Version, stamp: datetime) -> Version:
    return Version(version.data, stamp, version.deleted)


@pytest.fixture
def harness(simulator, pg_url, schema_name, tmp_path) -> Harness:
    found = Harness(simulator, pg_url, schema_name, tmp_path)
    found.base_schema = schema_name  # type: ignore[attr-defined]
    return found


@pytest.mark.timeout(max(300, EXAMPLES * STEPS_PER_EXAMPLE * 6))  # more examples, more time
def test_the_store_is_what_the_model_says_after_every_run(harness) -> None:
    DirectoryMachine.harness = harness
    DirectoryMachine.TestCase.settings = run_settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS_PER_EXAMPLE, deadline=None,
        derandomize=env_flag("FLOWSYNC_MODEL_RANDOM", 0) == 0,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.verbose if env_flag("FLOWSYNC_MODEL_VERBOSE", 0) else Verbosity.normal,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink])
    DirectoryMachine.TestCase().runTest()


# ------------------------------------------------------------------ found by the model
#
# Sequences the state machine found (shrunk, then read and kept): each replays
# the machine's own steps and ends, as every example does, with a fault-free
# full resync judged row for row.


def replay(harness: Harness, *steps: tuple[str, dict[str, Any]]) -> DirectoryMachine:
    DirectoryMachine.harness = harness
    machine = DirectoryMachine()
    machine.start()
    for name, kwargs in steps:
        getattr(machine, name)(**kwargs)
    machine.teardown()
    return machine


def test_model_an_openid_moved_with_its_owners_tombstone_follows_it(harness) -> None:
    """Found with the fix of the issue's item 2 undone: the store kept the first
    owner bound and quarantined the move as a conflict."""
    replay(harness, ("move_binding", {"how": "tombstone", "i": 0, "j": 0}),
           ("next_hour", {}))


def test_model_a_tag_restored_to_an_older_version_is_not_removed(harness) -> None:
    """Found with the fix of item 1 undone (a stale record counted as absent):
    a full resync removed the tag while its members stayed active, and the
    blocking check tag_user_consistent failed the step."""
    replay(harness, ("change_tag", {"i": 0, "name": "c", "kind": "static", "what": "rename"}),
           ("full_resync", {"allow": False}),
           ("restore_older_version", {"i": 0, "j": 3}),
           ("full_resync", {"allow": False}))


def test_model_a_rerun_moves_only_when_a_case_was_last_seen(harness) -> None:
    """The first thing the model found was its own: a rerun rewrote
    sync_quarantine, but only ``last_seen_at`` (bookkeeping every sighting
    moves), which the contract does not count as writing."""
    # the store's first run is whole (a full read): the hour and its rerun after it
    replay(harness, ("next_hour", {}), ("move_binding", {"how": "both", "i": 0, "j": 1}),
           ("next_hour", {}), ("rerun_writes_nothing", {}))


def test_model_a_late_change_before_a_gap_is_read_by_the_catch_up(harness) -> None:
    """Found with the fix of item 5 undone (the catch-up from the first unread
    hour, without the look-back): a user's record stamped just before the gap
    was never read until the night."""
    replay(harness, ("next_hour", {}), ("change_late", {"i": 0, "later": False}),
           ("make_late_changes_visible", {}), ("gap_of_hours_then_an_hour", {"hours": 4}))


def test_model_an_hour_after_a_conflicting_full_read_writes_nothing_new(harness) -> None:
    """Shrunk from the model's sequences once the store's first run became a
    whole read (issue 19, item 3): the source lists an OpenID live for two
    people; the first run reads everything and quarantines the pair; the same
    hour read again as an hour saw only the newer binding and bound the pair
    to that person, resolving the case. An hour cannot see a conflict end
    unless a binding of it ends: it now holds the pair back."""
    replay(harness, ("move_binding", {"how": "both", "i": 0, "j": 1}),
           ("next_hour", {}), ("rerun_writes_nothing", {}))
