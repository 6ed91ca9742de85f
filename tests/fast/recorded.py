"""A transport that replays scripted answers and records what was asked.

``OfficeflowClient(..., transport=RecordedTransport(...))`` talks to no
server: each request takes the next scripted answer (a ``RawResponse``, or an
exception the transport raises, such as ``TransportTimeout``), and an
unscripted request fails the test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from flowsync_dagster.officeflow.client import OfficeflowClient, RetrySettings
from flowsync_dagster.officeflow.transport import RawResponse

APP_KEY = "flowsync-test-key"
APP_SECRET = "s3cret-d0-not-leak"
TOKEN = "tok-AAAA-1111"
TOKEN_2 = "tok-BBBB-2222"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, Any]
    headers: dict[str, str]
    body: bytes | None

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body is not None else None


Answer = RawResponse | BaseException


@dataclass
class RecordedTransport:
    answers: list[Answer]
    requests: list[Request] = field(default_factory=list)
    closed: bool = False

    def request(self, method: str, path: str, *, query: dict[str, Any] | None = None,
                headers: dict[str, str] | None = None, body: bytes | None = None
                ) -> RawResponse:
        self.requests.append(Request(method, path, dict(query or {}), dict(headers or {}),
                                     body))
        if not self.answers:
            raise AssertionError(f"unscripted request: {method} {path} {query}")
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True

    @property
    def paths(self) -> list[str]:
        return [f"{r.method} {r.path}" for r in self.requests]

    def assert_done(self) -> None:
        assert self.answers == [], f"{len(self.answers)} scripted answers were never asked for"


# ------------------------------------------------------------- answers


def envelope(data: Any = None, *, code: int = 0, message: str = "ok", status: int = 200,
             retry_after: str | None = None) -> RawResponse:
    body = json.dumps({"code": code, "message": message, "data": data},
                      ensure_ascii=False).encode()
    return RawResponse(status, body, retry_after)


def token(value: str = TOKEN, expires_in: float = 7200) -> RawResponse:
    return envelope({"access_token": value, "expires_in": expires_in})


def page(items: list[Any], next_cursor: str | None = None) -> RawResponse:
    return envelope({"items": items, "next_cursor": next_cursor})


def error(status: int, code: int | None = None, message: str = "",
          retry_after: str | None = None) -> RawResponse:
    if code is None:
        return RawResponse(status, b"<html>Bad Gateway</html>", retry_after)
    return envelope(None, code=code, message=message, status=status, retry_after=retry_after)


def raw(status: int, body: bytes, retry_after: str | None = None) -> RawResponse:
    return RawResponse(status, body, retry_after)


# -------------------------------------------------------------- client


@dataclass
class Sleeps:
    """The ``sleep=`` of the client: records each wait instead of waiting."""

    waits: list[float] = field(default_factory=list)
    clock: Any = None  # a FakeClock to advance, when the test needs time to pass

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if self.clock is not None:
            self.clock.now += seconds


@dataclass
class FakeClock:
    now: float = 1_000.0

    def monotonic(self) -> float:
        return self.now


def make_client(*answers: Answer, retry: RetrySettings | None = None, page_size: int = 1000,
                sleeps: Sleeps | None = None, **kw: Any
                ) -> tuple[OfficeflowClient, RecordedTransport, Sleeps]:
    transport = RecordedTransport(list(answers))
    sleeps = sleeps if sleeps is not None else Sleeps()
    client = OfficeflowClient("https://officeflow.invalid", APP_KEY, APP_SECRET,
                              page_size=page_size, retry=retry or RetrySettings(),
                              sleep=sleeps, transport=transport, **kw)
    return client, transport, sleeps
