"""Commands a person runs: summary, config check, workspace."""
