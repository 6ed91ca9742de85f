"""A reference model of the directory: what every table must hold, given the
source's states and the runs made, by the rules of docs/warehouse.md and
docs/operations.md. It is the specification written as plain Python over
dicts, and imports nothing from ``flowsync_dagster``.

What it covers: the directory's tables (``department``, ``user_attribute``,
``app_user`` with its extension columns, ``user_department``, ``post``,
``post_member``, ``tag_group``, ``tag``, ``tag_user``, ``user_openid``) and
the open quarantine cases of the reasons it knows (``invalid_record`` of a
user typed by the registry, ``bad_extension_field``, ``openid_conflict``,
``department_cycle``, ``department_orphan``, ``tag_name_conflict``). The
workflow tables are not modelled (the source lists no instances).

The rules, one function each below: newer wins (a record older than the
stored row is skipped, never absent, unless the run accepts older ones); a
tombstone ends its row; a complete listing ends what it lacks (within the
removal guard); a record not written leaves its row and its row's
memberships as they were; a membership follows its owner; an OpenID is never
rebound to another person unless the source ended the owner's binding; the
department tree is resolved from the versions that stand, after the school's
department rules; an hourly run reads [hour - look-back, hour end), and from
the first hour no successful run read (within the catch-up bound) less the
look-back.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

UTC = UTC
H = timedelta(hours=1)
NEVER = datetime.min.replace(tzinfo=UTC)
FOREVER = datetime.max.replace(tzinfo=UTC)


# ====================================================================== the source


@dataclass(frozen=True)
class Version:
    """One version of one source record, as the API serves it."""

    data: tuple[tuple[str, Any], ...]  # the record's fields, updated_at and status aside
    stamp: datetime  # updated_at
    deleted: bool = False  # a tombstone

    def __getitem__(self, key: str) -> Any:
        return dict(self.data)[key]

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.data).get(key, default)

    @classmethod
    def of(cls, stamp: datetime, deleted: bool = False, **data: Any) -> Version:
        frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                              for k, v in data.items()))
        return cls(frozen, stamp, deleted)


@dataclass
class Slot:
    """A key of the source: the version it serves (None: hard-deleted, never
    listed), a change stamped but not visible yet (late), and every version it
    served (for a restore)."""

    served: Version | None
    late: Version | None = None
    history: list[Version] = field(default_factory=list)

    def serve(self, version: Version | None) -> None:
        self.served = version
        if version is not None:
            self.history.append(version)


@dataclass
class Source:
    """The Officeflow source, small enough to reason about."""

    root: str = "R"
    departments: dict[str, Slot] = field(default_factory=dict)  # data: parent_id, name, status
    identities: dict[str, dict[str, str]] = field(default_factory=dict)  # identity -> key -> type
    users: dict[str, Slot] = field(default_factory=dict)  # data: username, name, identity,
    #                                                       department_ids, status, attributes
    posts: dict[str, Slot] = field(default_factory=dict)  # data: name, department_id, status
    post_members: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    tag_groups: dict[str, str] = field(default_factory=dict)  # id -> name
    tags: dict[str, Slot] = field(default_factory=dict)  # data: group_id, name, kind, status
    tag_members: dict[str, frozenset[str]] = field(default_factory=dict)
    platforms: tuple[str, ...] = ("wechat", "dingtalk")
    # (platform, openid, user_id) -> binding; data: username, status
    bindings: dict[tuple[str, str, str], Slot] = field(default_factory=dict)

    def served(self, slots: Mapping[Any, Slot]) -> dict[Any, Version]:
        return {k: s.served for k, s in slots.items() if s.served is not None}


@dataclass(frozen=True)
class Read:
    """What one step of a run reads: everything, or the records stamped in
    [start, end) (the API's updated_since / updated_before)."""

    full: bool
    start: datetime | None = None
    end: datetime | None = None

    def sees(self, version: Version) -> bool:
        return self.full or (self.start is not None and self.end is not None
                             and self.start <= version.stamp < self.end)


# ====================================================================== the store


@dataclass
class Row:
    values: dict[str, Any]
    active: bool
    status: str | None
    stamp: datetime | None
    removed: bool = False

    def shown(self) -> tuple[Any, ...]:
        return (tuple(sorted(self.values.items())), self.active, self.status, self.stamp,
                self.removed)


TABLES = ("department", "user_attribute", "app_user", "user_department", "post",
          "post_member", "tag_group", "tag", "tag_user", "user_openid")
# a step of a run and the tables it writes together (one transaction)
STEPS: dict[str, tuple[str, ...]] = {
    "department": ("department",), "user_attribute": ("user_attribute",),
    "users": ("app_user", "user_department"), "posts": ("post", "post_member"),
    "tag_group": ("tag_group",), "tags": ("tag", "tag_user"), "user_openid": ("user_openid",),
}
WHOLE_LISTINGS = ("department", "user_attribute", "tag_group")  # read whole every run
NOT_WRITTEN = ("invalid_record", "department_cycle", "department_orphan", "openid_conflict",
               "bad_extension_field")


@dataclass(frozen=True)
class Settings:
    lookback: timedelta = 3 * H
    catchup_max: timedelta = 24 * H
    max_fraction: float = 0.10
    max_rows: int = 50
    rules: tuple[tuple[str, str, str | None], ...] = ()  # (kind, department, parameter)


@dataclass(frozen=True)
class Options:
    """A run's own switches."""

    allow_mass_removal: bool = False
    accept_older: bool = False


class Refused(Exception):
    """The removal guard refused a step: it writes nothing."""


@dataclass
class Store:
    tables: dict[str, dict[Any, Row]] = field(
        default_factory=lambda: {t: {} for t in TABLES})
    cases: set[tuple[str, str, str]] = field(default_factory=set)  # open (entity, key, reason)
    ledger: dict[str, list[tuple[datetime | None, datetime]]] = field(default_factory=dict)
    mapping: dict[str, str | None] = field(default_factory=dict)  # department rules
    # the keys of open openid_conflict cases a listing raised by binding a pair
    # to two persons (rather than by a binding of a pair stored for another)
    listed_twice: set[str] = field(default_factory=set)

    def copy(self) -> Store:
        return copy.deepcopy(self)


# ====================================================================== windows


def plan_read(store: Store, table: str, hour: datetime, end: datetime,
              settings: Settings) -> Read:
    """docs/operations.md: an hourly run reads from its hour less the look-back,
    and from the first span no successful run read (within the catch-up bound)
    less the look-back; a full listing covers all before it. Before the table's
    first full listing, everything."""
    start = hour - settings.lookback
    spans = store.ledger.get(table, [])
    if not any(s is None for s, _ in spans):
        # no full listing of the table yet: the first read is whole, as a full
        # resync's (an hour alone would leave the table partial and look synced)
        return Read(True, None, end)  # covered up to its hour's end only
    history = NEVER
    limit = hour - max(settings.catchup_max, settings.lookback)
    point = max(limit, history)
    moved = True
    while moved and point < start:
        moved = False
        for s, e in spans:
            if (s is None or s <= point) and point < e:
                point, moved = e, True
    if point < start:
        start = point - settings.lookback
    return Read(False, start, end)


# ====================================================================== merging


def refusal(settings: Settings, options: Options, deactivating: int, active: int,
            empty: bool) -> str | None:
    """docs/warehouse.md, "Guards": when removals need the run's override."""
    if options.allow_mass_removal or deactivating == 0:
        return None
    fraction = deactivating / max(1, active)
    if empty:
        return "the source listed nothing"
    if fraction > 0.5:
        return "more than half of the table"
    if deactivating > settings.max_rows and fraction > settings.max_fraction:
        return "more than the thresholds"
    return None


@dataclass(frozen=True)
class Staged:
    key: Any
    values: dict[str, Any]
    active: bool
    status: str | None
    stamp: datetime | None
    tombstone: bool = False


def fold(staged: Iterable[Staged]) -> dict[Any, Staged]:
    """One record per key: the latest, the last listed among equals."""
    kept: dict[Any, Staged] = {}
    for s in staged:
        held = kept.get(s.key)
        if held is None or (s.stamp or NEVER) >= (held.stamp or NEVER):
            kept[s.key] = s
    return kept


def merge(rows: dict[Any, Row], staged: Iterable[Staged], *, settings: Settings,
          options: Options, reconcile: bool, scope: set[Any] | None = None,
          protected: Iterable[Any] = (), newer_wins: bool = True,
          carried_stamp: bool = False, ended_by_owner: set[Any] | None = None,
          tombstone_applies: Any = None) -> tuple[set[Any], set[Any]]:
    """Apply a step's records to one table (in place). Returns the keys written
    and the keys whose records were stale. Raises Refused when the guard does.

    ``scope``: the keys a complete listing may end (None: all);
    ``protected``: keys whose record was not written (their rows stay);
    ``carried_stamp``: a membership's stamp is written with a change, never a
    change on its own; ``ended_by_owner``: keys whose owner's tombstone ends
    them (not counted by the guard)."""
    records = fold(staged)
    stale: set[Any] = set()
    if newer_wins and not options.accept_older:
        for key, s in list(records.items()):
            row = rows.get(key)
            if row is not None and row.stamp is not None and s.stamp is not None \
                    and s.stamp < row.stamp:
                stale.add(key)
                del records[key]
    applies = tombstone_applies or (lambda row, s: True)
    deactivating = sum(1 for k, s in records.items() if k in rows and rows[k].active and (
        (s.tombstone and applies(rows[k], s)) or (not s.tombstone and not s.active)))
    missing = set()
    if reconcile:
        keep = set(records) | stale | set(protected)
        missing = {k for k, r in rows.items() if not r.removed and k not in keep
                   and (scope is None or k in scope)}
    ending = {k for k in missing if rows[k].active}
    owner_ended = len(ending & (ended_by_owner or set()))
    if reconcile and deactivating + len(ending) > owner_ended:
        live = sum(1 for s in records.values() if not s.tombstone)
        why = refusal(settings, options, deactivating + len(ending) - owner_ended,
                      sum(1 for r in rows.values() if r.active),
                      empty=scope is None and live == 0)
        if why:
            raise Refused(why)
    written: set[Any] = set()
    for key, s in records.items():
        row = rows.get(key)
        if s.tombstone:
            if row is not None and not row.removed and applies(row, s):
                rows[key] = Row(row.values, False, s.status, s.stamp, True)
                written.add(key)
            continue
        if row is None:
            rows[key] = Row(dict(s.values), s.active, s.status, s.stamp)
            written.add(key)
            continue
        values = {**row.values, **s.values}
        changed = values != row.values or row.active != s.active or row.status != s.status \
            or (not carried_stamp and row.stamp != s.stamp)
        if row.removed or changed:
            rows[key] = Row(values, s.active, s.status, s.stamp)
            written.add(key)
    for key in missing:
        row = rows[key]
        rows[key] = Row(row.values, False, row.status, row.stamp, True)
        written.add(key)
    return written, stale


def record_cases(store: Store, entity: str, seen: Iterable[tuple[str, str]],
                 looked_at: Mapping[str, set[str] | None]) -> None:
    """docs/warehouse.md: a case stays open while it occurs; it is resolved by
    the first sync that looked at its key and did not find it. ``looked_at``
    maps each reason this step judges to the keys it looked at (None: all)."""
    seen = set(seen)
    store.cases |= {(entity, key, reason) for key, reason in seen}
    for case in list(store.cases):
        e, key, reason = case
        if e != entity or reason not in looked_at or (key, reason) in seen:
            continue
        keys = looked_at[reason]
        if keys is None or key in keys:
            store.cases.discard(case)


# ====================================================================== departments


def walk(source: Source) -> dict[str, Version]:
    """The tree as the walk finds it: the root, then the children each listed
    department's listing serves (a tombstone under its last parent)."""
    served = source.served(source.departments)
    listing: dict[str | None, list[str]] = {}
    for key, version in served.items():
        if key != source.root:
            listing.setdefault(version["parent_id"], []).append(key)
    found = {source.root: served[source.root]}
    frontier = [source.root]
    while frontier:
        below = []
        for parent in frontier:
            for key in listing.get(parent, []):
                if key not in found:
                    found[key] = served[key]
                    below.append(key)
        frontier = below
    return found


def apply_rules(found: dict[str, Version], rules: Iterable[tuple[str, str, str | None]]
                ) -> tuple[dict[str, Version], dict[str, str | None]]:
    """The school's rename, revoke and exclude rules, in order, on the walk;
    the mapping of what they leave out (None)."""
    records = dict(found)
    mapping: dict[str, str | None] = {}
    for kind, department, parameter in rules:
        record = records.get(department)
        if record is None or record.deleted:
            continue
        if kind == "rename":
            records[department] = Version.of(record.stamp, **{**dict(record.data),
                                                              "name": parameter})
        elif kind == "revoke":
            records[department] = Version.of(record.stamp, **{**dict(record.data),
                                                              "status": "revoked"})
        elif kind == "exclude":
            gone, frontier = {department}, [department]
            while frontier:
                frontier = [k for k, v in records.items() if not v.deleted and k not in gone
                            and v["parent_id"] in frontier]
                gone |= set(frontier)
            for key in gone:
                records.pop(key)
                mapping[key] = None
    return records, mapping


def standing_versions(records: dict[str, Version], rows: Mapping[str, Row]
                      ) -> tuple[dict[str, Version], int]:
    """A record older than its stored row gives way to what the store holds."""
    out, stale = {}, 0
    for key, version in records.items():
        row = rows.get(key)
        if row is None or row.stamp is None or version.stamp >= row.stamp:
            out[key] = version
            continue
        stale += 1
        if row.removed or row.status not in ("active", "revoked"):
            out[key] = Version.of(row.stamp, deleted=True, parent_id=row.values["parent_id"])
        else:
            out[key] = Version.of(row.stamp, parent_id=row.values["parent_id"],
                                  name=row.values["name"], code=row.values["code"],
                                  order=row.values["sort_order"], status=row.status)
    return out, stale


def place(records: dict[str, Version], root: str
          ) -> tuple[dict[str, tuple[list[str], bool]], dict[str, str]]:
    """Path and activity of each live department; the others refused (cycle, orphan)."""
    live = {k: v for k, v in records.items() if not v.deleted}
    placed = {root: ([root], live[root]["status"] == "active")}
    refused: dict[str, str] = {}
    for start in live:
        chain: list[str] = []
        node = start
        while node not in placed and node not in refused:
            if node in chain:
                for member in chain[chain.index(node):]:
                    refused[member] = "department_cycle"
                chain = chain[:chain.index(node)]
                break
            chain.append(node)
            parent = live[node]["parent_id"]
            if parent is None or parent not in live:
                refused[node] = "department_orphan"
                chain.pop()
                break
            node = parent
        for member in reversed(chain):
            if member in refused:
                continue
            parent = live[member]["parent_id"]
            if parent in placed:
                path, active = placed[parent]
                placed[member] = ([*path, member],
                                  active and live[member]["status"] == "active")
            else:
                refused[member] = "department_orphan"
    return placed, refused


def department_step(store: Store, source: Source, settings: Settings, options: Options) -> int:
    rows = store.tables["department"]
    records, mapping = apply_rules(walk(source), settings.rules)
    stale = 0
    if not options.accept_older:
        records, stale = standing_versions(records, rows)
    placed, refused = place(records, source.root)
    staged = []
    for key, (path, active) in placed.items():
        v = records[key]
        staged.append(Staged(key, {"parent_id": v["parent_id"], "name": v["name"],
                                   "code": v["code"], "sort_order": v["order"],
                                   "path": "/".join(path), "depth": len(path) - 1},
                             active, v["status"], v.stamp))
    staged += [Staged(k, {}, False, "deleted", v.stamp, True)
               for k, v in records.items() if v.deleted]
    _, skipped = merge(rows, staged, settings=settings, options=options, reconcile=True,
                       protected=refused)
    store.mapping = mapping
    record_cases(store, "department", [(k, r) for k, r in refused.items()],
                 {"invalid_record": None, "department_cycle": None, "department_orphan": None})
    return stale + len(skipped)


# ====================================================================== the registry


def registered_types(store: Store) -> dict[str, str]:
    return {r.values["column_name"]: r.values["type"]
            for r in store.tables["user_attribute"].values()}


def attribute_step(store: Store, source: Source, settings: Settings, options: Options) -> None:
    types_of: dict[str, set[str]] = {}
    for fields in source.identities.values():
        for key, type_ in fields.items():
            types_of.setdefault(key, set()).add(type_)
    registered = registered_types(store)
    staged, refused = [], []
    for identity, fields in source.identities.items():
        for key, type_ in fields.items():
            if len(types_of[key]) > 1 or (key in registered and registered[key] != type_):
                refused.append((f"{identity}:{key}", "bad_extension_field"))
                continue
            staged.append(Staged((identity, key), {
                "label": key, "type": type_, "max_length": 32 if type_ == "string" else None,
                "column_name": key}, True, "active", None))
    protected = {(k.split(":")[0], k.split(":")[1]) for k, _ in refused}
    merge(store.tables["user_attribute"], staged, settings=settings, options=options,
          reconcile=True, protected=protected)
    record_cases(store, "user_attribute", refused,
                 {"bad_extension_field": None, "invalid_record": None})


# ====================================================================== users


def conforms(value: Any, type_: str) -> bool:
    if value is None:
        return True
    if type_ == "string":
        return isinstance(value, str) and len(value) <= 32
    if type_ == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_ == "boolean":
        return isinstance(value, bool)
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def stored_form(value: Any, type_: str) -> Any:
    return date.fromisoformat(value) if type_ == "date" and value is not None else value


def typing_fields(store: Store) -> dict[str, dict[str, str]]:
    """identity -> key -> type of the registry's active fields the users are typed
    by: not one whose declaration changed at the source (quarantined)."""
    fields: dict[str, dict[str, str]] = {}
    for (identity, key), row in store.tables["user_attribute"].items():
        if row.active and ("user_attribute", f"{identity}:{key}",
                           "bad_extension_field") not in store.cases:
            fields.setdefault(identity, {})[key] = row.values["type"]
    return fields


def remapped(mapping: Mapping[str, str | None], department: str | None) -> str | None:
    return mapping.get(department, department) if department is not None else None


def users_step(store: Store, source: Source, read: Read, settings: Settings,
               options: Options) -> int:
    users, links = store.tables["app_user"], store.tables["user_department"]
    typing = typing_fields(store)
    columns = sorted(registered_types(store))
    listed = [(k, v) for k, v in source.served(source.users).items() if read.sees(v)]
    staged, invalid = [], []
    for key, v in listed:
        if v.deleted:
            staged.append(Staged(key, {}, False, "deleted", v.stamp, True))
            continue
        fields = typing.get(v["identity"], {})
        attributes = dict(v["attributes"])
        if not all(conforms(attributes.get(k), t) for k, t in fields.items()):
            invalid.append((key, "invalid_record"))
            continue
        row = users.get(key)
        values = {"username": v["username"], "name": v["name"], "identity": v["identity"],
                  "mobile": None, "email": None}
        for column in columns:
            if column in fields:
                values[column] = stored_form(attributes.get(column), fields[column])
            else:
                values[column] = row.values.get(column) if row is not None else None
        staged.append(Staged(key, values, v["status"] == "active", v["status"], v.stamp))
    protected = {k for k, _ in invalid}
    written, stale = merge(users, staged, settings=settings, options=options,
                           reconcile=read.full, protected=protected)
    applied = {k: s for k, s in fold(staged).items() if k not in stale}
    memberships = []
    for key, s in applied.items():
        if s.tombstone:
            continue
        v = source.users[key].served
        assert v is not None
        for department in sorted(set(v["department_ids"])):
            target = remapped(store.mapping, department)
            if target is not None:
                memberships.append(Staged((key, target), {}, s.active, s.status, s.stamp))
    ended = {k for k in links if k[0] in {u for u, s in applied.items() if s.tombstone}}
    scope = None if read.full else {k for k in links if k[0] in applied}
    keep = {k for k in links if k[0] in stale or k[0] in protected}
    merge(links, memberships, settings=settings, options=options, reconcile=True,
          scope=scope, protected=keep, newer_wins=False, carried_stamp=True,
          ended_by_owner=ended)
    record_cases(store, "app_user", invalid,
                 {"invalid_record": None if read.full else set(applied)})
    return len(stale)


# ====================================================================== posts and tags


def _parents_and_members(store: Store, table: str, link: str, staged_parents: list[Staged],
                         members: Mapping[str, Iterable[Staged]], read: Read,
                         settings: Settings, options: Options) -> tuple[set[Any], set[Any]]:
    """A parent table with member lists (posts, tags): the parents merged, then the
    memberships of the parents read reconciled."""
    parents, links = store.tables[table], store.tables[link]
    _, stale = merge(parents, staged_parents, settings=settings, options=options,
                     reconcile=read.full)
    applied = {k: s for k, s in fold(staged_parents).items() if k not in stale}
    rows = [m for parent, ms in members.items() if parent not in stale for m in ms]
    ended = {k for k in links if k[0] in {p for p, s in applied.items() if s.tombstone}}
    scope = None if read.full else {k for k in links if k[0] in applied}
    keep = {k for k in links if k[0] in stale}
    merge(links, rows, settings=settings, options=options, reconcile=True, scope=scope,
          protected=keep, newer_wins=False, carried_stamp=True, ended_by_owner=ended)
    return set(applied), stale


def posts_step(store: Store, source: Source, read: Read, settings: Settings,
               options: Options) -> int:
    listed = [(k, v) for k, v in source.served(source.posts).items() if read.sees(v)]
    staged, members = [], {}
    for key, v in listed:
        if v.deleted:
            staged.append(Staged(key, {}, False, "deleted", v.stamp, True))
            continue
        active = v["status"] == "enabled"
        staged.append(Staged(key, {"name": v["name"], "code": f"C{key}",
                                   "department_id": remapped(store.mapping,
                                                             v["department_id"])},
                             active, v["status"], v.stamp))
        rows: dict[Any, Staged] = {}
        for department, user in sorted(source.post_members.get(key, frozenset())):
            target = store.mapping.get(department, department)
            if target is None:  # left out by a rule
                continue
            rows.setdefault((key, target or "", user),
                            Staged((key, target or "", user), {}, active, v["status"], v.stamp))
        members[key] = list(rows.values())
    _, stale = _parents_and_members(store, "post", "post_member", staged, members, read,
                                    settings, options)
    return len(stale)


def tag_group_step(store: Store, source: Source, settings: Settings, options: Options) -> None:
    merge(store.tables["tag_group"], [Staged(k, {"name": n}, True, "active", None)
                                      for k, n in source.tag_groups.items()],
          settings=settings, options=options, reconcile=True)


def tags_step(store: Store, source: Source, read: Read, settings: Settings,
              options: Options) -> int:
    tags = store.tables["tag"]
    listed = [(k, v) for k, v in source.served(source.tags).items() if read.sees(v)]
    staged, members = [], {}
    for key, v in listed:
        if v.deleted:
            staged.append(Staged(key, {}, False, "deleted", v.stamp, True))
            continue
        active = v["status"] == "active"
        staged.append(Staged(key, {"group_id": v["group_id"], "name": v["name"],
                                   "kind": v["kind"]}, active, v["status"], v.stamp))
        members[key] = [Staged((key, user), {}, active, v["status"], v.stamp)
                        for user in sorted(source.tag_members.get(key, frozenset()))]
    for s in staged:  # a new tag is not in conflict until the flags are worked out
        if s.key not in tags and not s.tombstone:
            s.values.setdefault("name_conflict", False)
    applied, stale = _parents_and_members(store, "tag", "tag_user", staged, members, read,
                                          settings, options)
    pairs = {(r.values.get("group_id"), r.values.get("name")) for k, r in tags.items()
             if read.full or k in applied or r.values.get("name_conflict")}
    flagged = []
    looked_at = set()
    for key, row in tags.items():
        pair = (row.values.get("group_id"), row.values.get("name"))
        if pair not in pairs:
            continue
        looked_at.add(key)
        conflict = row.active and any(
            o.active and (o.values.get("group_id"), o.values.get("name")) == pair
            and o.values.get("kind") != row.values.get("kind") for o in tags.values())
        row.values["name_conflict"] = conflict
        if conflict:
            flagged.append((key, "tag_name_conflict"))
    record_cases(store, "tag", flagged, {
        "invalid_record": None if read.full else applied,
        "tag_name_conflict": None if read.full else looked_at})
    return len(stale)


# ====================================================================== OpenIDs


def person(values: Mapping[str, Any]) -> str:
    return values["username"] if values.get("username") else "#" + values["user_id"]


def same_person(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a["user_id"] == b["user_id"] or (a.get("username") is not None
                                            and a.get("username") == b.get("username"))


def openid_step(store: Store, source: Source, read: Read, settings: Settings,
                options: Options) -> int:
    rows = store.tables["user_openid"]
    listed = [Staged((p, o), {"user_id": u, "username": v["username"]},
                     not v.deleted and v["status"] == "active",
                     "deleted" if v.deleted else v["status"], v.stamp, v.deleted)
              for (p, o, u), v in sorted(source.served(source.bindings).items(),
                                         key=lambda kv: (kv[1].stamp, kv[0]))
              if read.sees(v)]
    examined = {f"{p}:{o}" for p, o in (s.key for s in listed)}
    by_pair: dict[Any, list[Staged]] = {}
    for s in listed:
        by_pair.setdefault(s.key, []).append(s)
    staged: list[Staged] = []
    conflicts, moves = [], []
    for pair, group in by_pair.items():
        if len(group) == 1:
            staged += group
            continue
        live = [s for s in group if not s.tombstone]
        if len({person(s.values) for s in live}) > 1:
            conflicts.append((f"{pair[0]}:{pair[1]}", "openid_conflict"))
            continue
        kept = []
        for s in group:
            others = [o for o in group if o.tombstone and not same_person(o.values, s.values)]
            if not s.tombstone and others:
                moved_at = max(o.stamp for o in others)
                s = replace(s, stamp=max(s.stamp, moved_at))
            if s.tombstone and live and not same_person(s.values, live[0].values):
                moves.append((pair, s))
                continue
            stored = rows.get(pair)
            if s.tombstone and not live and stored is not None and \
                    not same_person(s.values, stored.values):
                continue
            kept.append(s)
        staged += list(fold(kept).values()) if kept else []
    looked = None if read.full else examined
    if not read.full:  # an hour cannot see a pair bound to two persons stop being so
        held_open = {k for e, k, r in store.cases
                     if e == "user_openid" and r == "openid_conflict" and k in store.listed_twice}

        def owner_moved(pair: Any) -> bool:  # the stored binding's own tombstone
            stored = rows.get(pair)
            return stored is not None and not stored.removed and any(
                p == pair and same_person(o.values, stored.values) for p, o in moves)

        looked = examined - {k for k in held_open if not owner_moved(tuple(k.split(":", 1)))}
        for s in list(staged):
            key, stored = f"{s.key[0]}:{s.key[1]}", rows.get(s.key)
            owner = stored is not None and not stored.removed and same_person(s.values,
                                                                              stored.values)
            if not s.tombstone and key in held_open and not owner_moved(s.key) and not owner:
                staged.remove(s)
    refused = []
    for s in list(staged):
        stored = rows.get(s.key)
        if s.tombstone or stored is None or stored.removed or \
                same_person(s.values, stored.values):
            continue
        if any(pair == s.key and same_person(o.values, stored.values)
               and o.stamp >= stored.stamp for pair, o in moves):
            continue
        refused.append((f"{s.key[0]}:{s.key[1]}", "openid_conflict"))
        staged.remove(s)
    cases = conflicts + refused
    protected = {tuple(k.split(":", 1)) for k, _ in cases}
    _, stale = merge(rows, staged, settings=settings, options=options, reconcile=read.full,
                     protected=protected,
                     tombstone_applies=lambda row, s: same_person(s.values, row.values))
    record_cases(store, "user_openid", cases, {"invalid_record": looked,
                                               "openid_conflict": looked})
    store.listed_twice = ((store.listed_twice | {k for k, _ in conflicts})
                          - {k for k, _ in refused})
    store.listed_twice &= {k for e, k, r in store.cases
                           if e == "user_openid" and r == "openid_conflict"}
    return len(stale)


# ====================================================================== a run


def run_step(store: Store, source: Source, step: str, hour: datetime | None,
             settings: Settings, options: Options, full: bool) -> Read:
    """One step of a run, applied to ``store`` in place (raises Refused, leaving
    it as it was); returns what it read. ``hour``: the run's partition (UTC)."""
    tables = STEPS[step]
    before = store.copy()
    try:
        if step in WHOLE_LISTINGS or full or hour is None:
            read = Read(True)
        else:
            read = plan_read(store, tables[0], hour, hour + H, settings)
        if step == "department":
            department_step(store, source, settings, options)
        elif step == "user_attribute":
            attribute_step(store, source, settings, options)
        elif step == "users":
            users_step(store, source, read, settings, options)
        elif step == "posts":
            posts_step(store, source, read, settings, options)
        elif step == "tag_group":
            tag_group_step(store, source, settings, options)
        elif step == "tags":
            tags_step(store, source, read, settings, options)
        else:
            openid_step(store, source, read, settings, options)
    except Refused:
        store.__dict__.update(before.__dict__)
        raise
    for table in tables:
        store.ledger.setdefault(table, []).append(
            (None if read.full else read.start,  # type: ignore[arg-type]
             FOREVER if read.end is None else read.end))
    return read
