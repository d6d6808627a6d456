"""Looking a place up: its matches in the gazetteers (and a scenario's own places), as rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..sources.gazetteer import Gazetteer, Place, load_country

_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'‘’ʿʾ`.,()-]+$")


@dataclass(frozen=True)
class PlaceMatch:
    """One place a name may mean: where it is, how many live there, its other spellings.

    ``population`` is None where no source gives one (GeoNames' figure has
    no year; a scenario's ``[population]`` gives its own source).
    """

    name: str
    country: str
    lon: float
    lat: float
    population: int | None
    population_source: str
    geonameid: int | None
    source: str
    alternates: tuple[str, ...]


def _latin(names: tuple[str, ...], limit: int = 8) -> tuple[str, ...]:
    """Other spellings in Latin script (GeoNames lists every language's), at most ``limit``."""
    return tuple([n for n in names if _LATIN.match(n)][:limit])


def _scenario_places(path: str | Path) -> tuple[list[Place], dict[str, tuple[int, str]], list]:
    """A scenario's ``[places]``, its census figures and countries, without resolving it."""
    from ..scenario.find import scenario_dir
    from ..scenario.parse import parse_scenario
    from ..scenario.resolve import _census, _gazetteer

    parsed = parse_scenario(scenario_dir(path))
    gaz, _ = _gazetteer(parsed)
    census = _census(parsed.raw, parsed.problems)
    own = [p for p in gaz.places if p.geonameid is None]
    return own, census, list(parsed.countries)


def lookup_places(
    name: str, countries: list[str] | None = None, scenario: str | Path | None = None
) -> list[PlaceMatch]:
    """Every place ``name`` may mean, in the countries' gazetteers and a scenario's ``[places]``.

    Parameters
    ----------
    name : str
        A place name in any common spelling.
    countries : list of str, optional
        ISO 3166-1 alpha-2 codes (default: the scenario's countries, else SY).
    scenario : str or Path, optional
        A scenario folder whose ``[places]`` are searched first.

    Returns
    -------
    list of PlaceMatch
        The matches, most populous first; coordinates lon/lat degrees (EPSG:4326).

    Raises
    ------
    InputError
        When nothing matches; the closest names are listed.
    """
    own: list[Place] = []
    census: dict[str, tuple[int, str]] = {}
    if scenario is not None:
        own, census, scenario_countries = _scenario_places(scenario)
        countries = countries or scenario_countries
    countries = [c.upper() for c in countries or ["SY"]]
    country_of: dict[int, str] = {}
    places: list[Place] = list(own)
    for code in countries:
        for p in load_country(code).places:
            country_of[id(p)] = code
            places.append(p)
    gaz = Gazetteer(places)
    hits = gaz.find(name)
    if not hits:
        near = ", ".join(gaz.suggest(name, 8))
        where = "the scenario's [places] and " if scenario is not None else ""
        raise InputError(
            f"place {name!r}",
            f"is not in {where}the gazetteer of {', '.join(countries)}"
            + (f" (closest: {near})" if near else ", nor any close spelling"),
            "check the spelling, try --country, or give the place with lon, lat and source "
            "in a scenario's [places] table (see [places] in docs/scenarios.md)",
        )
    figures = {}
    for n, v in census.items():
        found = gaz.find(n)
        if found:
            figures[found[0].name] = v
    out = []
    for p in hits:
        pop, pop_source = (
            (p.population or None),
            ("GeoNames, year not stated" if p.population else ""),
        )
        if p.name in figures:
            pop, pop_source = figures[p.name]
        out.append(
            PlaceMatch(
                p.name,
                country_of.get(id(p), "scenario"),
                p.lon,
                p.lat,
                pop,
                pop_source,
                p.geonameid,
                p.source,
                _latin(p.alternates),
            )
        )
    return sorted(out, key=lambda m: (-(m.population or 0), m.name))


def describe(m: PlaceMatch) -> str:
    """Two or three lines for one match, as ``geozone places`` prints it."""
    pop = (
        f"population {m.population:,} ({m.population_source})"
        if m.population
        else "population unknown"
    )
    ident = f"geonameid {m.geonameid}" if m.geonameid is not None else m.source
    ns = f"{abs(m.lat):.5f} {'N' if m.lat >= 0 else 'S'}"
    ew = f"{abs(m.lon):.5f} {'E' if m.lon >= 0 else 'W'}"
    lines = [
        f"{m.name} ({m.country}): {ns}, {ew} (lon,lat {m.lon:.5f},{m.lat:.5f})",
        f"  {pop}; {ident}",
    ]
    if m.alternates:
        lines.append(f"  also: {', '.join(m.alternates)}")
    return "\n".join(lines)


__all__ = ["PlaceMatch", "describe", "lookup_places"]
