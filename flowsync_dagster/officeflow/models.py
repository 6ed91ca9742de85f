"""Typed, frozen records of the Officeflow 4.0 API (docs/officeflow-api.md).

Each list item is decoded on its own from the raw JSON bytes of its page, so
one bad record becomes a quarantine case (with the payload exactly as
received) instead of failing its page. A record with ``status: "deleted"`` is
a tombstone: only its key and ``updated_at`` are trusted.

A record is bad when it misses its key or a required field (a missing list or
map is not an empty one, a missing status is not "active"), when a field has
the wrong JSON type, when a timestamp has no offset or cannot be expressed in
UTC, or when a string holds a character the store cannot keep (NUL, or a lone
UTF-16 surrogate): valid JSON all, but not a row PostgreSQL can hold.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

import msgspec

# Timestamps must carry an offset: a naive one is ambiguous, hence unparsable.
AwareDatetime = Annotated[datetime, msgspec.Meta(tz=True)]
Key = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
Int32 = Annotated[int, msgspec.Meta(ge=-(2**31), le=2**31 - 1)]


def utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC)


def _in_utc_range(*values: datetime | None) -> None:
    """``0001-01-01T00:00:00+01:00`` parses, but has no UTC form: refuse it at
    decoding, where it becomes a quarantine case, not later in the store."""
    for value in values:
        if value is not None:
            try:
                value.astimezone(UTC)
            except OverflowError:
                raise ValueError(f"timestamp {value.isoformat()} is out of range in UTC") from None


class Record(msgspec.Struct, frozen=True, kw_only=True):
    updated_at: AwareDatetime

    def __post_init__(self) -> None:
        _in_utc_range(self.updated_at)

    @property
    def is_tombstone(self) -> bool:
        return getattr(self, "status", None) == "deleted"


# ---------------------------------------------------------------- directory


class Department(Record, frozen=True, kw_only=True):
    id: Key
    parent_id: Key | None
    name: str
    code: str | None = None
    order: Int32 = 0
    status: Literal["active", "revoked"]


class IdentityField(msgspec.Struct, frozen=True, kw_only=True):
    key: str  # untrusted: validated before it becomes a column
    label: str = ""
    type: str  # validated with the key: string, integer, date, boolean
    max_length: Int32 | None = None


class Identity(msgspec.Struct, frozen=True, kw_only=True):
    code: Key
    name: str
    fields: tuple[IdentityField, ...]


class User(Record, frozen=True, kw_only=True):
    id: Key
    username: str
    name: str
    identity: str
    department_ids: tuple[Key, ...]
    mobile: str | None = None
    email: str | None = None
    status: Literal["active", "disabled", "deleted"]
    attributes: dict[str, Any]


class Post(Record, frozen=True, kw_only=True):
    id: Key
    name: str
    code: str | None = None
    department_id: Key | None = None
    status: Literal["enabled", "disabled", "deleted"]


class PostMember(msgspec.Struct, frozen=True, kw_only=True):
    user_id: Key
    department_id: Key | None = None


class TagGroup(msgspec.Struct, frozen=True, kw_only=True):
    id: Key
    name: str
    updated_at: AwareDatetime | None = None

    def __post_init__(self) -> None:
        _in_utc_range(self.updated_at)


class Tag(Record, frozen=True, kw_only=True):
    id: Key
    group_id: Key
    name: str
    kind: Literal["static", "dynamic"]
    status: Literal["active", "disabled", "deleted"]


class TagUser(msgspec.Struct, frozen=True, kw_only=True):
    user_id: Key


class Platform(msgspec.Struct, frozen=True, kw_only=True):
    code: Key
    name: str = ""


class OpenId(Record, frozen=True, kw_only=True):
    platform: Key
    openid: Key
    user_id: Key
    username: str | None = None
    status: Literal["active", "disabled", "deleted"]


# ----------------------------------------------------------------- workflow

InstanceStatus = Literal["running", "completed", "terminated", "cancelled", "rejected"]
TaskStatus = Literal["init", "completed", "aborted", "reverted"]


class ProcessInstance(Record, frozen=True, kw_only=True):
    id: Key
    process_code: str
    process_name: str = ""
    category: str
    title: str = ""
    creator_user_id: Key | None = None
    agent_user_id: Key | None = None
    anonymous: bool = False
    parent_instance_id: Key | None = None
    status: InstanceStatus | Literal["deleted"]
    created_at: AwareDatetime
    finished_at: AwareDatetime | None = None

    def __post_init__(self) -> None:
        _in_utc_range(self.updated_at, self.created_at, self.finished_at)


class TaskHistory(Record, frozen=True, kw_only=True):
    id: Key
    instance_id: Key
    node_id: str
    node_name: str = ""
    task_type: str = ""
    assignee_user_id: Key | None = None
    status: TaskStatus | Literal["deleted"]
    created_at: AwareDatetime
    finished_at: AwareDatetime | None = None

    def __post_init__(self) -> None:
        _in_utc_range(self.updated_at, self.created_at, self.finished_at)


# --------------------------------------------------------------- tombstones


class Tombstone(msgspec.Struct, frozen=True, kw_only=True):
    """``{"id": ..., "status": "deleted", "updated_at": ...}``."""

    id: Key
    status: Literal["deleted"]
    updated_at: AwareDatetime

    is_tombstone = True

    def __post_init__(self) -> None:
        _in_utc_range(self.updated_at)


class OpenIdTombstone(msgspec.Struct, frozen=True, kw_only=True):
    """An unbound OpenID keeps its pair, user and username."""

    platform: Key
    openid: Key
    user_id: Key | None = None
    username: str | None = None
    status: Literal["deleted"]
    updated_at: AwareDatetime

    is_tombstone = True

    def __post_init__(self) -> None:
        _in_utc_range(self.updated_at)


# ---------------------------------------------------------- decoding items

T = TypeVar("T")


@dataclass(frozen=True)
class BadRecord:
    """An item that could not be decoded: handed on for quarantine."""

    source_key: str
    error: str
    payload: str


@dataclass(frozen=True)
class Page(Generic[T]):
    records: list[T]
    bad: list[BadRecord]


# A NUL can only arrive escaped (and the client turns a lone UTF-16 surrogate,
# which no UTF-8 store can hold either, into one); most pages have neither, so
# a byte search decides whether a record needs the exact look.
_SUSPECT = re.compile(rb"\\u0000")


def unstorable_text(raw: bytes) -> str | None:
    """Why a record's strings cannot be stored, or None."""
    if not _SUSPECT.search(raw):
        return None
    stack: list[Any] = [msgspec.json.decode(raw)]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and "\x00" in value:
            return ("a string holds a NUL character (U+0000) or a lone UTF-16 surrogate, "
                    "which PostgreSQL cannot store")
    return None


