"""``plan_fields`` and ``refusal``: which declared extension fields become
columns of ``app_user``.

A key becomes a column only when it is a safe identifier, not a name the
database or the table already uses, of a known type, declared with one type
by every identity, of the type it was registered with, and within the column
budget. Everything else is a ``bad_extension_field`` case; the rest carry on.
"""

from __future__ import annotations

import json

import msgspec
import pytest

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import Identity, IdentityField
from flowsync_dagster.sync.entities.identities import (
    MAX_EXTENSION_COLUMNS,
    SQL_TYPES,
    plan_fields,
    refusal,
)


def field(key: str, type_: str = "string", **kw: object) -> IdentityField:
    return IdentityField(key=key, label=kw.pop("label", key), type=type_, **kw)  # type: ignore[arg-type]


def identity(code: str, *fields: IdentityField) -> Identity:
    return Identity(code=code, name=code, fields=tuple(fields))


def refused(plan: object) -> dict[str, str]:
    return {case.source_key: case.detail for case in plan.cases}  # type: ignore[attr-defined]


# ------------------------------------------------------------------ refusal


@pytest.mark.parametrize("key", ["grade", "enrolled_on", "a", "x1", "a" * 40, "class_2023"])
def test_safe_keys_are_accepted(key: str) -> None:
    assert refusal(key, "string", {"string"}, {}) is None


@pytest.mark.parametrize("key", ["Grade", "1st", "_grade", "grade-level", "grade level",
                                 "a" * 41, "", 'x"; DROP TABLE app_user; --', "gräde",
                                 "grade\x00", "_rowid_"])
def test_unsafe_keys_are_refused_as_not_an_identifier(key: str) -> None:
    assert refusal(key, "string", {"string"}, {}) == \
        "key is not a safe identifier (^[a-z][a-z0-9_]{0,39}$)"


@pytest.mark.parametrize("key", ["xmin", "xmax", "cmin", "cmax", "ctid", "tableoid", "oid",
                                 "rowid"])
def test_system_column_names_are_refused(key: str) -> None:
    assert refusal(key, "string", {"string"}, {}) == \
        f"key {key!r} is a system column name of the database"


@pytest.mark.parametrize("key", ["select", "from", "user", "order", "table", "id", "name",
                                 "username", "is_active", "removed_at"])
def test_reserved_words_and_app_users_own_columns_are_refused(key: str) -> None:
    assert refusal(key, "string", {"string"}, {}) == \
        f"key {key!r} is one of app_user's own columns or a reserved SQL word"


@pytest.mark.parametrize("type_", ["text", "float", "STRING", "", "json"])
def test_unknown_types_are_refused(type_: str) -> None:
    assert refusal("grade", type_, {type_}, {}).startswith(f"unknown type {type_!r}")


def test_known_types_map_to_sql_types() -> None:
    assert SQL_TYPES == {"string": "TEXT", "integer": "BIGINT", "date": "DATE",
                         "boolean": "BOOLEAN"}


def test_a_key_declared_with_two_types_is_refused() -> None:
    assert refusal("grade", "string", {"string", "integer"}, {}) == \
        "key declared with several types: integer, string"


def test_a_registered_key_changing_type_is_refused() -> None:
    assert refusal("grade", "integer", {"integer"}, {"grade": "string"}) == \
        "registered as string, now declared integer"
    assert refusal("grade", "string", {"string"}, {"grade": "string"}) is None


# -------------------------------------------------------------- plan_fields


def test_plan_adds_a_column_per_new_safe_key_and_a_row_per_declaration() -> None:
    plan = plan_fields([
        identity("student", field("grade", max_length=32), field("enrolled_on", "date")),
        identity("teacher", field("grade"), field("tenured", "boolean")),
    ], registered={}, existing_columns=set())
    assert plan.new_columns == {"grade": "TEXT", "enrolled_on": "DATE", "tenured": "BOOLEAN"}
    assert [(r.identity, r.key, r.column_name, r.type, r.max_length) for r in plan.rows] == [
        ("student", "grade", "grade", "string", 32),
        ("student", "enrolled_on", "enrolled_on", "date", None),
        ("teacher", "grade", "grade", "string", None),
        ("teacher", "tenured", "tenured", "boolean", None),
    ]
    assert plan.cases == []


