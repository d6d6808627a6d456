"""The comparison map page: its payload, display simplification, template and assets."""