def storable(text: str) -> str:
    """``text`` with NUL characters spelled out, for keys and messages we file."""
    return text.replace("\x00", "\\u0000")


def _source_key_of(raw: bytes, key_fields: tuple[str, ...]) -> str:
    """The record's key as text, or a stable stand-in when it has none."""
    try:
        obj = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        obj = None
    if isinstance(obj, dict):
        parts = [obj.get(name) for name in key_fields]
        if all(isinstance(p, str | int) and str(p) != "" for p in parts):
            return storable(":".join(str(p) for p in parts))
    return "<no key>#" + hashlib.sha1(raw).hexdigest()[:16]


class ItemDecoder(Generic[T]):
    """Decodes one list item into its record type, or its tombstone type."""

    def __init__(
        self,
        record_type: type[T],
        key_fields: tuple[str, ...] = ("id",),
        tombstone_type: type | None = None,
    ) -> None:
        self.record_type = record_type
        self.key_fields = key_fields
        self._decoder = msgspec.json.Decoder(record_type)
        self._tombstone = msgspec.json.Decoder(tombstone_type) if tombstone_type else None

    def decode_page(self, raws: list[msgspec.Raw]) -> Page[T]:
        records: list[T] = []
        bad: list[BadRecord] = []
        decode = self._decoder.decode
        for raw in raws:
            try:
                record = decode(raw)
                error = unstorable_text(raw)
                if error is None:
                    records.append(record)
                    continue
            except (msgspec.ValidationError, msgspec.DecodeError) as exc:
                error = str(exc)
            if self._tombstone is not None and not unstorable_text(raw):
                try:
                    records.append(self._tombstone.decode(raw))
                    continue
                except (msgspec.ValidationError, msgspec.DecodeError):
                    pass
            data = bytes(raw)
            bad.append(
                BadRecord(
                    source_key=_source_key_of(data, self.key_fields),
                    error=error,
                    payload=data.decode("utf-8", "replace"),
                )
            )
        return Page(records, bad)


DEPARTMENT = ItemDecoder(Department, ("id",), Tombstone)
IDENTITY = ItemDecoder(Identity, ("code",))
USER = ItemDecoder(User, ("id",), Tombstone)
POST = ItemDecoder(Post, ("id",), Tombstone)
POST_MEMBER = ItemDecoder(PostMember, ("user_id", "department_id"))
TAG_GROUP = ItemDecoder(TagGroup, ("id",))
TAG = ItemDecoder(Tag, ("id",), Tombstone)
TAG_USER = ItemDecoder(TagUser, ("user_id",))
PLATFORM = ItemDecoder(Platform, ("code",))
OPENID = ItemDecoder(OpenId, ("platform", "openid"), OpenIdTombstone)
PROCESS_INSTANCE = ItemDecoder(ProcessInstance, ("id",), Tombstone)
TASK_HISTORY = ItemDecoder(TaskHistory, ("id",), Tombstone)
