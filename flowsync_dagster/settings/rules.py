"""A school's department rules, as the settings file states them.

Some schools keep their own shape of the organisation tree: a department
renamed, moved, mapped onto a local one, two merged into one, a subtree
revoked or left out. Each rule names departments by their source id::

    department_rules:
      - rename: D12          # the department's name, as the school wants it
        name: Academic Office
      - reparent: D30        # hang D30 (and its subtree) under D2
        parent: D2
      - map: D77             # D77 is written as the local department L-OFFICE
        onto: L-OFFICE
      - merge: [D5, D6]      # D6 is folded into D5, its members with it
        into: D5
      - revoke: D40          # D40 and its subtree: written, inactive
      - exclude: D41         # D41 and its subtree: not synced at all

Rules apply in the order written, each to what the ones before it made.
How they are applied is ``sync/department_rules.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

RuleKind = Literal["rename", "reparent", "map", "merge", "revoke", "exclude"]
# the parameter each kind needs besides the department(s)
PARAMETER: dict[str, str | None] = {"rename": "name", "reparent": "parent", "map": "onto",
                                    "merge": "into", "revoke": None, "exclude": None}


@dataclass(frozen=True)
class DepartmentRule:
    number: int  # 1-based, in the file's order
    kind: RuleKind
    departments: tuple[str, ...]  # one, or those merged
    target: str | None = None  # reparent: the parent; map/merge: the department kept
    name: str | None = None  # rename

    def label(self) -> str:
        subject = ", ".join(self.departments)
        target = {"rename": f" -> name {self.name!r}", "reparent": f" under {self.target}",
                  "map": f" onto {self.target}", "merge": f" into {self.target}"}
        return f"#{self.number} {self.kind} {subject}{target.get(self.kind, '')}"

    def as_config(self) -> dict[str, object]:
        return {"kind": self.kind, "departments": list(self.departments),
                "target": self.target or "", "name": self.name or ""}


def _department(raw: object, where: str) -> str:
    if isinstance(raw, bool) or not isinstance(raw, str | int) or not str(raw).strip():
        raise ValueError(f"{where}: a department's source id, not {raw!r}")
    return str(raw).strip()


def parse_rule(raw: object, number: int) -> DepartmentRule:
    """One rule; ``ValueError`` says what is wrong (the caller names where)."""
    if not isinstance(raw, Mapping):
        raise ValueError("a rule is a mapping like {rename: D12, name: ...}")
    kinds = [k for k in raw if k in PARAMETER]
    if len(kinds) != 1:
        raise ValueError(f"names exactly one of {', '.join(PARAMETER)}, not {sorted(raw)}")
    kind = kinds[0]
    parameter = PARAMETER[kind]
    unknown = sorted(set(raw) - {kind, "note"} - ({parameter} if parameter else set()))
    if unknown:
        raise ValueError(f"{kind}: unknown key {unknown[0]!r}")
    subject = raw[kind]
    if kind == "merge":
        if not isinstance(subject, list) or len(subject) < 2:
            raise ValueError("merge: lists two or more departments, e.g. merge: [D5, D6]")
        departments = tuple(_department(d, "merge") for d in subject)
    else:
        departments = (_department(subject, kind),)
    value: str | None = None
    if parameter is not None:
        if parameter not in raw:
            raise ValueError(f"{kind}: needs {parameter}:")
        value = str(raw[parameter]).strip() if raw[parameter] is not None else ""
        if not value:
            raise ValueError(f"{kind}: {parameter} is empty")
    if kind in ("reparent", "map") and value in departments:
        raise ValueError(f"{kind}: a department cannot be {parameter} of itself")
    return DepartmentRule(number, kind, departments,
                          target=value if kind != "rename" else None,
                          name=value if kind == "rename" else None)


def check_together(rules: list[DepartmentRule]) -> None:
    """Rules that cannot all hold: one department mapped or merged two ways, or
    a set that makes a cycle (a department under itself, or two departments each
    under the other), with the maps and merges resolved into one mapping first
    (a chain of them that returns to its start is no move at all).

    Moves that make a cycle only with the source's own tree (a department
    merged into its own child, re-parented under its own subtree) are known
    only when the tree is walked: they are refused then, rule by rule, and
    reported (``sync/department_rules.py``)."""
    moved: dict[str, int] = {}
    for rule in rules:
        if rule.kind not in ("map", "merge"):
            continue
        for department in rule.departments:
            if department == rule.target:
                continue
            if department in moved:
                raise ValueError(f"rule #{rule.number} maps {department} again "
                                 f"(rule #{moved[department]} already does)")
            moved[department] = rule.number
    _refuse_cycles(rules, resolve_moves(rules))


def resolve_moves(rules: list[DepartmentRule]) -> dict[str, str]:
    """Where the maps and merges send each department, in one step: chains
    followed (A onto L, then L onto B: A and L go to B), a chain back to its
    start dropped (A onto L, then L onto A: A stays A)."""
    goes: dict[str, str] = {}
    for rule in rules:
        if rule.kind not in ("map", "merge") or rule.target is None:
            continue
        for department in rule.departments:
            if department == rule.target:
                continue
            for earlier, to in list(goes.items()):
                if to == department:
                    goes[earlier] = rule.target
            goes[department] = rule.target
    return {k: v for k, v in goes.items() if k != v}


def _refuse_cycles(rules: list[DepartmentRule], moves: dict[str, str]) -> None:
    """The re-parenting the rules state, after the moves: no department under
    itself, no cycle of parents."""
    parent: dict[str, tuple[str, DepartmentRule]] = {}
    for rule in rules:
        if rule.kind != "reparent" or rule.target is None:
            continue
        child = moves.get(rule.departments[0], rule.departments[0])
        under = moves.get(rule.target, rule.target)
        if child == under:
            raise ValueError(f"rule {rule.label()} puts {child} under itself once the maps "
                             "and merges are applied")
        parent[child] = (under, rule)
    for start in parent:
        path, node = [start], start
        while node in parent:
            node = parent[node][0]
            if node == start:
                numbers = " and ".join(sorted({f"#{parent[n][1].number}" for n in path}))
                raise ValueError(f"rules {numbers} make a cycle of parents: "
                                 f"{' under '.join([*path, start])}")
            if node in path:
                break  # a cycle that does not pass through start: found from its own start
            path.append(node)
