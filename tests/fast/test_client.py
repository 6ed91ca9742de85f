"""The Officeflow client against recorded answers (no server, no sockets).

What docs/officeflow-api.md asks of a client: a token fetched once and sent
as a Bearer header, renewed on 40101 with the call repeated once; listings
paged until ``next_cursor`` is null, windows in UTC, a listing restarted when
its cursor expires and refused when the server loops; transient answers
retried within a count and a time budget, honouring ``Retry-After``;
permanent ones failing at once with one line naming the endpoint and the
code; never a secret or a token in an error or a log line.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.client import (
    OfficeflowError,
    OfficeflowRefused,
    OfficeflowUnavailable,
    RetrySettings,
)
from flowsync_dagster.officeflow.transport import TransportFailed, TransportTimeout

from .recorded import (
    APP_KEY,
    APP_SECRET,
    TOKEN,
    TOKEN_2,
    FakeClock,
    Sleeps,
    envelope,
    error,
    make_client,
    page,
    raw,
    token,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
USERS = "/users"


def user(id_: str, name: str = "张三") -> dict[str, object]:
    return {"id": id_, "username": id_, "name": name, "identity": "student",
            "department_ids": [], "status": "active", "attributes": {},
            "updated_at": "2026-11-27T08:00:00+08:00"}


def ids(pages: list[models.Page[models.User]]) -> list[str]:
    return [r.id for p in pages for r in p.records]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Time that passes only when the client sleeps (the retry budget and the
    token's expiry both read ``time.monotonic``)."""
    fake = FakeClock()
    monkeypatch.setattr(time, "monotonic", fake.monotonic)
    return fake


# ------------------------------------------------------------------ auth


def test_first_call_fetches_a_token_with_the_app_credentials_and_sends_it_as_bearer() -> None:
    client, transport, _ = make_client(token(), envelope([{"code": "wechat"}]))
    assert json.loads(client.get_data("/platforms")) == [{"code": "wechat"}]
    auth, call = transport.requests
    assert (auth.method, auth.path) == ("POST", "/api/v4/auth/token")
    assert auth.json == {"app_key": APP_KEY, "app_secret": APP_SECRET}
    assert "Authorization" not in auth.headers
    assert (call.method, call.path) == ("GET", "/api/v4/platforms")
    assert call.headers == {"Authorization": f"Bearer {TOKEN}"}
    transport.assert_done()


def test_the_token_is_reused_until_shortly_before_it_expires(clock: FakeClock) -> None:
    client, transport, _ = make_client(token(expires_in=100), envelope(1), envelope(2),
                                       token(TOKEN_2), envelope(3))
    client.get_data("/a")
    clock.now += 80
    client.get_data("/b")  # 80 s of 100: still good
    clock.now += 11
    client.get_data("/c")  # renewed at 90 % of its life, not on a 401
    assert transport.paths == ["POST /api/v4/auth/token", "GET /api/v4/a", "GET /api/v4/b",
                               "POST /api/v4/auth/token", "GET /api/v4/c"]
    assert transport.requests[-1].headers["Authorization"] == f"Bearer {TOKEN_2}"


def test_an_expired_token_40101_fetches_a_new_token_and_repeats_the_call_once() -> None:
    client, transport, sleeps = make_client(
        token(TOKEN), error(401, 40101, "token expired"), token(TOKEN_2), envelope("fine"))
    assert client.get_data("/tag-groups") == b'"fine"'
    assert transport.paths == ["POST /api/v4/auth/token", "GET /api/v4/tag-groups",
                               "POST /api/v4/auth/token", "GET /api/v4/tag-groups"]
    assert [r.headers.get("Authorization") for r in transport.requests] == [
        None, f"Bearer {TOKEN}", None, f"Bearer {TOKEN_2}"]
    assert sleeps.waits == [] and client.counters() == (4, 0)


