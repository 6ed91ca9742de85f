"""The simulator serves the contract: paging, windows, epochs, planted cases."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import httpx
import msgspec
import pytest

from flowsync_dagster.simulator import (
    ANCHOR_FILE_NAME,
    ANOMALIES,
    HORIZON_EPOCHS,
    AnchorError,
    SchoolDataset,
    Simulator,
    SimulatorServer,
    WallClock,
    anchor_from_file,
    start_following_simulator,
)
from flowsync_dagster.simulator import wallclock as wallclock_module
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


def listing(simulator, path: str, limit: int = 1000, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        data = api(simulator, path, limit=limit, **params, **({"cursor": cursor} if cursor else {}))
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


# ------------------------------------------------------------- injections


def inject(simulator, **body) -> httpx.Response:
    return httpx.post(simulator.url + "/_sim/inject", json=body)


HOUR_1 = {"updated_since": "2026-11-27T00:00:00Z", "updated_before": "2026-11-27T01:00:00Z"}
IN_HOUR_1 = "2026-11-27T08:30:00+08:00"  # 00:30Z


@pytest.mark.parametrize("path, params", [
    ("/departments", {"parent_id": "D00001"}), ("/identities", {}), ("/users", {}),
    ("/posts", {}), ("/posts/P00001/members", {}), ("/tag-groups", {}), ("/tags", {}),
    ("/tags/T00001/users", {}), ("/platforms", {}), ("/openids", {"platform": "wechat"}),
    ("/process-instances", {}), ("/task-history", {})])
def test_every_list_endpoint_takes_injected_items(simulator, path, params):
    generated = listing(simulator, path, **params)
    marker = {"id": "INJ-1", "updated_at": IN_HOUR_1}
    assert inject(simulator, path=path, params=params, items=[marker]).status_code == 200
    assert listing(simulator, path, **params) == [*generated, marker]
    assert inject(simulator, path=path, params=params, items=[marker, 7],
                  mode="replace").status_code == 200
    assert listing(simulator, path, **params) == [marker, 7]


def test_replace_serves_a_hand_made_listing(simulator):
    registry = [{"code": "student", "name": "学生", "fields": [
        {"key": "grade", "label": "年级", "type": "integer"}]}]
    inject(simulator, path="/identities", items=registry, mode="replace")
    inject(simulator, path="/tag-groups", items=[], mode="replace")
    assert listing(simulator, "/identities") == registry
    assert listing(simulator, "/tag-groups") == []
    # a later append follows the replacement, not the generated items
    inject(simulator, path="/identities", items=[{"code": "guest"}])
    assert listing(simulator, "/identities") == [*registry, {"code": "guest"}]
    root = {"id": "1", "parent_id": "1", "name": None}
    inject(simulator, path="/departments/root", items=[root], mode="replace")
    assert api(simulator, "/departments/root")["data"] == root
    # the contract's endpoints only, the listing's own parameter, and known modes
    assert inject(simulator, path="/departments/root", items=[root]).status_code == 400
    assert inject(simulator, path="/userz", items=[]).status_code == 400
    assert inject(simulator, path="/users", params={"platform": "wechat"},
                  items=[]).status_code == 400
    assert inject(simulator, path="/openids", items=[]).status_code == 400
    assert inject(simulator, path="/users", items=[], mode="prepend").status_code == 400
    assert inject(simulator, path="/users").status_code == 400


def test_injected_items_are_windowed_like_the_planted_ones(simulator):
    items = [{"id": "IN", "updated_at": IN_HOUR_1},
             {"id": "EDGE", "updated_at": HOUR_1["updated_since"]},  # since is inclusive
             {"id": "AFTER", "updated_at": HOUR_1["updated_before"]},  # before is exclusive
             {"id": "EARLIER", "updated_at": "2026-06-01T00:00:00Z"},
             {"id": "NONSENSE", "updated_at": "last tuesday"},
             {"id": "NAIVE", "updated_at": "2026-11-27T00:30:00"},  # no offset
             {"id": "NUMBER", "updated_at": 1795739400}, {"id": "NONE"}, "not an object"]
    ours = {i["id"] for i in items if isinstance(i, dict)}
    for path in ("/users", "/task-history"):
        inject(simulator, path=path, items=items)
        window = [i for i in listing(simulator, path, **HOUR_1) if i.get("id") in ours]
        assert [i["id"] for i in window] == ["IN", "EDGE"], path
        assert listing(simulator, path)[-len(items):] == items, path
    inject(simulator, path="/openids", params={"platform": "wechat"}, items=items)
    assert "IN" in {o.get("id") for o in listing(simulator, "/openids", platform="wechat",
                                                 **HOUR_1)}


def test_a_nul_and_other_raw_json_are_served_byte_for_byte(simulator):
    # duplicate keys, an exponent and a number past float: JSON a parser would rewrite
    item = b'{"id":"U-NUL","name":"a\\u0000b","id":"U-NUL","score":1.0e0,"big":1e400}'
    body = b'{"path": "/users", "items": [' + item + b', "x\\u0000"]}'
    answer = httpx.post(simulator.url + "/_sim/inject", content=body,
                        headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    with httpx.Client(base_url=simulator.url + "/api/v4") as http:
        token = http.post("/auth/token", json={"app_key": "flowsync-demo",
                                                "app_secret": "flowsync-demo-secret"}).json()
        page = http.get("/users", params={"limit": 1000}, headers={
            "Authorization": f"Bearer {token['data']['access_token']}"}).content
    assert page.endswith(b"," + item + b',"x\\u0000"],"next_cursor":null}}')
    assert api(simulator, "/users", limit=1000)["data"]["items"][-1] == "x\x00"


def test_hostile_items_in_member_lists(simulator):
    members = listing(simulator, "/posts/P00001/members")
    hostile = [42, None, ["U0000001"], {"user_id": None}, {"department_id": "D00001"},
               {"user_id": "U0000001", "department_id": {"id": "D00001"}}]
    inject(simulator, path="/posts/P00001/members", items=hostile)
    assert listing(simulator, "/posts/P00001/members") == [*members, *hostile]
    # a parent the data set does not know: the injection makes its list exist
    assert api(simulator, "/posts/PX/members")["code"] == 40400
    inject(simulator, path="/posts/PX/members", items=hostile)
    assert listing(simulator, "/posts/PX/members") == hostile
    inject(simulator, path="/tags/TX/users", items=[{"user_id": 7}])
    assert listing(simulator, "/tags/TX/users") == [{"user_id": 7}]


def test_injections_page_through_the_cache_and_outlive_epochs(simulator):
    first = listing(simulator, "/users", limit=100)  # every page now cached
    extra = [{"id": f"UI{n:05d}", "updated_at": IN_HOUR_1} for n in range(150)]
    inject(simulator, path="/users", items=extra)
    assert listing(simulator, "/users", limit=100) == [*first, *extra]  # across page breaks
    simulator.sim.inject("/tags", [{"id": "TI00001"}], mode="replace")
    httpx.post(simulator.url + "/_sim/epoch", json={"epoch": 2}).raise_for_status()
    users = listing(simulator, "/users", limit=100)
    assert users[-150:] == extra and users[:-150] != first[:-150]  # epoch 2's users
    assert listing(simulator, "/tags") == [{"id": "TI00001"}]
    state = httpx.get(simulator.url + "/_sim/state").json()
    assert {(i["path"], i["replaced"], i["appended"]) for i in state["injected"]} == {
        ("/users", None, 150), ("/tags", 1, 0)}
    # {"clear": true} removes every injection
    assert inject(simulator, clear=True).json()["injected"] == []
    assert listing(simulator, "/tags") != [{"id": "TI00001"}]
    assert listing(simulator, "/users", limit=100)[-1]["id"] != "UI00149"
    # and so does a reset
    inject(simulator, path="/tags", items=[], mode="replace")
    httpx.post(simulator.url + "/_sim/reset", json={"users": 500, "epoch": 1})
    assert len(listing(simulator, "/tags")) > 2


def test_public_accessors_of_the_dataset():
    ds = SchoolDataset(500, seed=1, epoch=3)
    two = ds.changes("users", 2)
    assert two.epoch == 2 and len(two.updated) == 5 and two.tombstoned and two.gone
    window = {u["id"] for u in ds.user_listing(ts(CLOCK) + 3600, ts(CLOCK) + 7200).page(0, 999)}
    # epoch 2's hour lists its changes, less those epoch 3 changed again or deleted
    assert window <= set(two.listed) and set(two.gone).isdisjoint(window)
    assert ds.user(int(two.tombstoned[0][1:]) - 1)["status"] == "deleted"
    instance, tasks = ds.flow(0)
    assert {t["instance_id"] for t in tasks} == {instance["id"]}
    with pytest.raises(ValueError):
        ds.changes("users", 4)
    with pytest.raises(ValueError):
        ds.changes("departments", 1)


# ------------------------------------------------ following the wall clock (the demo)

ANCHOR = datetime(2026, 6, 1, 2, tzinfo=UTC)  # the start of the demo's epoch 1
H = ANCHOR + timedelta(hours=40)  # a wall-clock hour: the demo's epoch 41
KINDS = ("users", "posts", "tags", "instances")


def following(now: datetime, users: int = 2000) -> SchoolDataset:
    """The bundled default's data set at wall-clock time ``now``."""
    return WallClock(ANCHOR).dataset(users, 1, now)


