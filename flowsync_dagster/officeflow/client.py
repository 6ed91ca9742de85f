"""The Officeflow 4.0 HTTP client: auth, paging, windows, retries.

Thread-safe: one keep-alive connection per worker thread (``transport.py``)
and one cached token shared by every worker. Every failure that reaches the
caller is an ``OfficeflowError`` whose one-line message names the endpoint and
the platform's code, and never carries a secret or a token.
"""

from __future__ import annotations

import json
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import msgspec
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

try:  # tenacity >= 8.3: stop before a sleep that would overrun the budget
    from tenacity import stop_before_delay as _stop_by_time
except ImportError:  # pragma: no cover
    from tenacity import stop_after_delay as _stop_by_time

from flowsync_dagster.officeflow.models import ItemDecoder, Page
from flowsync_dagster.officeflow.transport import (
    HttpTransport,
    RawResponse,
    Transport,
    TransportFailed,
    TransportTimeout,
)

log = logging.getLogger("flowsync_dagster.officeflow")

T = TypeVar("T")
R = TypeVar("R")

API_PREFIX = "/api/v4"


class OfficeflowError(Exception):
    """A permanent failure of one call: the step fails with this message."""


class OfficeflowUnavailable(OfficeflowError):
    """Transient failures went on past the retry budget."""


