"""The Officeflow 4.0 simulator's HTTP server (docs/officeflow-api.md, exactly).

Stdlib only: a threading HTTP/1.1 server with keep-alive. Encoded pages are
cached by query and epoch (a byte budget bounds the cache), so after the first
read a page costs a dictionary lookup and a socket write; the simulator must
never be what a benchmark measures.

Admin endpoints under ``/_sim`` (no auth) drive tests: ``GET /_sim/state``,
``POST /_sim/epoch {"epoch": k}``, ``POST /_sim/faults [rules]``,
``POST /_sim/reset {"users":..,"seed":..,"epoch":..}``,
``POST /_sim/anomalies {"hide": ["openid_conflict", ...]}``,
``POST /_sim/inject {"path": "/users", "items": [...], "mode": "append"}`` or
``{"clear": true}`` (see ``injections.py``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import socket
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import msgspec
import numpy as np

from flowsync_dagster.simulator.dataset import (
    ANOMALIES,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    Appended,
    Listing,
    SchoolDataset,
    _window_filter,
)
from flowsync_dagster.simulator.faults import FaultBoard, FaultRule
from flowsync_dagster.simulator.injections import ROOT, WINDOWED, Injections

log = logging.getLogger("flowsync_dagster.simulator")

PREFIX = "/api/v4"
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
ONE_PAGE = frozenset({"/identities", "/tag-groups", "/platforms"})

_encode = msgspec.json.encode


class ApiError(Exception):
    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _parse_ts(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, 40000, f"{name} is not an ISO 8601 timestamp") from None
    if parsed.tzinfo is None:
        raise ApiError(400, 40000, f"{name} needs an offset")
    return int(parsed.astimezone(UTC).timestamp())


class PageCache:
    """Encoded list pages by (query, offset, limit), within a byte budget."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._pages: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> bytes | None:
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: tuple[Any, ...], page: bytes) -> None:
        if len(page) > self.budget:
            return
        with self._lock:
            if key in self._pages:
                return
            self._pages[key] = page
            self.used += len(page)
            while self.used > self.budget:
                _, old = self._pages.popitem(last=False)
                self.used -= len(old)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self.used = 0


