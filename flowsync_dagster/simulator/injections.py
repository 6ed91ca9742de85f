"""Records a test hands the simulator to serve next to (or instead of) the
generated ones: hostile items (a NUL in a string, a wrong JSON type, a missing
key) or a hand-made listing (another identity registry, no tag groups at all).

Each injection names a list endpoint of the contract and the query parameter
that picks one of its listings (``parent_id`` of ``/departments``,
``platform`` of ``/openids``). Items are kept as encoded JSON
(``msgspec.Raw``): they are served byte for byte as they came, and nothing a
test does to its own objects afterwards changes what is served.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec

ROOT = "/departments/root"
# the query parameter that picks a listing, per endpoint (others take none)
KEY_PARAMS: dict[str, tuple[str, ...]] = {"/departments": ("parent_id",),
                                          "/openids": ("platform",)}
WINDOWED = frozenset({"/users", "/posts", "/tags", "/openids", "/process-instances",
                      "/task-history"})
_LISTS = frozenset({"/departments", "/identities", "/tag-groups", "/platforms", *WINDOWED})
_MEMBER_LIST = re.compile(r"/(posts/[^/]+/members|tags/[^/]+/users)")
MODES = ("append", "replace")

Key = tuple[str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True)
class Injected:
    """What is injected into one listing (frozen: a handler thread may hold it
    while a test injects more)."""

    replaced: tuple[msgspec.Raw, ...] | None = None  # None: the generated items are served
    appended: tuple[msgspec.Raw, ...] = ()

    def items(self) -> list[msgspec.Raw]:
        return [*(self.replaced or ()), *self.appended]


def _raw(items: Sequence[Any]) -> tuple[msgspec.Raw, ...]:
    def encoded(item: Any) -> msgspec.Raw:
        return item if isinstance(item, msgspec.Raw) else msgspec.Raw(msgspec.json.encode(item))

    try:
        return tuple(encoded(item) for item in items)
    except (TypeError, ValueError) as exc:  # e.g. a lone surrogate, a set
        raise ValueError(f"an item is not JSON: {exc}") from None


def _key(path: str, params: Mapping[str, Any] | None) -> Key:
    if not isinstance(path, str) or not (
            path == ROOT or path in _LISTS or _MEMBER_LIST.fullmatch(path)):
        raise ValueError(f"{path!r} is no list endpoint of the contract")
    given = dict(params or {})
    wanted = KEY_PARAMS.get(path, ())
    if set(given) != set(wanted) or not all(isinstance(v, str) and v for v in given.values()):
        raise ValueError(f"{path} takes params {list(wanted)} (non-empty strings), got {given}")
    return path, tuple(sorted(given.items()))


class Injections:
    """Every injection, by listing; safe to use from the handler threads."""

    def __init__(self) -> None:
        self._by_key: dict[Key, Injected] = {}
        self._lock = threading.Lock()

    def add(self, path: str, items: Sequence[Any], params: Mapping[str, Any] | None = None,
            mode: str = "append") -> None:
        """``replace``: the listing is ``items`` from now on; ``append``: ``items``
        follow what it lists. ``/departments/root`` takes one item, replaced."""
        key = _key(path, params)
        if mode not in MODES:
            raise ValueError(f"mode is one of {list(MODES)}, not {mode!r}")
        if isinstance(items, str | bytes | Mapping) or not isinstance(items, Sequence):
            raise ValueError("items is a list")
        if path == ROOT and (mode != "replace" or len(items) != 1):
            raise ValueError(f"{ROOT} is one department: mode replace, one item")
        raw = _raw(items)
        with self._lock:
            old = self._by_key.get(key, Injected())
            self._by_key[key] = (Injected(replaced=raw) if mode == "replace"
                                 else Injected(old.replaced, old.appended + raw))

    def get(self, path: str, query: Mapping[str, str]) -> Injected | None:
        """The injection into the listing ``query`` asks for, if any."""
        params = tuple(sorted((k, query[k]) for k in KEY_PARAMS.get(path, ()) if k in query))
        with self._lock:
            return self._by_key.get((path, params))

    def clear(self) -> None:
        with self._lock:
            self._by_key.clear()

    def describe(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"path": path, "params": dict(params),
                     "replaced": None if i.replaced is None else len(i.replaced),
                     "appended": len(i.appended)}
                    for (path, params), i in sorted(self._by_key.items(), key=lambda kv: kv[0])]
