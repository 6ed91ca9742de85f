"""A deterministic synthetic school, served by the simulator.

Everything is a pure function of ``(users, seed, clock, epoch)``: records are
generated on demand from their index (nothing is materialised up front), so a
1,000,000-user school starts in about a second. Proportions follow a
university: ~1 department per 100 users, a post per 25, a tag per 200 with
~1.5 tag memberships and ~1.1 OpenIDs per user, a process instance per two
users with two to five tasks each.

Every bad-data case of the contracts is planted at fixed, documented keys
(``ANOMALIES``), so tests can name what they expect.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import msgspec
import numpy as np

from flowsync_dagster.simulator.changes import (
    BASE_SPAN,
    HOUR,
    ChangeRates,
    ChangingSet,
    EpochDelta,
    SteadyRates,
    iso,
    mix,
    mix_array,
)

DEMO_APP_KEY = "flowsync-demo"
DEMO_APP_SECRET = "flowsync-demo-secret"
# 2026-11-27 08:00 in Asia/Shanghai: epoch 1 is the partition 2026-11-27-08:00.
DEFAULT_CLOCK = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫博文宇轩浩然子涵欣怡梓萱雨彤"
COLLEGES = ["计算机学院", "数学学院", "物理学院", "化学学院", "外国语学院", "经济学院", "法学院",
            "医学院", "艺术学院", "体育学院", "教务处", "学生处", "人事处", "财务处", "后勤处"]
POST_NAMES = ["教务秘书", "辅导员", "实验员", "系主任", "副院长", "科员", "班主任", "党支部书记", "团委书记", "财务专员"]
TAG_GROUPS = [("G01", "教师类别"), ("G02", "学生类别"), ("G03", "岗位类别"), ("G04", "通知范围"),
              ("G05", "宿舍楼"), ("G06", "兴趣小组")]
TAG_NAMES = ["班主任", "研究生导师", "退休教师", "留学生", "贫困生", "学生干部", "党员", "志愿者", "住校生", "走读生"]
PLATFORMS = [("wechat", "微信", 0.70), ("wecom", "企业微信", 0.0), ("dingtalk", "钉钉", 0.20),
             ("feishu", "飞书", 0.05)]
PROCESSES = [("leave", "请假", "office"), ("out_school", "出校申请", "out_school"),
             ("reimburse", "报销", "finance"), ("seal", "用印申请", "office"),
             ("purchase", "采购申请", "finance"), ("meeting_room", "会议室预约", "office")]

IDENTITIES: list[dict[str, Any]] = [
    {"code": "student", "name": "学生", "fields": [
        {"key": "grade", "label": "年级", "type": "string", "max_length": 32},
        {"key": "enrolled_on", "label": "入学日期", "type": "date"},
        {"key": "is_boarder", "label": "住校", "type": "boolean"}]},
    {"code": "teacher", "name": "教师", "fields": [
        {"key": "title", "label": "职称", "type": "string", "max_length": 64},
        {"key": "hired_on", "label": "入职日期", "type": "date"},
        {"key": "level", "label": "级别", "type": "integer"}]},
    {"code": "staff", "name": "职工", "fields": [
        {"key": "office", "label": "办公室", "type": "string", "max_length": 64},
        # the same key as teacher.level with another type: refused, both
        {"key": "level", "label": "职级", "type": "string", "max_length": 16}]},
    {"code": "guest", "name": "访客", "fields": [
        {"key": "x\"; DROP TABLE app_user; --", "label": "恶意", "type": "string", "max_length": 10},
        {"key": "Sponsor", "label": "大写键", "type": "string", "max_length": 10},
        {"key": "status", "label": "与内置列同名", "type": "string", "max_length": 10},
        {"key": "visit_count", "label": "来访次数", "type": "integer"}]},
]

# Where each bad-data case is planted (see the docstring of each entity).
ANOMALIES: dict[str, Any] = {
    "department_revoked": "D00005",  # a revoked department: it and its subtree inactive
    "department_cycle": ["DC001", "DC002"],  # each names the other as parent
    "department_orphan": "DO001",  # parent_id names no department
    "department_twice": "D00011",  # also listed under D00002
    "department_mismatch": "DM001",  # listed under D00003, parent_id D00001 (believed)
    "department_hourly": "DN{k:04d}",  # created in epoch k, hard-deleted in epoch k + 2
    "department_invalid": ["<no key>", "DX001"],  # no id; unparsable updated_at
    "duplicate_username": ["U0000007", "U0000008"],
    "user_invalid": ["<no key>", "UX00001", "UX00002"],
    "openid_duplicate": ("wechat", "o-duplicate-0010"),  # same pair twice, one user
    "openid_same_username": ("wechat", "o-same-username"),  # U0000007 and U0000008
    "openid_conflict": ("wechat", "o-conflict-0020"),  # U0000020 vs U0000021
    "tag_name_conflict": ["T90001", "T90002"],  # static and dynamic "班主任" in G01
    "tag_duplicate_member": "T00001",  # its first member listed twice
    "instance_finished_with_open_task": "S9000001",
    "instance_running_without_open_task": "S9000002",
    "task_unknown_instance": "TH999999991",
    "task_aborted_after_finish": "TH900000302",
}


def _dt(ts: int) -> str:
    return iso(ts)


def _then_extras(out: list[Any], n: int, extras: Sequence[Any], offset: int,
                 limit: int) -> list[Any]:
    """``out``, the page at ``offset`` of the first ``n`` items, filled up to
    ``limit`` from ``extras``, which are listed after those ``n``."""
    if offset + limit > n:
        start = max(0, offset - n)
        out.extend(extras[start : start + limit - len(out)])
    return out


@dataclass
class Listing:
    """A resolved query: generated items by index, then explicit extras."""

    indices: np.ndarray
    make: Callable[[int], dict[str, Any]]
    extras: Sequence[Any] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.indices) + len(self.extras)

    def page(self, offset: int, limit: int) -> list[Any]:
        out = [self.make(int(i)) for i in self.indices[offset : offset + limit]]
        return _then_extras(out, len(self.indices), self.extras, offset, limit)


@dataclass
class Appended:
    """A resolved listing followed by more items (what a test injected)."""

    base: Listing | _TaskListing
    extras: Sequence[Any]

    def __len__(self) -> int:
        return len(self.base) + len(self.extras)

    def page(self, offset: int, limit: int) -> list[Any]:
        return _then_extras(self.base.page(offset, limit), len(self.base), self.extras,
                            offset, limit)


class _Stamped(msgspec.Struct):
    updated_at: Any = None


def updated_ts(item: Any) -> int | None:
    """An item's ``updated_at`` in epoch seconds, or None when it has none that
    parses as the contract writes it (ISO 8601 with an offset). Items may be
    hostile (injected by a test): not an object, the key missing, a number, or
    raw JSON bytes (``msgspec.Raw``) that are served as they came."""
    if isinstance(item, msgspec.Raw):
        try:
            value = msgspec.json.decode(item, type=_Stamped).updated_at
        except msgspec.DecodeError:  # not an object (ValidationError is a DecodeError)
            return None
    else:
        value = item.get("updated_at") if isinstance(item, dict) else None
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
        return None if parsed.tzinfo is None else int(parsed.timestamp())
    except (ValueError, OverflowError):
        return None


def _window_filter(items: Sequence[Any], since: int | None, before: int | None,
                   full: bool) -> list[Any]:
    if full:
        return list(items)
    out = []
    for item in items:
        ts = updated_ts(item)
        if ts is None:
            continue  # an unparsable timestamp is only ever seen by a full listing
        if (since is None or ts >= since) and (before is None or ts < before):
            out.append(item)
    return out


@dataclass(frozen=True)
class EpochChanges:
    """What one epoch did to one kind of record, by record id in index order.

    History, not the present: a user updated in epoch 2 stays in
    ``changes("users", 2).updated`` after epoch 3 tombstones it."""

    kind: str
    epoch: int
    updated: tuple[str, ...]  # changed and listed, not as a tombstone
    tombstoned: tuple[str, ...]  # listed from this epoch on with status "deleted"
    gone: tuple[str, ...]  # hard-deleted: in no listing from this epoch on
    new: tuple[str, ...]  # first listed in this epoch

    @property
    def listed(self) -> tuple[str, ...]:
        """Every id that the epoch's hour window lists (all but the gone)."""
        return self.updated + self.tombstoned + self.new


