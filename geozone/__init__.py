"""geozone: reported buffer zones as exact geodesic geometry.

The Python API mirrors the command line: :func:`read_reports` (the claims
reports state), :func:`load_scenario`,
:func:`build_zones`, :func:`measure`, :func:`render_map`, :func:`build`
(the main job) and :func:`buffer` (zones along any line). Geometry is
EPSG:4326 longitude/latitude; every figure is geodesic on WGS84.
"""

from .claims import ClaimSet, extract, read_reports
from .errors import GeozoneError, InputError, RunError
from .features import scenario_features
from .gazetteer import Gazetteer, load_country
from .geodesy import distance_to_line, side_of
from .maps import render_map, write_map
from .measure import measure
from .pipeline import buffer, build
from .scenario import Scenario, load_scenario
from .units import parse_width
from .variants import build_zones, geodesic_area_km2
from .zones import geodesic_error, zone

__version__ = "0.1.0"

__all__ = [
    "ClaimSet",
    "Gazetteer",
    "GeozoneError",
    "InputError",
    "RunError",
    "Scenario",
    "buffer",
    "build",
    "build_zones",
    "distance_to_line",
    "extract",
    "geodesic_area_km2",
    "geodesic_error",
    "load_country",
    "load_scenario",
    "measure",
    "parse_width",
    "read_reports",
    "render_map",
    "scenario_features",
    "side_of",
    "write_map",
    "zone",
]
