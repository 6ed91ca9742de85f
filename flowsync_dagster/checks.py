"""Asset checks over ``sync_quarantine`` and over the tables themselves.

Data conflicts the source must fix (duplicates, cycles, conflicts) are
``WARN``: the good rows are in and the bad ones are quarantined. A check that
finds the *store* wrong is ``ERROR`` and blocking: what reads the table next
should not run on it.

Checks run inside the writing step's transaction, so they judge exactly what
is about to be committed. A table check looks at the rows the run touched on
an hourly run (its ``scoped`` predicate over the step's staging tables), and
at the whole table on a full resync: an hour's checks cost what the hour
changed, and the nightly resync re-validates everything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, AssetKey

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.merge import StepWriter
from flowsync_dagster.store.schema import ENTITY_TABLES

SAMPLE = 20


@dataclass(frozen=True)
class QuarantineCheck:
    """Passes when ``entity`` has no open quarantine case for ``reasons``."""

    name: str
    entity: str
    reasons: tuple[str, ...]
    description: str
    severity: AssetCheckSeverity = AssetCheckSeverity.WARN

    @property
    def asset(self) -> str:
        return self.entity

    def spec(self) -> AssetCheckSpec:
        return AssetCheckSpec(self.name, asset=AssetKey(self.asset), description=self.description)

    def evaluate(self, step: StepWriter, full: bool) -> AssetCheckResult:
        reasons = ", ".join(f"'{r}'" for r in self.reasons)
        where = (f"entity = '{self.entity}' AND reason IN ({reasons}) AND resolved_at IS NULL")
        table = step.t("sync_quarantine")
        count, sample = _count_and_sample(step, f"SELECT source_key FROM {table} WHERE {where}")
        return AssetCheckResult(
            asset_key=AssetKey(self.asset),
            check_name=self.name,
            passed=count == 0,
            severity=self.severity,
            metadata={"open_cases": count, "source_keys": ", ".join(sample) or "none",
                      "where": f"sync_quarantine: entity={self.entity}, reason in {self.reasons}"},
        )


@dataclass(frozen=True)
class SqlCheck:
    """Passes when ``offenders`` (SQL selecting one key column) finds nothing.

    In the SQL, ``{t}`` is the qualified name of ``table``, ``{q}`` that of
    ``sync_quarantine``, ``{<table>}`` that of any warehouse table, and
    ``{scope}`` is ``TRUE`` on a full resync or the ``scoped`` predicate on an
    hourly run, in which ``{stg_<name>}`` names the step's staging tables (and
    ``{<table>}`` a warehouse table, as above).
    """

    name: str
    table: str
    offenders: str | Callable[[Store], str]  # SQL, or SQL built for the store's dialect
    description: str
    severity: AssetCheckSeverity = AssetCheckSeverity.ERROR
    blocking: bool = True
    scoped: str | None = None

    @property
    def asset(self) -> str:
        return self.table

    def spec(self) -> AssetCheckSpec:
        return AssetCheckSpec(self.name, asset=AssetKey(self.asset), description=self.description,
                              blocking=self.blocking and self.severity == AssetCheckSeverity.ERROR)

    def evaluate(self, step: StepWriter, full: bool) -> AssetCheckResult:
        store = step.store
        staging = {name: step.staging_name(name.removeprefix("stg_"))
                   for name in re.findall(r"\{(stg_\w+)\}", self.scoped or "")}
        tables = {name: store.qualified(name) for name in ENTITY_TABLES}
        scope = "TRUE" if full or not self.scoped else self.scoped.format(**staging, **tables)
        raw = self.offenders(store) if callable(self.offenders) else self.offenders
        sql = raw.format(t=store.qualified(self.table), q=store.qualified("sync_quarantine"),
                         scope=scope, **tables)
        count, sample = _count_and_sample(step, sql)
        return AssetCheckResult(
            asset_key=AssetKey(self.asset),
            check_name=self.name,
            passed=count == 0,
            severity=self.severity,
            metadata={"offending_rows": count, "sample": ", ".join(sample) or "none",
                      "looked_at": "the whole table" if scope == "TRUE"
                      else "the rows this run wrote"},
        )


@dataclass(frozen=True)
class DuplicatesCheck:
    """Reports how many duplicate records this run's listing carried. The store
    keeps one row each; the source should not send them."""

    name: str
    table: str
    description: str
    severity: AssetCheckSeverity = AssetCheckSeverity.WARN

    @property
    def asset(self) -> str:
        return self.table

    def spec(self) -> AssetCheckSpec:
        return AssetCheckSpec(self.name, asset=AssetKey(self.asset), description=self.description)

    def evaluate(self, step: StepWriter, full: bool, folded: int = 0) -> AssetCheckResult:
        return AssetCheckResult(
            asset_key=AssetKey(self.asset), check_name=self.name, passed=folded == 0,
            severity=self.severity, metadata={"duplicates_folded": folded})


Check = QuarantineCheck | SqlCheck | DuplicatesCheck


def _count_and_sample(step: StepWriter, sql: str) -> tuple[int, list[str]]:
    """How many rows ``sql`` selects, and the first few: one pass, no full sort."""
    found = step.conn.exec_driver_sql(
        f"SELECT count(*) OVER (), x.* FROM ({sql}) x LIMIT {SAMPLE}").all()
    return (int(found[0][0]) if found else 0), sorted(str(row[1]) for row in found)


def specs(checks: list[Check]) -> list[AssetCheckSpec]:
    return [check.spec() for check in checks]


def evaluate(step: StepWriter, checks: list[Check], full: bool, asset: str | None = None, *,
             folded: int = 0) -> list[AssetCheckResult]:
    """Run the checks (those of ``asset`` only, when given) inside the step;
    ``folded`` is the duplicates count of that asset, for a ``DuplicatesCheck``."""
    step.store.plan_for(step.conn, few_rows=not full)
    return [check.evaluate(step, full, folded) if isinstance(check, DuplicatesCheck)
            else check.evaluate(step, full)
            for check in checks if asset is None or check.asset == asset]


def invalid_records(entity: str) -> QuarantineCheck:
    return QuarantineCheck(
        f"{entity}_records_valid", entity, ("invalid_record",),
        f"Every {entity} record from the source parsed: none is quarantined as invalid_record.",
    )