class OfficeflowRefused(OfficeflowError):
    """A permanent HTTP answer (400/401/403/404, or code != 0 on HTTP 200)."""

    def __init__(self, message: str, status: int, code: int | None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class _Transient(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class _TokenExpired(Exception):
    pass


class CursorExpired(Exception):
    pass


class _Envelope(msgspec.Struct):
    code: int
    message: str = ""
    data: msgspec.Raw = msgspec.Raw(b"null")


class _ListData(msgspec.Struct):
    items: list[msgspec.Raw] = []
    next_cursor: str | None = None


class _TokenData(msgspec.Struct):
    access_token: str
    expires_in: float = 7200.0


_ENVELOPE = msgspec.json.Decoder(_Envelope)


def _lenient_envelope(body: bytes) -> _Envelope | None:
    """A body msgspec refuses may still be JSON: a lone UTF-16 surrogate escape
    (``"\\ud800"``) is valid JSON syntax but no Unicode text. Rather than fail
    the whole page, each such string becomes a NUL, which item decoding then
    refuses for that one record (a quarantine case, not a failed step)."""
    try:
        parsed = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return "".join("\x00" if _SURROGATES[0] <= ch <= _SURROGATES[1] else ch
                           for ch in value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        return value

    try:
        return _ENVELOPE.decode(json.dumps(clean(parsed)).encode())
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None


_SURROGATES = ("\ud800", "\udfff")
_LIST = msgspec.json.Decoder(_ListData)
_TOKEN = msgspec.json.Decoder(_TokenData)


@dataclass(frozen=True)
class RetrySettings:
    max_retries: int = 6
    max_retry_seconds: float = 300.0
    backoff_initial_seconds: float = 0.5
    backoff_max_seconds: float = 30.0
    max_cursor_restarts: int = 3


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _retry_after(response: RawResponse) -> float | None:
    raw = response.retry_after
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None  # an HTTP-date: fall back to our own backoff


class _BackoffHonouringRetryAfter:
    """Exponential backoff with full jitter; a server's Retry-After wins."""

    def __init__(self, initial: float, maximum: float) -> None:
        self.initial = initial
        self.maximum = maximum

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Transient) and exc.retry_after is not None:
            # the server knows best; the total retry budget still bounds the wait
            return exc.retry_after
        ceiling = min(self.maximum, self.initial * (2 ** (state.attempt_number - 1)))
        return random.uniform(self.initial / 2, ceiling)


class ListingObserver(Protocol):
    """Told of what the client reads, for a step's progress log. Called from
    whichever thread reads (fan-out workers, the read-ahead thread), so an
    observer must be thread-safe; it is told counts and paths, never records."""

    def page(self, path: str, records: int) -> None:
        """One page of the listing at ``path`` (as asked, ids in it) was read."""

    def fan_out_started(self, calls: int | None) -> None:
        """A fan-out of ``calls`` calls (None: not known in advance) begins."""

    def fan_out_call_done(self) -> None:
        """One call of a fan-out finished."""


# A client's defaults, said once (the resource that builds one refers to them).
PAGE_SIZE = 1000
TIMEOUT_SECONDS = 30.0
MAX_CONCURRENCY = 8


class OfficeflowClient:
    def __init__(
        self,
        base_url: str,
        app_key: str,
        app_secret: str,
        *,
        page_size: int = PAGE_SIZE,
        timeout_seconds: float = TIMEOUT_SECONDS,
        max_concurrency: int = MAX_CONCURRENCY,
        retry: RetrySettings | None = None,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: Transport | None = None,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._app_key = app_key
        self._app_secret = app_secret
        self.page_size = max(1, min(int(page_size), 1000))
        self.max_concurrency = max(1, int(max_concurrency))
        self.retry = retry or RetrySettings()
        self.log = logger or log
        self._sleep = sleep
        # any object with HttpTransport's request/close: tests replay recorded answers
        self._http: Transport = transport or HttpTransport(self._base, timeout_seconds)
        self._token: str | None = None
        self._token_deadline = 0.0
        self._token_lock = threading.Lock()
        self._counter_lock = threading.Lock()  # worker threads count too
        self._requests = 0
        self._retries = 0
        # the running step's progress reporter; None outside a step
        self.observer: ListingObserver | None = None

    # ------------------------------------------------------------- counters

    @property
    def requests_sent(self) -> int:
        return self._requests

    @property
    def retries(self) -> int:
        return self._retries

    def counters(self) -> tuple[int, int]:
        """(requests sent, retries) so far: a step reports the difference."""
        with self._counter_lock:
            return self._requests, self._retries

    def _count(self, requests: int = 0, retries: int = 0) -> None:
        with self._counter_lock:
            self._requests += requests
            self._retries += retries

    # ------------------------------------------------------------- plumbing

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OfficeflowClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _with_retries(self, what: str, call: Callable[[], R]) -> R:
        settings = self.retry
        started = time.monotonic()
        attempts = 0

        def before_sleep(state: RetryCallState) -> None:
            self._count(retries=1)
            exc = state.outcome.exception() if state.outcome else None
            self.log.warning(
                "%s: %s; retry %d in %.1fs",
                what,
                getattr(exc, "reason", exc),
                state.attempt_number,
                state.next_action.sleep if state.next_action else 0.0,
            )

        retrying = Retrying(
            retry=retry_if_exception_type(_Transient),
            stop=stop_after_attempt(settings.max_retries + 1)
            | _stop_by_time(settings.max_retry_seconds),
            wait=_BackoffHonouringRetryAfter(
                settings.backoff_initial_seconds, settings.backoff_max_seconds
            ),
            sleep=self._sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    return call()
        except _Transient as exc:
            raise OfficeflowUnavailable(
                f"{what}: gave up after {attempts} attempts in "
                f"{time.monotonic() - started:.1f}s; last error: {exc.reason}"
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, method: str, path: str, *, params: dict[str, Any] | None = None,
              json_body: dict[str, Any] | None = None, token: str | None = None) -> bytes:
        """One HTTP exchange; returns the raw ``data`` of a code-0 envelope."""
        what = f"{method} {API_PREFIX}{path}"
        headers = {"Authorization": f"Bearer {token}"} if token else None
        self._count(requests=1)
        try:
            response = self._http.request(
                method, API_PREFIX + path, query=params, headers=headers,
                body=msgspec.json.encode(json_body) if json_body is not None else None)
        except TransportTimeout:
            raise _Transient("timed out") from None
        except TransportFailed as exc:
            raise _Transient(f"connection failed ({exc})") from None
        body = response.body
        status = response.status
        if status == 429:
            raise _Transient("HTTP 429 rate limited", _retry_after(response))
        if status in (500, 502, 503, 504):
            raise _Transient(f"HTTP {status}", _retry_after(response))
        try:
            envelope = _ENVELOPE.decode(body)
        except (msgspec.DecodeError, msgspec.ValidationError):
            envelope = _lenient_envelope(body)
            if envelope is None and status == 200:
                raise _Transient("truncated or non-JSON body") from None
        code = envelope.code if envelope else None
        message = self._redacted((envelope.message if envelope else "").replace("\n", " "))[:200]
        if status == 401 and code == 40101:
            raise _TokenExpired()
        if status == 410 and code == 41000:
            raise CursorExpired()
        if status != 200:
            detail = f"HTTP {status}" + (f" code {code}" if code is not None else "")
            raise OfficeflowRefused(
                f"{what} failed: {detail}" + (f": {message}" if message else ""), status, code
            )
        if code != 0:
            raise OfficeflowRefused(
                f"{what} failed: platform error code {code}: {message}", status, code
            )
        return bytes(envelope.data)

    def _redacted(self, text: str) -> str:
        """A server's message with our credentials and token blotted out: a
        server that echoes them must not carry them into a failure."""
        for secret in (self._app_secret, self._app_key, self._token):
            if secret:
                text = text.replace(secret, "***")
        return text

    # ---------------------------------------------------------------- auth

    def _fetch_token(self) -> None:
        what = f"POST {API_PREFIX}/auth/token"

        def call() -> bytes:
            try:
                return self._send(
                    "POST",
                    "/auth/token",
                    json_body={"app_key": self._app_key, "app_secret": self._app_secret},
                )
            except _TokenExpired:
                raise OfficeflowError(f"{what} failed: HTTP 401 code 40101") from None
            except OfficeflowRefused as exc:
                if exc.status == 401:
                    raise OfficeflowRefused(
                        f"{what} failed: the app key and secret were refused "
                        f"(HTTP 401 code {exc.code}); check OFFICEFLOW_APP_KEY and "
                        "OFFICEFLOW_APP_SECRET",
                        exc.status,
                        exc.code,
                    ) from None
                raise

        data = _TOKEN.decode(self._with_retries(what, call))
        self._token = data.access_token
        # renew a little early rather than find out from a 401
        self._token_deadline = time.monotonic() + max(1.0, data.expires_in * 0.9)

    def authenticate(self) -> None:
        """Fetch a token now: the credentials are accepted, or the error says why."""
        self._current_token()

    def _current_token(self, stale: str | None = None) -> str:
        with self._token_lock:
            if self._token is None or self._token == stale or time.monotonic() > self._token_deadline:
                self._fetch_token()
            assert self._token is not None
            return self._token

    def get_data(self, path: str, params: dict[str, Any] | None = None) -> bytes:
        """GET an endpoint; returns the raw ``data``. Retries transient errors."""
        what = f"GET {API_PREFIX}{path}"

        def call() -> bytes:
            token = self._current_token()
            try:
                return self._send("GET", path, params=params, token=token)
            except _TokenExpired:
                # The contract: fetch a new token and repeat the call once.
                token = self._current_token(stale=token)
                try:
                    return self._send("GET", path, params=params, token=token)
                except _TokenExpired:
                    raise OfficeflowError(
                        f"{what} failed: HTTP 401 code 40101 again with a fresh token"
                    ) from None

        return self._with_retries(what, call)

    # -------------------------------------------------------------- listing

    def iter_pages(
        self,
        path: str,
        decoder: ItemDecoder[T],
        params: dict[str, Any] | None = None,
        *,
        window: tuple[datetime, datetime] | None = None,
        read_ahead: bool = False,
    ) -> Iterator[Page[T]]:
        """Stream a listing page by page.

        When the server expires a cursor (410/41000) the listing restarts from
        the beginning, so a consumer may see an item twice: consumers dedupe
        by key (the store does it set-based). A server that hands out a cursor
        it already gave in this pass would loop forever: that fails the call.
        ``read_ahead``: the next pages are fetched in a worker thread while the
        caller works on this one (for long listings read on the caller's thread).
        """
        query = dict(params or {})
        if window is not None:
            query["updated_since"] = _iso(window[0])
            query["updated_before"] = _iso(window[1])
        query["limit"] = self.page_size
        pages = self._listing(path, decoder, query)
        return read_ahead_of(pages, depth=2) if read_ahead else pages

    def _listing(self, path: str, decoder: ItemDecoder[T], query: dict[str, Any]
                 ) -> Iterator[Page[T]]:
        restarts = 0
        while True:
            try:
                yield from self._one_pass(path, decoder, query)
                return
            except CursorExpired:
                restarts += 1
                if restarts > self.retry.max_cursor_restarts:
                    raise OfficeflowError(
                        f"GET {API_PREFIX}{path} failed: cursor expired {restarts} times"
                    ) from None
                self.log.warning("GET %s%s: cursor expired (HTTP 410 code 41000); restarting "
                                 "the listing", API_PREFIX, path)

    def _one_pass(self, path: str, decoder: ItemDecoder[T], base: dict[str, Any]
                  ) -> Iterator[Page[T]]:
        """The listing from its first page to ``next_cursor: null``."""
        cursor: str | None = None
        seen: set[str] = set()
        while True:
            query = {**base, "cursor": cursor} if cursor else base
            raw = self.get_data(path, query)
            try:
                data = _LIST.decode(raw)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                raise OfficeflowError(
                    f"GET {API_PREFIX}{path} failed: data is not a list page ({exc})") from None
            page = decoder.decode_page(data.items)
            observer = self.observer  # read once: a step may detach it meanwhile
            if observer is not None:
                observer.page(path, len(page.records) + len(page.bad))
            yield page
            cursor = data.next_cursor
            if not cursor:
                return
            if cursor in seen:
                raise OfficeflowError(
                    f"GET {API_PREFIX}{path} failed: the server repeated a cursor after "
                    f"{len(seen) + 1} pages; the listing would never end")
            seen.add(cursor)

    def get_one(self, path: str, decoder: ItemDecoder[T]) -> Page[T]:
        """An endpoint whose ``data`` is one record."""
        return decoder.decode_page([msgspec.Raw(self.get_data(path))])

    def fan_out(
        self, fetch: Callable[[T], R], items: Iterable[T]
    ) -> Iterator[tuple[T, R]]:
        """Run ``fetch`` over ``items`` with at most ``max_concurrency`` in
        flight; yields (item, result) as they finish. The first error cancels
        what has not started and is raised."""
        pending: dict[Future[R], T] = {}
        observer = self.observer
        if observer is not None:  # a list or a mapping of parents: the share is known
            observer.fan_out_started(len(items) if isinstance(items, Sized) else None)
        iterator = iter(items)
        with ThreadPoolExecutor(self.max_concurrency, thread_name_prefix="officeflow") as pool:
            try:
                for item in iterator:
                    pending[pool.submit(fetch, item)] = item
                    if len(pending) >= self.max_concurrency:
                        break
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        item = pending.pop(future)
                        result = future.result()
                        if observer is not None:
                            observer.fan_out_call_done()
                        yield item, result
                        nxt = next(iterator, _END)
                        if nxt is not _END:
                            pending[pool.submit(fetch, nxt)] = nxt
            finally:
                for future in pending:
                    future.cancel()


_END: Any = object()


def read_ahead_of(items: Iterator[R], depth: int) -> Iterator[R]:
    """``items`` produced in a worker thread, at most ``depth`` ahead of the
    consumer: the next page travels over the network while the caller writes
    this one. The producer's exception is raised in the caller; a consumer
    that stops early stops the producer at its next page."""
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(entry: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer(("item", item)):
                    return
            offer(("end", None))
        except BaseException as exc:  # handed to the consumer, raised there
            offer(("error", exc))

    worker = threading.Thread(target=produce, name="officeflow-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "item":
                yield value
            elif kind == "error":
                raise value
            else:
                return
    finally:
        stop.set()
