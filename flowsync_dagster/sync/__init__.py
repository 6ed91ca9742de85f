"""The domain: the step skeleton, the sync window, department rules, the entities."""
