"""Dagster wiring: assets, jobs, schedules, sensors, alerts, schools."""