def items_of(ds: SchoolDataset, kind: str, since: int | None = None,
             before: int | None = None) -> list[dict]:
    make = {"users": ds.user_listing, "posts": ds.post_listing, "tags": ds.tag_listing,
            "instances": ds.instance_listing, "tasks": ds.task_listing}[kind]
    found = make(since, before)
    return found.page(0, len(found))


def stamp(item: dict) -> int:
    return ts(datetime.fromisoformat(item["updated_at"]))


def test_a_wall_clock_hour_adds_exactly_its_own_changes_stamped_inside_it():
    during = following(H + timedelta(minutes=30))  # hour H has not ended yet
    after = following(H + timedelta(hours=1, minutes=5))  # it has: epoch 41 is hour H
    assert (during.epoch, after.epoch) == (40, 41)
    lo, hi = ts(H), ts(H + timedelta(hours=1))
    for kind in KINDS:
        # nothing is stamped in an hour that has not ended: no updated_at in the future
        assert items_of(during, kind, lo, None) == [], kind
        hour = after.changes(kind, 41)
        window = items_of(after, kind, lo, hi)
        assert sorted(i["id"] for i in window) == sorted(hour.listed), kind
        old = {i["id"]: i for i in items_of(during, kind) if "id" in i}
        new = {i["id"]: i for i in items_of(after, kind) if "id" in i}
        assert set(old) - set(new) == set(hour.gone), kind
        assert set(new) - set(old) == set(hour.new), kind
        for key in set(old) & set(new):
            if key in hour.listed:  # changed in hour H, and only forward
                assert stamp(old[key]) < lo <= stamp(new[key]) < hi, (kind, key)
            else:  # the rest is the earlier hour's state, as it was
                assert new[key] == old[key], (kind, key)
    # a few posts and tags change a day; users and process instances every hour
    assert after.changes("users", 41).updated and after.changes("instances", 41).new
    assert items_of(during, "tasks", lo, None) == []
    changed = set(after.changes("instances", 41).listed)
    tasks = items_of(after, "tasks", lo, hi)
    assert tasks and {t["instance_id"] for t in tasks} <= changed
    for platform in ("wechat", "wecom", "dingtalk", "feishu"):
        assert len(during.openid_listing(platform, lo, None)) == 0
    # and the hour's new department, hard-deleted two hours later
    departments = {d["id"]: d for d in after.department_children("D00001").page(0, 999)
                   if "id" in d}
    assert lo <= stamp(departments["DN0041"]) < hi
    assert "DN0041" not in {d.get("id") for d in during.department_children("D00001").page(0, 999)}


