"""``geozone init``: a commented scenario that builds at once, from a line file or places."""

from __future__ import annotations

import json

import pytest
from clirun import invoke

from geozone.scenario import load_scenario


def test_init_via_places_builds(tmp_path):
    folder = tmp_path / "my-zone"
    result = invoke(["init", folder, "--via", "Idlib", "--via", "Ariha", "-c", "SY", "-w", "6km"])
    assert result.exit_code == 0, result.output
    text = (folder / "scenario.toml").read_text(encoding="utf-8")
    assert "docs/scenarios.md" in text and text.count("#") > 10
    s = load_scenario(folder)
    assert s.id == "my-zone" and [v.label for v in s.vertices] == ["Idlib", "Ariha"]
    assert [(v.km, v.semantics) for v in s.variants] == [(6.0, "total")]
    # a second init does not overwrite it
    again = invoke(["init", folder, "--via", "Idlib", "--via", "Ariha", "-c", "SY"])
    assert again.exit_code == 2 and "exists already" in again.stderr


def test_init_from_a_line_finds_its_countries(tmp_path):
    line = tmp_path / "dmz.geojson"
    coords = [[126.7, 37.9], [127.0, 38.1], [127.3, 38.4], [127.7, 38.35]]
    line.write_text(json.dumps({"type": "LineString", "coordinates": coords}))
    result = invoke(["init", tmp_path / "dmz", "--line", line, "--semantics", "per-side"])
    assert result.exit_code == 0, result.output
    s = load_scenario(tmp_path / "dmz")
    assert s.line.ravel().tolist() == pytest.approx([c for xy in coords for c in xy])
    text = (tmp_path / "dmz" / "scenario.toml").read_text(encoding="utf-8")
    assert 'country = ["KR", "KP"]' in text or 'country = ["KP", "KR"]' in text


def test_init_refuses_unknown_places_and_writes_nothing(tmp_path):
    result = invoke(["init", tmp_path / "x", "--via", "Idlib", "--via", "Tronba", "-c", "SY"])
    assert result.exit_code == 2
    assert result.stderr.startswith("geozone: error: --via 'Tronba': is not in the gazetteer")
    assert not (tmp_path / "x" / "scenario.toml").exists()
