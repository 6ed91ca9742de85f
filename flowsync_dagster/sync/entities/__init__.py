"""One module per Officeflow entity: what is particular to its tables."""