def test_two_starts_in_the_same_hour_serve_identical_listings():
    clock = WallClock(ANCHOR)
    assert clock.epoch_at(H) == clock.epoch_at(H + timedelta(minutes=59, seconds=59)) == 40
    assert clock.epoch_at(H - timedelta(seconds=1)) == 39
    first = start_following_simulator(H + timedelta(seconds=1), ANCHOR, users=500)
    second = start_following_simulator(H + timedelta(minutes=59), ANCHOR, users=500)
    window = {"updated_since": (H - timedelta(hours=4)).isoformat(),
              "updated_before": H.isoformat()}
    try:
        a, b = (SimpleNamespace(url=s.base_url) for s in (first, second))
        for path, params in [("/users", {}), ("/users", window), ("/posts", {}), ("/tags", {}),
                             ("/openids", {"platform": "wechat"}), ("/process-instances", {}),
                             ("/task-history", {}), ("/task-history", window),
                             ("/departments", {"parent_id": "D00001"}),
                             ("/posts/P00001/members", {}), ("/tags/T00002/users", {})]:
            assert listing(a, path, **params) == listing(b, path, **params), (path, params)
    finally:
        first.stop()
        second.stop()


def test_the_first_start_writes_the_anchor_and_every_later_start_keeps_it(tmp_path, monkeypatch):
    path = tmp_path / "home" / ANCHOR_FILE_NAME
    started = datetime(2026, 6, 2, 10, 21, tzinfo=UTC)
    anchor = anchor_from_file(path, started)
    assert anchor == datetime(2026, 6, 1, 10, tzinfo=UTC)  # a day before the start's hour
    assert WallClock(anchor).epoch_at(started) == 24  # so the first run finds a day of changes
    assert anchor_from_file(path, started + timedelta(days=30)) == anchor
    assert list(path.parent.iterdir()) == [path]  # nothing left aside
    # two first starts at once: the one that links its file first sets the anchor
    other = tmp_path / "raced" / ANCHOR_FILE_NAME
    real_link = wallclock_module.os.link

    def lose_the_race(source, target):
        # the other start links its file between this one's read and link
        Path(target).write_text('{"anchor": "2026-06-01T05:00:00+00:00"}')
        real_link(source, target)

    monkeypatch.setattr(wallclock_module.os, "link", lose_the_race)
    assert anchor_from_file(other, started) == datetime(2026, 6, 1, 5, tzinfo=UTC)
    monkeypatch.undo()
    # an unreadable anchor never silently starts a new school
    for text in ("{not json", '{"anchor": "2026-06-01T10:30:00+00:00"}', '{"anchor": "2026-06-01"}'):
        path.write_text(text)
        with pytest.raises(AnchorError, match="delete it together with the demo's store"):
            anchor_from_file(path, started)


