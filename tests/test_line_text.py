"""Lines pasted as CSV or WKT, GPX tracks, and parts that touch in either direction."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest
from pyproj import Geod

from geozone.errors import InputError
from geozone.io.lines import parse_line, read_line

LINE = [[36.5, 35.5], [36.7, 35.7], [36.9, 35.9]]


@pytest.mark.parametrize(
    "text",
    [
        "36.5,35.5\n36.7,35.7\n36.9,35.9\n",
        "lon;lat\n36.5;35.5\n36.7;35.7\n36.9;35.9\n",
        "latitude,longitude\n35.5,36.5\n35.7,36.7\n35.9,36.9\n",
        "name\tlat\tlon\nA\t35.5\t36.5\n",  # not numeric in the first columns: refused below
        "LINESTRING (36.5 35.5, 36.7 35.7, 36.9 35.9)",
        "MULTILINESTRING ((36.5 35.5, 36.7 35.7), (36.7 35.7, 36.9 35.9))",
    ],
)
def test_csv_and_wkt_lines(text):
    if text.startswith("name"):
        with pytest.raises(InputError, match="neither GeoJSON, WKT nor CSV"):
            parse_line(text, "pasted")
        return
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        xy = parse_line(text, "pasted")
    np.testing.assert_allclose(xy, LINE)
    if text[0].isdigit():  # no header: the reading is said
        assert any("read as longitude, latitude" in str(w.message) for w in seen)


def test_parts_touching_in_opposite_directions_are_joined_from_the_first_start():
    text = json.dumps({"type": "MultiLineString", "coordinates": [LINE[:2], [LINE[2], LINE[1]]]})
    with pytest.warns(Warning, match="some of them reversed"):
        xy = parse_line(text, "two parts")
    np.testing.assert_allclose(xy, LINE)


def test_a_gap_is_reported_with_its_size():
    # the second part starts 0.003° of longitude east of where the first ends
    text = json.dumps(
        {
            "type": "MultiLineString",
            "coordinates": [LINE[:2], [[36.703, 35.7], LINE[2]]],
        }
    )
    gap = Geod(ellps="WGS84").inv(36.7, 35.7, 36.703, 35.7)[2]
    with pytest.raises(InputError, match=rf"\({gap:,.0f} m apart where they come closest\)"):
        parse_line(text, "gapped")


def test_gpx_track_is_read_without_a_layer(tmp_path):
    points = "".join(f'<trkpt lat="{lat}" lon="{lon}"></trkpt>' for lon, lat in LINE)
    gpx = (
        '<?xml version="1.0"?><gpx version="1.1" creator="t" '
        'xmlns="http://www.topografix.com/GPX/1/1">'
        f'<wpt lat="35.6" lon="36.6"><name>w</name></wpt><trk><trkseg>{points}</trkseg></trk></gpx>'
    )
    path = tmp_path / "walk.gpx"
    path.write_text(gpx, encoding="utf-8")
    xy, _ = read_line(path)
    np.testing.assert_allclose(xy, LINE)
