"""Filing a step's quarantine cases in ``sync_quarantine``, and resolving the
cases a step looked at and no longer found (docs/warehouse.md, "What counts as
bad data")."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from flowsync_dagster.store.quarantine import QuarantineCase, QuarantineResult
from flowsync_dagster.store.staging import Staging


class QuarantineFiling(Staging):
    """A step's cases: loaded into ``stg_quarantine`` from Python and from SQL
    rules, then written in one statement."""


    def quarantine_staging(self) -> str:
        """``stg_quarantine``: this step's cases, from Python and from SQL rules."""
        name = self.staging_name("quarantine")
        if name not in self._staged:
            self.create_staging("quarantine", [("entity", "TEXT"), ("source_key", "TEXT"),
                                               ("reason", "TEXT"), ("payload", "TEXT"),
                                               ("detail", "TEXT")])
        return name

    def add_cases(self, entity: str, cases: Iterable[QuarantineCase]) -> int:
        """Load cases; each belongs to ``entity`` unless it names its own."""
        stg = self.quarantine_staging()
        return self.load(stg, ["entity", "source_key", "reason", "payload", "detail"],
                         ((c.entity or entity, c.source_key, c.reason, c.payload, c.detail)
                          for c in cases))

    def record_quarantine(self, entity: str, scopes: Mapping[str, str | None]
                          ) -> QuarantineResult:
        """Write this step's cases to ``sync_quarantine`` and resolve the ones gone.

        ``scopes`` maps each reason this step judges to the SQL selecting the
        source keys it looked at for that reason (an incremental window), or to
        None when it saw everything; an open case is resolved only if looked at.
        """
        self.lock()
        stg = self.quarantine_staging()
        target = self.t("sync_quarantine")
        params = {"entity": entity, "run_id": self.run_id, "now": self.store.param(self.now)}
        # one case per key and reason, the last one loaded wins
        self.fold_duplicates(stg, ("entity", "source_key", "reason"), order="source_key")
        new = int(self.exec(
            f"SELECT count(*) FROM {stg} c WHERE c.entity = :entity AND NOT EXISTS (SELECT 1 "
            f"FROM {target} q WHERE q.entity = :entity AND q.source_key = c.source_key AND "
            f"q.reason = c.reason AND q.resolved_at IS NULL)", {"entity": entity}).scalar_one())
        seen = int(self.exec(f"SELECT count(*) FROM {stg} WHERE entity = :entity",
                             {"entity": entity}).scalar_one())
        excluded = self.sql.excluded
        self.exec(
            f"INSERT INTO {target} (entity, source_key, reason, payload, detail, run_id, "
            f"detected_at, last_seen_at, resolved_at) SELECT :entity, source_key, reason, payload, "
            f"detail, :run_id, :now, :now, NULL FROM {stg} WHERE entity = :entity "
            f"ON CONFLICT (entity, source_key, reason) DO UPDATE SET payload = {excluded}.payload, "
            f"detail = {excluded}.detail, last_seen_at = {excluded}.last_seen_at, "
            # an open case keeps the run and time that detected it
            f"run_id = CASE WHEN {target}.resolved_at IS NULL THEN {target}.run_id "
            f"ELSE {excluded}.run_id END, "
            f"detected_at = CASE WHEN {target}.resolved_at IS NULL THEN {target}.detected_at "
            f"ELSE {excluded}.detected_at END, resolved_at = NULL", params)
        resolved = 0
        for reason, examined in scopes.items():
            looked_at = f"AND q.source_key IN ({examined})" if examined else ""
            resolved += self.exec(
                f"UPDATE {target} AS q SET resolved_at = :now WHERE q.entity = :entity "
                f"AND q.reason = :reason AND q.resolved_at IS NULL {looked_at} "
                f"AND NOT EXISTS (SELECT 1 FROM {stg} c WHERE c.entity = q.entity AND "
                f"c.source_key = q.source_key AND c.reason = q.reason)",
                {"entity": entity, "reason": reason, "now": self.now}).rowcount
        return QuarantineResult(open=seen, new=new, resolved=int(resolved))


def payload_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