def test_the_source_stops_changing_at_its_horizon_and_starts_there():
    clock = WallClock(ANCHOR)
    assert clock.ends == ANCHOR + timedelta(days=90)
    assert clock.epoch_at(clock.ends - timedelta(seconds=1)) == HORIZON_EPOCHS - 1
    assert clock.epoch_at(clock.ends) == clock.epoch_at(clock.ends + timedelta(days=365)) \
        == HORIZON_EPOCHS
    assert clock.epoch_at(ANCHOR - timedelta(days=1)) == 0
    began = time.perf_counter()
    server = start_following_simulator(clock.ends + timedelta(days=30), ANCHOR)  # the worst case
    elapsed = time.perf_counter() - began
    try:
        ds = server.sim.dataset
        assert ds.epoch == HORIZON_EPOCHS
        print(f"a start at the horizon took {elapsed:.2f} s")  # a size: bench/, not a bound here
        # 90 days on, a school of the same shape: births replaced the deaths
        assert 1800 < int((ds.users.state == 0).sum()) < 2200
        assert int((ds.posts.state == 0).sum()) >= 40
        assert int((ds.tags.state == 0).sum()) >= 5
        assert len(ds.user_listing(None, None)) < 2 * 2000  # tombstones included
        assert len(ds.instance_listing(None, None)) < 1000 + 2 * HORIZON_EPOCHS + 10
        for kind in ("users", "instances"):  # and the last hour still changed something
            assert ds.changes(kind, HORIZON_EPOCHS).listed, kind
    finally:
        server.stop()


def test_the_test_profile_is_not_the_steady_one():
    pinned = SchoolDataset(500, seed=1, epoch=3)
    assert not pinned.steady and pinned.clock_dt == CLOCK
    # every kind of change in every epoch, even among a handful of tags
    for epoch in (1, 2, 3):
        tags = pinned.changes("tags", epoch)
        assert tags.updated and tags.tombstoned and tags.gone and tags.new


def test_a_server_that_follows_the_clock_moves_on_with_each_hour():
    hour = [40]
    sim = Simulator(WallClock(ANCHOR).dataset(500, 1, H), follow=lambda: hour[0])
    with SimulatorServer(sim) as server:
        handle = SimpleNamespace(url=server.base_url)
        first = api(handle, "/users", limit=100)
        assert first["code"] == 0 and sim.dataset.epoch == 40
        hour[0] = 41  # the wall clock passes H + 1 h
        assert api(handle, "/users", limit=100, cursor=first["data"]["next_cursor"])["code"] == 41000
        assert sim.dataset.epoch == 41
        window = listing(handle, "/users", updated_since=H.isoformat(),
                         updated_before=(H + timedelta(hours=1)).isoformat())
        assert sorted(u["id"] for u in window) == sorted(sim.dataset.changes("users", 41).listed)
        assert httpx.get(server.base_url + "/_sim/state").json()["follows_clock"] is True


def test_cli_follow_clock_takes_no_clock_or_epoch(capsys):
    for argv in (["--follow-clock", "--epoch", "3"], ["--follow-clock", "--clock", CLOCK.isoformat()],
                 ["--anchor-file", "anchor.json"]):
        with pytest.raises(SystemExit):
            simulator_main(argv)
    assert "--follow-clock sets the clock and the epoch itself" in capsys.readouterr().err
