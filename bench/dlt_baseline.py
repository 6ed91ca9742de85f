"""The generic alternative: dlt's ``rest_api`` source, ``write_disposition="merge"``,
reading the same endpoints as the comparison (department tree, users, OpenIDs,
tag members) from the simulator into PostgreSQL.

    python bench/dlt_baseline.py --base-url http://127.0.0.1:8000 \
        --pg postgresql://postgres@127.0.0.1:5432/db --depth 4

Run by ``bench/run.py`` in its own process (so its memory is measured on its
own); prints one JSON line with the row counts dlt reports.
"""

from __future__ import annotations

import argparse
import json
import time

import dlt
import httpx
from dlt.sources.rest_api import rest_api_source

PLATFORMS = ("wechat", "wecom", "dingtalk", "feishu")


def keyed(*fields: str) -> list[dict]:
    """Without these filters dlt stops at the first record missing its key (the
    simulator plants some): a generic loader has no quarantine."""
    return [{"filter": lambda item: all(item.get(f) not in (None, "") for f in fields)}]


def department_levels(depth: int) -> list[dict]:
    """The tree has no "all departments" call: one dependent resource per level."""
    levels: list[dict] = [{
        "name": "department_root", "table_name": "department", "primary_key": "id",
        "endpoint": {"path": "departments/root", "data_selector": "data",
                     "paginator": "single_page"},
        "processing_steps": keyed("id"),
    }]
    for level in range(1, depth + 1):
        parent = levels[-1]["name"]
        levels.append({
            "name": f"department_l{level}", "table_name": "department", "primary_key": "id",
            "parallelized": True, "processing_steps": keyed("id"),
            "endpoint": {"path": "departments",
                         "params": {"parent_id": f"{{resources.{parent}.id}}"}},
        })
    return levels


def source(base_url: str, token: str, depth: int):  # noqa: ANN201
    return rest_api_source({
        "client": {
            "base_url": base_url.rstrip("/") + "/api/v4/",
            "auth": {"type": "bearer", "token": token},
            "paginator": {"type": "cursor", "cursor_path": "data.next_cursor",
                          "cursor_param": "cursor"},
        },
        "resource_defaults": {
            "write_disposition": "merge",
            "endpoint": {"params": {"limit": 1000}, "data_selector": "data.items"},
        },
        "resources": [
            *department_levels(depth),
            {"name": "users", "table_name": "app_user", "primary_key": "id",
             "processing_steps": keyed("id"), "endpoint": {"path": "users"}},
            *[{"name": f"openids_{p}", "table_name": "user_openid",
               "primary_key": ["platform", "openid"],
               "processing_steps": keyed("platform", "openid"),
               "endpoint": {"path": "openids", "params": {"platform": p}}} for p in PLATFORMS],
            {"name": "tags", "table_name": "tag", "primary_key": "id",
             "processing_steps": keyed("id"), "endpoint": {"path": "tags"}},
            {"name": "tag_users", "table_name": "tag_user", "primary_key": ["_tags_id", "user_id"],
             "parallelized": True, "include_from_parent": ["id"],
             # a deleted tag (listed as a tombstone) has no member list: 404
             "endpoint": {"path": "tags/{resources.tags.id}/users",
                          "response_actions": [{"status_code": 404, "action": "ignore"}]}},
        ],
    })


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--pg", required=True, help="postgresql://... of an empty database")
    parser.add_argument("--depth", type=int, default=4)
    args = parser.parse_args()
    token = httpx.post(args.base_url.rstrip("/") + "/api/v4/auth/token", json={
        "app_key": "flowsync-demo", "app_secret": "flowsync-demo-secret"}).json()["data"][
        "access_token"]
    pipeline = dlt.pipeline(pipeline_name=f"officeflow_{int(time.time())}",
                            destination=dlt.destinations.postgres(args.pg),
                            dataset_name="officeflow")
    started = time.perf_counter()
    info = pipeline.run(source(args.base_url, token, args.depth))
    wall = time.perf_counter() - started
    rows = {table: count for table, count in
            (pipeline.last_trace.last_normalize_info.row_counts or {}).items()
            if not table.startswith("_dlt")}
    print(json.dumps({"wall": wall, "rows": rows, "loads": len(info.loads_ids)}))


if __name__ == "__main__":
    main()