# Per hour, by kind of record: the test profile, in which every epoch has every
# kind of change, even among ten tags ...
TEST_RATES: dict[str, ChangeRates] = {
    "users": ChangeRates(),
    "openids": ChangeRates(),
    "posts": ChangeRates(0.02, 0.002, 0.001, 0.001),
    "tags": ChangeRates(0.02, 0.002, 0.001, 0.001),
    "instances": ChangeRates(0.002, 0.0, 0.0, 0.002),
}
# ... and the steady one, for months of epochs (the wall-clock demo): a school
# that keeps its size (births replace deaths), with fewer removals: a full
# resync after days without runs finds them all at once, and its mass-removal
# guard refuses 10 % of a table (a user's update disables one in ten, a post's
# swaps a holder). A binding is made or undone, never updated: an update serves
# a new OpenID in its place with no tombstone for the old pair, and a day of
# those is a mass removal. Process instances are history: they accumulate.
STEADY_RATES: dict[str, ChangeRates] = {
    "users": SteadyRates(0.0025, 0.00025, 0.00005, 0.0003),
    "openids": SteadyRates(0.0, 0.00025, 0.00005, 0.0003),
    "posts": SteadyRates(0.005, 0.0005, 0.0001, 0.0006),
    "tags": SteadyRates(0.005, 0.0005, 0.0001, 0.0006),
    "instances": SteadyRates(0.002, 0.0, 0.0, 0.002),
}


