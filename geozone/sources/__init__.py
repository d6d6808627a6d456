"""Reference data shipped offline: Natural Earth countries and the GeoNames gazetteer."""
