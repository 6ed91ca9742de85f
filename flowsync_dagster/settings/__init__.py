"""Settings: one registry of keys, the file, the layers, the boundary."""
