"""A long step's progress: one INFO line every ``interval`` seconds.

A full resync of a large school reads for many minutes (1,000,000 users are
~55,000 calls); without these lines the run's log is silent between the
step's start and its end. The client tells the reporter of every page and of
every fan-out call (``officeflow.client.ListingObserver``); the reporter
counts, and now and then says, e.g.::

    posts: 95 s: /posts 31 pages, 30,512 records; /posts/{id}/members 1,234
    pages, 45,678 records (802 records/s); 1,200 of 3,000 lists read (40%)

Only counts and listing paths: never a record, and a path's ids are
collapsed to ``{id}`` (a member list's path names its post or tag). The API
gives no total for a listing, so a share is said only for fan-outs, whose
number of parents is known as they start (the department walk learns its
levels as it goes: its share is of the lists known so far).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

INTERVAL_SECONDS = 10.0


def listing_path(path: str) -> str:
    """``/posts/P123/members`` as ``/posts/{id}/members``: in the API's paths
    every second segment is a record's id (docs/officeflow-api.md), which
    may name a person, and per-parent paths would make one listing many."""
    segments = path.split("?", 1)[0].strip("/").split("/")
    return "/" + "/".join("{id}" if i % 2 else s for i, s in enumerate(segments))


@dataclass
class _Listing:
    pages: int = 0
    records: int = 0


class StepProgress:
    """Counts what a step reads and logs it at most once per ``interval``.

    Thread-safe: pages arrive from fan-out workers and the read-ahead thread.
    The line is logged outside the lock, from whichever thread made it due
    (Dagster's log manager takes lines from any thread)."""

    def __init__(self, step: str, log: Callable[[str], None], *,
                 interval: float = INTERVAL_SECONDS,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.step = step
        self._log = log
        self._interval = interval
        self._now = now
        self._lock = threading.Lock()
        self._started = now()
        self._last = self._started
        self._listings: dict[str, _Listing] = {}  # in the order they were first read
        self._lists_known: int | None = 0  # None once a fan-out of unknown size began
        self._lists_read = 0

    # ------------------------------------------- told by the client (ListingObserver)

    def page(self, path: str, records: int) -> None:
        with self._lock:
            listing = self._listings.setdefault(listing_path(path), _Listing())
            listing.pages += 1
            listing.records += records
            line = self._due()
        self._say(line)

    def fan_out_started(self, calls: int | None) -> None:
        with self._lock:
            if calls is None or self._lists_known is None:
                self._lists_known = None
            else:
                self._lists_known += calls

    def fan_out_call_done(self) -> None:
        with self._lock:
            self._lists_read += 1
            line = self._due()
        self._say(line)

    # ------------------------------------------------------------ the line

    def _due(self) -> str | None:
        """The line to log now, if ``interval`` has passed since the last (under the lock)."""
        now = self._now()
        if now - self._last < self._interval:
            return None
        self._last = now
        return self._line(now - self._started)

    def _say(self, line: str | None) -> None:
        if line is not None:
            self._log(line)

    def _line(self, elapsed: float) -> str:
        read = "; ".join(f"{path} {n.pages:,} pages, {n.records:,} records"
                         for path, n in self._listings.items()) or "no page yet"
        records = sum(n.records for n in self._listings.values())
        rate = f" ({records / elapsed:,.0f} records/s)" if elapsed > 0 and records else ""
        return f"{self.step}: {duration(elapsed)}: {read}{rate}{self._share()}"

    def _share(self) -> str:
        known, done = self._lists_known, self._lists_read
        if not known and not done:
            return ""
        if not known:  # None: a fan-out over an iterator; 0 cannot have calls done
            return f"; {done:,} lists read"
        # floored: 100% only once every list is read
        return f"; {done:,} of {known:,} lists read ({done * 100 // known}%)"


def duration(seconds: float) -> str:
    """``95 s``, ``12 min 5 s``, ``1 h 02 min``: as a person reads a long step."""
    whole = int(seconds)
    if whole < 120:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60:02d} min"
