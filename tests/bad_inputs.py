"""Every bad input tried on the command line, and what the user sees for each.

``tests/test_bad_input.py`` runs each case and checks it; running this file
writes the table in ``docs/errors.md`` from the same cases and their real
output::

    python tests/bad_inputs.py --write docs/errors.md

Each case runs ``geozone ARGS`` in an empty folder holding only its own
files, so the messages show the names a user would type. Conditions a test
cannot create for real on every machine (a full disk, a read-only folder
when running as root, a crash) are simulated and marked so.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import geopandas as gpd
import shapely

sys.path.insert(0, str(Path(__file__).parent))
from clirun import Result, invoke

LINE = [[36.5, 35.5], [36.9, 35.9]]


def geojson(coords: object, **extra: object) -> str:
    """A GeoJSON LineString with these coordinates (and extra members)."""
    return json.dumps({"type": "LineString", "coordinates": coords, **extra}, allow_nan=True)


def _gpkg(path: Path, layers: dict[str, object], crs: str = "EPSG:4326") -> None:
    for name, geom in layers.items():
        gpd.GeoDataFrame({"name": [name]}, geometry=[geom], crs=crs).to_file(
            path, layer=name, driver="GPKG"
        )


def _kml(placemarks: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{placemarks}</Document></kml>\n"
    )


KML_LINE = _kml(
    "<Placemark><name>front</name><LineString><coordinates>"
    "36.5,35.5,0 36.9,35.9,0</coordinates></LineString></Placemark>"
)
KML_POINTS = _kml(
    "<Placemark><name>a</name><Point><coordinates>36.5,35.5</coordinates></Point></Placemark>"
    "<Placemark><name>b</name><Point><coordinates>36.9,35.9</coordinates></Point></Placemark>"
)

SCENARIO_OK = """[scenario]
id = "mine"
title = "My zone"
country = "SY"

[line]
vertices = ["Idlib", "Hama"]

[sides.west]
toward = "Latakia"

[zone]
side = "west"