def test_a_second_40101_with_a_fresh_token_fails_instead_of_looping() -> None:
    client, transport, _ = make_client(token(TOKEN), error(401, 40101), token(TOKEN_2),
                                       error(401, 40101))
    with pytest.raises(OfficeflowError) as failure:
        client.get_data("/tag-groups")
    assert str(failure.value) == ("GET /api/v4/tag-groups failed: HTTP 401 code 40101 again "
                                  "with a fresh token")
    transport.assert_done()


def test_refused_credentials_fail_at_once_naming_the_variables_not_the_secret() -> None:
    client, transport, sleeps = make_client(error(401, 40100, "bad app_key or app_secret"))
    with pytest.raises(OfficeflowRefused) as failure:
        client.get_data(USERS)
    message = str(failure.value)
    assert message.startswith("POST /api/v4/auth/token failed: the app key and secret were "
                              "refused (HTTP 401 code 40100)")
    assert "OFFICEFLOW_APP_KEY" in message and "OFFICEFLOW_APP_SECRET" in message
    assert APP_SECRET not in message and APP_KEY not in message
    assert len(transport.requests) == 1 and sleeps.waits == []


def test_a_transient_failure_of_the_token_fetch_is_retried() -> None:
    client, transport, sleeps = make_client(error(503, 50300), token(), envelope(1))
    assert client.get_data("/a") == b"1"
    assert transport.paths == ["POST /api/v4/auth/token", "POST /api/v4/auth/token",
                               "GET /api/v4/a"]
    assert len(sleeps.waits) == 1


# --------------------------------------------------------------- paging


def test_a_listing_pages_until_next_cursor_is_null() -> None:
    client, transport, _ = make_client(
        token(), page([user("U1"), user("U2")], "c1"), page([user("U3")], "c2"),
        page([], None))
    pages = list(client.iter_pages(USERS, models.USER))
    assert ids(pages) == ["U1", "U2", "U3"] and len(pages) == 3
    assert [r.query for r in transport.requests[1:]] == [
        {"limit": 1000}, {"limit": 1000, "cursor": "c1"}, {"limit": 1000, "cursor": "c2"}]
    transport.assert_done()


def test_a_window_is_sent_as_updated_since_and_updated_before_in_utc_z_form() -> None:
    client, transport, _ = make_client(token(), page([user("U1")]))
    window = (datetime(2026, 11, 27, 8, tzinfo=SHANGHAI), datetime(2026, 11, 27, 9, 30,
                                                                   tzinfo=SHANGHAI))
    list(client.iter_pages("/openids", models.OPENID, {"platform": "wechat"}, window=window))
    assert transport.requests[1].query == {
        "platform": "wechat", "updated_since": "2026-11-27T00:00:00Z",
        "updated_before": "2026-11-27T01:30:00Z", "limit": 1000}


@pytest.mark.parametrize(("asked", "sent"), [(5000, 1000), (1000, 1000), (250, 250), (0, 1)])
def test_the_page_size_sent_as_limit_is_clamped_to_1_to_1000(asked: int, sent: int) -> None:
    client, transport, _ = make_client(token(), page([]), page_size=asked)
    list(client.iter_pages(USERS, models.USER))
    assert transport.requests[1].query["limit"] == sent


def test_an_expired_cursor_410_41000_restarts_the_listing_from_the_beginning(
        caplog: pytest.LogCaptureFixture) -> None:
    client, transport, sleeps = make_client(
        token(), page([user("U1")], "c1"), error(410, 41000, "cursor expired"),
        page([user("U1")], "c1b"), page([user("U2")], None))
    with caplog.at_level(logging.WARNING):
        pages = list(client.iter_pages(USERS, models.USER))
    assert ids(pages) == ["U1", "U1", "U2"]  # the consumer dedupes by key
    assert [r.query.get("cursor") for r in transport.requests[1:]] == [None, "c1", None, "c1b"]
    assert sleeps.waits == []
    assert "cursor expired (HTTP 410 code 41000); restarting the listing" in caplog.text


