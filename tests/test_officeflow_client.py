"""The client against the simulator over HTTP: every row of the API's error table.

Each test injects one fault and shows the contract's outcome: transient
faults are retried (bounded) and the listing comes back whole; permanent
ones fail at once with a one-line message naming the endpoint and code;
secrets and tokens never appear in errors or logs.
"""

from __future__ import annotations

import logging

import pytest

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.client import (
    OfficeflowClient,
    OfficeflowError,
    OfficeflowRefused,
    OfficeflowUnavailable,
    RetrySettings,
)
from flowsync_dagster.resources.officeflow import OfficeflowResource
from flowsync_dagster.settings.load import SettingsError, validate_base_url


class Sleeps(list):
    """Records the client's waits instead of waiting them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(simulator, credentials, *, sleeps=None, **retry) -> OfficeflowClient:
    options = dict(max_retries=4, max_retry_seconds=30, backoff_initial_seconds=0.1,
                   backoff_max_seconds=2.0)
    options.update(retry)
    return OfficeflowClient(simulator.url, *credentials, page_size=100, timeout_seconds=5,
                            retry=RetrySettings(**options), sleep=sleeps if sleeps is not None
                            else (lambda s: None))


@pytest.fixture
def expected_ids(simulator) -> set[str]:
    """The users the simulator lists, from its data set, not from the client."""
    listing = simulator.dataset.user_listing(None, None).page(0, 10**6)
    ids = {u["id"] for u in listing if "id" in u and u["id"] not in ("UX00001", "UX00002")}
    assert len(ids) > 400
    return ids


def test_listing_streams_every_page(simulator, credentials, expected_ids):
    with make_client(simulator, credentials) as client:
        pages = list(client.iter_pages("/users", models.USER))
    assert len(pages) == 6  # 500 users + extras at 100 a page
    records = [r.id for p in pages for r in p.records]
    assert len(records) == len(set(records)) == len(expected_ids)
    assert set(records) == expected_ids
    # the planted bad records are handed on, not dropped
    assert sorted(b.source_key for p in pages for b in p.bad)[1:] == ["UX00001", "UX00002"]


def test_limit_above_1000_is_clamped_by_the_server(simulator, credentials):
    import msgspec

    simulator.reset(users=1500)
    with make_client(simulator, credentials) as client:
        data = msgspec.json.decode(client.get_data("/users", {"limit": 5000}))
    assert len(data["items"]) == 1000 and data["next_cursor"]


@pytest.mark.parametrize("retry_after", [1, 3])
def test_429_waits_retry_after_then_succeeds(simulator, credentials, expected_ids, retry_after):
    simulator.faults({"kind": "rate_limit", "path": "/users", "every": 2, "times": 3,
                      "retry_after": retry_after})
    sleeps = Sleeps()
    with make_client(simulator, credentials, sleeps=sleeps) as client:
        assert {r.id for page in client.iter_pages('/users', models.USER) for r in page.records} == expected_ids
        assert client.retries == 3
    assert sleeps == [retry_after] * 3


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_retried_with_growing_jittered_backoff(simulator, credentials, expected_ids,
                                                      status):
    simulator.faults({"kind": "server_error", "status": status, "path": "/users", "times": 3})
    sleeps = Sleeps()
    with make_client(simulator, credentials, sleeps=sleeps) as client:
        assert {r.id for page in client.iter_pages('/users', models.USER) for r in page.records} == expected_ids
    assert len(sleeps) == 3
    # full jitter between half the first step and the doubling ceiling
    for attempt, slept in enumerate(sleeps, start=1):
        assert 0.05 <= slept <= min(2.0, 0.1 * 2 ** (attempt - 1))


@pytest.mark.parametrize("kind", ["reset", "truncated", "non_json"])
def test_broken_exchanges_are_retried(simulator, credentials, expected_ids, kind):
    simulator.faults({"kind": kind, "path": "/users", "every": 3, "times": 2})
    with make_client(simulator, credentials) as client:
        assert {r.id for page in client.iter_pages('/users', models.USER) for r in page.records} == expected_ids
        assert client.retries == 2


def test_timeout_is_retried(simulator, credentials, expected_ids):
    simulator.faults({"kind": "timeout", "path": "/users", "times": 1, "delay": 1.5})
    client = OfficeflowClient(simulator.url, *credentials, page_size=100, timeout_seconds=0.5,
                              retry=RetrySettings(max_retries=2, backoff_initial_seconds=0.01),
                              sleep=lambda s: None)
    with client:
        assert {r.id for page in client.iter_pages('/users', models.USER) for r in page.records} == expected_ids
        assert client.retries == 1


def test_retries_are_bounded_by_count(simulator, credentials):
    simulator.faults({"kind": "server_error", "status": 503, "path": "/users", "times": -1})
    with make_client(simulator, credentials, max_retries=3) as client, \
            pytest.raises(OfficeflowUnavailable) as caught:
        {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
    message = str(caught.value)
    assert "GET /api/v4/users" in message and "4 attempts" in message and "HTTP 503" in message
    assert "\n" not in message


def test_retries_are_bounded_by_total_time(simulator, credentials):
    simulator.faults({"kind": "rate_limit", "path": "/users", "times": -1, "retry_after": 0.3})
    client = OfficeflowClient(simulator.url, *credentials,
                              retry=RetrySettings(max_retries=100, max_retry_seconds=1.0))
    with client, pytest.raises(OfficeflowUnavailable, match="HTTP 429"):
        {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
    # 1 s of retries at the server's 0.3 s Retry-After: four or five calls, not 100
    [fault] = simulator.sim.state()["faults"]
    assert 2 <= fault["fired"] <= 5, fault


def test_expired_token_is_renewed_and_the_call_repeated_once(simulator, credentials,
                                                             expected_ids):
    simulator.faults({"kind": "token_expired", "path": "/users", "after": 2, "times": 1})
    with make_client(simulator, credentials) as client:
        assert {r.id for page in client.iter_pages('/users', models.USER) for r in page.records} == expected_ids
        assert client.retries == 0  # not a retry: a renewal
    assert simulator.sim.faults.describe()[0]["fired"] == 1


def test_token_refused_twice_fails(simulator, credentials):
    simulator.faults({"kind": "token_expired", "path": "/users", "times": 2})
    with make_client(simulator, credentials) as client, pytest.raises(
            OfficeflowError, match="40101 again with a fresh token"):
        {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}


def test_expired_cursor_restarts_the_listing(simulator, credentials, expected_ids):
    simulator.faults({"kind": "cursor_expired", "path": "/users", "after": 2, "times": 1})
    with make_client(simulator, credentials) as client:
        pages = list(client.iter_pages("/users", models.USER))
    ids = [r.id for p in pages for r in p.records]
    assert set(ids) == expected_ids
    assert len(ids) > len(expected_ids)  # the restart re-read the first pages: consumers fold


def test_cursor_expiring_without_end_fails(simulator, credentials):
    simulator.faults({"kind": "cursor_expired", "path": "/users", "times": -1})
    with make_client(simulator, credentials, max_cursor_restarts=2) as client, pytest.raises(
            OfficeflowError, match="cursor expired 3 times"):
        {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}


def test_platform_error_is_permanent_and_named(simulator, credentials):
    simulator.faults({"kind": "platform_error", "path": "/users", "code": 50123,
                      "message": "数据源维护中", "times": -1})
    with make_client(simulator, credentials) as client:
        with pytest.raises(OfficeflowRefused) as caught:
            {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
        assert client.retries == 0
    assert str(caught.value) == "GET /api/v4/users failed: platform error code 50123: 数据源维护中"


@pytest.mark.parametrize("status", [400, 403, 404])
def test_client_errors_are_permanent(simulator, credentials, status):
    simulator.faults({"kind": "http_error", "status": status, "path": "/users", "times": -1})
    with make_client(simulator, credentials) as client:
        with pytest.raises(OfficeflowRefused) as caught:
            {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
        assert client.retries == 0
    assert f"GET /api/v4/users failed: HTTP {status} code {status * 100}" in str(caught.value)


def test_unknown_post_is_a_clear_404(simulator, credentials):
    with make_client(simulator, credentials) as client, pytest.raises(
            OfficeflowRefused, match="HTTP 404 code 40400"):
        list(client.iter_pages("/posts/NOPE/members", models.POST_MEMBER))


def test_wrong_credentials_fail_without_leaking_the_secret(simulator, caplog):
    secret = "s3cret-do-not-print"
    client = OfficeflowClient(simulator.url, "wrong-key", secret)
    with caplog.at_level(logging.DEBUG), client, pytest.raises(OfficeflowRefused) as caught:
        {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
    assert "refused (HTTP 401 code 40100)" in str(caught.value)
    assert secret not in str(caught.value) and secret not in caplog.text
    assert client.retries == 0


def test_tokens_and_secrets_stay_out_of_logs_and_errors(simulator, credentials, caplog):
    simulator.faults({"kind": "server_error", "path": "/users", "times": 2},
                     {"kind": "token_expired", "path": "/users", "after": 3, "times": 1})
    with caplog.at_level(logging.DEBUG):
        client = make_client(simulator, credentials)
        with client:
            {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
            token = client._token
    simulator.faults({"kind": "http_error", "status": 403, "path": "/users", "times": -1})
    with make_client(simulator, credentials) as client, pytest.raises(OfficeflowRefused) as caught:
        {r.id for page in client.iter_pages('/users', models.USER) for r in page.records}
    assert token and token not in caplog.text and token not in str(caught.value)
    assert credentials[1] not in caplog.text


def test_invalid_records_are_handed_on_not_raised(simulator, credentials):
    with make_client(simulator, credentials) as client:
        bad = [b for page in client.iter_pages("/users", models.USER) for b in page.bad]
    keys = {b.source_key for b in bad}
    assert {"UX00001", "UX00002"} <= keys
    assert any(k.startswith("<no key>#") for k in keys)
    assert all(b.payload.startswith("{") and b.error for b in bad)


def test_windowed_listing_returns_only_that_hour(simulator, credentials):
    from datetime import UTC, datetime

    window = (datetime(2026, 11, 27, 0, tzinfo=UTC), datetime(2026, 11, 27, 1, tzinfo=UTC))
    with make_client(simulator, credentials) as client:
        records = [r for p in client.iter_pages("/users", models.USER, window=window)
                   for r in p.records]
    assert 0 < len(records) < 20
    assert all(window[0] <= r.updated_at < window[1] for r in records)
    assert any(r.is_tombstone for r in records)


@pytest.mark.parametrize("url", ["ftp://example.org", "http://", "example.org", "https:///x"])
def test_base_url_must_be_http_with_a_host(url):
    with pytest.raises(SettingsError, match="OFFICEFLOW_BASE_URL"):
        validate_base_url(url)
    with pytest.raises(ValueError, match="OFFICEFLOW_BASE_URL"):
        OfficeflowResource(base_url=url)


def test_fan_out_bounds_concurrency_and_returns_everything(simulator, credentials):
    """Three calls at once, never four: the first three wait for each other at a
    barrier (they can pass it only if all three run together), so no sleep
    stands in for "long enough to overlap"."""
    import threading

    active, peak, lock = 0, 0, threading.Lock()
    together = threading.Barrier(3, timeout=30)

    def fetch(n: int) -> int:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        if n < 3:
            together.wait()  # BrokenBarrierError after 30 s: fewer than 3 ran at once
        with lock:
            active -= 1
        return n * 2

    client = OfficeflowClient(simulator.url, *credentials, max_concurrency=3)
    with client:
        results = dict(client.fan_out(fetch, range(20)))
    assert results == {n: n * 2 for n in range(20)}
    assert peak == 3
