"""The pure geometry core: geodesic primitives, line checks, exact zones, measures (no I/O)."""
