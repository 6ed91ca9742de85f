"""A school's settings: what each is (``keys``), the settings file (``file``),
the department rules it may hold (``rules``), and which source wins
(``layers``). ``python -m flowsync_dagster.config check`` checks a file and
reaches the source without syncing (``check``)."""
