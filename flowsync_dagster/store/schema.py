"""The store's own tables (quarantine, the sync ledger, settings, layout), the
views, and the layout's version. Each entity's tables are declared in its
entity module (``store/entity.py`` says how) into this same ``metadata``.

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
    Index,
    Integer,
    MetaData,
    Table,
    Text,
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