def test_a_cursor_that_keeps_expiring_fails_after_the_restart_budget() -> None:
    answers = [token()]
    for _ in range(3):
        answers += [page([user("U1")], "c1"), error(410, 41000)]
    client, transport, _ = make_client(*answers, retry=RetrySettings(max_cursor_restarts=2))
    with pytest.raises(OfficeflowError) as failure:
        list(client.iter_pages(USERS, models.USER))
    assert str(failure.value) == "GET /api/v4/users failed: cursor expired 3 times"
    transport.assert_done()


def test_a_server_that_repeats_a_cursor_fails_instead_of_looping() -> None:
    client, transport, _ = make_client(token(), page([user("U1")], "c1"),
                                       page([user("U2")], "c2"), page([user("U3")], "c1"))
    with pytest.raises(OfficeflowError) as failure:
        list(client.iter_pages(USERS, models.USER))
    assert "GET /api/v4/users failed: the server repeated a cursor" in str(failure.value)
    assert len(transport.requests) == 4
    transport.assert_done()


def test_a_page_whose_data_is_not_a_list_page_fails_naming_the_endpoint() -> None:
    client, _, _ = make_client(token(), envelope({"items": "nope", "next_cursor": None}))
    with pytest.raises(OfficeflowError, match=r"^GET /api/v4/users failed: data is not a list"):
        list(client.iter_pages(USERS, models.USER))


def test_get_one_decodes_a_single_record() -> None:
    root = {"id": "1", "parent_id": None, "name": "大学", "status": "active",
            "updated_at": "2026-11-27T08:00:00Z"}
    client, transport, _ = make_client(token(), envelope(root))
    (record,) = client.get_one("/departments/root", models.DEPARTMENT).records
    assert record.id == "1" and record.parent_id is None
    assert transport.requests[1].query == {}


# -------------------------------------------------- lone surrogate escapes


def test_a_lone_surrogate_escape_quarantines_its_record_not_the_page() -> None:
    body = ('{"code": 0, "message": "ok", "data": {"items": ['
            '{"id": "U1", "username": "1", "name": "\\ud83d\\ude00 ok", "identity": "s", '
            '"department_ids": [], "status": "active", "attributes": {}, '
            '"updated_at": "2026-11-27T08:00:00Z"}, '
            '{"id": "U2", "username": "2", "name": "bad \\ud800 name", "identity": "s", '
            '"department_ids": [], "status": "active", "attributes": {}, '
            '"updated_at": "2026-11-27T08:00:00Z"}, '
            '{"id": "U3", "username": "3", "name": "张三", "identity": "s", '
            '"department_ids": [], "status": "active", "attributes": {"\\udc00": 1}, '
            '"updated_at": "2026-11-27T08:00:00Z"}], "next_cursor": null}}').encode()
    client, _, sleeps = make_client(token(), raw(200, body))
    (result,) = list(client.iter_pages(USERS, models.USER))
    assert [r.id for r in result.records] == ["U1"]
    assert result.records[0].name == "\U0001f600 ok"  # a proper surrogate pair is kept
    assert [b.source_key for b in result.bad] == ["U2", "U3"]
    assert all("lone UTF-16 surrogate" in b.error for b in result.bad)
    assert sleeps.waits == []  # not mistaken for a truncated body


# --------------------------------------------------------------- retries


def test_429_waits_as_long_as_retry_after_says() -> None:
    client, transport, sleeps = make_client(token(), error(429, 42900, retry_after="7"),
                                            error(429, 42900, retry_after="0"), envelope(1))
    assert client.get_data("/a") == b"1"
    assert sleeps.waits == [7.0, 0.0]
    assert client.counters() == (4, 2)


def test_429_with_an_http_date_retry_after_falls_back_to_the_backoff() -> None:
    client, _, sleeps = make_client(
        token(), error(429, 42900, retry_after="Fri, 27 Nov 2026 08:00:00 GMT"), envelope(1),
        retry=RetrySettings(backoff_initial_seconds=0.5))
    client.get_data("/a")
    (wait,) = sleeps.waits
    assert 0.25 <= wait <= 0.5


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_with_growing_jittered_backoff(status: int) -> None:
    failures = [error(status, status * 100), error(status), error(status, status * 100)]
    client, transport, sleeps = make_client(
        token(), *failures, envelope("ok"),
        retry=RetrySettings(backoff_initial_seconds=1, backoff_max_seconds=3))
    assert client.get_data("/a") == b'"ok"'
    assert len(sleeps.waits) == 3
    for attempt, wait in enumerate(sleeps.waits, start=1):
        assert 0.5 <= wait <= min(3, 2 ** (attempt - 1)), (attempt, wait)
    assert len(transport.requests) == 5


