"""Starting a scenario: a commented scenario.toml that builds at once, from a line or places."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..io.atomic import write_atomic

_TEMPLATE = """\
# {title}
#
# Written by `geozone init`; it builds as it is (`geozone build {folder}`).
# Every table and key is described in docs/scenarios.md. Replace the
# placeholders, and say where each fact comes from.

[scenario]
id = "{sid}"
title = "{title}"
# date = "YYYY-MM-DD"          # the agreement's date
country = {countries}   # gazetteers place names are looked up in (ISO alpha-2)
# clip = "SYR"                 # clip zones to a country's land (see [scenario])

# Places the gazetteer lacks (`geozone places NAME` shows what it has):
# [places]
# "My village" = {{ lon = 36.5, lat = 35.5, source = "where the position comes from" }}

[line]
name = "{line_name}"
{line}
# note = "how the line was drawn, and how far off it may be"

# One table per stated width; semantics: total (W in all), per_side (W on
# each side) or depth (W on one side only, which needs [sides] and [zone] side).
[[widths]]
km = {km:g}
semantics = "{semantics}"
reported_by = {{ source = "the document that states the width", quote = "its words" }}

# For a depth width, name the sides by a place on each:
# [sides.north]
# toward = "a place on that side"
# [zone]
# side = "north"
"""


def _sid(folder: Path) -> str:
    sid = re.sub(r"[^a-z0-9_-]+", "-", folder.name.lower()).strip("-")
    return sid if sid and sid[0].isalnum() else f"scenario-{sid}".strip("-")


def init_scenario(
    folder: str | Path,
    line: str | Path | None = None,
    via: list[str] | None = None,
    countries: list[str] | None = None,
    width_km: float = 10.0,
    semantics: str = "total",
) -> Path:
    """Write ``folder/scenario.toml``: a commented scenario that builds as it is.

    Parameters
    ----------
    folder : str or Path
        The new scenario's folder (made if missing); its name becomes the id.
    line : str or Path, optional
        A line file (any format ``geozone buffer`` reads); copied into the
        folder as ``line.geojson`` (EPSG:4326).
    via : list of str, optional
        Instead of ``line``: place names the line runs through, in order.
    countries : list of str, optional
        ISO alpha-2 codes of the gazetteers (default: the countries the line
        crosses; required with ``via``).
    width_km : float
        The placeholder width, km.
    semantics : {"total", "per_side"}
        How the placeholder width is read.

    Returns
    -------
    Path
        The scenario file written.

    Raises
    ------
    InputError
        If the folder already has a scenario, neither or both of ``line``
        and ``via`` are given, or a place is unknown.
    """
    from ..scenario import load_scenario

    folder = Path(folder)
    target = folder / "scenario.toml"
    if target.exists():
        raise InputError(str(target), "exists already", "choose a new folder, or edit that file")
    if (line is None) == (not via):
        raise InputError("init", "needs the line", "give line=FILE or via=PLACE (repeated)")
    semantics = semantics.replace("-", "_")
    if semantics not in ("total", "per_side"):
        raise InputError(
            f"semantics={semantics!r}",
            "is not total or per-side",
            "start with total or per-side, then add sides for depth (see [sides])",
        )
    files: list[Path] = []
    made = not folder.exists()
    if line is not None:
        from ..io.lines import read_line
        from ..sources.naturalearth import countries_near

        xy, _ = read_line(line)
        if not countries:
            frame = countries_near(np.asarray(xy), 0.05)
            countries = [c for c, km in zip(frame.iso_a2, frame.length_km, strict=True) if c and km]
            countries = countries or [c for c in frame.iso_a2 if c][:1]
        if not countries:
            raise InputError(
                f"line={str(line)!r}", "crosses no country", "give country=CC for the gazetteer"
            )
        folder.mkdir(parents=True, exist_ok=True)
        geojson = {"type": "LineString", "coordinates": [[round(x, 7), round(y, 7)] for x, y in xy]}
        files.append(write_atomic(folder / "line.geojson", json.dumps(geojson) + "\n"))
        line_toml = 'file = "line.geojson"             # relative to this folder'
        line_name = Path(str(line)).stem if str(line) != "-" else "line"
    else:
        if not countries:
            raise InputError("via", "needs the gazetteer's country", "add country=CC (e.g. SY)")
        from ..sources.gazetteer import Gazetteer, load_country

        gaz = Gazetteer([p for c in countries for p in load_country(c).places])
        for name in via or []:
            try:
                gaz.lookup(name)
            except InputError as exc:
                raise InputError(f"via={name!r}", exc.problem, exc.fix) from None
        if len(via or []) < 2:
            raise InputError("via", "needs at least two places", "repeat via=PLACE")
        folder.mkdir(parents=True, exist_ok=True)
        names = ", ".join(json.dumps(n, ensure_ascii=False) for n in via or [])
        line_toml = f"vertices = [{names}]"
        line_name = " – ".join(via or [])
    text = _TEMPLATE.format(
        title=f"Zone along {line_name}",
        folder=folder,
        sid=_sid(folder),
        countries=json.dumps(countries[0]) if len(countries) == 1 else json.dumps(countries),
        line_name=line_name,
        line=line_toml,
        km=width_km,
        semantics=semantics,
    )
    write_atomic(target, text)
    try:
        load_scenario(folder)
    except InputError:
        target.unlink()
        for f in files:
            f.unlink()
        if made and not any(folder.iterdir()):
            folder.rmdir()
        raise
    return target


__all__ = ["init_scenario"]
