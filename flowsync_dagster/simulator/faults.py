"""Switchable faults: each row of the API contract's error table, on demand.

A fault is a rule ``{"kind": ..., "path": "/users", "every": 1, "after": 0,
"times": 1, ...}``: it fires on matching requests (path prefix under
``/api/v4``, default all but ``/auth/token``), skipping the first ``after``,
then on every ``every``-th one, at most ``times`` times (-1: without end).
Rules are checked in order; the first that fires decides the answer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

KINDS = {
    "rate_limit",  # HTTP 429 with Retry-After: ``retry_after`` seconds (default 1)
    "server_error",  # HTTP ``status`` (500/502/503/504, default 503)
    "reset",  # the connection is closed without an answer
    "timeout",  # the answer waits ``delay`` seconds (default 5)
    "truncated",  # HTTP 200 with half of the JSON body
    "non_json",  # HTTP 200 with an HTML error page
    "token_expired",  # HTTP 401 code 40101 (the token is revoked)
    "cursor_expired",  # HTTP 410 code 41000 (only on requests that carry a cursor)
    "platform_error",  # HTTP 200 with ``code`` (default 50001) and a message
    "http_error",  # HTTP ``status`` (400/403/404) with code status*100
    "bad_credentials",  # the token endpoint refuses: 401 code 40100
    "empty",  # a list endpoint answers an empty listing (an outage that looks like data)
    "cursor_loop",  # a page asked with a cursor names that same cursor as the next one
}


@dataclass
class FaultRule:
    kind: str
    path: str | None = None
    every: int = 1
    after: int = 0
    times: int = 1
    params: dict[str, Any] = field(default_factory=dict)
    seen: int = 0
    fired: int = 0

    @classmethod
    def parse(cls, spec: dict[str, Any]) -> FaultRule:
        spec = dict(spec)
        kind = spec.pop("kind")
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {sorted(KINDS)}")
        return cls(
            kind=kind,
            path=spec.pop("path", None),
            every=max(1, int(spec.pop("every", 1))),
            after=max(0, int(spec.pop("after", 0))),
            times=int(spec.pop("times", 1)),
            params=spec,
        )

    def matches(self, path: str, has_cursor: bool) -> bool:
        if self.kind == "bad_credentials":
            return path == "/auth/token"
        if path == "/auth/token":
            return self.path == "/auth/token"
        if self.kind == "cursor_expired" and not has_cursor:
            return False
        return self.path is None or path.startswith(self.path)

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "every": self.every, "after": self.after,
                "times": self.times, **self.params, "seen": self.seen, "fired": self.fired}


class FaultBoard:
    """The rules in force; thread-safe."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def set(self, specs: list[dict[str, Any]]) -> None:
        rules = [FaultRule.parse(spec) for spec in specs]
        with self._lock:
            self._rules = rules

    def describe(self) -> list[dict[str, Any]]:
        with self._lock:
            return [rule.describe() for rule in self._rules]

    def draw(self, path: str, has_cursor: bool) -> FaultRule | None:
        with self._lock:
            for rule in self._rules:
                if not rule.matches(path, has_cursor):
                    continue
                rule.seen += 1
                if rule.times >= 0 and rule.fired >= rule.times:
                    continue
                if rule.seen <= rule.after or (rule.seen - rule.after - 1) % rule.every:
                    continue
                rule.fired += 1
                return rule
        return None


def parse_cli_fault(text: str) -> dict[str, Any]:
    """``kind[:key=value,...]`` → a rule spec (values that look numeric are numbers)."""
    kind, _, rest = text.partition(":")
    spec: dict[str, Any] = {"kind": kind}
    for part in filter(None, rest.split(",")):
        key, _, value = part.partition("=")
        try:
            spec[key] = int(value)
        except ValueError:
            try:
                spec[key] = float(value)
            except ValueError:
                spec[key] = value
    return spec
