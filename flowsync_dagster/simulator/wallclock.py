"""The demo's source follows the wall clock: one more hour of changes per real hour.

Epoch k of a data set is the hour ``[clock + (k-1) h, clock + k h)`` and holds
the changes stamped inside it (changes.py). A source that follows the wall
clock puts its clock at an *anchor* and, at wall-clock time T, holds every
epoch whose hour has ended: ``epoch = whole hours from the anchor to T``. So

- its state is a function of T and the anchor alone: two starts in the same
  hour serve the same listings, and a start an hour later serves those plus one
  hour of changes (updates, tombstones, hard deletions, new users and process
  instances, a new department), each stamped inside that hour;
- a change is visible once its hour has ended, never before its ``updated_at``
  (no real source stamps a change in the future), and nothing goes back: an
  epoch only adds changes on top of the last one.

The anchor is written once, by the first start, to a file kept beside the
demo's store: ``BACKLOG_HOURS`` before that start's hour, so that the very
first hourly run already finds changes to read. Every start replays the epochs
from the anchor one by one (changes.py: about 0.3 s per thousand hours at
2,000 users), and the school accumulates process instances and tombstones, so
the trickle stops at ``HORIZON_EPOCHS``: after 90 days the source stays as it
is, and a start costs what it cost on the last day (the worst case, ~0.7 s).
A new demo starts from a new anchor: delete the file and the store together.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flowsync_dagster.simulator.changes import HOUR
from flowsync_dagster.simulator.dataset import SchoolDataset

# a first start serves a day of changes: the first hourly run has something to read
BACKLOG_HOURS = 24
# how long the source keeps changing after its anchor; start-up grows with it
HORIZON_EPOCHS = 90 * 24
ANCHOR_FILE_NAME = "simulator-anchor.json"


class AnchorError(ValueError):
    """An anchor file that cannot be read; the message names it."""


def on_the_hour(moment: datetime) -> datetime:
    """The start of ``moment``'s hour, in UTC (an aware datetime is required)."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no offset: the wall clock needs one")
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def fresh_anchor(now: datetime) -> datetime:
    """The anchor a first start at ``now`` sets: a day of epochs behind it."""
    return on_the_hour(now) - timedelta(hours=BACKLOG_HOURS)


@dataclass(frozen=True)
class WallClock:
    """Where a source's epochs sit on the wall clock."""

    anchor: datetime  # the start of epoch 1, on the hour

    def __post_init__(self) -> None:
        if self.anchor != on_the_hour(self.anchor):
            raise ValueError(f"an anchor is on the hour, not {self.anchor.isoformat()}")

    @property
    def ends(self) -> datetime:
        """When the source stops changing (the end of the last epoch's hour)."""
        return self.anchor + timedelta(hours=HORIZON_EPOCHS)

    def epoch_at(self, now: datetime) -> int:
        """The epochs whose hour has ended at ``now``: 0 before the anchor's
        hour has ended, at most ``HORIZON_EPOCHS``."""
        hours = int((on_the_hour(now) - self.anchor).total_seconds()) // HOUR
        return min(max(hours, 0), HORIZON_EPOCHS)

    def epoch_now(self) -> int:
        return self.epoch_at(datetime.now(UTC))

    def dataset(self, users: int, seed: int, now: datetime,
                hourly_user_changes: int | None = None) -> SchoolDataset:
        """The school at ``now``, on the rates meant for months (``steady``)."""
        return SchoolDataset(users=users, seed=seed, clock=self.anchor, epoch=self.epoch_at(now),
                             hourly_user_changes=hourly_user_changes, steady=True)


def read_anchor(path: Path) -> datetime | None:
    """The anchor kept in ``path``, or None when there is no such file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        anchor = datetime.fromisoformat(json.loads(raw)["anchor"])
        WallClock(anchor)  # on the hour, with an offset
    except (ValueError, KeyError, TypeError) as exc:
        # never start a new school silently: the store holds the old one's history
        raise AnchorError(f"the simulator's anchor file {path} is unreadable ({exc}); delete it "
                          "together with the demo's store to start a new demo") from None
    return anchor.astimezone(UTC)


def anchor_from_file(path: Path, now: datetime) -> datetime:
    """The anchor kept in ``path``; a first start writes ``fresh_anchor(now)``.

    The file appears whole or not at all (written aside, then hard-linked into
    place, which fails if it exists): when two runs start together, one writes
    and both read what it wrote."""
    found = read_anchor(path)
    if found is not None:
        return found
    path.parent.mkdir(parents=True, exist_ok=True)
    aside = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    content = {"anchor": fresh_anchor(now).isoformat(),
               "about": "the start of the bundled Officeflow simulator's epoch 1: its data "
                        "follows the wall clock from here (flowsync_dagster/simulator/wallclock.py)"}
    aside.write_text(json.dumps(content, indent=1) + "\n", encoding="utf-8")
    try:
        os.link(aside, path)
    except FileExistsError:
        pass  # another start wrote it first: its anchor is the one
    finally:
        aside.unlink()
    anchor = read_anchor(path)
    assert anchor is not None  # written above, or by the start that came first
    return anchor
