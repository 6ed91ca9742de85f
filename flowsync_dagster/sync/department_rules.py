"""A school's department rules (``settings/rules.py``) applied to the walked tree.

The rules rewrite the walk's records before the tree is resolved, so path,
depth, cycles and orphans follow the rules exactly as they follow the
source. What the rules move or leave out is also returned as a mapping
(source department id -> the department it became, or None when excluded):
the department step keeps it in ``department_mapping``, and the steps that
stage memberships rewrite theirs by it, set-based (``store/rules/department_mapping.py``).

A rule that names a department the source does not have changes nothing and
is reported (a WARN check names it); so is a rule that would move, map or
leave out the root.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import msgspec

from flowsync_dagster.officeflow.models import Department
from flowsync_dagster.settings.rules import DepartmentRule
from flowsync_dagster.sync.tree import DepartmentItem, DepartmentWalk


@dataclass
class RuleEffect:
    rule: DepartmentRule
    departments: int = 0  # departments it renamed, moved, mapped, revoked or left out
    missing: list[str] = field(default_factory=list)  # ids it names that the source lacks
    refused: str = ""  # why it was not applied, when it names the root

    def row(self) -> tuple[str, int, str]:
        problem = self.refused or (f"not in the source: {', '.join(self.missing)}"
                                   if self.missing else "")
        return self.rule.label(), self.departments, problem


@dataclass(frozen=True)
class RuledWalk:
    walk: DepartmentWalk  # the records after the rules
    mapping: dict[str, str | None]  # source id -> department id (None: excluded)
    mapped_by: dict[str, str]  # source id -> the label of the rule that moved it
    effects: list[RuleEffect]

    @property
    def unmatched(self) -> list[str]:
        """One line per rule that names what the source lacks, or the root."""
        return [f"{e.rule.label()}: {e.row()[2]}" for e in self.effects
                if e.missing or e.refused]


class _Tree:
    """The records being rewritten, with a children index kept in step."""

    def __init__(self, walk: DepartmentWalk) -> None:
        self.root = walk.root.id
        self.records: dict[str, DepartmentItem] = dict(walk.records)
        self.listers = {k: set(v) for k, v in walk.listers.items()}
        self.children: dict[str, set[str]] = defaultdict(set)
        for key, record in self.records.items():
            if isinstance(record, Department) and record.parent_id is not None:
                self.children[record.parent_id].add(key)

    def live(self, key: str | None) -> bool:
        return key is not None and isinstance(self.records.get(key), Department)

    def department(self, key: str) -> Department:
        record = self.records[key]
        assert isinstance(record, Department)
        return record

    def replace(self, key: str, **changes: object) -> None:
        old = self.department(key)
        new = msgspec.structs.replace(old, **changes)
        if old.parent_id != new.parent_id:
            if old.parent_id is not None:
                self.children[old.parent_id].discard(key)
            if new.parent_id is not None:
                self.children[new.parent_id].add(key)
                self.listers[key] = {new.parent_id}
        self.records[key] = new

    def subtree(self, key: str) -> list[str]:
        found, frontier = [], [key]
        seen = {key}
        while frontier:
            node = frontier.pop()
            found.append(node)
            for child in sorted(self.children.get(node, ())):
                if child not in seen:
                    seen.add(child)
                    frontier.append(child)
        return found

    def move_children(self, source: str, target: str) -> None:
        for child in sorted(self.children.get(source, ())):
            self.replace(child, parent_id=target)

    def rekey(self, key: str, new_id: str) -> None:
        """``key``'s record under ``new_id`` (a local department), where it hung."""
        record = self.department(key)
        listers = self.listers.get(key, set())
        self.drop(key)
        self.records[new_id] = msgspec.structs.replace(record, id=new_id)
        self.listers[new_id] = listers
        if record.parent_id is not None:
            self.children[record.parent_id].add(new_id)

    def drop(self, key: str) -> None:
        record = self.records.pop(key)
        if isinstance(record, Department) and record.parent_id is not None:
            self.children[record.parent_id].discard(key)
        self.listers.pop(key, None)


