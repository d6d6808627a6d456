"""The API and CLI fit: --version, ClaimSet.to_frame."""

from __future__ import annotations

from pathlib import Path

from clirun import invoke

import geozone


def test_version_prints_the_package_version():
    result = invoke(["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"geozone {geozone.__version__}"


def test_claimset_to_frame_has_one_row_per_claim_with_its_quote():
    claims = geozone.read_reports(["seeds"])
    frame = claims.to_frame()
    assert len(frame) == sum(len(d["claims"]) for d in claims.to_json()["documents"])
    assert set(frame.kind) == {"width", "deadline", "route"}
    for row in frame.itertuples():
        text = Path(row.source).read_text(encoding="utf-8")
        # the offsets point at the quote's words in the report (whitespace aside)
        assert " ".join(text[row.start : row.end].split()) == " ".join(row.quote.split())
    widths = frame[frame.kind == "width"]
    assert widths.min_km.notna().all() and widths.date.isna().all()


LINE = '{"type": "LineString", "coordinates": [[36.5, 35.5], [36.9, 35.9]]}'


def test_map_reads_stdin_and_writes_stdout():
    zones = invoke(["buffer", "-", "-w", "4km", "--no-places"], stdin=LINE)
    assert zones.exit_code == 0, zones.output
    page = invoke(["map", "-", "-o", "-"], stdin=zones.stdout)
    assert page.exit_code == 0, page.output
    assert page.stdout.startswith("<!DOCTYPE html>") and "<title>zones</title>" in page.stdout


def test_buffer_writes_a_geopackage(tmp_path):
    import geopandas as gpd

    (tmp_path / "line.geojson").write_text(LINE)
    out = tmp_path / "zones.gpkg"
    result = invoke(["buffer", tmp_path / "line.geojson", "-w", "4km", "--output", out])
    assert result.exit_code == 0, result.output
    zones = gpd.read_file(out, layer="zones")
    assert zones.variant.tolist() == ["total-4km"]
    assert zones.crs.to_epsg() == 4326 and zones.places_inside.iloc[0] >= 0


def test_buffer_and_build_zones_give_the_same_columns(zone_frame):
    import numpy as np

    zones = geozone.buffer(np.array([[36.5, 35.5], [36.9, 35.9]]), "4km")
    assert list(zones.columns) == list(zone_frame.columns)
    assert {"layer", "variant", "side", "places_inside", "population_inside"} <= set(zones.columns)
    # the scenario's zones list the places inside, as the summary counts them
    assert (zone_frame.places_inside >= 0).all()


def test_map_of_a_buffer_output_keeps_its_places_and_blank_population(tmp_path):
    from geozone.io.layers import read_layers
    from geozone.jobs.coverage import measure_layers

    (tmp_path / "line.geojson").write_text(LINE)
    zones = tmp_path / "zones.geojson"
    assert invoke(["buffer", tmp_path / "line.geojson", "-w", "10km", "-o", zones]).exit_code == 0
    figures = measure_layers(read_layers([zones])).iloc[0]
    built = geozone.buffer(__import__("numpy").array([[36.5, 35.5], [36.9, 35.9]]), "10km")
    assert figures.places_inside == built.iloc[0].places_inside
    assert figures.places == built.iloc[0].places
    no_places = tmp_path / "bare.geojson"
    assert (
        invoke(
            ["buffer", tmp_path / "line.geojson", "-w", "10km", "--no-places", "-o", no_places]
        ).exit_code
        == 0
    )
    bare = measure_layers(read_layers([no_places])).iloc[0]
    assert __import__("pandas").isna(bare.places_inside) and __import__("pandas").isna(
        bare.population_inside
    )


def test_claims_reads_a_report_from_stdin():
    text = "Sochi, Sep 17 (AFP) - The zone will be 15-20 km wide along the line of contact."
    result = invoke(["claims", "-", "--json"], stdin=text)
    assert result.exit_code == 0, result.output
    doc = __import__("json").loads(result.stdout)["documents"][0]
    assert doc["source"] == "standard input"
    (width,) = [c for c in doc["claims"] if c["kind"] == "width"]
    assert (width["min_km"], width["max_km"], width["semantics"]) == (15, 20, "total")


def test_buffer_along_a_line_via_places():
    import json

    result = invoke(["buffer", "--via", "Saraqib", "--via", "Ariha", "-c", "SY", "-w", "6km"])
    assert result.exit_code == 0, result.output
    assert "via: Saraqib (36.8059, 35.8645), Ariha (36.6096, 35.8137)" in result.stderr
    (zone,) = json.loads(result.stdout)["features"]
    assert zone["properties"]["variant"] == "total-6km"
    both = invoke(["buffer", "line.geojson", "--via", "Saraqib", "-w", "6km"])
    assert both.exit_code == 2 and "needs one line" in both.stderr
