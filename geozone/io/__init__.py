"""Reading and writing files: lines in, GeoJSON/GeoPackage/CSV/QML out, all atomically."""
