"""The simulator serves the contract: paging, windows, epochs, planted cases."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import msgspec
import pytest

from flowsync_dagster.simulator import ANOMALIES, SchoolDataset
from flowsync_dagster.simulator.__main__ import main as simulator_main

CLOCK = datetime(2026, 11, 27, tzinfo=UTC)


def ts(dt: datetime) -> int:
    return int(dt.timestamp())


def api(simulator, path: str, **params) -> dict:
    with httpx.Client(base_url=simulator.url + "/api/v4") as http:
        token = http.post("/auth/token", json={"app_key": "flowsync-demo",
                                                "app_secret": "flowsync-demo-secret"}).json()
        headers = {"Authorization": f"Bearer {token['data']['access_token']}"}
        return http.get(path, params=params, headers=headers).json()


def listing(simulator, path: str, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        data = api(simulator, path, limit=1000, **params, **({"cursor": cursor} if cursor else {}))
        assert data["code"] == 0, data
        items += data["data"]["items"]
        cursor = data["data"]["next_cursor"]
        if not cursor:
            return items


def test_same_seed_same_school():
    a, b = SchoolDataset(300, seed=7, epoch=2), SchoolDataset(300, seed=7, epoch=2)
    assert a.user_listing(None, None).page(0, 400) == b.user_listing(None, None).page(0, 400)
    c = SchoolDataset(300, seed=8, epoch=2)
    assert a.user_listing(None, None).page(0, 50) != c.user_listing(None, None).page(0, 50)


@pytest.mark.parametrize("users", [100, 10_000, 1_000_000])
def test_sizes_scale_with_realistic_proportions(users):
    ds = SchoolDataset(users, seed=1)
    assert len(ds.user_listing(None, None)) >= users
    assert ds.n_departments == min(20000, max(12, users // 100))
    assert ds.n_posts == max(5, users // 25)
    openids = sum(len(ds.openid_listing(code, None, None)) for code, *_ in
                  [("wechat",), ("wecom",), ("dingtalk",), ("feishu",)])
    assert 0.9 * users < openids < 1.4 * users
    assert len(ds.task_listing(None, None)) > len(ds.instance_listing(None, None)) * 2


def test_an_epoch_changes_one_hour_of_users():
    ds = SchoolDataset(10_000, seed=1, epoch=1)
    hour = ds.user_listing(ts(CLOCK), ts(CLOCK) + 3600)
    items = hour.page(0, 10_000)
    deleted = [i for i in items if i.get("status") == "deleted"]
    assert 100 <= len(items) <= 130  # 1% updated + 0.1% tombstoned + 0.1% new
    assert 5 <= len(deleted) <= 15 and all(set(i) == {"id", "status", "updated_at"} for i in deleted)
    before = ds.user_listing(None, None)
    ds.advance_to(2)
    after = ds.user_listing(None, None)
    assert len(after) < len(before) + 20  # hard deletions vanish, new users arrive
    assert ds.user_listing(ts(CLOCK) + 3600, ts(CLOCK) + 7200).page(0, 10) != []


def test_paging_cursor_and_limits(simulator):
    first = api(simulator, "/users", limit=100)
    assert len(first["data"]["items"]) == 100 and first["data"]["next_cursor"]
    assert len(listing(simulator, "/users")) == len(simulator.dataset.user_listing(None, None))
    # a cursor from another epoch is expired
    simulator.epoch(2)
    stale = api(simulator, "/users", limit=100, cursor=first["data"]["next_cursor"])
    assert stale["code"] == 41000


def test_every_planted_case_is_served(simulator):
    departments = {d.get("id"): d for d in listing(simulator, "/departments", parent_id="D00001")}
    assert {"DC001", "DO001", "DX001", None} <= set(departments)
    assert any(d["id"] == "DC002" for d in listing(simulator, "/departments", parent_id="DC001"))
    assert any(d["id"] == "D00011" for d in listing(simulator, "/departments", parent_id="D00002"))
    users = listing(simulator, "/users")
    names = [u.get("username") for u in users if u.get("id") in ANOMALIES["duplicate_username"]]
    assert len(names) == 2 and names[0] == names[1]
    identities = {i["code"]: i for i in listing(simulator, "/identities")}
    assert any("DROP TABLE" in f["key"] for f in identities["guest"]["fields"])
    wechat = listing(simulator, "/openids", platform="wechat")
    pairs = [(o.get("openid"), o.get("user_id")) for o in wechat]
    assert pairs.count(("o-duplicate-0010", "U0000010")) == 2
    assert {u for o, u in pairs if o == "o-conflict-0020"} == {"U0000020", "U0000021"}
    tags = {t["id"]: t for t in listing(simulator, "/tags")}
    assert tags["T90001"]["name"] == tags["T90002"]["name"]
    assert {tags["T90001"]["kind"], tags["T90002"]["kind"]} == {"static", "dynamic"}
    members = [m["user_id"] for m in listing(simulator, "/tags/T00001/users")]
    assert len(members) == len(set(members)) + 1
    tasks = {t["id"] for t in listing(simulator, "/task-history")}
    assert {ANOMALIES["task_unknown_instance"], ANOMALIES["task_aborted_after_finish"]} <= tasks


def test_hourly_department_is_hard_deleted_two_epochs_later(simulator):
    ids = lambda: {d.get("id") for d in listing(simulator, "/departments", parent_id="D00001")}  # noqa: E731
    assert "DN0001" in ids()
    simulator.epoch(3)
    assert "DN0001" not in ids() and "DN0003" in ids()


def test_cli_refuses_sizes_outside_the_range(capsys):
    with pytest.raises(SystemExit):
        simulator_main(["--users", "50"])
    assert "between 100 and 1,000,000" in capsys.readouterr().err


def test_admin_faults_and_state(simulator):
    with httpx.Client(base_url=simulator.url) as http:
        http.post("/_sim/faults", json=[{"kind": "server_error", "status": 502, "times": 1}])
        state = http.get("/_sim/state").json()
        assert state["faults"][0]["kind"] == "server_error"
        assert http.post("/_sim/faults", json=[{"kind": "nope"}]).status_code == 400
    assert msgspec.json.decode(msgspec.json.encode(state))["users"] == 500
