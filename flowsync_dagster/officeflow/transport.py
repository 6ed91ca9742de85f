"""HTTP/1.1 keep-alive connections from the standard library, one per thread.

Why not httpx: the API makes a full resync walk one call per department and
one per post and tag member list (55,000 calls for a 1,000,000-user school),
so the client's own cost per call decides: httpx spends ~550 µs of Python per
call, urllib3 ~330 µs, ``http.client`` ~160 µs (see bench/results). Each
worker thread keeps its own connection, so the number of connections is
bounded by the client's concurrency and the hot path takes no lock. Retries,
backoff and error mapping stay in ``client.py``.
"""

from __future__ import annotations

import http.client
import ssl
import threading
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode, urlsplit


class TransportTimeout(Exception):
    pass


class TransportFailed(Exception):
    """The exchange broke: refused, reset, closed early, truncated."""


@dataclass(frozen=True)
class RawResponse:
    status: int
    body: bytes
    retry_after: str | None


class Transport(Protocol):
    """What the client needs of a transport: one exchange, and closing."""

    def request(self, method: str, path: str, *, query: dict[str, Any] | None = None,
                headers: dict[str, str] | None = None, body: bytes | None = None
                ) -> RawResponse: ...

    def close(self) -> None: ...


class HttpTransport:
    def __init__(self, base_url: str, timeout_seconds: float) -> None:
        parts = urlsplit(base_url)
        self.https = parts.scheme == "https"
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if self.https else 80)
        self.prefix = parts.path.rstrip("/")
        self.timeout = timeout_seconds
        self._ssl = ssl.create_default_context() if self.https else None
        self._local = threading.local()
        self._open: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()

    def _connection(self) -> http.client.HTTPConnection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.https:
                conn = http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout,
                                                   context=self._ssl)
            else:
                conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._local.conn = conn
            with self._lock:
                self._open.append(conn)
        return conn

    def _discard(self, conn: http.client.HTTPConnection) -> None:
        conn.close()
        self._local.conn = None
        with self._lock:
            if conn in self._open:
                self._open.remove(conn)

    def request(self, method: str, path: str, *, query: dict[str, Any] | None = None,
                body: bytes | None = None, headers: dict[str, str] | None = None
                ) -> RawResponse:
        url = self.prefix + path + ("?" + urlencode(query) if query else "")
        conn = self._connection()
        all_headers = {"Accept": "application/json", **(headers or {})}
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        try:
            conn.request(method, url, body=body, headers=all_headers)
            response = conn.getresponse()
            data = response.read()
        except TimeoutError:
            self._discard(conn)
            raise TransportTimeout() from None
        except (OSError, http.client.HTTPException) as exc:
            self._discard(conn)
            raise TransportFailed(type(exc).__name__) from None
        if response.will_close:
            self._discard(conn)
        return RawResponse(response.status, data, response.getheader("Retry-After"))

    def close(self) -> None:
        with self._lock:
            connections, self._open = self._open, []
        for conn in connections:
            conn.close()
