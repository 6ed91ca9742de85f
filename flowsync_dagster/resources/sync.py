"""``SyncPolicyResource``: how far a run reads, what it may remove, which
entities this environment syncs, and the school's department rules. Values,
not connections: the asset graph is the same whatever they are; a
switched-off entity is skipped at run time.

The values are those the code location loaded (defaults, settings file,
environment; ``origins`` says which); as a run starts, ``source_config`` and
the run's own tags may change the run-time ones (``resources/run_settings.py``),
and the step works with the ``SyncPolicy`` that results.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from dagster import Config, ConfigurableResource, InitResourceContext
from pydantic import PrivateAttr

from flowsync_dagster.resources.run_config import refuse_resource_config
from flowsync_dagster.settings.boundary import Boundary, declared_refs
from flowsync_dagster.settings.keys import BY_KEY, POLICY_KEYS, default
from flowsync_dagster.settings.layers import Resolved
from flowsync_dagster.settings.rules import DepartmentRule
from flowsync_dagster.store.merge import RemovalGuard


class DepartmentRuleConfig(Config):
    """One department rule (``settings/rules.py``), as resource config."""

    number: int
    kind: str
    departments: list[str]
    target: str = ""
    name: str = ""

    def rule(self) -> DepartmentRule:
        return DepartmentRule(self.number, self.kind, tuple(self.departments),  # type: ignore[arg-type]
                              target=self.target or None, name=self.name or None)

    @classmethod
    def of(cls, rule: DepartmentRule) -> DepartmentRuleConfig:
        return cls(number=rule.number, kind=rule.kind, departments=list(rule.departments),
                   target=rule.target or "", name=rule.name or "")


@dataclass(frozen=True)
class SyncPolicy:
    """The rules one run syncs by, settled as it starts."""

    lookback_hours: int
    catchup_max_hours: int
    max_removal_fraction: float
    max_removal_rows: int
    sync_departments: bool
    sync_posts: bool
    sync_tags: bool
    department_rules: tuple[DepartmentRule, ...] = ()

    @property
    def lookback(self) -> timedelta:
        return timedelta(hours=self.lookback_hours)

    @property
    def catchup_max(self) -> timedelta:
        return timedelta(hours=self.catchup_max_hours)

    def guard(self, allowed: bool) -> RemovalGuard:
        return RemovalGuard(self.max_removal_fraction, self.max_removal_rows, allowed)

    def enabled(self, switch: str | None) -> bool:
        """Whether this run syncs the entity behind ``switch``."""
        return switch is None or bool(getattr(self, f"sync_{switch}"))


class SyncPolicyResource(ConfigurableResource):
    """The sync's rules for one school, as the code location loaded them."""

    lookback_hours: int = default("sync.lookback_hours")
    catchup_max_hours: int = default("sync.catchup_max_hours")
    max_removal_fraction: float = default("guard.max_removal_fraction")
    max_removal_rows: int = default("guard.max_removal_rows")
    sync_departments: bool = default("sync.departments")
    sync_posts: bool = default("sync.posts")
    sync_tags: bool = default("sync.tags")
    department_rules: list[DepartmentRuleConfig] = []
    # setting key -> where its loaded value came from ("default", "file ...",
    # "environment ..."); a key missing here was set in code: explicit
    origins: dict[str, str] = {}
    # the boundary (settings/boundary.py), as the settings file and environment set it
    runs_may_set: list[str] = list(default("runs.may_set"))
    source_config_may_set: list[str] = list(default("source_config.may_set"))
    credential_env_prefix: str = ""
    credential_directory: str = ""
    # variables never a credential besides the reserved ones: the store URL's
    reserved_env: list[str] = []

    _settled: dict[str, Any] = PrivateAttr(default_factory=dict)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        refuse_resource_config(context)

    def boundary(self, loaded: Resolved) -> Boundary:
        """What this school's runs and source_config may set; ``loaded`` names the
        credential references the deployment itself gives."""
        return Boundary(tuple(self.runs_may_set), tuple(self.source_config_may_set),
                        declared_refs(loaded.values.get(k) for k in ("officeflow.app_key",
                                                                     "officeflow.app_secret")),
                        self.credential_env_prefix or None, self.credential_directory or None,
                        frozenset(self.reserved_env))

    def settled_for(self, run_id: str) -> Any:
        """The settings run ``run_id`` settled on, once its first step did."""
        return self._settled.get(run_id)

    def remember(self, run_id: str, settled: Any) -> None:
        self._settled = {run_id: settled}

    def loaded(self) -> Resolved:
        """The run-time settings this resource holds, with their sources."""
        values = {key: getattr(self, BY_KEY[key].field) for key in POLICY_KEYS}
        return Resolved(values, {k: self.origins.get(k, "explicit") for k in values})

    def guard(self, allowed: bool) -> RemovalGuard:
        """The removal guard of the loaded thresholds (a run's may differ: ``policy``)."""
        return self.policy(self.loaded()).guard(allowed)

    def policy(self, settled: Resolved) -> SyncPolicy:
        return SyncPolicy(**{BY_KEY[k].field: settled[k] for k in POLICY_KEYS},
                          department_rules=tuple(r.rule() for r in self.department_rules))