class SchoolDataset:
    def __init__(self, users: int = 5000, seed: int = 1, clock: datetime = DEFAULT_CLOCK,
                 epoch: int = 0, hourly_user_changes: int | None = None,
                 steady: bool = False) -> None:
        if users < 100:
            raise ValueError("the simulated school has at least 100 users")
        self.n_users = users
        self.seed = seed
        self.clock_dt = clock.astimezone(UTC)
        self.clock = int(self.clock_dt.timestamp())
        self.epoch = 0
        # planted cases left out, by their ANOMALIES name (tests switch a case off
        # to show that its quarantine entry is resolved)
        self.hidden: set[str] = set()
        self._build_departments()
        # by default 1 % of users change an hour; a fixed count lets a benchmark
        # give schools of different sizes the same amount of change
        scale = 1.0 if hourly_user_changes is None else hourly_user_changes / (0.01 * users)
        self.hourly_user_changes = hourly_user_changes
        self.steady = steady
        profile = {kind: r.scaled(scale)
                   for kind, r in (STEADY_RATES if steady else TEST_RATES).items()}
        self.users = ChangingSet(users, seed=seed, salt=1, clock=clock, rates=profile["users"])
        self.n_posts = max(5, users // 25)
        self.posts = ChangingSet(self.n_posts, seed=seed, salt=2, clock=clock,
                                 rates=profile["posts"])
        self.n_tags = max(10, users // 200)
        self.tags = ChangingSet(self.n_tags, seed=seed, salt=3, clock=clock,
                                rates=profile["tags"])
        self._tag_avg = max(3, int(1.5 * users / self.n_tags))
        self._stride = 7919 if users % 7919 else 104729
        self._build_openids(profile["openids"])
        self.n_instances = max(50, users // 2)
        self.instances = ChangingSet(self.n_instances, seed=seed, salt=5, clock=clock,
                                     rates=profile["instances"])
        self._build_tasks()
        self.advance_to(epoch)

    # ----------------------------------------------------------------- epochs

    def advance_to(self, epoch: int) -> None:
        if epoch < self.epoch:
            raise ValueError("epochs only move forward; start a new dataset to go back")
        for cs in (self.users, self.posts, self.tags, self.instances, *self.openids.values()):
            cs.advance_to(epoch)
        self.epoch = epoch
        self._task_index = None

    def changes(self, kind: str, epoch: int) -> EpochChanges:
        """What epoch ``epoch`` (1 to the current one) did to ``kind``: one of
        ``users``, ``posts``, ``tags``, ``instances``."""
        sets: dict[str, tuple[ChangingSet, Callable[[int], str]]] = {
            "users": (self.users, self.user_id), "posts": (self.posts, self.post_id),
            "tags": (self.tags, self.tag_id), "instances": (self.instances, self.instance_id)}
        if kind not in sets:
            raise ValueError(f"no changes are kept for {kind!r}; one of {sorted(sets)}")
        cs, make_id = sets[kind]
        delta: EpochDelta = cs.delta(epoch)

        def ids(indices: np.ndarray) -> tuple[str, ...]:
            return tuple(make_id(int(i)) for i in indices)

        return EpochChanges(kind, epoch, ids(delta.updated), ids(delta.tombstoned),
                            ids(delta.gone), ids(delta.new))

    # ------------------------------------------------------------ departments

    def _build_departments(self) -> None:
        d = min(20000, max(12, self.n_users // 100))
        self.n_departments = d
        self.branching = max(3, math.ceil(d ** (1 / 3)))
        depth = np.zeros(d, dtype=np.int32)
        for i in range(1, d):
            depth[i] = depth[(i - 1) // self.branching] + 1
        self.dept_depth = depth
        first_leaf = (d - 2) // self.branching + 1  # nodes from here have no children
        self.leaves = np.arange(max(first_leaf, 1), d)

    def dept_id(self, i: int) -> str:
        return "1" if i == 0 else f"D{i:05d}"

    def _dept_index(self, dept_id: str) -> int | None:
        if dept_id == "1":
            return 0
        if dept_id.startswith("D") and dept_id[1:].isdigit():
            i = int(dept_id[1:])
            if 0 < i < self.n_departments:
                return i
        return None

    def _department(self, i: int) -> dict[str, Any]:
        level = int(self.dept_depth[i])
        if i == 0:
            name = "示范大学"
        elif level == 1:
            name = COLLEGES[(i - 1) % len(COLLEGES)] + ("" if i <= len(COLLEGES) else str(i))
        elif level == 2:
            name = f"{i}系"
        else:
            name = f"{i}班"
        renamed = [k for k in range(1, self.epoch + 1) if (k * 7) % (self.n_departments - 1) + 1 == i]
        updated = self.clock - BASE_SPAN + i * 60
        if renamed:
            name = f"{name}（{renamed[-1]}）"
            updated = self.clock + (renamed[-1] - 1) * HOUR + 600
        return {
            "id": self.dept_id(i),
            "parent_id": None if i == 0 else self.dept_id((i - 1) // self.branching),
            "name": name,
            "code": f"C{i:05d}",
            "order": i % 100,
            "status": "revoked" if self.dept_id(i) == ANOMALIES["department_revoked"] else "active",
            "updated_at": _dt(updated),
        }

    def department_root(self) -> dict[str, Any]:
        return self._department(0)

    def department_children(self, parent_id: str) -> Listing:
        base = self.clock - 2 * 24 * HOUR
        extras: list[dict[str, Any]] = []
        if parent_id == "D00001":
            extras = [
                {"id": "DC001", "parent_id": "DC002", "name": "环路甲", "code": "LOOPA", "order": 1,
                 "status": "active", "updated_at": _dt(base)},
                {"id": "DO001", "parent_id": "D99999", "name": "孤儿部门", "code": "ORPH", "order": 2,
                 "status": "active", "updated_at": _dt(base)},
                {"parent_id": "D00001", "name": "无编号部门", "code": "NOID", "order": 3,
                 "status": "active", "updated_at": _dt(base)},
                {"id": "DX001", "parent_id": "D00001", "name": "坏时间", "code": "BADTS", "order": 4,
                 "status": "active", "updated_at": "last tuesday"},
            ]
        elif parent_id == "DC001":
            extras = [{"id": "DC002", "parent_id": "DC001", "name": "环路乙", "code": "LOOPB",
                       "order": 1, "status": "active", "updated_at": _dt(base)}]
        elif parent_id == "D00002":
            # reached twice: D00011 is also a child of its real parent
            extras = [self._department(11)] if self.n_departments > 11 else []
        elif parent_id == "D00003":
            extras = [{"id": "DM001", "parent_id": "D00001", "name": "挂错部门", "code": "MISM",
                       "order": 5, "status": "active", "updated_at": _dt(base)}]
        # one new department an hour under D00001, hard-deleted (no tombstone)
        # two hours later: only a full listing notices it is gone
        for k in range(max(1, self.epoch - 1), self.epoch + 1):
            if parent_id == "D00001":
                extras.append({"id": f"DN{k:04d}", "parent_id": "D00001", "name": f"新设机构{k}",
                               "code": f"N{k:04d}", "order": 90, "status": "active",
                               "updated_at": _dt(self.clock + (k - 1) * HOUR + 300)})
        p = self._dept_index(parent_id)
        if p is None:
            children = np.empty(0, dtype=np.int64)
        else:
            lo = p * self.branching + 1
            children = np.arange(lo, min(lo + self.branching, self.n_departments))
        return Listing(children, self._department, extras)

    # ------------------------------------------------------------- identities

    def identities(self) -> list[dict[str, Any]]:
        return IDENTITIES

    # ------------------------------------------------------------------ users

    def user_id(self, i: int) -> str:
        return f"U{i + 1:07d}"

    def _identity_of(self, i: int) -> str:
        r = mix(self.seed, 11, i) % 100
        return "student" if r < 85 else "teacher" if r < 95 else "staff"

    def username_of(self, i: int) -> str:
        if i == 7 and "duplicate_username" not in self.hidden:  # U0000008 shares U0000007's
            i = 6
        identity = self._identity_of(i)
        if identity == "student":
            return f"{2020 + mix(self.seed, 12, i) % 5}{i + 1:07d}"
        return f"{'T' if identity == 'teacher' else 'S'}{i + 1:07d}"

    def user(self, i: int) -> dict[str, Any]:
        """User index ``i`` as the API lists it at this epoch (a tombstone when
        deleted): what a test compares the store with."""
        return self._user(i)

    def _user(self, i: int) -> dict[str, Any]:
        cs = self.users
        if cs.is_tombstone(i):
            return {"id": self.user_id(i), "status": "deleted", "updated_at": _dt(cs.updated_ts(i))}
        h = mix(self.seed, 10, i)
        k = int(cs.version[i])
        identity = self._identity_of(i)
        leaves = self.leaves
        depts = [self.dept_id(int(leaves[h % len(leaves)]))]
        if (h >> 20) % 10 == 0:
            depts.append(self.dept_id(int(leaves[(h >> 24) % len(leaves)])))
        if k and mix(self.seed, 13, i, k) % 5 == 0:  # moved to another department
            depts = [self.dept_id(int(leaves[mix(self.seed, 14, i, k) % len(leaves)]))]
        mobile_seed = mix(self.seed, 15, i, k) if k else h
        status = "disabled" if (h >> 8) % 100 >= 97 else "active"
        if k and mix(self.seed, 16, i, k) % 10 == 0:
            status = "disabled" if status == "active" else "active"
        if identity == "student":
            attrs: dict[str, Any] = {"grade": str(2020 + (h >> 32) % 5),
                                     "enrolled_on": f"{2020 + (h >> 32) % 5}-09-01",
                                     "is_boarder": bool((h >> 36) % 3)}
        elif identity == "teacher":
            attrs = {"title": ["讲师", "副教授", "教授"][(h >> 32) % 3],
                     "hired_on": f"{2000 + (h >> 34) % 25}-07-01", "level": int((h >> 38) % 12) + 1}
        else:
            attrs = {"office": f"行政楼{(h >> 32) % 9 + 1}0{(h >> 36) % 9 + 1}",
                     "level": f"A{(h >> 38) % 5 + 1}"}
        username = self.username_of(i)
        return {
            "id": self.user_id(i),
            "username": username,
            "name": SURNAMES[h % len(SURNAMES)] + GIVEN[(h >> 12) % len(GIVEN)]
            + ("" if (h >> 16) % 3 else GIVEN[(h >> 40) % len(GIVEN)]),
            "identity": identity,
            "department_ids": depts,
            "mobile": f"1{3 + (mobile_seed % 6)}{(mobile_seed >> 8) % 10**9:09d}",
            "email": f"{username}@demo.edu.cn",
            "status": status,
            "attributes": attrs,
            "updated_at": _dt(cs.updated_ts(i)),
        }

    def _user_extras(self) -> list[dict[str, Any]]:
        ts = _dt(self.clock - 3 * 24 * HOUR)
        return [
            {"username": "nokey", "name": "无编号", "identity": "student", "status": "active",
             "updated_at": ts},
            {"id": "UX00001", "username": "bad-ts", "name": "坏时间", "identity": "student",
             "status": "active", "updated_at": "2026-13-45 25:61"},
            {"id": "UX00002", "username": "bad-depts", "name": "坏部门", "identity": "student",
             "department_ids": "D00001", "status": "active", "updated_at": ts},
            {"id": "UG00001", "username": "G0000001", "name": "访客甲", "identity": "guest",
             "department_ids": [], "status": "active",
             "attributes": {"visit_count": 3, "Sponsor": "x", "status": "bad"}, "updated_at": ts},
        ]

    def user_listing(self, since: int | None, before: int | None) -> Listing:
        full = since is None and before is None
        idx = self.users.full() if full else self.users.window(since, before)
        return Listing(idx, self._user, _window_filter(self._user_extras(), since, before, full))

    # ------------------------------------------------------------------ posts

    def post_id(self, j: int) -> str:
        return f"P{j + 1:05d}"

    def _post(self, j: int) -> dict[str, Any]:
        cs = self.posts
        if cs.is_tombstone(j):
            return {"id": self.post_id(j), "status": "deleted", "updated_at": _dt(cs.updated_ts(j))}
        h = mix(self.seed, 20, j)
        k = int(cs.version[j])
        name = POST_NAMES[h % len(POST_NAMES)] + str(j + 1)
        if k and mix(self.seed, 21, j, k) % 3 == 0:
            name += "（调整）"
        return {
            "id": self.post_id(j), "name": name, "code": f"PC{j + 1:05d}",
            "department_id": self.dept_id(1 + (h >> 8) % (self.n_departments - 1)),
            "status": "disabled" if (h >> 16) % 20 == 0 else "enabled",
            "updated_at": _dt(cs.updated_ts(j)),
        }

    def post_listing(self, since: int | None, before: int | None) -> Listing:
        full = since is None and before is None
        idx = self.posts.full() if full else self.posts.window(since, before)
        return Listing(idx, self._post)

    def _post_index(self, post_id: str) -> int | None:
        if post_id.startswith("P") and post_id[1:].isdigit():
            j = int(post_id[1:]) - 1
            if 0 <= j < self.posts.size and self.posts.state[j] == 0:
                return j
        return None

    def post_members(self, post_id: str) -> list[dict[str, Any]] | None:
        j = self._post_index(post_id)
        if j is None:
            return None
        h = mix(self.seed, 22, j)
        k = int(self.posts.version[j])
        dept = self._post(j)["department_id"]
        users = [(h >> 8) % self.n_users + t * self._stride for t in range(1 + h % 4)]
        if k:  # a changed post swaps its last holder
            users[-1] = mix(self.seed, 23, j, k) % self.n_users
        return [{"user_id": self.user_id(u % self.n_users), "department_id": dept} for u in users]

    # ------------------------------------------------------------------- tags

    def tag_groups(self) -> list[dict[str, Any]]:
        ts = _dt(self.clock - 30 * 24 * HOUR)
        return [{"id": gid, "name": name, "updated_at": ts} for gid, name in TAG_GROUPS]

    def tag_id(self, t: int) -> str:
        return f"T{t + 1:05d}"

    def _tag(self, t: int) -> dict[str, Any]:
        cs = self.tags
        if cs.is_tombstone(t):
            return {"id": self.tag_id(t), "status": "deleted", "updated_at": _dt(cs.updated_ts(t))}
        h = mix(self.seed, 30, t)
        return {
            "id": self.tag_id(t), "group_id": TAG_GROUPS[t % len(TAG_GROUPS)][0],
            "name": f"{TAG_NAMES[h % len(TAG_NAMES)]}{t + 1}",
            "kind": "dynamic" if (h >> 8) % 5 == 0 else "static", "status": "active",
            "updated_at": _dt(cs.updated_ts(t)),
        }

    def _tag_extras(self) -> list[dict[str, Any]]:
        ts = _dt(self.clock - 5 * 24 * HOUR)
        return [
            {"id": "T90001", "group_id": "G01", "name": "班主任", "kind": "static",
             "status": "active", "updated_at": ts},
            {"id": "T90002", "group_id": "G01",
             "name": "班主任（动态）" if "tag_name_conflict" in self.hidden else "班主任",
             "kind": "dynamic", "status": "active", "updated_at": ts},
        ]

    def tag_listing(self, since: int | None, before: int | None) -> Listing:
        full = since is None and before is None
        idx = self.tags.full() if full else self.tags.window(since, before)
        return Listing(idx, self._tag, _window_filter(self._tag_extras(), since, before, full))

    def tag_members(self, tag_id: str) -> Listing | None:
        if tag_id in ("T90001", "T90002"):
            base = 100 if tag_id == "T90001" else 200
            return Listing(np.arange(base, base + 5) % self.n_users, self._tag_user)
        if not (tag_id.startswith("T") and tag_id[1:].isdigit()):
            return None
        t = int(tag_id[1:]) - 1
        if not (0 <= t < self.tags.size) or self.tags.state[t] != 0:
            return None
        h = mix(self.seed, 31, t)
        k = int(self.tags.version[t])
        count = min(self.n_users, h % (2 * self._tag_avg + 1))
        if k:
            count = min(self.n_users, count + 1 + mix(self.seed, 32, t, k) % 3)
        start = (h >> 20) % self.n_users
        idx = (start + np.arange(count, dtype=np.int64) * self._stride) % self.n_users
        if t == 0 and count:  # T00001 lists its first member twice
            idx = np.concatenate([idx[:1], idx])
        return Listing(idx, self._tag_user)

    def _tag_user(self, u: int) -> dict[str, Any]:
        return {"user_id": self.user_id(u)}

    # ---------------------------------------------------------------- openids

    def _build_openids(self, rates: ChangeRates) -> None:
        everyone = np.arange(self.n_users, dtype=np.int64)
        staff_like = (mix_array(self.seed, 11, everyone) % np.uint64(100)) >= 85
        self.openid_users: dict[str, np.ndarray] = {}
        self.openids: dict[str, ChangingSet] = {}
        for salt, (code, _name, share) in enumerate(PLATFORMS, start=40):
            if code == "wecom":
                members = everyone[staff_like]
            else:
                roll = mix_array(self.seed, salt, everyone) % np.uint64(1000)
                members = everyone[roll < np.uint64(int(share * 1000))]
            self.openid_users[code] = members
            self.openids[code] = ChangingSet(len(members), seed=self.seed, salt=salt,
                                             clock=self.clock_dt, rates=rates)

    def platforms(self) -> list[dict[str, Any]]:
        return [{"code": code, "name": name} for code, name, _ in PLATFORMS]

    def _openid_maker(self, platform: str) -> Callable[[int], dict[str, Any]]:
        members = self.openid_users[platform]
        cs = self.openids[platform]
        n = len(members)

        def make(pos: int) -> dict[str, Any]:
            # new bindings after the base data go to existing users, round robin
            u = int(members[pos]) if pos < n else int(mix(self.seed, 49, pos) % self.n_users)
            k = int(cs.version[pos])
            record = {"platform": platform,
                      "openid": f"o{platform[:2]}{mix(self.seed, 48, pos, k):016x}"[:20],
                      "user_id": self.user_id(u), "username": self.username_of(u),
                      "status": "deleted" if cs.is_tombstone(pos) else "active",
                      "updated_at": _dt(cs.updated_ts(pos))}
            if k and cs.is_tombstone(pos):
                # an unbinding keeps the pair it unbinds: the one bound when the
                # binding was made. The test profile names the base pair even for
                # a binding made later (tests pin what it serves as it is).
                made = int(cs.born[pos]) if self.steady else 0
                record["openid"] = f"o{platform[:2]}{mix(self.seed, 48, pos, made):016x}"[:20]
            return record

        return make

    def _openid_extras(self, platform: str) -> list[dict[str, Any]]:
        if platform != "wechat":
            return []
        ts = _dt(self.clock - 4 * 24 * HOUR)

        def bind(openid: str, u: int) -> dict[str, Any]:
            return {"platform": "wechat", "openid": openid, "user_id": self.user_id(u),
                    "username": self.username_of(u), "status": "active", "updated_at": ts}

        conflict = [bind("o-conflict-0020", 19)]
        if "openid_conflict" not in self.hidden:
            conflict.append(bind("o-conflict-0020", 20))
        return [bind("o-duplicate-0010", 9), bind("o-duplicate-0010", 9),
                bind("o-same-username", 6), bind("o-same-username", 7), *conflict,
                {"platform": "wechat", "user_id": "U0000030", "status": "active",
                 "updated_at": ts}]

    def openid_listing(self, platform: str, since: int | None, before: int | None) -> Listing | None:
        cs = self.openids.get(platform)
        if cs is None:
            return None
        full = since is None and before is None
        idx = cs.full() if full else cs.window(since, before)
        return Listing(idx, self._openid_maker(platform),
                       _window_filter(self._openid_extras(platform), since, before, full))

    # --------------------------------------------------------------- workflow

    def instance_id(self, s: int) -> str:
        return f"S{s + 1:07d}"

    def _plan(self, s: int) -> tuple[str, str, list[tuple[str, str, str]], bool, bool]:
        """(process code, base outcome, steps, reverted once, away while running)."""
        h = mix(self.seed, 50, s)
        code = PROCESSES[h % len(PROCESSES)][0]
        r = (h >> 8) % 100
        outcome = ("completed" if r < 80 else "rejected" if r < 88 else "terminated" if r < 92
                   else "cancelled" if r < 96 else "running")
        steps = [("N1", "提交申请", "submit"), ("N2", "辅导员审批", "approve")]
        if code == "out_school":
            steps += [("N3", "离校登记", "checkout"), ("N4", "返校登记", "checkin")]
        else:
            steps += [("N3", "学院审批", "approve")]
        # a running out-of-school request is half the time "away": checked out,
        # not yet back
        away = code == "out_school" and (h >> 24) % 2 == 0
        return code, outcome, steps, (h >> 16) % 7 == 0, away

    @staticmethod
    def _closing(status: str, steps: list[tuple[str, str, str]]) -> list[tuple[tuple[str, str, str], str]]:
        if status in ("terminated", "cancelled"):
            return [(steps[1], "aborted")]
        if status == "rejected":
            return [(steps[1], "completed")]  # the counsellor's decision was "no"
        return [(step, "completed") for step in steps[1:]]

    def flow(self, s: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Instance index ``s`` and its task history, as the API lists them at
        this epoch."""
        return self._flow(s)

    def _flow(self, s: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """An instance and its task history, as they stand at this epoch.

        Task ids are positional (instance number + step number), so a task
        keeps its id when it moves from ``init`` to ``completed``.
        """
        cs = self.instances
        code, outcome, steps, reverted, away = self._plan(s)
        _, pname, category = next(p for p in PROCESSES if p[0] == code)
        h = mix(self.seed, 52, s)
        born, k = int(cs.born[s]), int(cs.version[s])
        updated = cs.updated_ts(s)
        opening = [(steps[0], "completed")]
        if reverted:
            opening += [(steps[1], "reverted"), (steps[0], "completed")]
        took = [300 + mix(self.seed, 53, s, n) % 7200 for n in range(8)]
        # a change is stamped when it is made: a finished base instance changed
        # in epoch k has its tasks re-timed back from ``updated``, but they
        # changed in epoch k, so that is the earliest their updated_at may say
        changed_since: int | None = None
        if born == 0 and outcome != "running":
            changed_since = self.clock + (k - 1) * HOUR if k else None
            status = outcome
            plan = opening + self._closing(status, steps)
            created = updated - sum(took[: len(plan)])
            times = []
            t = created
            for n in range(len(plan)):
                times.append((t, t + took[n]))
                t += took[n]
            finished: int | None = updated
        else:
            # running since creation; a later change (k > born) closes it at ``updated``
            opened_at = (cs.epoch_ts(s, born) if born else updated) - 120
            created = opened_at - 10 * len(opening)
            times = [(created + 10 * n, created + 10 * n + 10) for n in range(len(opening))]
            if k > born or (born == 0 and k > 0):
                status = "completed" if mix(self.seed, 51, s, k) % 4 else "rejected"
                closing = self._closing(status, steps)
                plan = opening + closing
                start = opened_at
                for n in range(len(closing)):
                    end = updated - (len(closing) - 1 - n)
                    times.append((start, end))
                    start = end
                finished = updated
            elif away:
                status = "running"
                plan = opening + [(steps[1], "completed"), (steps[2], "completed"),
                                  (steps[3], "init")]
                times += [(opened_at, opened_at + 10), (opened_at + 10, opened_at + 20),
                          (opened_at + 20, None)]
                finished = None
            else:
                status = "running"
                plan = opening + [(steps[1], "init")]
                times.append((opened_at, None))
                finished = None
        creator = int((h >> 8) % self.n_users)
        approver = int((h >> 24) % self.n_users)
        tasks = []
        for n, ((node_id, node_name, task_type), task_status) in enumerate(plan):
            begun, ended = times[n]
            ended = None if task_status == "init" else ended
            tasks.append({
                "id": f"TH{s + 1:07d}{n + 1:02d}", "instance_id": self.instance_id(s),
                "node_id": node_id, "node_name": node_name, "task_type": task_type,
                "assignee_user_id": self.user_id(creator if node_id == "N1"
                                                 else (approver + n) % self.n_users),
                "status": task_status, "created_at": _dt(begun),
                "finished_at": _dt(ended) if ended is not None else None,
                "updated_at": _dt(max(ended if ended is not None else begun,
                                      changed_since or 0))})
        parent = None
        if s >= 20 and (h >> 40) % 33 == 0:
            parent = self.instance_id(s - 1 - int((h >> 48) % 10))
        instance = {
            "id": self.instance_id(s), "process_code": code, "process_name": pname,
            "category": category, "title": f"{SURNAMES[creator % len(SURNAMES)]}某的{pname}",
            "creator_user_id": self.user_id(creator), "agent_user_id":
                self.user_id((creator + 1) % self.n_users) if (h >> 32) % 20 == 0 else None,
            "anonymous": (h >> 36) % 50 == 0, "parent_instance_id": parent, "status": status,
            "created_at": _dt(created), "finished_at": _dt(finished) if finished else None,
            "updated_at": _dt(updated),
        }
        return instance, tasks

    def _base_task_counts(self) -> np.ndarray:
        """Task counts of unchanged base instances, vectorised like ``_plan``."""
        s = np.arange(self.instances.n0, dtype=np.int64)
        h = mix_array(self.seed, 50, s)
        code = h % np.uint64(len(PROCESSES))
        r = (h >> np.uint64(8)) % np.uint64(100)
        reverted = ((h >> np.uint64(16)) % np.uint64(7)) == 0
        out_school = code == np.uint64([p[0] for p in PROCESSES].index("out_school"))
        away = out_school & (((h >> np.uint64(24)) % np.uint64(2)) == 0)
        completed_tail = np.where(out_school, 3, 2)
        # rejected/terminated/cancelled/running: 1, but a running request that is away: 3
        closing = np.where(r < 80, completed_tail, np.where((r >= 96) & away, 3, 1))
        return (1 + 2 * reverted.astype(np.int64) + closing).astype(np.int64)

    def _instance(self, s: int) -> dict[str, Any]:
        return self._flow(s)[0]

    def _instance_extras(self) -> list[dict[str, Any]]:
        ts = self.clock - 6 * 24 * HOUR

        def inst(sid: str, status: str, finished: int | None) -> dict[str, Any]:
            return {"id": sid, "process_code": "leave", "process_name": "请假", "category": "office",
                    "title": "异常样例", "creator_user_id": "U0000001", "agent_user_id": None,
                    "anonymous": False, "parent_instance_id": None, "status": status,
                    "created_at": _dt(ts - 7200), "finished_at": _dt(finished) if finished else None,
                    "updated_at": _dt(ts)}

        return [inst("S9000001", "completed", ts), inst("S9000002", "running", None),
                inst("S9000003", "completed", ts - 3600)]

    def _task_extras(self) -> list[dict[str, Any]]:
        ts = self.clock - 6 * 24 * HOUR

        def task(tid: str, sid: str, node: str, status: str, created: int,
                 finished: int | None) -> dict[str, Any]:
            return {"id": tid, "instance_id": sid, "node_id": node, "node_name": "审批",
                    "task_type": "approve", "assignee_user_id": "U0000002", "status": status,
                    "created_at": _dt(created), "finished_at": _dt(finished) if finished else None,
                    "updated_at": _dt(finished or created)}

        return [task("TH900000101", "S9000001", "N1", "completed", ts - 7200, ts - 7000),
                task("TH900000102", "S9000001", "N2", "init", ts - 7000, None),
                task("TH900000201", "S9000002", "N1", "completed", ts - 7200, ts - 7000),
                task("TH900000301", "S9000003", "N1", "completed", ts - 7200, ts - 3600),
                task("TH900000302", "S9000003", "N2", "aborted", ts - 3600, ts - 600),
                task("TH999999991", "S8888888", "N1", "completed", ts - 7200, ts - 7000)]

    def instance_listing(self, since: int | None, before: int | None) -> Listing:
        full = since is None and before is None
        idx = self.instances.full() if full else self.instances.window(since, before)
        return Listing(idx, self._instance,
                       _window_filter(self._instance_extras(), since, before, full))

    def _build_tasks(self) -> None:
        self._base_counts = self._base_task_counts()
        # built by the first full task listing after each epoch change: an hourly
        # read never needs it, and months of changed instances make it the
        # dearest part of a start
        self._task_index: tuple[np.ndarray, np.ndarray] | None = None

    def _task_offsets(self) -> tuple[np.ndarray, np.ndarray]:
        """Tasks are listed instance by instance: the listed instances, and
        offsets that map a position to one (kept until the epoch moves)."""
        if self._task_index is None:
            cs = self.instances
            listed = cs.full()
            counts = np.zeros(cs.size, dtype=np.int64)
            counts[: cs.n0] = self._base_counts
            for s in np.flatnonzero(cs.version != 0):
                counts[s] = len(self._flow(int(s))[1])
            self._task_index = listed, np.concatenate([[0], np.cumsum(counts[listed])])
        return self._task_index

    def task_listing(self, since: int | None, before: int | None) -> _TaskListing:
        full = since is None and before is None
        extras = _window_filter(self._task_extras(), since, before, full)
        if full:
            return _TaskListing(self, *self._task_offsets(), None, extras)
        # tasks change with their instance: look at instances changed in the window,
        # and at the base instances whose tasks may have finished inside it
        lo = since if since is not None else -(2**62)
        hi = before if before is not None else 2**62
        # a task's updated_at is never after its instance's, and at most 16 h
        # before it for an unchanged base instance; a changed instance keeps its
        # early tasks' times, so look at every changed one not older than the window
        cs = self.instances
        later = cs.window(lo, None)
        inst = np.union1d(cs.window(lo, hi + 16 * HOUR), later[cs.version[later] != 0])
        rows = [task for s in inst for task in self._flow(int(s))[1]
                if lo <= int(datetime.fromisoformat(task["updated_at"]).timestamp()) < hi]
        return _TaskListing(self, np.empty(0, np.int64), np.zeros(1, np.int64), rows, extras)


class _TaskListing:
    def __init__(self, ds: SchoolDataset, instances: np.ndarray, offsets: np.ndarray,
                 rows: list[dict[str, Any]] | None, extras: list[dict[str, Any]]) -> None:
        self.ds = ds
        self.instances = instances
        self.offsets = offsets
        self.rows = rows
        self.extras = extras
        self.n = len(rows) if rows is not None else int(offsets[-1])

    def __len__(self) -> int:
        return self.n + len(self.extras)

    def page(self, offset: int, limit: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if self.rows is not None:
            out = self.rows[offset : offset + limit]
        elif offset < self.n:
            pos = int(np.searchsorted(self.offsets, offset, side="right")) - 1
            skip = offset - int(self.offsets[pos])
            while len(out) < limit and pos < len(self.instances):
                tasks = self.ds._flow(int(self.instances[pos]))[1]
                out.extend(tasks[skip : skip + limit - len(out)])
                skip = 0
                pos += 1
        return _then_extras(out, self.n, self.extras, offset, limit)
