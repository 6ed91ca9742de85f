"""``SyncPolicyResource``: how far a run reads, what it may remove, and which
entities this environment syncs. Values, not connections: the asset graph is
the same whatever they are; a switched-off entity is skipped at run time."""

from __future__ import annotations

from datetime import timedelta

from dagster import ConfigurableResource

from flowsync_dagster.store.merge import RemovalGuard


class SyncPolicyResource(ConfigurableResource):
    """The sync's rules for one school (environment or settings file)."""

    lookback_hours: int = 3
    catchup_max_hours: int = 24
    max_removal_fraction: float = 0.10
    max_removal_rows: int = 50
    sync_departments: bool = True
    sync_posts: bool = True
    sync_tags: bool = True

    @property
    def lookback(self) -> timedelta:
        return timedelta(hours=self.lookback_hours)

    @property
    def catchup_max(self) -> timedelta:
        return timedelta(hours=self.catchup_max_hours)

    def guard(self, allowed: bool) -> RemovalGuard:
        return RemovalGuard(self.max_removal_fraction, self.max_removal_rows, allowed)

    def enabled(self, switch: str | None) -> bool:
        """Whether this environment syncs the entity behind ``switch``."""
        return switch is None or bool(getattr(self, f"sync_{switch}"))
