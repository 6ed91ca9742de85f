"""A step's progress lines reach the run's event log (what the UI's run page
shows), from the threads that read: the users listing's read-ahead thread
and the posts step's fan-out workers. The interval is 0, so every page and
every member list says a line; each line is counts and listing paths only.
"""

from __future__ import annotations

import re

import pytest

from flowsync_dagster.sync import progress
from tests.helpers import full, metadata, rows, run_assets

# The whole shape of a line: a step, a time, listings with counts, a rate, a
# share. Nothing else fits, so no id or name can ride along.
LISTING = r"/[a-z\-]+(?:/\{id\}/[a-z\-]+)? [\d,]+ pages, [\d,]+ records"
LINE = re.compile(rf"^(users|posts): \d+ s: (?:{LISTING}(?:; {LISTING})*|no page yet)"
                  r"(?: \([\d,]+ records/s\))?(?:; [\d,]+ of [\d,]+ lists read \(\d+%\))?$")
USERS = re.compile(r"/users ([\d,]+) pages, ([\d,]+) records")


@pytest.fixture
def every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "INTERVAL_SECONDS", 0.0)


def test_a_step_logs_its_progress_in_the_run_log_and_names_nobody(
        every_page, simulator, pg_url, schema_name, instance):
    result = run_assets(simulator.url, pg_url, schema_name, tags=full(), instance=instance,
                        select=["app_user", "user_department", "post", "post_member"])
    assert result.success
    said = [e.user_message for e in instance.all_logs(result.run_id)
            if e.dagster_event is None
            and re.match(r"^(users|posts): \d+ s: ", e.user_message or "")]
    users = [line for line in said if line.startswith("users:")]
    posts = [line for line in said if line.startswith("posts:")]
    assert users and posts, said[:5]
    assert [line for line in said if not LINE.match(line)] == []
    pages, records = (int(n.replace(",", "")) for n in USERS.search(users[-1]).groups())
    assert pages >= 1 and records == metadata(result, "app_user")["records_read"]
    members = metadata(result, "post_member")
    lists = members["member_lists_read"] + members["member_lists_missing"]  # 404s are read too
    assert "/posts/{id}/members" in posts[-1]
    assert posts[-1].endswith(f"; {lists:,} of {lists:,} lists read (100%)")
    ids = {r[0] for r in rows(pg_url, schema_name, "SELECT id FROM {app_user}")}
    ids |= {r[0] for r in rows(pg_url, schema_name, "SELECT id FROM {post}")}
    words = set(re.findall(r"[\w\-]+", " ".join(said)))
    assert ids and not ids & words, "an id in a progress line"
