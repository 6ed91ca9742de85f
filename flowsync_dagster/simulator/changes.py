"""How one kind of record changes over the simulator's hourly epochs.

A ``ChangingSet`` tracks items ``0..n-1`` of one listing: the epoch of each
item's last change (0: the base data) and its state (alive, tombstoned, gone).
Epoch ``k`` >= 1 is the hour ``[clock + (k-1)h, clock + k h)``: in it a
deterministic sample of items is updated, tombstoned or hard-deleted (gone:
no tombstone, only a full listing notices), and new items appear. Base items
have ``updated_at`` spread evenly over the year before ``clock``, in index
order, so a window over the past is one ``searchsorted``.

``ChangeRates`` is the test profile: every kind of change in every hour, even
in a set of ten (a test wants to see each). ``SteadyRates`` is for a source
that runs for months (the wall-clock demo, ``wallclock.py``): a fraction of an
item is a chance, and births keep a set at its base size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Self

import numpy as np

HOUR = 3600
BASE_SPAN = 365 * 24 * HOUR

ALIVE, TOMBSTONED, GONE = 0, 1, 2

_M64 = (1 << 64) - 1
_DICE = 0xD1CE  # salts the hash of an epoch's chances (SteadyRates)


def mix(*parts: int) -> int:
    """A 64-bit splitmix hash of a few integers: deterministic, cheap."""
    x = 0x2545F4914F6CDD1D
    for part in parts:
        x = (x ^ (part & _M64)) & _M64
        x = (x + 0x9E3779B97F4A7C15) & _M64
        x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
        x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
        x ^= x >> 31
    return x


def mix_array(seed: int, salt: int, idx: np.ndarray) -> np.ndarray:
    """``mix`` over an index array, vectorised (uint64 arithmetic wraps)."""
    with np.errstate(over="ignore"):
        x = np.full(idx.shape, mix(seed, salt), dtype=np.uint64)
        x ^= idx.astype(np.uint64)
        x += np.uint64(0x9E3779B97F4A7C15)
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


# How many items an epoch updates, tombstones, hard-deletes and creates.
Counts = tuple[int, int, int, int]


@dataclass(frozen=True)
class ChangeRates:
    """Fractions of the alive items touched per epoch, and new items."""

    updated: float = 0.01
    tombstoned: float = 0.001
    gone: float = 0.0005
    new: float = 0.001

    def scaled(self, factor: float) -> Self:
        """Every rate times ``factor``, none above all of the items."""
        return type(self)(*(min(1.0, r * factor) for r in (
            self.updated, self.tombstoned, self.gone, self.new)))

    def counts(self, alive: int, base: int, roll: Callable[[int], float]) -> Counts:
        """Each kind at least once while a rate is set, whatever the set's size
        (``base`` and ``roll`` serve ``SteadyRates``)."""
        return (_count(self.updated, alive), _count(self.tombstoned, alive),
                _count(self.gone, alive), _count(self.new, alive))


@dataclass(frozen=True)
class SteadyRates(ChangeRates):
    """Rates for months of epochs. A count's fraction is a chance, so a set of
    ten tags loses one every few days instead of every hour; and new items
    come at ``new`` times the base size, not the alive count, so with
    ``new = tombstoned + gone`` the alive count reverts to the base size
    instead of drifting away (or to zero, from which nothing comes back)."""

    def counts(self, alive: int, base: int, roll: Callable[[int], float]) -> Counts:
        def draw(mean: float, die: int) -> int:
            whole = int(mean)
            return whole + int(roll(die) < mean - whole)

        return (draw(self.updated * alive, 0), draw(self.tombstoned * alive, 1),
                draw(self.gone * alive, 2), draw(self.new * base, 3))


@dataclass(frozen=True)
class EpochDelta:
    """What one epoch did to a set: item indices, each array sorted."""

    updated: np.ndarray
    tombstoned: np.ndarray
    gone: np.ndarray
    new: np.ndarray


def _count(rate: float, population: int) -> int:
    if rate <= 0 or population <= 0:
        return 0
    return min(population, max(1, round(rate * population)))


class ChangingSet:
    def __init__(
        self, n0: int, *, seed: int, salt: int, clock: datetime, rates: ChangeRates
    ) -> None:
        self.n0 = n0
        self.seed = seed
        self.salt = salt
        self.clock = int(clock.astimezone(UTC).timestamp())
        self.rates = rates
        self.version = np.zeros(n0, dtype=np.int32)
        self.state = np.zeros(n0, dtype=np.int8)
        self.born = np.zeros(n0, dtype=np.int32)  # the epoch that created the item
        self.changed_at: list[np.ndarray] = [np.empty(0, dtype=np.int64)]  # per epoch
        # kept apart from changed_at, which window() reads: gone items are in no
        # listing, and a test needs to tell an update from a new item
        self.deltas: list[EpochDelta] = []  # epoch k at k - 1
        self.epoch = 0
        start = self.clock - BASE_SPAN
        self.base_ts = start + ((np.arange(n0, dtype=np.int64) + 1) * BASE_SPAN) // (n0 + 1)

    @property
    def size(self) -> int:
        return len(self.version)

    def advance_to(self, epoch: int) -> None:
        while self.epoch < epoch:
            self._advance()

    def _advance(self) -> None:
        k = self.epoch + 1
        alive = np.flatnonzero(self.state == ALIVE)
        n_upd, n_tomb, n_gone, n_new = self.rates.counts(len(alive), self.n0, self._roll(k))
        picked = self._pick(k, alive, n_upd + n_tomb + n_gone)
        n_upd = min(n_upd, len(picked))
        updated = picked[:n_upd]
        tombstoned = picked[n_upd : n_upd + n_tomb]
        gone = picked[n_upd + n_tomb :]
        new = np.arange(self.size, self.size + n_new, dtype=np.int64)
        if n_new:
            self.version = np.concatenate([self.version, np.full(n_new, k, dtype=np.int32)])
            self.state = np.concatenate([self.state, np.zeros(n_new, dtype=np.int8)])
            self.born = np.concatenate([self.born, np.full(n_new, k, dtype=np.int32)])
        self.version[updated] = k
        self.version[tombstoned] = k
        self.state[tombstoned] = TOMBSTONED
        self.state[gone] = GONE
        changed = np.concatenate([updated, tombstoned, new]).astype(np.int64)
        changed.sort()
        self.changed_at.append(changed)
        self.deltas.append(EpochDelta(np.sort(updated), np.sort(tombstoned), np.sort(gone), new))
        self.epoch = k

    def _pick(self, k: int, alive: np.ndarray, n: int) -> np.ndarray:
        """``n`` distinct alive items, drawn by epoch ``k``'s own generator. An
        epoch that picks none skips building it (a steady set of ten tags picks
        none most hours, and months of epochs are built at every start)."""
        if n <= 0 or not len(alive):
            return np.empty(0, dtype=np.int64)
        rng = np.random.default_rng([self.seed, self.salt, k])
        return rng.choice(alive, size=min(len(alive), n), replace=False)

    def _roll(self, k: int) -> Callable[[int], float]:
        """Epoch ``k``'s four chances in [0, 1) (16 bits each, one hash)."""
        bits = mix(self.seed, self.salt, k, _DICE)
        return lambda die: (bits >> (16 * die) & 0xFFFF) / 65536.0

    def delta(self, epoch: int) -> EpochDelta:
        """What epoch ``epoch`` (1 to the current one) did."""
        if not 1 <= epoch <= self.epoch:
            raise ValueError(f"epoch {epoch} is not between 1 and the current {self.epoch}")
        return self.deltas[epoch - 1]

    # ------------------------------------------------------------ timestamps

    def updated_ts(self, i: int) -> int:
        k = int(self.version[i])
        if k == 0:
            return int(self.base_ts[i])
        return self.epoch_ts(i, k)

    def epoch_ts(self, i: int, k: int) -> int:
        return self.clock + (k - 1) * HOUR + mix(self.seed, self.salt, i, k) % HOUR

    def is_tombstone(self, i: int) -> bool:
        return bool(self.state[i] == TOMBSTONED)

    # --------------------------------------------------------------- listing

    def full(self) -> np.ndarray:
        """Every item the source still has, tombstones included, in index order."""
        return np.flatnonzero(self.state != GONE)

    def window(self, since: int | None, before: int | None) -> np.ndarray:
        """Items whose current ``updated_at`` is in ``[since, before)``."""
        lo_ts = -(2**62) if since is None else since
        hi_ts = 2**62 if before is None else before
        lo, hi = np.searchsorted(self.base_ts, [lo_ts, hi_ts], side="left")
        base = np.arange(lo, hi, dtype=np.int64)
        base = base[(self.version[base] == 0) & (self.state[base] != GONE)]
        parts = [base]
        for k in range(1, self.epoch + 1):
            start = self.clock + (k - 1) * HOUR
            if start + HOUR <= lo_ts or start >= hi_ts:
                continue
            idx = self.changed_at[k]
            idx = idx[(self.version[idx] == k) & (self.state[idx] != GONE)]
            if len(idx):
                ts = np.fromiter((self.epoch_ts(int(i), k) for i in idx), np.int64, len(idx))
                parts.append(idx[(ts >= lo_ts) & (ts < hi_ts)])
        return np.unique(np.concatenate(parts))


def iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
