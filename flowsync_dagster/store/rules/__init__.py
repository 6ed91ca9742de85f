"""The entity rules: SQL over a step's staging tables and the store, run
before (or right after) the merge. Asset modules call them; they never write
SQL or know which database they write. Each module serves one step."""