[[widths]]
km = 20
"""


def scenario(text: str) -> dict[str, str]:
    """Files for a scenario folder ``sc`` holding this scenario.toml."""
    return {"sc/scenario.toml": text}


@contextmanager
def _patched(target: str, **kwargs: object) -> Iterator[None]:
    if target.startswith("geozone."):
        importlib.import_module(target.rsplit(".", 1)[0])  # a submodule not imported yet
    with mock.patch(target, **kwargs):
        yield


def _unreadable(name: str) -> Callable[[], object]:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == name:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    return lambda: _patched("pathlib.Path.read_bytes", new=read_bytes)


def _disk_full() -> object:
    def write_bytes(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    return _patched("pathlib.Path.write_bytes", new=write_bytes)


def _read_only_folder() -> object:
    def mkstemp(*_args: object, **_kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    return _patched("tempfile.mkstemp", new=mkstemp)


def _no_access() -> object:
    return _patched("os.access", return_value=False)


def _interrupt_while_writing() -> object:
    from geozone.errors import Interrupted

    return _patched("geozone.jobs.pipeline.write_geopackage", side_effect=Interrupted)


def _crash() -> object:
    return _patched("geozone.geometry.zones.zone", side_effect=ValueError("an example bug"))


def _no_convergence() -> object:
    return _patched("geozone.geometry.zones._MAX_ROUNDS", new=0)


class _Terminal:
    def isatty(self) -> bool:
        return True


def _stdin_terminal() -> object:
    return _patched("sys.stdin", new=_Terminal())


@dataclass(frozen=True)
class Case:
    """One bad input: what it is, the command, and what must come out.

    ``expect`` must appear in the message; ``code`` is the exit code. A case
    with ``code == 0`` is handled (the run succeeds, with a note).
    """

    input: str
    problem: str
    args: tuple[str, ...]
    expect: str
    code: int = 2
    files: dict[str, str | bytes] = field(default_factory=dict)
    make: Callable[[Path], None] | None = None
    stdin: str | None = None
    condition: Callable[[], object] | None = None
    simulated: bool = False

    @property
    def id(self) -> str:
        """A short test id."""
        return f"{self.input}: {self.problem}"


def _buffer(line: str = "line.geojson", *more: str) -> tuple[str, ...]:
    return ("buffer", line, "--width", "20km", *more, "-o", "zones.geojson")


def _sweep(*lines: str) -> tuple[str, ...]:
    return ("sweep", *lines, "--width", "20km", "--no-progress", "-o", "out")


OK = {"line.geojson": geojson(LINE)}

CASES: list[Case] = [
    # the line file given to buffer
    Case("line file", "does not exist", _buffer("nope.geojson"), "nope.geojson: does not exist"),
    Case(
        "line file",
        "is a folder",
        _buffer("folder"),
        "folder: is a folder",
        make=lambda d: (d / "folder").mkdir(),
    ),
    Case("line file", "is empty", _buffer(), "line.geojson: is empty", files={"line.geojson": ""}),
    Case(
        "line file",
        "cannot be read (permission denied)",
        _buffer(),
        "line.geojson: cannot be read (Permission denied)",
        files=OK,
        condition=_unreadable("line.geojson"),
        simulated=True,
    ),
    Case(
        "line file",
        "is binary (an image)",
        _buffer(),
        "line.geojson: is a PNG image, not a line file",
        files={"line.geojson": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
    ),
    Case(
        "line file",
        "is a PDF",
        _buffer("line.pdf"),
        "line.pdf: is a PDF document",
        files={"line.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"},
    ),
    Case(
        "line file",
        "is not UTF-8 text",
        _buffer(),
        "line.geojson: is not UTF-8 text",
        files={"line.geojson": '{"type": "LineString", "name": "Ma\xe2rrat"}'.encode("latin-1")},
    ),
    Case(
        "line file",
        "is invalid JSON",
        _buffer(),
        "line.geojson: is not valid JSON (Expecting property name enclosed in double quotes",
        files={"line.geojson": "{'type': 'LineString', 'coordinates': []}"},
    ),
    Case(
        "line file",
        "is truncated JSON",
        _buffer(),
        "line.geojson: ends before its JSON is complete",
        files={"line.geojson": geojson(LINE)[:-12]},
    ),
    Case(
        "line file",
        "is JSON but not GeoJSON",
        _buffer(),
        "line.geojson: is JSON but not GeoJSON",
        files={"line.geojson": '{"name": "front line", "points": [[36.5, 35.5]]}'},
    ),
    Case(
        "line file",
        "is a FeatureCollection with no features",
        _buffer(),
        "line.geojson: is a FeatureCollection with no features",
        files={"line.geojson": '{"type": "FeatureCollection", "features": []}'},
    ),
    Case(
        "line file",
        "has a Feature without geometry",
        _buffer(),
        "line.geojson: holds no line (found 1 Feature without geometry)",
        files={"line.geojson": '{"type": "Feature", "properties": {}, "geometry": null}'},
    ),
    Case(
        "line file",
        "holds points, not a line",
        _buffer(),
        "line.geojson: holds no line (found 2 Points); join the points, in order",
        files={
            "line.geojson": json.dumps(
                {
                    "type": "FeatureCollection",
                    "features": [
                        {"type": "Feature", "geometry": {"type": "Point", "coordinates": p}}
                        for p in LINE
                    ],
                }
            )
        },
    ),
    Case(
        "line file",
        "holds a polygon, not a line",
        _buffer(),
        "line.geojson: holds no line (found 1 Polygon)",
        files={
            "line.geojson": json.dumps(
                {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 35]]]}
            )
        },
    ),
    Case(
        "line file",
        "holds a line and points (labels)",
        _buffer(),
        "line.geojson: ignored 1 Point beside the line",
        code=0,
        files={
            "line.geojson": json.dumps(
                {
                    "type": "GeometryCollection",
                    "geometries": [
                        {"type": "LineString", "coordinates": LINE},
                        {"type": "Point", "coordinates": [36.7, 35.6]},
                    ],
                }
            )
        },
    ),
    Case(
        "line file",
        "holds two separate lines",
        _buffer(),
        "line.geojson: holds 2 separate lines",
        files={
            "line.geojson": json.dumps(
                {"type": "MultiLineString", "coordinates": [LINE, [[37, 36], [37.2, 36.2]]]}
            )
        },
    ),
    Case(
        "line file",
        "holds pieces that join end to end",
        _buffer(),
        "line.geojson: joined 2 line parts that meet end to end into one line",
        code=0,
        files={
            "line.geojson": json.dumps(
                {
                    "type": "MultiLineString",
                    "coordinates": [LINE, [LINE[1], [37.1, 36.0]]],
                }
            )
        },
    ),
    Case(
        "line file",
        "has coordinates that are not numbers",
        _buffer(),
        "line.geojson: has coordinates that are not numbers",
        files={"line.geojson": geojson([["36.5E", "35.5N"], ["36.9E", "35.9N"]])},
    ),
    Case(
        "line file",
        "has one vertex",
        _buffer(),
        "line.geojson: has 1 vertex; a line needs at least two",
        files={"line.geojson": geojson([[36.5, 35.5]])},
    ),
    Case(
        "line file",
        "has zero length",
        _buffer(),
        "line.geojson: has zero length: all 3 vertices are at one point",
        files={"line.geojson": geojson([[36.5, 35.5]] * 3)},
    ),
    Case(
        "line file",
        "has repeated vertices",
        _buffer(),
        "line.geojson: dropped 2 repeated vertices",
        code=0,
        files={"line.geojson": geojson([LINE[0], LINE[0], LINE[1], LINE[1]])},
    ),
    Case(
        "line file",
        "crosses itself (total width)",
        _buffer(),
        "line.geojson: crosses itself near (36.70000, 35.70067); the zone is everything within",
        code=0,
        files={"line.geojson": geojson([[36.5, 35.5], [36.9, 35.9], [36.9, 35.5], [36.5, 35.9]])},
    ),
    Case(
        "line file",
        "crosses itself (depth)",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "Idlib"),
        "line.geojson: crosses itself near (36.70000, 35.70067), so its two sides are not defined",
        files={"line.geojson": geojson([[36.5, 35.5], [36.9, 35.9], [36.9, 35.5], [36.5, 35.9]])},
    ),
    Case(
        "line file",
        "is closed (depth)",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "Idlib"),
        "line.geojson: is closed (it ends where it starts)",
        files={"line.geojson": geojson([[36.5, 35.5], [36.9, 35.9], [36.9, 35.5], [36.5, 35.5]])},
    ),
    Case(
        "line file",
        "has a NaN coordinate",
        _buffer(),
        "line.geojson: has a missing or NaN coordinate at vertex 2 of 2",
        files={"line.geojson": geojson([[36.5, 35.5], [float("nan"), 35.9]])},
    ),
    Case(
        "line file",
        "has a null coordinate",
        _buffer(),
        "line.geojson: has a missing or NaN coordinate at vertex 1 of 2",
        files={"line.geojson": geojson([[None, 35.5], [36.9, 35.9]])},
    ),
    Case(
        "line file",
        "has an infinite coordinate",
        _buffer(),
        "line.geojson: has an infinite coordinate at vertex 2 of 2",
        files={"line.geojson": geojson([[36.5, 35.5], [float("inf"), 35.9]])},
    ),
    Case(
        "line file",
        "has latitude and longitude swapped",
        _buffer(),
        "the pairs look like [latitude, longitude]; write each vertex as [longitude, latitude]",
        files={"line.geojson": geojson([[60.5, 100.5], [60.9, 100.9]])},
    ),
    Case(
        "line file",
        "has a latitude out of range",
        _buffer(),
        "line.geojson: has latitude 95 at vertex 2 of 2, beyond ±90°",
        files={"line.geojson": geojson([[136.5, 35.5], [136.9, 95]])},
    ),
    Case(
        "line file",
        "has longitudes from 0 to 360",
        _buffer(),
        "line.geojson: has longitude 200 at vertex 1 of 2, beyond ±180°",
        files={"line.geojson": geojson([[200, 35.5], [179, 35.9]])},
    ),
    Case(
        "line file",
        "has metres presented as degrees",
        _buffer(),
        "line.geojson: has coordinates in metres or feet, not degrees",
        files={"line.geojson": geojson([[318000, 3930000], [354000, 3974000]])},
    ),
    Case(
        "line file",
        "declares a projected CRS (legacy crs member)",
        _buffer(),
        "line.geojson: reprojected from EPSG:32637 (WGS 84 / UTM zone 37N) to EPSG:4326",
        code=0,
        files={
            "line.geojson": geojson(
                [[318000, 3930000], [354000, 3974000]],
                crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32637"}},
            )
        },
    ),
    Case(
        "line file",
        "declares an unknown CRS",
        _buffer(),
        "line.geojson: declares CRS 'EPSG:999999', which geozone does not know",
        files={
            "line.geojson": geojson(
                LINE, crs={"type": "name", "properties": {"name": "EPSG:999999"}}
            )
        },
    ),
    Case(
        "line file",
        "is cut at the antimeridian into two parts (RFC 7946)",
        _buffer(),
        "line.geojson: joined 2 line parts that meet end to end into one line",
        code=0,
        files={
            "line.geojson": json.dumps(
                {
                    "type": "MultiLineString",
                    "coordinates": [
                        [[179.5, -17.0], [180, -17.2]],
                        [[-180, -17.2], [-179.5, -17.5]],
                    ],
                }
            )
        },
    ),
    Case(
        "line file",
        "has a zone reaching all the way round the Earth",
        _buffer(),
        "line.geojson: has a zone reaching all the way round the Earth (the line spans 359.8° of "
        "longitude)",
        files={"line.geojson": geojson([[-179.9, 0], [-60, 0], [60, 0], [179.9, 0]])},
    ),
    Case(
        "line file",
        "has an edge bulging over a pole",
        _buffer(),
        "line.geojson: has a zone reaching latitude 89.9°, within 1° of a pole (counting how "
        "far its geodesic edges bulge poleward)",
        files={"line.geojson": geojson([[0, 88], [170, 88]])},
    ),
    Case(
        "--cap",
        "is not round or flat",
        _buffer("line.geojson", "--cap", "square"),
        "--cap 'square': is unknown; use --cap round or --cap flat",
        files=OK,
    ),
    Case(
        "line file",
        "comes near a pole",
        _buffer(),
        "line.geojson: has a zone reaching latitude 89.9°, within 1° of a pole",
        files={"line.geojson": geojson([[0, 89.5], [10, 89.8]])},
    ),
    Case(
        "line file",
        "is a GeoPackage with points only",
        _buffer("line.gpkg"),
        "line.gpkg: has no line layer (found posts (Point))",
        make=lambda d: _gpkg(d / "line.gpkg", {"posts": shapely.Point(36.5, 35.5)}),
    ),
    Case(
        "line file",
        "is a GeoPackage with two line layers",
        _buffer("line.gpkg"),
        "line.gpkg: has 2 layers that may hold lines (front, road); choose one with --layer NAME",
        make=lambda d: _gpkg(
            d / "line.gpkg",
            {"front": shapely.LineString(LINE), "road": shapely.LineString(LINE[::-1])},
        ),
    ),
    Case(
        "line file",
        "names a layer that is not there",
        _buffer("line.gpkg", "--layer", "frnt"),
        "--layer 'frnt': is not in line.gpkg (layers: front, road)",
        make=lambda d: _gpkg(
            d / "line.gpkg",
            {"front": shapely.LineString(LINE), "road": shapely.LineString(LINE[::-1])},
        ),
    ),
    Case(
        "line file",
        "is a GeoPackage in a projected CRS",
        _buffer("line.gpkg"),
        "line.gpkg: reprojected from EPSG:32637 (WGS 84 / UTM zone 37N) to EPSG:4326",
        code=0,
        make=lambda d: _gpkg(
            d / "line.gpkg",
            {"front": shapely.LineString([[318000, 3930000], [354000, 3974000]])},
            crs="EPSG:32637",
        ),
    ),
    Case(
        "line file",
        "is a KML with points only",
        _buffer("line.kml"),
        "line.kml: holds no line (found 2 Points)",
        files={"line.kml": KML_POINTS},
    ),
    Case(
        "line file",
        "is a broken KML",
        _buffer("line.kml"),
        "line.kml: cannot be read as a GIS file",
        files={"line.kml": KML_LINE[:120]},
    ),
    Case(
        "line file",
        "is standard input, empty",
        _buffer("-"),
        "standard input: is empty",
        stdin="",
    ),
    Case(
        "line file",
        "is standard input, a terminal",
        _buffer("-"),
        "standard input: is a terminal, not a file; pipe a GeoJSON line in",
        condition=_stdin_terminal,
    ),
    # widths and options on the command line
    Case(
        "--width",
        "is missing",
        ("buffer", "line.geojson"),
        "geozone buffer: Missing option '--width'",
        files=OK,
    ),
    Case(
        "--width",
        "is negative",
        ("buffer", "line.geojson", "--width=-20km"),
        "--width '-20km': must be greater than zero",
        files=OK,
    ),
    Case(
        "--width",
        "is zero",
        ("buffer", "line.geojson", "-w", "0km"),
        "--width '0km': must be greater than zero",
        files=OK,
    ),
    Case(
        "--width",
        "is NaN",
        ("buffer", "line.geojson", "-w", "nan km"),
        "--width 'nan km': is not a finite number",
        files=OK,
    ),
    Case(
        "--width",
        "has no unit",
        ("buffer", "line.geojson", "-w", "20"),
        "--width '20': has no unit; write it like 20km or 20m",
        files=OK,
    ),
    Case(
        "--width",
        "has an unknown unit",
        ("buffer", "line.geojson", "-w", "20 klicks"),
        "--width '20 klicks': has an unknown unit 'klicks'; use km, m, mi or nmi",
        files=OK,
    ),
    Case(
        "--width",
        "is a range",
        ("buffer", "line.geojson", "-w", "15-20km"),
        "give each end as its own width: --width 15km --width 20km",
        files=OK,
    ),
    Case(
        "--width",
        "uses a decimal comma",
        ("buffer", "line.geojson", "-w", "2,5km"),
        "--width '2,5km': uses a decimal comma; write it with a point, e.g. 2.5km",
        files=OK,
    ),
    Case(
        "--width",
        "is below 1 m",
        ("buffer", "line.geojson", "-w", "0.5m"),
        "--width '0.5m': is narrower than 1 m",
        files=OK,
    ),
    Case(
        "--width",
        "is absurd (over a quarter of the Earth)",
        ("buffer", "line.geojson", "-w", "12000km"),
        "--width '12000km': is larger than 10,000 km (a quarter of the Earth)",
        files=OK,
    ),
    Case(
        "--semantics",
        "is unknown",
        _buffer("line.geojson", "--semantics", "both"),
        "--semantics 'both': is unknown; use total, per-side or depth",
        files=OK,
    ),
    Case(
        "--semantics depth",
        "has no --toward",
        _buffer("line.geojson", "--semantics", "depth"),
        "--semantics depth: needs the side the zone lies on; add --toward",
        files=OK,
    ),
    Case(
        "--toward",
        "is given for a total width",
        _buffer("line.geojson", "--toward", "Idlib"),
        "--toward 'Idlib': applies only to depth zones, not total",
        files=OK,
    ),
    Case(
        "--toward",
        "matches no place",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "Idlibx"),
        "--toward 'Idlibx': matches no place in SY (closest: Idlib",
        files=OK,
    ),
    Case(
        "--toward",
        "is misspelt but unambiguous",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "Idleb"),
        "--toward 'Idleb': Idlib (36.6339, 35.9306, SY) lies on the left of the line",
        code=0,
        files=OK,
    ),
    Case(
        "--toward",
        "is LON,LAT out of range",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "200,35"),
        "--toward '200,35': is out of range",
        files=OK,
    ),
    Case(
        "--toward",
        "is LAT,LON (as map sites copy it) out of range",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "35.9,136.6"),
        "--toward '35.9,136.6': is out of range; give LON,LAT in degrees, longitude first "
        "(if you gave LAT,LON, write 136.6,35.9)",
        files=OK,
    ),
    Case(
        "--toward",
        "is a compass point along the line",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "north-east"),
        "--toward 'north-east': runs along the line (its sides face north-west and south-east)",
        files=OK,
    ),
    Case(
        "--toward",
        "lies on the line",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "36.5,35.5"),
        "--toward '36.5,35.5': lies on the line",
        files=OK,
    ),
    Case(
        "--toward",
        "is a name, the line at sea",
        _buffer("line.geojson", "--semantics", "depth", "--toward", "Idlib"),
        "--toward 'Idlib': cannot be looked up: the line lies in no country (at sea)",
        files={"line.geojson": geojson([[-30.0, 40.0], [-29.0, 40.5]])},
    ),
    Case(
        "command",
        "is misspelt",
        ("bufer", "line.geojson"),
        "No such command 'bufer'. Did you mean 'buffer'?",
    ),
    Case(
        "option",
        "is unknown",
        _buffer("line.geojson", "--widht", "5km"),
        "No such option: --widht",
        files=OK,
    ),
    # reports given to claims
    Case("report", "does not exist", ("claims", "nope.txt"), "nope.txt: does not exist"),
    Case(
        "report",
        "folder holds no .txt",
        ("claims", "reports"),
        "reports: holds no report files (.txt)",
        make=lambda d: (d / "reports").mkdir(),
    ),
    Case(
        "report",
        "is empty",
        ("claims", "r.txt"),
        "r.txt: is empty; give a report with text in it",
        files={"r.txt": "\n\n"},
    ),
    Case(
        "report",
        "is binary",
        ("claims", "r.pdf"),
        "r.pdf: is not a text file (it holds binary data)",
        files={"r.pdf": b"%PDF-1.4\n\x00\x01\x02stream"},
    ),
    Case(
        "report",
        "is Windows-1252, not UTF-8",
        ("claims", "r.txt"),
        "note: not UTF-8; decoded as Windows-1252",
        code=0,
        files={"r.txt": "A 20 km wide \x93buffer\x94 zone.".encode("latin-1")},
    ),
    Case(
        "report",
        "cannot be read (permission denied)",
        ("claims", "r.txt"),
        "r.txt: cannot be read (Permission denied)",
        files={"r.txt": "A 20 km wide zone."},
        condition=_unreadable("r.txt"),
        simulated=True,
    ),
    Case(
        "--date",
        "is not a date",
        ("claims", "r.txt", "--date", "17/09/2018"),
        "--date '17/09/2018': is not a date; write it as YYYY-MM-DD",
        files={"r.txt": "A 20 km wide zone."},
    ),
    # scenarios given to build
    Case(
        "scenario",
        "does not exist",
        ("build", "nowhere", "--out", "out"),
        "scenario 'nowhere': is neither a folder with scenario.toml nor a scenario under data/",
    ),
    Case(
        "scenario",
        "folder has no scenario.toml",
        ("build", "sc", "--out", "out"),
        "sc: has no scenario.toml",
        make=lambda d: (d / "sc").mkdir(),
    ),
    Case(
        "scenario",
        "is not UTF-8",
        ("build", "sc", "--out", "out"),
        "sc/scenario.toml: is not UTF-8 text; save it as UTF-8",
        files={
            "sc/scenario.toml": SCENARIO_OK.replace("My zone", "Zone \xe9t\xe9").encode("latin-1")
        },
    ),
    Case(
        "scenario",
        "has a TOML syntax error",
        ("build", "sc", "--out", "out"),
        "sc/scenario.toml: is not valid TOML: line 3, column 17: illegal character '\\n'; "
        "close the quoted string on that line",
        files=scenario(SCENARIO_OK.replace('title = "My zone"', 'title = "My zone')),
    ),
    Case(
        "scenario",
        "is empty",
        ("build", "sc", "--out", "out"),
        "sc/scenario.toml: 3 problems: the file has no [scenario] table",
        files=scenario(""),
    ),
    Case(
        "scenario",
        "has missing keys, wrong types, typos and unknown places",
        ("build", "sc", "--out", "out"),
        "sc/scenario.toml: 6 problems: line 1: [scenario] is missing 'id'",
        files=scenario(
            SCENARIO_OK.replace('id = "mine"\n', "")
            .replace('title = "My zone"', "title = 5")
            .replace('"Hama"', '"Hamma", "Xyzzyville"')
            .replace("[[widths]]\nkm = 20", '[[widths]]\nkm = "20"\nreported = []')
            .replace('side = "west"', 'side = "east"')
        ),
    ),
    Case(
        "scenario",
        "has a negative uncertainty_km",
        ("build", "sc", "--out", "out"),
        "[line] vertices item 1: uncertainty_km -2 must be a distance in km, 0 or more",
        files=scenario(
            SCENARIO_OK.replace(
                'vertices = ["Idlib", "Hama"]',
                'vertices = [{ place = "Idlib", uncertainty_km = -2 }, "Hama"]',
            )
        ),
    ),
    Case(
        "scenario",
        "names a report's outlet with a number",
        ("build", "sc", "--out", "out"),
        "[claims.outlets] must map report file names to who published them",
        files=scenario(
            SCENARIO_OK + '\n[claims]\nreports = ["r.txt"]\n\n[claims.outlets]\n"r.txt" = 5\n'
        ),
    ),
    Case(
        "scenario",
        "has an unknown country",
        ("build", "sc", "--out", "out"),
        "sc/scenario.toml: line 4: [scenario] country 'XX' has no places in GeoNames",
        files=scenario(SCENARIO_OK.replace('"SY"', '"XX"')),
    ),
    Case(
        "scenario",
        "has an id that is not a file name",
        ("build", "sc", "--out", "out"),
        "[scenario] id '../mine' must be lower-case letters, digits, - and _",
        files=scenario(SCENARIO_OK.replace('id = "mine"', 'id = "../mine"')),
    ),
    Case(
        "scenario",
        "has a line that crosses itself",
        ("build", "sc", "--out", "out"),
        "[line] crosses itself near",
        files=scenario(
            SCENARIO_OK.replace(
                '["Idlib", "Hama"]',
                '["Idlib", "Hama", { lon = 36.3, lat = 35.5 }, { lon = 37.2, lat = 35.6 }]',
            )
        ),
    ),
    Case(
        "scenario",
        "reads a width as depth but names no side",
        ("build", "sc", "--out", "out"),
        "a depth width (one side of the line only) needs [zone] side",
        files=scenario(
            SCENARIO_OK.replace('[sides.west]\ntoward = "Latakia"\n\n[zone]\nside = "west"\n', "")
            + 'semantics = "depth"\n'
        ),
    ),
    Case(
        "scenario",
        "gives a width an unknown semantics and the zone an unknown cap",
        ("build", "sc", "--out", "out"),
        "sc/scenario.toml: 2 problems: line 14: [zone] cap 'square' is not one of round, flat",
        files=scenario(
            SCENARIO_OK.replace('side = "west"', 'side = "west"\ncap = "square"')
            + 'semantics = "wide"\n'
        ),
    ),
    Case(
        "scenario",
        "gives a source without a document or who said it",
        ("build", "sc", "--out", "out"),
        "[[widths]] entry 1 reported_by item 1 needs source (a document) or who",
        files=scenario(SCENARIO_OK + "reported_by = { quote = '20 km' }\n"),
    ),
    Case(
        "scenario",
        "takes the line from a file that is not there",
        ("build", "sc", "--out", "out"),
        "[line] file: file 'sc/front.geojson' does not exist",
        files=scenario(
            SCENARIO_OK.replace('vertices = ["Idlib", "Hama"]', 'file = "front.geojson"')
        ),
    ),
    Case(
        "scenario",
        "takes the line from a route it does not have",
        ("build", "sc", "--out", "out"),
        "[line] route 'M4' is not the id of a [[routes]] entry (known: none)",
        files=scenario(
            SCENARIO_OK.replace(
                'vertices = ["Idlib", "Hama"]', 'route = "M4"\nfrom = "Idlib"\nto = "Hama"'
            )
        ),
    ),
    Case(
        "buffer",
        "has neither a line file nor --via",
        ("buffer", "-w", "6km"),
        "buffer: needs one line; give LINE (a file or -), or --via PLACE ...",
    ),
    Case(
        "--via",
        "names a place the country's gazetteer lacks",
        ("buffer", "--via", "Saraqib", "--via", "Trumba", "--country", "SY", "-w", "6km"),
        "--via 'Trumba': is not in the gazetteer",
    ),
    # looking places up and starting scenarios
    Case(
        "place name",
        "is not in GeoNames",
        ("places", "Tronba"),
        "place 'Tronba': is not in the gazetteer of SY",
    ),
    Case(
        "init",
        "has no line",
        ("init", "mine"),
        "init: needs the line; give --line FILE or --via PLACE (repeated)",
    ),
    Case(
        "--via",
        "names a place the gazetteer lacks",
        ("init", "mine", "--via", "Idlib", "--via", "Tronba", "--country", "SY"),
        "--via 'Tronba': is not in the gazetteer",
    ),
    Case(
        "init",
        "is given a folder that has a scenario",
        ("init", "sc", "--via", "Idlib", "--via", "Hama", "--country", "SY"),
        "sc/scenario.toml: exists already; choose a new folder, or edit that file",
        files=scenario(SCENARIO_OK),
    ),
    # zones files given to map and export
    Case(
        "zones file",
        "is a line, not zones",
        ("map", "line.geojson", "-o", "map.html"),
        "line.geojson: holds no zone polygons",
        files=OK,
    ),
    Case(
        "zones file",
        "does not exist",
        ("export", "nope.gpkg", "-o", "out"),
        "nope.gpkg: does not exist",
    ),
    Case(
        "--format",
        "is unknown",
        ("export", "line.geojson", "--format", "shp", "-o", "out"),
        "--format 'shp': is unknown; use geojson, gpkg or csv",
        files=OK,
    ),
    # outputs
    Case(
        "--output",
        "is a folder",
        (*_buffer()[:-1], "out"),
        "--output 'out': is a folder; give a file name ending in .geojson",
        files=OK,
        make=lambda d: (d / "out").mkdir(),
    ),
    Case(
        "--output",
        "has the wrong extension",
        (*_buffer()[:-1], "zones.shp"),
        "--output 'zones.shp': does not end in .geojson or .json or .gpkg; name it zones.geojson",
        files=OK,
    ),
    Case(
        "--output",
        "lies under a file",
        (*_buffer()[:-1], "line.geojson/zones.geojson"),
        "output folder line.geojson: is a file",
        files=OK,
    ),
    Case(
        "--output",
        "is in a read-only folder",
        _buffer(),
        "output zones.geojson: cannot be written (Permission denied); choose a writable folder",
        files=OK,
        condition=_read_only_folder,
        simulated=True,
    ),
    Case(
        "--output",
        "disk is full",
        _buffer(),
        "output zones.geojson: could not be written (No space left on device)",
        code=1,
        files=OK,
        condition=_disk_full,
        simulated=True,
    ),
    Case(
        "--out (map)",
        "is not .html",
        ("map", "line.geojson", "-o", "map.png"),
        "--out 'map.png': does not end in .html or .htm; name it map.html",
        files=OK,
    ),
    Case(
        "--out (figure)",
        "is not .png, .svg or .pdf",
        ("figure", "line.geojson", "-o", "fig.jpg"),
        "--out 'fig.jpg': does not end in .png or .svg or .pdf; name it fig.png",
        files=OK,
    ),
    Case(
        "--size (figure)",
        "is not WIDTHxHEIGHT",
        ("figure", "line.geojson", "-o", "fig.png", "--size", "7"),
        "--size '7': is not a size; write WIDTHxHEIGHT in inches or cm",
        files=OK,
    ),
    Case(
        "--extent (figure)",
        "is not four numbers",
        ("figure", "line.geojson", "-o", "fig.png", "--extent", "36,35,37"),
        "--extent '36,35,37': is not four numbers",
        files=OK,
    ),
    Case(
        "--style (figure)",
        "is unknown",
        ("figure", "line.geojson", "-o", "fig.png", "--style", "loud"),
        "--style 'loud': is unknown; use default or neutral",
        files=OK,
    ),
    Case(
        "zones file (figure)",
        "is a line, not zones",
        ("figure", "line.geojson", "-o", "fig.png"),
        "line.geojson: holds no zone polygons",
        files=OK,
    ),
    Case(
        "--out (build)",
        "is a file",
        ("build", "--out", "line.geojson"),
        "--out 'line.geojson': is a file; give a folder",
        files=OK,
    ),
    Case(
        "--out (build)",
        "is read-only",
        ("build", "--out", "out"),
        "--out 'out': cannot be written",
        condition=_no_access,
        simulated=True,
    ),
    # the run itself
    Case(
        "run",
        "Ctrl-C while writing",
        ("build", "sc", "--out", "out"),
        "geozone: interrupted; no output was written or changed",
        code=1,
        files=scenario(SCENARIO_OK),
        condition=_interrupt_while_writing,
        simulated=True,
    ),
    # the dated lines given to sweep
    Case(
        "sweep line",
        "has no date",
        _sweep("line.geojson"),
        "line.geojson: has no date (no date property, no YYYY-MM-DD in its name)",
        files=OK,
    ),
    Case(
        "sweep line",
        "has a date that is no day",
        _sweep("2019-02-30.geojson"),
        "has date '2019-02-30.geojson', which is no day",
        files={"2019-02-30.geojson": geojson(LINE)},
    ),
    Case(
        "sweep lines",
        "two files give the same date",
        _sweep("a", "b/2019-01-01.geojson"),
        "has the same date (2019-01-01) as",
        files={"a/2019-01-01.geojson": geojson(LINE), "b/2019-01-01.geojson": geojson(LINE)},
    ),
    Case(
        "sweep lines",
        "a folder without line files",
        _sweep("empty"),
        "empty: holds no line file",
        make=lambda d: (d / "empty").mkdir(),
    ),
    Case(
        "sweep --cap",
        "is not round or flat",
        (*_sweep("2019-01-01.geojson"), "--cap", "square"),
        "--cap 'square': is unknown; use --cap round or --cap flat",
        files={"2019-01-01.geojson": geojson(LINE)},
    ),
    Case(
        "sweep --semantics",
        "depth without --toward",
        (*_sweep("2019-01-01.geojson"), "--semantics", "depth"),
        "--semantics depth: needs the side the zone lies on",
        files={"2019-01-01.geojson": geojson(LINE)},
    ),
    Case(
        "sweep --reference",
        "no line has that date",
        (*_sweep("2019-01-01.geojson"), "--toward", "36.9,35.5", "--reference", "2018-01-01"),
        "--reference '2018-01-01': is no line's date",
        files={"2019-01-01.geojson": geojson(LINE)},
    ),
    Case(
        "run",
        "zone refinement does not converge",
        _buffer(),
        "zone boundary: did not converge in 0 rounds of refinement",
        code=1,
        files=OK,
        condition=_no_convergence,
        simulated=True,
    ),
    Case(
        "run",
        "a bug in geozone",
        _buffer(),
        "unexpected failure (ValueError: an example bug); run again with --debug",
        code=1,
        files=OK,
        condition=_crash,
        simulated=True,
    ),
]


@dataclass
class Outcome:
    """A case's result: the command's result and the files it left behind."""

    result: Result
    before: set[str]
    after: set[str]


def _listing(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def run_case(case: Case, folder: Path) -> Outcome:
    """Run one case in ``folder`` (made empty first), from inside it."""
    for name, data in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    if case.make is not None:
        case.make(folder)
    before = _listing(folder)
    here = Path.cwd()
    os.chdir(folder)
    try:
        with ExitStack() as stack:
            if case.condition is not None:
                stack.enter_context(case.condition())
            result = invoke(list(case.args), stdin=case.stdin)
    finally:
        os.chdir(here)
    return Outcome(result, before, _listing(folder))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def table(outcomes: list[tuple[Case, Outcome]]) -> str:
    """The Markdown table of cases and what the user saw."""
    lines = [
        "| input | problem | command | exit | what the user sees (stderr) |",
        "|---|---|---|---|---|",
    ]
    for case, outcome in outcomes:
        seen = outcome.result.stderr.strip()
        if case.code == 0:
            notes = [line.strip() for line in outcome.result.output.splitlines() if "note:" in line]
            seen = "\n".join(notes)
        problem = case.problem + (" (simulated)" if case.simulated else "")
        command = "geozone " + " ".join(a if a and " " not in a else repr(a) for a in case.args)
        lines.append(
            f"| {_cell(case.input)} | {_cell(problem)} | `{_cell(command)}` | "
            f"{outcome.result.exit_code} | {_cell(seen)} |"
        )
    return "\n".join(lines) + "\n"


BEGIN = "<!-- table: generated by python tests/bad_inputs.py --write docs/errors.md -->"
END = "<!-- end of table -->"


def table_in(text: str) -> str:
    """The generated table inside a docs page."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip("\n") + "\n"


def run_all() -> list[tuple[Case, Outcome]]:
    """Run every case, each in its own empty folder."""
    outcomes = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, case in enumerate(CASES):
            folder = Path(tmp) / f"case{i:03d}"
            folder.mkdir()
            outcomes.append((case, run_case(case, folder)))
    return outcomes


def main() -> None:
    """Print the table, or write it into a docs page between its markers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="docs page whose table to replace")
    args = parser.parse_args()
    text = table(run_all())
    if args.write is None:
        sys.stdout.write(text)
        return
    page = args.write.read_text(encoding="utf-8")
    start, end = page.index(BEGIN) + len(BEGIN), page.index(END)
    args.write.write_text(page[:start] + "\n" + text + page[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
