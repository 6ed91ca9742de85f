"""The tables of docs/warehouse.md, and how a database is brought up to them.

Tables are declared without a schema; on PostgreSQL the store maps them into
``FLOWSYNC_SCHEMA`` with ``schema_translate_map``. Upgrades are additive and
idempotent: a missing table is created, a missing column added (the contract
only ever adds columns), and ``flowsync_meta.schema_version`` records the
layout, so a run against an older database brings it up to date first.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    false,
    true,
)

# 2: flow tracking tables, out-of-school requests, off_campus_now
# 3: sync_run (when each table was last confirmed, and what each sync did)
# 4: source_config (the source's settings kept in the store), department_mapping
# 5: out_school_request.anonymous; an anonymous request names nobody (its
#    user_id and title NULL, rows written before cleared by the upgrade)
SCHEMA_VERSION = 5

metadata = MetaData()

# The big tables leave room on each page, so that a row rewritten in place
# stays on its page (a HOT update: no index writes).
ROOMY = {"postgresql_with": {"fillfactor": 70}}


def _sync_columns() -> list[Column]:
    """The bookkeeping every entity and link table carries (docs/warehouse.md)."""
    return [
        Column("is_active", Boolean, nullable=False, server_default=true()),
        Column("status", Text),
        Column("source_updated_at", DateTime(timezone=True)),
        Column("first_synced_at", DateTime(timezone=True)),
        Column("last_synced_at", DateTime(timezone=True)),
        Column("removed_at", DateTime(timezone=True)),
    ]


department = Table(
    "department", metadata,
    Column("id", Text, primary_key=True),
    Column("parent_id", Text),
    Column("name", Text),
    Column("code", Text),
    Column("sort_order", Integer),
    Column("path", Text),
    Column("depth", Integer),
    *_sync_columns(),
)

app_user = Table(
    "app_user", metadata,
    Column("id", Text, primary_key=True),
    Column("username", Text),
    Column("name", Text),
    Column("identity", Text),
    Column("mobile", Text),
    Column("email", Text),
    *_sync_columns(),
    Index("ix_app_user_username", "username"),
    **ROOMY,
)

user_attribute = Table(
    "user_attribute", metadata,
    Column("identity", Text, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("label", Text),
    Column("type", Text),
    Column("max_length", Integer),
    Column("column_name", Text),
    *_sync_columns(),
)

user_department = Table(
    "user_department", metadata,
    Column("user_id", Text, primary_key=True),
    Column("department_id", Text, primary_key=True),
    *_sync_columns(),
    Index("ix_user_department_department", "department_id"),
    **ROOMY,
)

post = Table(
    "post", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text),
    Column("code", Text),
    Column("department_id", Text),
    *_sync_columns(),
)

post_member = Table(
    "post_member", metadata,
    Column("post_id", Text, primary_key=True),
    # '' when the source names no department: a key column cannot be NULL
    Column("department_id", Text, primary_key=True),
    Column("user_id", Text, primary_key=True),
    *_sync_columns(),
    Index("ix_post_member_user", "user_id"),
    **ROOMY,
)

tag_group = Table(
    "tag_group", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text),
    *_sync_columns(),
)

tag = Table(
    "tag", metadata,
    Column("id", Text, primary_key=True),
    Column("group_id", Text),
    Column("name", Text),
    Column("kind", Text),
    Column("name_conflict", Boolean, nullable=False, server_default=false()),
    *_sync_columns(),
    Index("ix_tag_group_name", "group_id", "name"),
)

tag_user = Table(
    "tag_user", metadata,
    Column("tag_id", Text, primary_key=True),
    Column("user_id", Text, primary_key=True),
    *_sync_columns(),
    Index("ix_tag_user_user", "user_id"),
    **ROOMY,
)

user_openid = Table(
    "user_openid", metadata,
    Column("platform", Text, primary_key=True),
    Column("openid", Text, primary_key=True),
    Column("user_id", Text),
    Column("username", Text),
    *_sync_columns(),
    Index("ix_user_openid_user", "user_id"),
    **ROOMY,
)

process_instance = Table(
    "process_instance", metadata,
    Column("id", Text, primary_key=True),
    Column("process_code", Text),
    Column("process_name", Text),
    Column("category", Text),
    Column("title", Text),
    Column("creator_user_id", Text),
    Column("agent_user_id", Text),
    Column("anonymous", Boolean),
    Column("parent_instance_id", Text),
    Column("created_at", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    *_sync_columns(),
    Index("ix_process_instance_parent", "parent_instance_id"),
    **ROOMY,
)

task_history = Table(
    "task_history", metadata,
    Column("id", Text, primary_key=True),
    Column("instance_id", Text),
    Column("node_id", Text),
    Column("node_name", Text),
    Column("task_type", Text),
    Column("assignee_user_id", Text),
    Column("created_at", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    *_sync_columns(),
    Index("ix_task_history_instance", "instance_id"),
    **ROOMY,
)

# ---- derived from process_instance and task_history (flow tracking) ----

process_progress = Table(
    "process_progress", metadata,
    Column("instance_id", Text, primary_key=True),
    Column("process_code", Text),
    Column("category", Text),
    Column("current_node_ids", Text),  # open (init) tasks' nodes, e.g. "N2" or "N2,N3"
    Column("current_node_names", Text),
    Column("waiting_since", DateTime(timezone=True)),  # since when the oldest open task waits
    Column("passed_path", Text),  # finished tasks' nodes in order, e.g. "N1>N2>N1>N2>N3"
    Column("nodes_passed", Text),  # JSON: [{node_id, node_name, status, entered_at, left_at, seconds}]
    Column("tasks_total", Integer),
    Column("tasks_open", Integer),
    Column("late_aborts", Integer),  # aborted/reverted tasks finished after the instance did
    Column("started_at", DateTime(timezone=True)),
    Column("finished_at", DateTime(timezone=True)),
    Column("parent_instance_id", Text),
    Column("parent_node_id", Text),  # the parent's node that was open when this child began
    Column("parent_node_name", Text),
    *_sync_columns(),
    **ROOMY,
)

process_node_time = Table(
    "process_node_time", metadata,
    Column("instance_id", Text, primary_key=True),
    Column("node_id", Text, primary_key=True),
    Column("node_name", Text),
    Column("visits", Integer),
    Column("seconds", Float),  # time spent in finished tasks at this node
    Column("first_entered_at", DateTime(timezone=True)),
    Column("last_left_at", DateTime(timezone=True)),
    Column("is_open", Boolean),
    *_sync_columns(),
    **ROOMY,
)

out_school_request = Table(
    "out_school_request", metadata,
    Column("instance_id", Text, primary_key=True),
    Column("user_id", Text),
    Column("agent_user_id", Text),
    Column("title", Text),
    Column("requested_at", DateTime(timezone=True)),
    Column("left_at", DateTime(timezone=True)),  # its checkout task finished
    Column("returned_at", DateTime(timezone=True)),  # its checkin task finished
    Column("finished_at", DateTime(timezone=True)),
    Column("is_off_campus", Boolean),
    *_sync_columns(),
    # 匿名发起: user_id and title are NULL (process_instance keeps who it was)
    Column("anonymous", Boolean),
    Index("ix_out_school_request_user", "user_id"),
)

sync_quarantine = Table(
    "sync_quarantine", metadata,
    Column("entity", Text, primary_key=True),
    Column("source_key", Text, primary_key=True),
    Column("reason", Text, primary_key=True),
    Column("payload", Text),
    Column("detail", Text),
    Column("run_id", Text),
    Column("detected_at", DateTime(timezone=True)),
    Column("last_seen_at", DateTime(timezone=True)),
    Column("resolved_at", DateTime(timezone=True)),
)

# One row per asset and run: the audit trail of every sync, written in the
# step's own transaction. A full resync's row is also when its table was last
# confirmed complete (rows it found unchanged are not rewritten).
sync_run = Table(
    "sync_run", metadata,
    Column("run_id", Text, primary_key=True),
    Column("asset", Text, primary_key=True),
    Column("table_name", Text, nullable=False),
    Column("mode", Text, nullable=False),  # incremental | full
    Column("window_start", DateTime(timezone=True)),  # the span read, look-back included
    Column("window_end", DateTime(timezone=True)),  # both NULL for a full listing
    Column("window_reason", Text),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("rows_read", Integer, nullable=False),
    Column("inserted", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("reactivated", Integer, nullable=False),
    Column("removed", Integer, nullable=False),
    Column("quarantined", Integer, nullable=False),
    Column("stale_skipped", Integer, nullable=False),
    Index("ix_sync_run_asset_finished", "asset", "finished_at"),
)

# The source's settings, kept in the store by whoever administers it (the old
# service read them from its database first): one row, or none. NULL leaves a
# setting to the settings file; credentials only as references (env:NAME or
# file:/path), never their values. The environment and a run's own tags
# still win (docs/settings.md).
source_config = Table(
    "source_config", metadata,
    Column("id", Integer, primary_key=True, server_default="1"),
    Column("base_url", Text),
    Column("app_key_ref", Text),
    Column("app_secret_ref", Text),
    Column("sync_departments", Boolean),
    Column("sync_posts", Boolean),
    Column("sync_tags", Boolean),
    Column("updated_at", DateTime(timezone=True)),
    Column("note", Text),
    CheckConstraint("id = 1", name="source_config_one_row"),
)

# Where the school's department rules put each source department that they
# move (map, merge) or leave out (exclude: department_id NULL): written by the
# department step each run, read by the steps that stage memberships.
department_mapping = Table(
    "department_mapping", metadata,
    Column("source_id", Text, primary_key=True),
    Column("department_id", Text),
    Column("rule", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True)),
)

flowsync_meta = Table(
    "flowsync_meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text),
)

ENTITY_TABLES = (
    "department", "app_user", "user_attribute", "user_department", "post", "post_member",
    "tag_group", "tag", "tag_user", "user_openid", "process_instance", "task_history",
    "process_progress", "process_node_time", "out_school_request",
)

# Who is off campus right now: left, not yet back, request still current.
OFF_CAMPUS_VIEW = "off_campus_now"
# An anonymous request names nobody here either (its user_id is NULL).
OFF_CAMPUS_SQL = (
    "SELECT r.instance_id, r.user_id, u.username, u.name, r.title, r.left_at, r.requested_at, "
    "r.status, r.anonymous FROM {out_school_request} r LEFT JOIN {app_user} u ON "
    "u.id = r.user_id AND NOT COALESCE(r.anonymous, FALSE) "
    "WHERE r.is_active AND r.is_off_campus"
)
# Rows written before a layout, brought to what its code writes (from_version, SQL)
DATA_UPGRADES = (
    (5, "UPDATE {out_school_request} SET user_id = CASE WHEN i.anonymous THEN NULL ELSE "
        "out_school_request.user_id END, title = CASE WHEN i.anonymous THEN NULL ELSE "
        "out_school_request.title END, anonymous = COALESCE(i.anonymous, FALSE) FROM "
        "{process_instance} i WHERE i.id = out_school_request.instance_id"),
)
