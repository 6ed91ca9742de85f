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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, AssetKey

from flowsync_dagster.store.database import Store
from flowsync_dagster.store.entity import entity_tables
from flowsync_dagster.store.merge import StepWriter
from flowsync_dagster.sync.catalog import mask_key, personal_key

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

    def spec(self, prefix: Sequence[str] = ()) -> AssetCheckSpec:
        return AssetCheckSpec(self.name, asset=AssetKey([*prefix, self.asset]),
                              description=self.description)

    def evaluate(self, step: StepWriter, full: bool) -> AssetCheckResult:
        reasons = ", ".join(f"'{r}'" for r in self.reasons)
        where = (f"entity = '{self.entity}' AND reason IN ({reasons}) AND resolved_at IS NULL")
        table = step.t("sync_quarantine")
        count, sample = _count_and_sample(step, f"SELECT source_key FROM {table} WHERE {where}",
                                          masked=personal_key(self.entity))
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

    def spec(self, prefix: Sequence[str] = ()) -> AssetCheckSpec:
        return AssetCheckSpec(self.name, asset=AssetKey([*prefix, self.asset]),
                              description=self.description, blocking=self.blocking and self.severity == AssetCheckSeverity.ERROR)

    def evaluate(self, step: StepWriter, full: bool) -> AssetCheckResult:
        store = step.store
        staging = {name: step.staging_name(name.removeprefix("stg_"))
                   for name in re.findall(r"\{(stg_\w+)\}", self.scoped or "")}
        tables = {name: store.qualified(name) for name in entity_tables()}
        scope = "TRUE" if full or not self.scoped else self.scoped.format(**staging, **tables)
        raw = self.offenders(store) if callable(self.offenders) else self.offenders
        sql = raw.format(t=store.qualified(self.table), q=store.qualified("sync_quarantine"),
                         scope=scope, **tables)
        count, sample = _count_and_sample(step, sql, masked=personal_key(self.table))
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
class ReportCheck:
    """Passes when the step reported nothing under ``fact``: a count (duplicate
    records the source sent, which the store folded into one row each) or a
    list of keys (member lists that answered 404)."""

    name: str
    table: str
    fact: str
    description: str
    severity: AssetCheckSeverity = AssetCheckSeverity.WARN

    @property
    def asset(self) -> str:
        return self.table

    def spec(self, prefix: Sequence[str] = ()) -> AssetCheckSpec:
        return AssetCheckSpec(self.name, asset=AssetKey([*prefix, self.asset]),
                              description=self.description)

    def evaluate(self, facts: Mapping[str, int | list[str]]) -> AssetCheckResult:
        value = facts.get(self.fact, 0)
        if isinstance(value, list):
            metadata: dict[str, object] = {self.fact: len(value),
                                           "keys": ", ".join(value[:SAMPLE]) or "none"}
            passed = not value
        else:
            metadata, passed = {self.fact: value}, value == 0
        return AssetCheckResult(asset_key=AssetKey(self.asset), check_name=self.name,
                                passed=passed, severity=self.severity, metadata=metadata)


Check = QuarantineCheck | SqlCheck | ReportCheck


def _count_and_sample(step: StepWriter, sql: str, *, masked: bool) -> tuple[int, list[str]]:
    """How many rows ``sql`` selects, and the first few (masked when the keys
    name people: the sample is kept in Dagster's event log and may reach an
    alert): one pass, no full sort."""
    found = step.conn.exec_driver_sql(
        f"SELECT count(*) OVER (), x.* FROM ({sql}) x LIMIT {SAMPLE}").all()
    sample = sorted(str(row[1]) for row in found)
    return (int(found[0][0]) if found else 0), [mask_key(k) for k in sample] if masked else sample


def specs(checks: Sequence[Check], prefix: Sequence[str] = ()) -> list[AssetCheckSpec]:
    """The checks' specs, on the asset keys of a school whose keys carry ``prefix``."""
    return [check.spec(prefix) for check in checks]


def evaluate(step: StepWriter, checks: Sequence[Check], full: bool, asset: str, *,
             facts: Mapping[str, int | list[str]] | None = None,
             key: AssetKey | None = None) -> list[AssetCheckResult]:
    """Run the checks of ``asset`` inside the step; ``facts`` are what the step
    reported about that asset, for its ``ReportCheck``s; ``key`` is the asset's
    key when a school's prefix makes it other than the table's name."""
    step.store.plan_for(step.conn, few_rows=not full)
    results = [check.evaluate(facts or {}) if isinstance(check, ReportCheck)
               else check.evaluate(step, full)
               for check in checks if check.asset == asset]
    if key is None or key == AssetKey(asset):
        return results
    return [AssetCheckResult(asset_key=key, check_name=r.check_name, passed=r.passed,
                             severity=r.severity, metadata=r.metadata,
                             description=r.description) for r in results]


def invalid_records(entity: str) -> QuarantineCheck:
    return QuarantineCheck(
        f"{entity}_records_valid", entity, ("invalid_record",),
        f"Every {entity} record from the source parsed: none is quarantined as invalid_record.",
    )