def test_plan_quarantines_unsafe_fields_and_keeps_the_rest() -> None:
    plan = plan_fields([identity("student", field("grade"), field("xmin"), field("select"),
                                 field("Bad-Key"), field("score", "float"))],
                       registered={}, existing_columns=set())
    assert plan.new_columns == {"grade": "TEXT"}
    assert [r.key for r in plan.rows] == ["grade"]
    assert sorted(refused(plan)) == ["student:Bad-Key", "student:score", "student:select",
                                     "student:xmin"]
    assert {c.reason for c in plan.cases} == {"bad_extension_field"}
    assert '"key": "xmin"' in next(c.payload for c in plan.cases
                                   if c.source_key == "student:xmin")


def test_plan_refuses_a_key_two_identities_declare_with_different_types() -> None:
    plan = plan_fields([identity("student", field("level", "integer"), field("grade")),
                        identity("teacher", field("level", "string"))],
                       registered={}, existing_columns=set())
    assert plan.new_columns == {"grade": "TEXT"}
    assert refused(plan) == {
        "student:level": "key declared with several types: integer, string",
        "teacher:level": "key declared with several types: integer, string",
    }


def test_plan_refuses_a_registered_field_whose_type_changed_and_adds_no_column() -> None:
    plan = plan_fields([identity("student", field("grade", "integer"))],
                       registered={"grade": "string"}, existing_columns={"grade"})
    assert plan.new_columns == {} and plan.rows == []
    assert refused(plan) == {"student:grade": "registered as string, now declared integer"}


def test_plan_adds_no_column_that_exists_already() -> None:
    plan = plan_fields([identity("student", field("grade"))], registered={"grade": "string"},
                       existing_columns={"grade"})
    assert plan.new_columns == {} and [r.key for r in plan.rows] == ["grade"]


def test_plan_stops_adding_columns_when_the_budget_is_spent() -> None:
    registered = {f"f{i}": "string" for i in range(MAX_EXTENSION_COLUMNS - 1)}
    plan = plan_fields([identity("student", field("f0"), field("last_one"), field("too_many"),
                                 field("last_one"))],
                       registered=registered, existing_columns=set(registered))
    assert plan.new_columns == {"last_one": "TEXT"}
    assert refused(plan) == {"student:too_many": f"column budget of {MAX_EXTENSION_COLUMNS} "
                                                 "extension fields is spent"}
    # registered fields and a key already granted do not spend the budget
    assert [r.key for r in plan.rows] == ["f0", "last_one", "last_one"]


def test_plan_a_key_declared_by_several_identities_costs_one_column() -> None:
    registered = {f"f{i}": "string" for i in range(MAX_EXTENSION_COLUMNS - 1)}
    plan = plan_fields([identity("student", field("grade")), identity("teacher", field("grade")),
                        identity("staff", field("grade"))],
                       registered=registered, existing_columns=set(registered))
    assert plan.new_columns == {"grade": "TEXT"} and plan.cases == []
    assert len(plan.rows) == 3


def test_a_max_length_beyond_int32_is_reported_and_never_reaches_the_store() -> None:
    declared = {"code": "student", "name": "学生", "fields": [
        {"key": "grade", "label": "年级", "type": "string", "max_length": 2**31},
        {"key": "enrolled_on", "label": "入学日期", "type": "date"}]}
    page = models.IDENTITY.decode_page([msgspec.Raw(json.dumps(declared).encode())])
    plan = plan_fields(list(page.records), registered={}, existing_columns=set())
    assert all(r.max_length is None or -(2**31) <= r.max_length < 2**31 for r in plan.rows)
    assert page.bad or plan.cases, "the out-of-range field was dropped without a case"


def test_a_key_several_identities_declare_spends_one_column_of_the_budget() -> None:
    # two slots left; "house" already has a column (from an earlier layout) and
    # three identities declare it: one slot, and "locker" still gets the other
    registered = {f"f{n:03d}": "string" for n in range(MAX_EXTENSION_COLUMNS - 2)}
    plan = plan_fields([identity("student", field("house"), field("locker")),
                        identity("teacher", field("house")), identity("staff", field("house"))],
                       registered=registered, existing_columns={*registered, "house"})
    assert plan.cases == []
    assert plan.new_columns == {"locker": "TEXT"}
