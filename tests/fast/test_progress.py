"""A long step's progress lines (``sync/progress.py``), on a clock the test moves.

At most one INFO line per interval, none before the first interval has
passed; the counts, the rate and the share are those read; a member list's
path is said with ``{id}`` for its parent; pages counted from many threads
at once are all counted; and the client tells the reporter of every page and
fan-out call it makes. No real sleep: the clock is a number the test sets.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flowsync_dagster.officeflow import models
from flowsync_dagster.sync.progress import StepProgress, duration, listing_path

from .recorded import make_client, page, token


@dataclass
class Clock:
    now: float = 500.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Lines:
    said: list[str] = field(default_factory=list)

    def __call__(self, line: str) -> None:
        self.said.append(line)


def reporter(interval: float = 10.0) -> tuple[StepProgress, Clock, Lines]:
    clock, lines = Clock(), Lines()
    return StepProgress("users", lines, interval=interval, now=clock), clock, lines


def test_nothing_is_said_before_the_interval_and_one_line_after_it() -> None:
    progress, clock, lines = reporter()
    for _ in range(38):
        clock.now += 0.25  # 9.5 s of pages
        progress.page("/users", 1000)
    assert lines.said == []
    clock.now += 0.5  # 10 s since the step began
    progress.page("/users", 1000)
    assert lines.said == ["users: 10 s: /users 39 pages, 39,000 records (3,900 records/s)"]
    clock.now += 9.75
    progress.page("/users", 1000)
    assert len(lines.said) == 1, "at most one line per interval"
    clock.now += 0.25
    progress.page("/users", 500)
    assert lines.said[-1] == "users: 20 s: /users 41 pages, 40,500 records (2,025 records/s)"


def test_the_share_is_that_of_the_lists_a_fan_out_was_given() -> None:
    progress, clock, lines = reporter()
    progress.page("/posts", 1000)
    progress.page("/posts", 200)
    progress.fan_out_started(3000)
    for parent in range(1200):
        progress.page(f"/posts/P{parent:05d}/members", 2)
        progress.fan_out_call_done()
    clock.now += 40
    progress.fan_out_call_done()
    assert lines.said == [
        "users: 40 s: /posts 2 pages, 1,200 records; /posts/{id}/members 1,200 pages, "
        "2,400 records (90 records/s); 1,201 of 3,000 lists read (40%)"]
    assert "P0" not in lines.said[0], "a parent's id was logged"


def test_fan_outs_add_up_and_one_of_unknown_size_drops_the_share() -> None:
    progress, clock, lines = reporter(interval=0)
    progress.fan_out_started(2)
    progress.fan_out_call_done()
    progress.fan_out_started(4)  # the next level of the department walk
    progress.fan_out_call_done()
    assert lines.said[-1].endswith("; 2 of 6 lists read (33%)")
    progress.fan_out_started(None)
    progress.fan_out_call_done()
    assert lines.said[-1] == "users: 0 s: no page yet; 3 lists read"


def test_a_path_with_ids_is_said_as_its_listing() -> None:
    assert listing_path("/users") == "/users"
    assert listing_path("/posts/P123/members") == "/posts/{id}/members"
    assert listing_path("/tags/T%2F9/users") == "/tags/{id}/users"
    assert listing_path("/departments?parent_id=D1") == "/departments"


def test_durations_read_as_a_person_reads_them() -> None:
    assert [duration(s) for s in (0.4, 95, 725, 3600 + 125)] == [
        "0 s", "95 s", "12 min 5 s", "1 h 02 min"]


def test_pages_from_many_threads_are_all_counted() -> None:
    progress, clock, lines = reporter()
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        start.wait()  # all eight at once, so the counts race if they can
        for _ in range(2000):
            progress.page(f"/tags/T{n}/users", 3)
            progress.fan_out_call_done()

    progress.fan_out_started(16_000)
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert lines.said == []
    clock.now += 10
    progress.page("/tags/T0/users", 0)
    assert lines.said == ["users: 10 s: /tags/{id}/users 16,001 pages, 48,000 records "
                          "(4,800 records/s); 16,000 of 16,000 lists read (100%)"]


def test_the_client_reports_each_page_and_each_fan_out_call() -> None:
    client, transport, _ = make_client(
        token(), page([{"user_id": "U1", "department_id": "D1"}], "c1"),
        page([{"user_id": "U2", "department_id": "D1"}, {"department_id": "D1"}]),
        page([{"user_id": "U3", "department_id": "D2"}]), max_concurrency=1)
    progress, clock, lines = reporter(interval=0)
    client.observer = progress

    def members(parent: str) -> list[models.Page[models.PostMember]]:
        return list(client.iter_pages(f"/posts/{parent}/members", models.POST_MEMBER))

    read = list(client.fan_out(members, ["P1", "P2"]))
    assert [parent for parent, _ in read] == ["P1", "P2"]
    transport.assert_done()
    # a bad item is a record read (it is quarantined, not dropped)
    assert lines.said[-1] == ("users: 0 s: /posts/{id}/members 3 pages, 4 records; "
                              "2 of 2 lists read (100%)")
    client.observer = None  # the step ended: what the client reads next is not its
    said = len(lines.said)
    assert list(client.fan_out(str.lower, ["P3"])) == [("P3", "p3")]
    assert len(lines.said) == said
