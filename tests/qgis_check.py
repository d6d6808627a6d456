"""Open exported layers in real QGIS and report what it sees, as JSON on stdout.

Run with the Python that has PyQGIS (Debian: /usr/bin/python3), with
QT_QPA_PLATFORM=offscreen: python3 tests/qgis_check.py FILE.geojson|FILE.gpkg ...
"""

import json
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsProject,
    QgsVectorLayer,
)


def describe(layer: QgsVectorLayer) -> dict:
    da = QgsDistanceArea()
    da.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    renderer = layer.renderer()
    out = {
        "valid": layer.isValid(),
        "crs": layer.crs().authid(),
        "count": layer.featureCount(),
        "fields": [f.name() for f in layer.fields()],
        "renderer": renderer.type() if renderer else None,
        "categories": [],
        "labels": layer.labelsEnabled(),
        "features": [],
    }
    if renderer is not None and renderer.type() == "categorizedSymbol":
        out["attr"] = renderer.classAttribute()
        out["categories"] = [
            [str(c.value()), c.symbol().color().name(), c.symbol().color().alpha()]
            for c in renderer.categories()
        ]
    elif renderer is not None and renderer.type() == "singleSymbol":
        out["categories"] = [
            ["", renderer.symbol().color().name(), renderer.symbol().color().alpha()]
        ]
    names = out["fields"]
    for f in layer.getFeatures():
        g = f.geometry()
        rec = {"valid": g.isGeosValid(), "type": g.type()}
        if g.type() == 2:  # polygon
            rec["area_km2_qgis"] = da.measureArea(g) / 1e6
        if "area_km2" in names:
            rec["area_km2"] = f["area_km2"]
        for key in ("variant", "name"):
            if key in names:
                rec[key] = f[key]
        out["features"].append(rec)
    return out


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    result = {}
    for path in sys.argv[1:]:
        if path.endswith(".gpkg"):
            probe = QgsVectorLayer(path, "probe", "ogr")
            names = [s.split("!!::!!")[1] for s in probe.dataProvider().subLayers()]
            for name in names:
                if name == "layer_styles":
                    continue
                layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
                result[f"{path}|{name}"] = describe(layer)
        else:
            layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
            result[path] = describe(layer)
    assert QgsCoordinateReferenceSystem("EPSG:4326").isValid()
    sys.stdout.write(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # PyQGIS can crash while tearing down; the report is already out


if __name__ == "__main__":
    main()
