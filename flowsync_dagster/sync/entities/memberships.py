"""Parents with member lists (posts and their holders, tags and their users).

One algorithm, used by ``posts.py`` and ``tags.py``: the parents of the window
are staged; each live parent's member list is read (concurrently, bounded) and
streamed into one COPY, each member once; the parents are merged, then the
memberships of the parents read are reconciled.

A parent whose list answered 404 (deleted between the two calls) keeps its
memberships until a later run reads the list, and a WARN check names it; when
every list answered 404, the source is down, and the step fails. A list with
an unreadable item is not reconciled either: the item might be a membership
that still holds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from flowsync_dagster.officeflow.client import OfficeflowClient, OfficeflowError, OfficeflowRefused
from flowsync_dagster.officeflow.models import ItemDecoder, Page
from flowsync_dagster.store.merge import (
    TOMBSTONE,
    MergeResult,
    MergeSpec,
    Owner,
    StepWriter,
    row_columns,
)
from flowsync_dagster.store.quarantine import QuarantineCase, QuarantineResult
from flowsync_dagster.store.rules.department_mapping import remap_column, remap_staged
from flowsync_dagster.sync.step import SyncStep, invalid_cases

T = TypeVar("T")
MISSING_LISTS = "member_lists_missing"  # the report fact the lists check reads


class MemberLists(Generic[T]):
    """The member lists of many parents, read concurrently.

    Iterating yields ``(parent id, page)`` in the calling thread, as lists
    arrive, so rows can stream into one COPY."""

    def __init__(self, client: OfficeflowClient, path: str, decoder: ItemDecoder[T],
                 parents: Iterable[str]) -> None:
        self.client = client
        self.path = path
        self.decoder = decoder
        self.parents = parents
        self.missing: list[str] = []  # answered 404
        self.read = 0

    def _fetch(self, parent: str) -> list[Page[T]] | None:
        try:
            return list(self.client.iter_pages(self.path.format(quote(parent, safe="")),
                                               self.decoder))
        except OfficeflowRefused as exc:
            if exc.status == 404:
                return None
            raise

    def __iter__(self) -> Iterator[tuple[str, Page[T]]]:
        for parent, pages in self.client.fan_out(self._fetch, self.parents):
            if pages is None:
                self.missing.append(parent)
                continue
            self.read += 1
            for page in pages:
                yield parent, page


class UniqueMembers:
    """Each parent's members once each, as ``(parent id, member)``; bad items go to
    ``cases`` (filed as ``<parent>/<key>`` under ``entity``, their parents in
    ``unreadable``) and the repeats the source sent are counted, for the
    duplicates check. A parent's list is small, so folding it here keeps the
    merge on its fast, optimistic path."""

    def __init__(self, lists: MemberLists[Any], key: Callable[[Any], Hashable],
                 cases: list[QuarantineCase], entity: str) -> None:
        self.lists = lists
        self.key = key
        self.cases = cases
        self.entity = entity
        self.repeats = 0
        self.unreadable: set[str] = set()

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        current: str | None = None
        seen: set[Hashable] = set()
        for parent, page in self.lists:
            if page.bad:
                self.unreadable.add(parent)
                self.cases.extend(invalid_cases(page.bad, prefix=f"{parent}/",
                                                entity=self.entity))
            if parent != current:
                current, seen = parent, set()
            for member in page.records:
                key = self.key(member)
                if key in seen:
                    self.repeats += 1
                    continue
                seen.add(key)
                yield parent, member


@dataclass(frozen=True)
class Memberships:
    """What differs between posts and tags: names, paths, and row shapes."""

    parent: str  # table of the parents, e.g. "post"
    parent_row: type[tuple[Any, ...]]  # its named row type (first field: id)
    link: str  # table of the memberships, e.g. "post_member"
    link_row: type[tuple[Any, ...]]  # its named row type
    link_key: tuple[str, ...]  # its first column names the parent
    path: str  # member list endpoint, "{}" for the parent id
    decoder: ItemDecoder[Any]
    member_key: Callable[[Any], Hashable]  # what makes a member a repeat
    membership: Callable[[Any, Any], tuple[Any, ...]]  # (parent record, member) -> link row
    # the department column of both row types, rewritten by the school's
    # department rules (department_mapping) before the merge; None: no such column
    department: str | None = None

    @property
    def parent_columns(self) -> tuple[str, ...]:
        return row_columns(self.parent_row)[1:]

    @property
    def link_columns(self) -> tuple[str, ...]:
        return row_columns(self.link_row)[len(self.link_key):]


@dataclass
class MembershipSync:
    parents: MergeResult
    links: MergeResult
    lists_read: int
    lists_missing: list[str]
    repeats: int


def sync_memberships(step: SyncStep, w: StepWriter, spec: Memberships,
                     parent_rows: Iterable[tuple[Any, ...]], live: Mapping[str, Any]
                     ) -> MembershipSync:
    """Stage and merge the parents and the memberships of those read."""
    window = step.window
    w.stage_rows(spec.parent, spec.parent, spec.parent_row, parent_rows)
    lists = MemberLists(step.client, spec.path, spec.decoder, live)
    list_cases: list[QuarantineCase] = []
    members = UniqueMembers(lists, spec.member_key, list_cases, spec.link)
    w.stage_rows(spec.link, spec.link, spec.link_row,
                 (spec.membership(live[parent], m) for parent, m in members))
    if lists.missing and not lists.read and len(lists.missing) > 1:
        raise OfficeflowError(
            f"{spec.link}: every member list read ({len(lists.missing)}) answered 404: the "
            "source is not serving them; nothing was written")
    w.add_cases(spec.parent, [*step.cases, *list_cases])
    if spec.department is not None:
        remap_departments(step, w, spec, spec.department)
    unread = w.create_staging(f"unread_{spec.parent}", [("id", "TEXT")])
    w.load(unread, ["id"], ((p,) for p in sorted({*lists.missing, *members.unreadable})))
    staged = w.staging_name(spec.parent)
    parents = step.merged(w.merge(MergeSpec(spec.parent, ("id",), spec.parent_columns,
                                            reconcile=window.full), staged, step.guard))
    owner = spec.link_key[0]
    scope = f"t.{owner} NOT IN (SELECT id FROM {unread})"
    if not window.full:
        scope += f" AND t.{owner} IN (SELECT id FROM {staged})"
    links = step.merged(w.merge(MergeSpec(
        spec.link, spec.link_key, spec.link_columns, reconcile=True, scope=scope,
        carried=("source_updated_at",), newer_wins=False, owner=Owner(spec.parent, owner)),
        w.staging_name(spec.link), step.guard))
    report = step.report(spec.link)
    report.facts["duplicates_folded"] = members.repeats + links.duplicates_folded
    report.facts[MISSING_LISTS] = sorted(lists.missing)
    report.extra.update({"member_lists_read": lists.read,
                         "member_lists_missing": len(lists.missing),
                         "repeated_members_folded": members.repeats})
    return MembershipSync(parents, links, lists.read, lists.missing, members.repeats)


def remap_departments(step: SyncStep, w: StepWriter, spec: Memberships, column: str) -> None:
    """The school's department rules on the staged parents and memberships."""
    parents = remap_column(w, w.staging_name(spec.parent), column)
    links = remap_staged(w, w.staging_name(spec.link),
                         (*spec.link_key, *spec.link_columns, TOMBSTONE), spec.link_key, column)
    if parents:
        step.report(spec.parent).extra["department_rules_rows"] = parents
    if links:
        step.report(spec.link).extra["department_rules_memberships"] = links


