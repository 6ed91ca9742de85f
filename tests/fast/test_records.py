"""``ItemDecoder.decode_page`` and ``unstorable_text``: one bad item is one
quarantine case, never a failed page and never a silently defaulted record.

Bad: a NUL anywhere in a string (a value, a dict key, a list item), a missing
list or map or status (missing is not empty), a timestamp without an offset
or with no UTC form, an integer beyond the column's range. Not bad: an
escaped backslash followed by ``u0000``, which is six ordinary characters.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import msgspec
import pytest

from flowsync_dagster.officeflow import models
from flowsync_dagster.officeflow.models import Tombstone, User, unstorable_text

NUL_REASON = "a string holds a NUL character (U+0000) or a lone UTF-16 surrogate"
MISSING = object()


def raw(obj: Any) -> msgspec.Raw:
    # json.dumps writes U+0000 as the escape \u0000, as any server would have to
    return msgspec.Raw(json.dumps(obj, ensure_ascii=False).encode())


def user(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "U000123", "username": "20231234", "name": "张三", "identity": "student",
        "department_ids": ["D0001", "D0042"], "mobile": None, "email": None,
        "status": "active", "attributes": {"grade": "2023", "enrolled_on": "2023-09-01"},
        "updated_at": "2026-11-27T08:00:00+08:00"}
    for key, value in changes.items():
        if value is MISSING:
            record.pop(key)
        else:
            record[key] = value
    return record


def department(**changes: Any) -> dict[str, Any]:
    record = {"id": "D0001", "parent_id": "1", "name": "计算机学院", "code": "CS", "order": 10,
              "status": "active", "updated_at": "2026-11-27T08:00:00Z"}
    record.update(changes)
    return record


def decode_one(decoder: models.ItemDecoder[Any], item: dict[str, Any] | bytes
               ) -> models.Page[Any]:
    page = decoder.decode_page([msgspec.Raw(item) if isinstance(item, bytes) else raw(item)])
    assert len(page.records) + len(page.bad) == 1
    return page


def bad_error(decoder: models.ItemDecoder[Any], item: dict[str, Any] | bytes) -> str:
    page = decode_one(decoder, item)
    assert page.records == [], f"decoded as {page.records}"
    return page.bad[0].error


# ------------------------------------------------------------ good records


def test_a_good_user_decodes_with_its_timestamp_in_utc() -> None:
    (record,) = decode_one(models.USER, user()).records
    assert isinstance(record, User)
    assert record.department_ids == ("D0001", "D0042")
    assert models.utc(record.updated_at) == datetime(2026, 11, 27, 0, tzinfo=UTC)


def test_a_page_keeps_its_good_records_around_a_bad_one() -> None:
    page = models.USER.decode_page([raw(user(id="U1")), raw(user(id="U2", name="a\x00")),
                                    raw(user(id="U3"))])
    assert [r.id for r in page.records] == ["U1", "U3"]
    assert [b.source_key for b in page.bad] == ["U2"]


def test_a_tombstone_needs_only_its_key_and_updated_at() -> None:
    (record,) = decode_one(models.USER, {"id": "U9", "status": "deleted",
                                         "updated_at": "2026-11-27T08:00:00Z"}).records
    assert isinstance(record, Tombstone) and record.is_tombstone


# ------------------------------------------------------------------ NULs


@pytest.mark.parametrize("where", ["name", "username", "department id", "attribute value",
                                   "attribute key", "nested attribute", "mobile"])
def test_a_nul_in_any_string_makes_a_bad_record(where: str) -> None:
    item = {
        "name": user(name="张\x00三"),
        "username": user(username="2023\x00"),
        "department id": user(department_ids=["D0001", "D\x0042"]),
        "attribute value": user(attributes={"grade": "20\x0023"}),
        "attribute key": user(attributes={"gra\x00de": "2023"}),
        "nested attribute": user(attributes={"history": [{"note\x00": "x"}]}),
        "mobile": user(mobile="\x00"),
    }[where]
    page = decode_one(models.USER, item)
    assert page.records == []
    assert page.bad[0].error.startswith(NUL_REASON)
    assert page.bad[0].source_key == "U000123"


def test_a_nul_in_the_key_is_spelled_out_in_the_quarantine_key() -> None:
    page = decode_one(models.USER, user(id="U\x001"))
    assert page.bad[0].source_key == "U\\u00001"
    assert "\x00" not in page.bad[0].source_key


def test_a_tombstone_with_a_nul_is_a_bad_record_too() -> None:
    page = decode_one(models.USER, {"id": "U\x009", "status": "deleted",
                                    "updated_at": "2026-11-27T08:00:00Z"})
    assert page.records == [] and len(page.bad) == 1


def test_an_escaped_backslash_before_u0000_is_six_ordinary_characters() -> None:
    # the JSON text  "a\\u0000b"  is the string  a\u0000b  (a backslash, u, four zeros)
    item = json.dumps(user(name="PLACEHOLDER")).replace("PLACEHOLDER", "a\\\\u0000b").encode()
    assert b'"a\\\\u0000b"' in item
    (record,) = decode_one(models.USER, item).records
    assert record.name == "a\\u0000b" and "\x00" not in record.name


def test_unstorable_text_tells_an_escaped_nul_from_an_escaped_backslash() -> None:
    assert unstorable_text(b'{"a": "x"}') is None
    assert unstorable_text(b'{"a": "\\\\u0000"}') is None  # backslash, then u0000
    assert unstorable_text(b'{"a": "\\u0000"}').startswith(NUL_REASON)
    assert unstorable_text(b'{"a": "\\\\\\u0000"}').startswith(NUL_REASON)  # \\ then \u0000
    assert unstorable_text(b'{"\\u0000": 1}').startswith(NUL_REASON)
    assert unstorable_text(b'{"a": [1, {"b": ["\\u0000"]}]}').startswith(NUL_REASON)


# ------------------------------------------------- missing is not empty


@pytest.mark.parametrize("missing", ["department_ids", "attributes", "status", "updated_at",
                                     "id"])
def test_a_missing_required_field_is_a_bad_record_not_an_empty_default(missing: str) -> None:
    assert f"missing required field `{missing}`" in bad_error(models.USER,
                                                              user(**{missing: MISSING}))


def test_explicitly_empty_lists_and_maps_are_good() -> None:
    (record,) = decode_one(models.USER, user(department_ids=[], attributes={})).records
    assert record.department_ids == () and record.attributes == {}


def test_a_record_missing_its_key_gets_a_stable_stand_in_key() -> None:
    first = decode_one(models.USER, user(id=MISSING)).bad[0]
    again = decode_one(models.USER, user(id=MISSING)).bad[0]
    assert first.source_key.startswith("<no key>#") and first.source_key == again.source_key
    assert json.loads(first.payload)["name"] == "张三"  # the payload as received


# ------------------------------------------------------------ timestamps


@pytest.mark.parametrize(("stamp", "why"), [
    ("2026-11-27T08:00:00", "timezone"),
    ("0000-01-01T00:00:00Z", "Invalid RFC3339"),
    ("0001-01-01T00:00:00+01:00", "out of range in UTC"),
    ("9999-12-31T23:30:00-01:00", "out of range in UTC"),
    ("2026-11-27", "datetime"),
    ("yesterday", "datetime"),
])
def test_a_timestamp_without_offset_or_without_a_utc_form_is_a_bad_record(stamp: str,
                                                                          why: str) -> None:
    assert why in bad_error(models.USER, user(updated_at=stamp))


def test_the_first_instant_in_utc_is_a_good_timestamp() -> None:
    (record,) = decode_one(models.USER, user(updated_at="0001-01-01T00:00:00Z")).records
    assert models.utc(record.updated_at) == datetime(1, 1, 1, tzinfo=UTC)


def test_a_process_instance_with_an_out_of_range_created_at_is_a_bad_record() -> None:
    instance = {"id": "S1", "process_code": "leave", "category": "office", "status": "running",
                "created_at": "0001-01-01T00:30:00+01:00", "updated_at": "2026-11-27T08:00:00Z"}
    assert "out of range in UTC" in bad_error(models.PROCESS_INSTANCE, instance)


# --------------------------------------------------------------- integers


@pytest.mark.parametrize("order", [2**31, -(2**31) - 1, 10**20])
def test_a_department_order_beyond_int32_is_a_bad_record(order: int) -> None:
    assert "$.order" in bad_error(models.DEPARTMENT, department(order=order))


@pytest.mark.parametrize("order", [2**31 - 1, -(2**31), 0])
def test_a_department_order_within_int32_is_good(order: int) -> None:
    (record,) = decode_one(models.DEPARTMENT, department(order=order)).records
    assert record.order == order


@pytest.mark.parametrize(("field", "value"), [("status", "dissolved"), ("order", "10"),
                                              ("parent_id", 1), ("id", "")])
def test_a_department_field_of_the_wrong_kind_is_a_bad_record(field: str, value: Any) -> None:
    assert bad_error(models.DEPARTMENT, department(**{field: value}))