def test_timeouts_and_broken_connections_are_retried() -> None:
    client, _, sleeps = make_client(token(), TransportTimeout(),
                                    TransportFailed("ConnectionResetError"), envelope(1))
    assert client.get_data("/a") == b"1"
    assert len(sleeps.waits) == 2


@pytest.mark.parametrize("body", [b'{"code": 0, "data": {"ite', b"<html>502</html>", b""])
def test_a_truncated_or_non_json_body_is_retried(body: bytes) -> None:
    client, _, sleeps = make_client(token(), raw(200, body), envelope(1))
    assert client.get_data("/a") == b"1"
    assert len(sleeps.waits) == 1


@pytest.mark.parametrize(("answer", "expected"), [
    (error(400, 40000, "bad limit"), "GET /api/v4/users failed: HTTP 400 code 40000: bad limit"),
    (error(403, 40300, "no access\nto users"),
     "GET /api/v4/users failed: HTTP 403 code 40300: no access to users"),
    (error(404, 40400, "not found"), "GET /api/v4/users failed: HTTP 404 code 40400: not found"),
    (raw(404, b"Not Found"), "GET /api/v4/users failed: HTTP 404"),
    (error(401, 40100, "wrong token"), "GET /api/v4/users failed: HTTP 401 code 40100: wrong "
                                       "token"),
    (error(410, 41001, "gone"), "GET /api/v4/users failed: HTTP 410 code 41001: gone"),
    (envelope(None, code=50001, message="platform busy"),
     "GET /api/v4/users failed: platform error code 50001: platform busy"),
])
def test_permanent_answers_fail_at_once_with_one_line_naming_endpoint_and_code(
        answer: object, expected: str) -> None:
    client, transport, sleeps = make_client(token(), answer)  # type: ignore[arg-type]
    with pytest.raises(OfficeflowRefused) as failure:
        list(client.iter_pages(USERS, models.USER))
    assert str(failure.value) == expected
    assert "\n" not in str(failure.value)
    assert sleeps.waits == [] and len(transport.requests) == 2


def test_the_retry_count_budget_ends_with_gave_up_after_n_attempts() -> None:
    client, transport, sleeps = make_client(
        token(), *[error(503, 50300)] * 4, retry=RetrySettings(max_retries=3))
    with pytest.raises(OfficeflowUnavailable) as failure:
        client.get_data(USERS)
    assert str(failure.value).startswith("GET /api/v4/users: gave up after 4 attempts in ")
    assert str(failure.value).endswith("; last error: HTTP 503")
    assert len(sleeps.waits) == 3
    transport.assert_done()


def test_the_retry_time_budget_ends_before_a_wait_would_overrun_it(clock: FakeClock) -> None:
    sleeps = Sleeps(clock=clock)
    client, transport, _ = make_client(
        token(), *[error(503, 50300, retry_after="3")] * 4,
        retry=RetrySettings(max_retries=50, max_retry_seconds=10), sleeps=sleeps)
    with pytest.raises(OfficeflowUnavailable) as failure:
        client.get_data(USERS)
    assert sleeps.waits == [3.0, 3.0, 3.0]  # a fourth wait would end past 10 s
    assert str(failure.value) == ("GET /api/v4/users: gave up after 4 attempts in 9.0s; last "
                                  "error: HTTP 503")
    transport.assert_done()


def test_a_retry_after_beyond_the_time_budget_gives_up_without_waiting() -> None:
    client, _, sleeps = make_client(token(), error(429, 42900, retry_after="600"),
                                    retry=RetrySettings(max_retry_seconds=120))
    with pytest.raises(OfficeflowUnavailable, match="gave up after 1 attempts"):
        client.get_data(USERS)
    assert sleeps.waits == []


