"""``RemovalGuard.refusal``: when a reconciliation may not deactivate rows.

It trips on an empty complete listing (an outage, whatever the table's size),
on more than half of a table's active rows, and on more than 10 % *and* more
than 50 rows; the override (``flowsync/allow_mass_removal``) lets any of them
through, and deactivating nothing is never refused.
"""

from __future__ import annotations

import pytest

from flowsync_dagster.resources.sync import SyncPolicyResource
from flowsync_dagster.store.merge import RemovalGuard

GUARD = RemovalGuard()  # 10 % and 50 rows, no override


@pytest.mark.parametrize("active", [1, 3, 40, 1_000, 1_000_000])
def test_an_empty_listing_is_refused_whatever_the_table_size(active: int) -> None:
    why = GUARD.refusal(deactivating=active, active=active, empty_listing=True)
    assert why is not None and "listed nothing" in why


def test_an_empty_listing_of_an_empty_table_deactivates_nothing_and_passes() -> None:
    assert GUARD.refusal(deactivating=0, active=0, empty_listing=True) is None


@pytest.mark.parametrize(("deactivating", "active"), [(2, 3), (1, 1), (3, 5), (26, 50)])
def test_more_than_half_of_a_small_table_is_refused(deactivating: int, active: int) -> None:
    why = GUARD.refusal(deactivating, active, empty_listing=False)
    assert why is not None and "half of the table" in why


@pytest.mark.parametrize(("deactivating", "active"), [(1, 2), (2, 5), (25, 50), (30, 100)])
def test_up_to_half_of_a_small_table_passes_under_the_50_row_cushion(
        deactivating: int, active: int) -> None:
    assert GUARD.refusal(deactivating, active, empty_listing=False) is None


def test_more_than_10_percent_and_more_than_50_rows_is_refused() -> None:
    why = GUARD.refusal(deactivating=51, active=500, empty_listing=False)
    assert why == "10.2% > 10% and > 50 rows"


@pytest.mark.parametrize(("deactivating", "active", "because"), [
    (50, 400, "50 rows is not more than 50"),
    (100, 1_000, "10 % is not more than 10 %"),
    (60, 1_000, "6 % of the table"),
    (5_000, 100_000, "5 % of the table"),
])
def test_either_threshold_alone_passes(deactivating: int, active: int, because: str) -> None:
    assert GUARD.refusal(deactivating, active, empty_listing=False) is None, because


@pytest.mark.parametrize(("deactivating", "active", "empty"), [
    (1_000, 1_000, True), (900, 1_000, False), (51, 500, False), (3, 3, False)])
def test_the_override_lets_any_removal_through(deactivating: int, active: int,
                                               empty: bool) -> None:
    allowed = RemovalGuard(allowed=True)
    assert allowed.refusal(deactivating, active, empty_listing=empty) is None


@pytest.mark.parametrize("active", [0, 1, 10_000])
def test_deactivating_nothing_is_never_refused(active: int) -> None:
    assert GUARD.refusal(0, active, empty_listing=False) is None


def test_the_sync_policy_builds_the_documented_guard_and_passes_the_override() -> None:
    policy = SyncPolicyResource()
    assert policy.guard(False) == RemovalGuard(0.10, 50, False)
    assert policy.guard(True).allowed is True
    tighter = SyncPolicyResource(max_removal_fraction=0.01, max_removal_rows=5).guard(False)
    assert tighter.refusal(6, 500, empty_listing=False) is not None
