"""Parents with member lists (posts and their holders, tags and their users).

One algorithm, used by ``posts.py`` and ``tags.py``: the parents of the window
are staged; each live parent's member list is read (concurrently, bounded) and
streamed into one COPY, each member once; the parents are merged, then the
memberships of the parents read are reconciled. A parent whose list answered
404 (deleted between the two calls) keeps its memberships until the next run.
"""

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from flowsync_dagster.assets.common import invalid_cases
from flowsync_dagster.officeflow.client import OfficeflowClient, OfficeflowRefused
from flowsync_dagster.officeflow.models import ItemDecoder, Page
from flowsync_dagster.partitions import SyncWindow
from flowsync_dagster.store.merge import (
    MergeResult,
    MergeSpec,
    QuarantineCase,
    RemovalGuard,
    StepWriter,
)

T = TypeVar("T")


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
    ``cases`` (filed as ``<parent>/<key>`` under ``entity``) and the repeats the
    source sent are counted, for the duplicates check. A parent's list is
    small, so folding it here keeps the merge on its fast, optimistic path."""

    def __init__(self, lists: MemberLists, key: Callable[[Any], Hashable],
                 cases: list[QuarantineCase], entity: str) -> None:
        self.lists = lists
        self.key = key
        self.cases = cases
        self.entity = entity
        self.repeats = 0

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        current: str | None = None
        seen: set[Hashable] = set()
        for parent, page in self.lists:
            self.cases.extend(invalid_cases(page.bad, prefix=f"{parent}/", entity=self.entity))
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
    parent_columns: tuple[str, ...]
    link: str  # table of the memberships, e.g. "post_member"
    link_key: tuple[str, ...]  # its first column names the parent
    link_columns: tuple[str, ...]
    path: str  # member list endpoint, "{}" for the parent id
    decoder: ItemDecoder[Any]
    member_key: Callable[[Any], Hashable]  # what makes a member a repeat
    link_row: Callable[[Any, Any], tuple[Any, ...]]  # (parent record, member) -> link row


@dataclass
class MembershipSync:
    parents: MergeResult
    links: MergeResult
    lists_read: int
    lists_missing: int
    repeats: int

    def link_metadata(self) -> dict[str, int]:
        return {"member_lists_read": self.lists_read, "member_lists_missing": self.lists_missing,
                "repeated_members_folded": self.repeats}


def sync_memberships(step: StepWriter, client: OfficeflowClient, window: SyncWindow,
                     guard: RemovalGuard, spec: Memberships, parent_rows: Iterable[tuple[Any, ...]],
                     live: Mapping[str, Any], cases: list[QuarantineCase]) -> MembershipSync:
    """Stage and merge the parents and the memberships of those read."""
    step.stage(spec.parent, spec.parent, ("id", *spec.parent_columns), parent_rows)
    lists = MemberLists(client, spec.path, spec.decoder, live)
    members = UniqueMembers(lists, spec.member_key, cases, spec.link)
    step.stage(spec.link, spec.link, (*spec.link_key, *spec.link_columns),
               (spec.link_row(live[parent], m) + (False,) for parent, m in members))
    step.add_cases(spec.parent, cases)
    unread = step.create_staging(f"unread_{spec.parent}", [("id", "TEXT")])
    step.load(unread, ["id"], ((parent,) for parent in lists.missing))  # load() analyzes
    staged = step.staging_name(spec.parent)
    parents = step.merge(MergeSpec(spec.parent, ("id",), spec.parent_columns,
                                   reconcile=window.full, touch_all=window.full), staged, guard)
    owner = spec.link_key[0]
    scope = f"t.{owner} NOT IN (SELECT id FROM {unread})"
    if not window.full:
        scope += f" AND t.{owner} IN (SELECT id FROM {staged})"
    links = step.merge(MergeSpec(spec.link, spec.link_key, spec.link_columns, reconcile=True,
                                 touch_all=window.full, scope=scope, protect=f"t.{owner}",
                                 carried=("source_updated_at",)),
                       step.staging_name(spec.link), guard)
    return MembershipSync(parents, links, lists.read, len(lists.missing), members.repeats)


def record_membership_quarantine(step: StepWriter, window: SyncWindow, spec: Memberships,
                                 parent_scopes: Mapping[str, str | None]
                                 ) -> tuple[Any, Any]:
    """Quarantine of the parents (``parent_scopes``) and of their member lists: a
    list read again judges the cases filed under its parent."""
    staged = step.staging_name(spec.parent)
    reread = (f"SELECT q.source_key FROM {step.t('sync_quarantine')} q JOIN {staged} s "
              f"ON substr(q.source_key, 1, length(s.id) + 1) = s.id || '/' "
              f"WHERE q.entity = '{spec.link}'")
    in_window = None if window.full else f"SELECT id FROM {staged}"
    parents = step.record_quarantine(spec.parent, {"invalid_record": in_window, **parent_scopes})
    links = step.record_quarantine(spec.link,
                                   {"invalid_record": None if window.full else reread})
    return parents, links