class Simulator:
    """State shared by the handler threads: data set, tokens, faults, stats."""

    def __init__(self, dataset: SchoolDataset, *, app_key: str = DEMO_APP_KEY,
                 app_secret: str = DEMO_APP_SECRET, token_ttl: int = 7200,
                 cache_mb: int = 1024, follow: Callable[[], int] | None = None) -> None:
        self.dataset = dataset
        # the epoch to serve now, for a server that follows the wall clock for
        # days (``--follow-clock``); None keeps the epoch it was given
        self.follow = follow
        self.app_key = app_key
        self.app_secret = app_secret
        self.token_ttl = token_ttl
        self.faults = FaultBoard()
        self.cache = PageCache(cache_mb * 1024 * 1024)
        self._listings: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        # part of every cache key: a listing or page built while the data
        # changed is filed under the old generation and never served again
        self._generation = 0
        self.injections = Injections()
        self._tokens: dict[str, float] = {}
        self._lock = threading.RLock()
        self.warming = False
        self.requests = 0
        self.pages = 0
        self.items = 0
        self.started = time.monotonic()

    # ------------------------------------------------------------- admin

    def state(self) -> dict[str, Any]:
        ds = self.dataset
        elapsed = max(1e-9, time.monotonic() - self.started)
        return {"users": ds.n_users, "seed": ds.seed, "epoch": ds.epoch,
                "generation": self._generation,  # moves whenever what is served changes
                "clock": ds.clock_dt.isoformat(), "follows_clock": self.follow is not None,
                "requests": self.requests, "pages": self.pages,
                "items": self.items, "pages_per_second": round(self.pages / elapsed, 1),
                "cache_bytes": self.cache.used, "warming": self.warming,
                "hidden": sorted(self.dataset.hidden), "faults": self.faults.describe(),
                "injected": self.injections.describe(), "anomalies": ANOMALIES}

    def warm(self, limit: int = MAX_LIMIT) -> int:
        """Render every page of the big full listings into the cache (benchmarks
        call this first, so that they measure the client, not the generator)."""
        self.warming = True
        pages = 0
        targets = [("/users", {}), ("/posts", {}), ("/tags", {}), ("/process-instances", {}),
                   ("/task-history", {})]
        targets += [("/openids", {"platform": p["code"]}) for p in self.dataset.platforms()]
        try:
            for path, params in targets:
                offset = 0
                total = len(self.listing(path, dict(params)))
                while offset < total:
                    query = {**params, "limit": str(limit)}
                    if offset:
                        query["cursor"] = self._cursor(path, params, offset)
                    self.list_page(path, query, empty=False)
                    pages += 1
                    offset += limit
            self.pages -= pages  # warming is not serving
        finally:
            self.warming = False
        return pages

    def _signature(self, path: str, query: dict[str, str]) -> str:
        return hashlib.blake2b(
            repr((path, sorted(query.items()), self.dataset.epoch)).encode(), digest_size=6
        ).hexdigest()

    def _cursor(self, path: str, query: dict[str, str], offset: int) -> str:
        signature = self._signature(path, query)
        return base64.urlsafe_b64encode(f"{offset}|{signature}".encode()).decode()

    def hide(self, names: list[str]) -> None:
        """Leave planted cases out (names of ANOMALIES); [] plants them all again."""
        unknown = set(names) - set(ANOMALIES)
        if unknown:
            raise ValueError(f"unknown planted cases: {sorted(unknown)}")
        with self._lock:
            self.dataset.hidden = set(names)
            self.invalidate()

    def set_epoch(self, epoch: int) -> None:
        with self._lock:
            self.dataset.advance_to(epoch)
            self.invalidate()

    def catch_up(self) -> None:
        """Following the wall clock: serve the epochs of the hours that ended
        since the last request (open cursors expire, as at any epoch change)."""
        if self.follow is None:
            return
        epoch = self.follow()
        if epoch > self.dataset.epoch:
            with self._lock:
                if epoch > self.dataset.epoch:  # not caught up by another thread meanwhile
                    self.set_epoch(epoch)

    def invalidate(self) -> None:
        """The data changed: forget every resolved listing and encoded page.
        Call it after the change (a reader that began before may still file
        what it built, but under the old generation, which no one reads)."""
        with self._lock:
            self._generation += 1
            self._listings.clear()
            self.cache.clear()

    def inject(self, path: str, items: list[Any], *, params: dict[str, str] | None = None,
               mode: str = "append") -> None:
        """Serve ``items`` exactly as given at ``path`` (see ``injections.py``):
        after the generated items (``append``) or instead of them (``replace``).
        ``params`` picks the listing: ``{"parent_id": ..}`` for ``/departments``,
        ``{"platform": ..}`` for ``/openids``. Kept across epochs, until
        ``clear_injections`` or ``reset``. Raises ValueError on a bad request."""
        self.injections.add(path, items, params, mode)
        self.invalidate()

    def clear_injections(self) -> None:
        self.injections.clear()
        self.invalidate()

    def reset(self, users: int, seed: int, epoch: int) -> None:
        dataset = SchoolDataset(users=users, seed=seed, clock=self.dataset.clock_dt, epoch=epoch,
                                hourly_user_changes=self.dataset.hourly_user_changes,
                                steady=self.dataset.steady)
        with self._lock:
            self.dataset = dataset
            self.injections.clear()
            self.invalidate()
            self._tokens.clear()
            self.faults.set([])
            self.requests = self.pages = self.items = 0
            self.started = time.monotonic()

    # -------------------------------------------------------------- auth

    def issue_token(self, body: dict[str, Any]) -> dict[str, Any]:
        key_ok = hmac.compare_digest(str(body.get("app_key", "")), self.app_key)
        secret_ok = hmac.compare_digest(str(body.get("app_secret", "")), self.app_secret)
        if not (key_ok and secret_ok):
            raise ApiError(401, 40100, "invalid app_key or app_secret")
        token = secrets.token_urlsafe(24)
        with self._lock:
            now = time.monotonic()
            self._tokens = {t: exp for t, exp in self._tokens.items() if exp > now}
            self._tokens[token] = now + self.token_ttl
        return {"access_token": token, "expires_in": self.token_ttl}

    def check_token(self, header: str | None) -> str:
        token = (header or "").removeprefix("Bearer ").strip()
        with self._lock:
            expiry = self._tokens.get(token)
        if expiry is None or expiry < time.monotonic():
            raise ApiError(401, 40101, "access token expired")
        return token

    def revoke(self, token: str) -> None:
        with self._lock:
            self._tokens.pop(token, None)

    # ----------------------------------------------------------- routing

    def department_root(self) -> Any:
        injected = self.injections.get(ROOT, {})
        return self.dataset.department_root() if injected is None else injected.items()[0]

    def listing(self, path: str, query: dict[str, str]) -> Any:
        """The resolved listing of a list endpoint: the generated items, then
        what a test injected; the one place the two meet (cached until the
        data changes)."""
        key = (self._generation, path, tuple(sorted(query.items())), self.dataset.epoch)
        with self._lock:
            found = self._listings.get(key)
            if found is not None:
                return found
        since = _parse_ts(query.get("updated_since"), "updated_since")
        before = _parse_ts(query.get("updated_before"), "updated_before")
        injected = self.injections.get(path, query)
        result: Any = []
        if injected is None or injected.replaced is None:
            try:
                result = self._generated(path, query, since, before)
            except ApiError as exc:
                # injecting into the member list of an unknown post makes it exist
                if injected is None or exc.status != 404:
                    raise
        if path not in ONE_PAGE and isinstance(result, list):
            result = Listing(np.empty(0, dtype=np.int64), dict, result)
        if injected is not None:
            extra = injected.items()
            if path in WINDOWED:
                extra = _window_filter(extra, since, before, since is None and before is None)
            result = [*result, *extra] if path in ONE_PAGE else Appended(result, extra)
        with self._lock:
            self._listings[key] = result
            while len(self._listings) > 256:
                self._listings.popitem(last=False)
        return result

    def _generated(self, path: str, query: dict[str, str], since: int | None,
                   before: int | None) -> Any:
        """The data set's listing (a Listing, or a list for small ones)."""
        ds = self.dataset
        result: Any
        if path == "/departments":
            parent = query.get("parent_id")
            if not parent:
                raise ApiError(400, 40000, "parent_id is required")
            result = ds.department_children(parent)
        elif path == "/identities":
            result = ds.identities()
        elif path == "/users":
            result = ds.user_listing(since, before)
        elif path == "/posts":
            result = ds.post_listing(since, before)
        elif path.startswith("/posts/") and path.endswith("/members"):
            members = ds.post_members(path.split("/")[2])
            if members is None:
                raise ApiError(404, 40400, "no such post")
            result = members
        elif path == "/tag-groups":
            result = ds.tag_groups()
        elif path == "/tags":
            result = ds.tag_listing(since, before)
        elif path.startswith("/tags/") and path.endswith("/users"):
            result = ds.tag_members(path.split("/")[2])
            if result is None:
                raise ApiError(404, 40400, "no such tag")
        elif path == "/platforms":
            result = ds.platforms()
        elif path == "/openids":
            platform = query.get("platform")
            if not platform:
                raise ApiError(400, 40000, "platform is required")
            result = ds.openid_listing(platform, since, before)
            if result is None:
                raise ApiError(404, 40400, "no such platform")
        elif path == "/process-instances":
            result = ds.instance_listing(since, before)
        elif path == "/task-history":
            result = ds.task_listing(since, before)
        else:
            raise ApiError(404, 40400, f"no endpoint {PREFIX}{path}")
        return result

    def list_page(self, path: str, query: dict[str, str], empty: bool) -> bytes:
        generation = self._generation  # before any data is read (see invalidate)
        one_page = path in ONE_PAGE
        try:
            limit = int(query.pop("limit", DEFAULT_LIMIT))
        except ValueError:
            raise ApiError(400, 40000, "limit must be a number") from None
        limit = max(1, min(limit, MAX_LIMIT))
        cursor = query.pop("cursor", None)
        signature = self._signature(path, query)
        offset = 0
        if cursor:
            try:
                raw_offset, sig = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
                offset = int(raw_offset)
            except (ValueError, UnicodeDecodeError):
                raise ApiError(400, 40000, "malformed cursor") from None
            if sig != signature:
                raise ApiError(410, 41000, "cursor expired")
        if empty:
            return _encode({"code": 0, "message": "ok", "data": {"items": [], "next_cursor": None}})
        cache_key = (signature, generation, offset, limit)
        page = self.cache.get(cache_key)
        if page is None:
            listing = self.listing(path, query)
            if one_page:
                items, nxt = list(listing), None
            else:
                items = listing.page(offset, limit)
                end = offset + limit
                nxt = self._cursor(path, query, end) if end < len(listing) else None
            page = _encode({"code": 0, "message": "ok", "data": {"items": items, "next_cursor": nxt}})
            self.cache.put(cache_key, page)
            self.items += len(items)
        self.pages += 1
        return page