def record_membership_quarantine(step: SyncStep, w: StepWriter, spec: Memberships,
                                 parent_scopes: Mapping[str, str | None]
                                 ) -> tuple[QuarantineResult, QuarantineResult]:
    """Quarantine of the parents (``parent_scopes``) and of their member lists: a
    list read again judges the cases filed under its parent; a list that was not
    read (it answered 404, or an item of it could not be read) judges none."""
    staged = w.staging_name(spec.parent)
    unread = w.staging_name(f"unread_{spec.parent}")

    def under(parents: str) -> str:
        return f"substr(q.source_key, 1, length({parents}.id) + 1) = {parents}.id || '/'"

    judged = (f"SELECT q.source_key FROM {w.t('sync_quarantine')} q "
              + ("" if step.window.full else f"JOIN {staged} s ON {under('s')} ")
              + f"WHERE q.entity = '{spec.link}' AND NOT EXISTS (SELECT 1 FROM {unread} u "
              f"WHERE {under('u')})")
    in_window = None if step.window.full else f"SELECT id FROM {staged}"
    parents = w.record_quarantine(spec.parent, {"invalid_record": in_window, **parent_scopes})
    links = w.record_quarantine(spec.link, {"invalid_record": judged})
    step.report(spec.parent).quarantine = parents
    step.report(spec.link).quarantine = links
    return parents, links