class _Applying:
    """The rules applied one by one to ``tree``, recording where departments went."""

    def __init__(self, tree: _Tree) -> None:
        self.tree = tree
        self.mapping: dict[str, str | None] = {}
        self.mapped_by: dict[str, str] = {}

    def send(self, source: str, target: str | None, label: str) -> None:
        """``source`` (and whatever was sent to it before) now goes to ``target``;
        a chain back to its start is no move (A onto L, then L onto A: A stays)."""
        for earlier, went in list(self.mapping.items()):
            if went == source:
                self.mapping[earlier], self.mapped_by[earlier] = target, label
        self.mapping[source], self.mapped_by[source] = target, label
        for key in [k for k, went in self.mapping.items() if went == k]:
            del self.mapping[key], self.mapped_by[key]

    def apply(self, rule: DepartmentRule) -> RuleEffect:
        tree, effect = self.tree, RuleEffect(rule)
        named = list(rule.departments)
        if rule.kind in ("reparent", "merge") and rule.target is not None:
            named.append(rule.target)
        effect.missing = [d for d in dict.fromkeys(named) if not tree.live(d)]
        if rule.kind != "rename" and tree.root in rule.departments and \
                not (rule.kind == "merge" and rule.target == tree.root):
            effect.refused = f"the root {tree.root} cannot be {rule.kind}d"
            return effect
        effect.refused = self.cycle(rule) or ""
        if effect.refused:
            return effect
        effect.departments = getattr(self, rule.kind)(rule)
        return effect

    def cycle(self, rule: DepartmentRule) -> str | None:
        """Why the rule would hang a department under its own subtree in the
        source's tree (known only now, with the tree walked), or None."""
        if rule.kind not in ("reparent", "map", "merge") or not self.tree.live(rule.target):
            return None
        for d in rule.departments:
            if d != rule.target and self.tree.live(d) and rule.target in self.tree.subtree(d):
                return (f"not applied: {rule.target} is in {d}'s own subtree, so {d} would "
                        "hang under itself")
        return None

    def rename(self, rule: DepartmentRule) -> int:
        live = [d for d in rule.departments if self.tree.live(d)]
        for d in live:
            self.tree.replace(d, name=rule.name)
        return len(live)

    def reparent(self, rule: DepartmentRule) -> int:
        d, parent = rule.departments[0], rule.target
        if not (self.tree.live(d) and self.tree.live(parent)):
            return 0
        self.tree.replace(d, parent_id=parent)
        return 1

    def map(self, rule: DepartmentRule) -> int:
        tree, target, moved = self.tree, rule.target, 0
        assert target is not None
        if rule.kind == "merge" and not tree.live(target):
            return 0  # nothing to merge into: said as missing
        for d in rule.departments:
            if d == target or not tree.live(d):
                continue
            tree.move_children(d, target)
            if tree.live(target):
                tree.drop(d)
            else:  # a local department: the source's record, under the local id
                tree.rekey(d, target)
            self.send(d, target, rule.label())
            moved += 1
        return moved

    merge = map

    def revoke(self, rule: DepartmentRule) -> int:
        d = rule.departments[0]
        if not self.tree.live(d):
            return 0
        self.tree.replace(d, status="revoked")
        return len(self.tree.subtree(d))

    def exclude(self, rule: DepartmentRule) -> int:
        d = rule.departments[0]
        if not self.tree.live(d):
            return 0
        gone = self.tree.subtree(d)
        for key in gone:
            self.tree.drop(key)
            self.send(key, None, rule.label())
        return len(gone)


def apply_rules(walk: DepartmentWalk, rules: Iterable[DepartmentRule]) -> RuledWalk:
    applying = _Applying(_Tree(walk))
    effects = [applying.apply(rule) for rule in rules]
    tree = applying.tree
    ruled = DepartmentWalk(root=walk.root, records=tree.records,
                           listers=defaultdict(set, tree.listers), bad=walk.bad)
    # memberships name source departments: a local id a rule made and another
    # moved on is nobody's membership
    mapping = {k: v for k, v in applying.mapping.items() if k in walk.records}
    return RuledWalk(ruled, mapping, {k: applying.mapped_by[k] for k in mapping}, effects)