def _with_next_cursor(body: bytes, cursor: str) -> bytes:
    """A list page that sends its client back to where it came from."""
    page = msgspec.json.decode(body)
    page["data"]["next_cursor"] = cursor
    return _encode(page)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    access_log = False

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes: without this, Nagle's algorithm
        # and the client's delayed ACK hold every answer back ~40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        if self.access_log:
            log.info("%s " + format, self.address_string(), *args)

    # -------------------------------------------------------------- output

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "application/json; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: int, message: str,
               headers: dict[str, str] | None = None) -> None:
        self._send(status, _encode({"code": code, "message": message, "data": None}), headers)

    def _reset(self) -> None:
        # RST instead of FIN: the client sees "connection reset by peer"
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _read_json(self) -> Any:
        raw = self._read_body()
        try:
            return msgspec.json.decode(raw) if raw else {}
        except msgspec.DecodeError:
            raise ApiError(400, 40000, "body is not JSON") from None

    # ------------------------------------------------------------- routing

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        sim = self.server.sim
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        try:
            if url.path.startswith("/_sim/"):
                self._admin(method, url.path)
                return
            if not url.path.startswith(PREFIX):
                raise ApiError(404, 40400, "not found")
            path = url.path[len(PREFIX):]
            sim.catch_up()
            sim.requests += 1
            rule = sim.faults.draw(path, "cursor" in query)
            if rule is not None and self._fault(rule, path) is None:
                return
            if method == "POST" and path == "/auth/token":
                if rule is not None and rule.kind == "bad_credentials":
                    raise ApiError(401, 40100, "invalid app_key or app_secret")
                data = sim.issue_token(self._read_json())
                self._finish(rule, _encode({"code": 0, "message": "ok", "data": data}))
                return
            if method != "GET":
                raise ApiError(405, 40500, "method not allowed")
            token = sim.check_token(self.headers.get("Authorization"))
            if rule is not None and rule.kind == "token_expired":
                sim.revoke(token)
                raise ApiError(401, 40101, "access token expired")
            if rule is not None and rule.kind == "cursor_expired":
                raise ApiError(410, 41000, "cursor expired")
            if rule is not None and rule.kind == "platform_error":
                code = int(rule.params.get("code", 50001))
                self._send(200, _encode({"code": code, "message": rule.params.get(
                    "message", "平台内部错误"), "data": None}))
                return
            if rule is not None and rule.kind == "http_error":
                status = int(rule.params.get("status", 403))
                raise ApiError(status, status * 100, "refused by the platform")
            if path == ROOT:
                body = _encode({"code": 0, "message": "ok", "data": sim.department_root()})
            else:
                empty = rule is not None and rule.kind == "empty"
                cursor = query.get("cursor")
                body = sim.list_page(path, query, empty)
                if rule is not None and rule.kind == "cursor_loop" and cursor:
                    body = _with_next_cursor(body, cursor)
            self._finish(rule, body)
        except ApiError as exc:
            self._error(exc.status, exc.code, exc.message)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _fault(self, rule: FaultRule, path: str) -> FaultRule | None:
        """Answer the faults that replace the whole exchange; None when done."""
        if rule.kind == "rate_limit":
            retry_after = rule.params.get("retry_after", 1)
            self._error(429, 42900, "too many requests", {"Retry-After": str(retry_after)})
            return None
        if rule.kind == "server_error":
            status = int(rule.params.get("status", 503))
            self._error(status, status * 100, "upstream unavailable")
            return None
        if rule.kind == "reset":
            self._reset()
            return None
        if rule.kind == "timeout":
            time.sleep(float(rule.params.get("delay", 5)))
        return rule

    def _finish(self, rule: FaultRule | None, body: bytes) -> None:
        if rule is not None and rule.kind == "truncated":
            self._send(200, body[: max(1, len(body) // 2)])
        elif rule is not None and rule.kind == "non_json":
            self._send(200, b"<html><body>502 Bad Gateway</body></html>",
                       content_type="text/html")
        else:
            self._send(200, body)

    def _admin(self, method: str, path: str) -> None:
        sim = self.server.sim
        if path == "/_sim/state" and method == "GET":
            self._send(200, _encode(sim.state()))
            return
        if method != "POST":
            raise ApiError(405, 40500, "method not allowed")
        if path == "/_sim/inject":
            _inject(sim, self._read_body())
            self._send(200, _encode(sim.state()))
            return
        body = self._read_json()
        if path == "/_sim/epoch":
            epoch = int(body["epoch"]) if "epoch" in body else sim.dataset.epoch + int(
                body.get("advance", 1))
            try:
                sim.set_epoch(epoch)
            except ValueError as exc:
                raise ApiError(400, 40000, str(exc)) from None
        elif path == "/_sim/faults":
            try:
                sim.faults.set(body if isinstance(body, list) else body.get("faults", []))
            except (ValueError, KeyError, TypeError) as exc:
                raise ApiError(400, 40000, f"bad fault rules: {exc}") from None
        elif path == "/_sim/anomalies":
            try:
                sim.hide(list(body.get("hide", [])))
            except ValueError as exc:
                raise ApiError(400, 40000, str(exc)) from None
        elif path == "/_sim/reset":
            ds = sim.dataset
            sim.reset(int(body.get("users", ds.n_users)), int(body.get("seed", ds.seed)),
                      int(body.get("epoch", 0)))
        else:
            raise ApiError(404, 40400, "no such admin endpoint")
        self._send(200, _encode(sim.state()))


class _InjectBody(msgspec.Struct, forbid_unknown_fields=True):
    """``POST /_sim/inject``; items stay encoded, to be served byte for byte."""

    path: str | None = None
    items: list[msgspec.Raw] | None = None
    params: dict[str, str] | None = None
    mode: str = "append"
    clear: bool = False


def _inject(sim: Simulator, raw: bytes) -> None:
    try:
        body = msgspec.json.decode(raw or b"{}", type=_InjectBody)
    except msgspec.DecodeError as exc:
        raise ApiError(400, 40000, f"bad injection: {exc}") from None
    if body.clear:
        sim.clear_injections()
    if body.path is None:
        if not body.clear:
            raise ApiError(400, 40000, "bad injection: path is required")
        return
    if body.items is None:
        raise ApiError(400, 40000, "bad injection: items is required (a list)")
    try:
        sim.inject(body.path, body.items, params=body.params, mode=body.mode)
    except ValueError as exc:
        raise ApiError(400, 40000, f"bad injection: {exc}") from None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sim: Simulator) -> None:
        super().__init__(address, _Handler)
        self.sim = sim


class SimulatorServer:
    """A running simulator: ``start()`` serves from a background thread."""

    def __init__(self, sim: Simulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sim = sim
        self._server = _Server((host, port), sim)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> SimulatorServer:
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="officeflow-simulator", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