def test_timeouts_that_never_end_give_up_naming_the_last_error() -> None:
    client, _, _ = make_client(token(), *[TransportTimeout()] * 3,
                               retry=RetrySettings(max_retries=2))
    with pytest.raises(OfficeflowUnavailable) as failure:
        client.get_data(USERS)
    assert "gave up after 3 attempts" in str(failure.value)
    assert str(failure.value).endswith("last error: timed out")


# --------------------------------------------------------------- counters


def test_counters_count_every_request_including_token_fetches_and_every_retry() -> None:
    client, _, _ = make_client(token(), error(429, 42900, retry_after="1"), error(502),
                               envelope(1), page([user("U1")], "c"), page([]))
    assert client.counters() == (0, 0)
    client.get_data("/a")
    assert client.counters() == (4, 2)
    list(client.iter_pages(USERS, models.USER))
    assert client.counters() == (6, 2)
    assert (client.requests_sent, client.retries) == (6, 2)


def test_closing_the_client_closes_its_transport() -> None:
    client, transport, _ = make_client()
    with client:
        pass
    assert transport.closed


# ---------------------------------------------------------------- secrets


def _failures() -> list[tuple[str, list[object], RetrySettings | None]]:
    return [
        ("refused credentials", [error(401, 40100, "invalid credentials")], None),
        ("token endpoint 400", [error(400, 40000, "malformed request")], None),
        ("40101 twice", [token(TOKEN), error(401, 40101), token(TOKEN_2), error(401, 40101)],
         None),
        ("forbidden", [token(), error(403, 40300, "forbidden")], None),
        ("platform error", [token(), envelope(None, code=50001, message="busy")], None),
        ("gave up", [token(), *[error(503, 50300)] * 3], RetrySettings(max_retries=2)),
        ("gave up on the token", [*[error(502)] * 3], RetrySettings(max_retries=2)),
        ("timeouts", [token(), *[TransportTimeout()] * 2], RetrySettings(max_retries=1)),
    ]


@pytest.mark.parametrize("case", [c[0] for c in _failures()])
def test_no_error_or_log_line_carries_the_secret_or_a_token(
        case: str, caplog: pytest.LogCaptureFixture) -> None:
    _, answers, retry = next(c for c in _failures() if c[0] == case)
    client, _, _ = make_client(*answers, retry=retry)  # type: ignore[arg-type]
    with caplog.at_level(logging.DEBUG), pytest.raises(OfficeflowError) as failure:
        client.get_data(USERS)
    said = str(failure.value) + "\n" + caplog.text
    for secret in (APP_SECRET, TOKEN, TOKEN_2):
        assert secret not in said
    assert "\n" not in str(failure.value)


def test_a_server_message_echoing_a_secret_does_not_carry_it_into_the_error() -> None:
    client, _, _ = make_client(token(), error(403, 40300, f"token {TOKEN} may not read users"))
    with pytest.raises(OfficeflowRefused) as failure:
        client.get_data(USERS)
    assert TOKEN not in str(failure.value)


def test_read_ahead_keeps_the_order_and_raises_the_producers_error_in_the_caller() -> None:
    import threading

    from flowsync_dagster.officeflow.client import read_ahead_of

    def pages():
        yield from range(5)
        raise OfficeflowRefused("GET /api/v4/users failed: HTTP 403", 403, 40300)

    got = []
    with pytest.raises(OfficeflowRefused, match="HTTP 403"):
        for page in read_ahead_of(pages(), depth=2):
            got.append(page)
    assert got == [0, 1, 2, 3, 4]
    # a consumer that stops early stops the producer too
    produced = []

    def endless():
        n = 0
        while True:
            produced.append(n)
            yield n
            n += 1

    for page in read_ahead_of(endless(), depth=2):
        if page == 3:
            break
    before = len(produced)
    threading.Event().wait(0.3)
    assert len(produced) <= before + 1 and before <= 3 + 2 + 2
