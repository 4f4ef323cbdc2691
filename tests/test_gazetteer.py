"""The offline gazetteer: name folding, the SQLite build, lookups, supplements and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.geo import bench_lookups, open_gazetteer
from newsledger.geo import build as build_module
from newsledger.geo.airports import airport_aliases
from newsledger.geo.distance import haversine_km
from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.names import fold, is_usable_alias, loose
from newsledger.geo.sources import (
    PlaceRow,
    bbox_middle,
    both_conventions,
    country_point,
    geonames_country_points,
    midway,
    region_point,
    spelling_variant,
    trimmed_middle,
)
from newsledger.geo.supplement import SupplementError, SupplementRow, append_row, parse_row, read_supplement


def test_fold_drops_case_accents_possessive_apostrophes_and_dots() -> None:
    assert fold("Kyiv’s") == "kyivs"
    assert fold("Côte d’Ivoire") == "cote divoire"
    assert fold("U.S.") == fold("US") == "us"
    assert fold("Saint-Louis") == fold("St. Louis") == "st louis"
    assert fold("Łódź") == "lodz"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sievierodonetsk", "Severodonetsk"), ("Mykolayiv", "Mykolaiv"), ("Lysychansk", "Lisichansk"),
        ("Zaporizhzhia", "Zaporizhia"), ("Zaporizhzhya", "Zaporizhia"), ("Avdiivka", "Avdiyivka"),
        ("Kupiansk", "Kup'yans'k"), ("Sviatohirsk", "Svyatohirsk"), ("Khmelnytskyi", "Khmelnitsky"),
    ],
)  # fmt: skip
def test_loose_key_merges_transliteration_variants(a: str, b: str) -> None:
    assert loose(fold(a)) == loose(fold(b))


def test_aliases_skip_codes_and_lowercase_romanizations() -> None:
    assert is_usable_alias("Kiev", "Kyiv")
    assert not is_usable_alias("KHE", "Kherson")
    assert not is_usable_alias("he er song", "Kherson")
    assert not is_usable_alias("Херсон", "Kherson")


def test_bbox_middle_handles_the_antimeridian() -> None:
    lat, lon = bbox_middle([(60.0, 179.0), (62.0, -179.0)]) or (0.0, 0.0)
    assert lat == 61.0
    assert abs(abs(lon) - 180.0) < 1e-9


def test_country_point_leans_to_the_mainland_when_near_and_is_the_shipped_point_when_far() -> None:
    lat, lon = country_point((38.0, -97.0), (39.5, -99.0))  # the same mainland
    assert abs(lat - 39.155) < 1e-9 and abs(lon - -98.54) < 1e-9
    assert country_point((60.0, -95.0), (57.7, -101.6)) == (60.0, -95.0)  # the polygon is only a part
    assert country_point((35.0, 105.0), None) == (35.0, 105.0)


def test_country_points_place_big_countries_near_their_middle() -> None:
    gazetteer = open_gazetteer()
    for name, (lat, lon) in {
        "Canada": (60.0, -95.0),
        "Russia": (60.0, 100.0),
        "Ukraine": (49.0, 32.0),
    }.items():
        country = next(c for c in gazetteer.lookup(name) if c.feature == "country")
        assert country.lat is not None and country.lon is not None
        assert haversine_km(lat, lon, country.lat, country.lon) < 300, name


def test_the_united_states_point_suits_both_conventions_of_the_corpora() -> None:
    """GeoNames' point (39.76, -98.5) and Wikipedia's (40, -100) are both within 161 km of ours."""
    us = next(c for c in open_gazetteer().lookup("United States") if c.feature == "country")
    assert us.lat is not None and us.lon is not None
    assert haversine_km(39.76, -98.5, us.lat, us.lon) < 161
    assert haversine_km(40.0, -100.0, us.lat, us.lon) < 161


def test_a_country_sits_midway_between_the_two_conventions_when_they_are_near() -> None:
    lat, lon = both_conventions((35.0, 105.0), (36.2, 104.1))  # China: GeoNames' point, the atlas point
    assert abs(lat - 35.6) < 1e-9 and abs(lon - 104.55) < 1e-9
    assert both_conventions((60.10867, -113.64258), (60.0, -95.0)) == (60.0, -95.0)  # Canada: 1,031 km


def test_a_stray_settlement_does_not_stretch_a_regions_box_away_from_its_atlas_point() -> None:
    crowd = [(32.0 + i / 10, 119.0 + i / 10) for i in range(20)]  # a province at 32-34 N, 119-121 E
    stray = (36.0, 104.0)  # one settlement coded to it, a thousand kilometres west
    box = bbox_middle([*crowd, stray]) or (0.0, 0.0)
    assert haversine_km(*box, 33.0, 120.0) > 322
    lat, lon = trimmed_middle([*crowd, stray], (33.0, 120.0)) or (0.0, 0.0)
    assert haversine_km(lat, lon, 33.0, 120.0) < 100
    south = [(49.0 + i / 20, -106.0) for i in range(20)]  # settlements that really crowd one corner
    assert trimmed_middle(south, (55.5, -106.1)) is None


def test_chinese_provinces_and_tokyo_sit_inside_themselves() -> None:
    gazetteer = open_gazetteer()
    for name, (lat, lon) in {
        "Jiangsu": (32.9, 119.8),
        "Hebei": (38.5, 115.5),
        "Tokyo": (35.7, 139.7),
    }.items():
        region = next(c for c in gazetteer.lookup(name) if c.feature == "region")
        assert region.lat is not None and region.lon is not None
        assert haversine_km(lat, lon, region.lat, region.lon) < 161, name


def test_a_region_sits_midway_between_its_settlements_middle_and_its_atlas_point_when_near() -> None:
    assert region_point((43.0, -76.0), (41.0, -74.0)) == (42.0, -75.0)
    assert region_point((-20.0, 145.0), (-30.0, 120.0)) == (
        -20.0,
        145.0,
    )  # far apart: the settlements' middle
    assert region_point(None, (50.0, -86.0)) == (50.0, -86.0)  # no settlements in cities500
    assert region_point((50.0, -86.0), None) == (50.0, -86.0)


def test_midway_takes_the_short_way_across_the_antimeridian() -> None:
    assert midway((66.0, 179.0), (66.0, -179.0)) == (66.0, 180.0)
    assert midway((66.0, 178.0), (66.0, -176.0)) == (66.0, -179.0)
    assert midway((0.0, 0.0), (0.0, 10.0)) is None  # 1,112 km apart


def test_region_points_are_near_both_readings_of_a_state() -> None:
    """New York's GeoNames point is upstate (43.0, -75.5), a geocoder puts it on the city (40.71, -74.01);
    Virginia's GeoNames point is Richmond's, Ontario's far south of the middle of its settlements."""
    gazetteer = open_gazetteer()
    for name, points in {
        "New York": [(43.00035, -75.4999), (40.71427, -74.00597)],
        "Virginia": [(37.54812, -77.44675)],
        "Ontario": [(49.25014, -84.49983)],
    }.items():
        region = next(c for c in gazetteer.lookup(name) if c.feature == "region")
        assert region.lat is not None and region.lon is not None
        for lat, lon in points:
            assert haversine_km(lat, lon, region.lat, region.lon) < 161, name


def test_an_atlas_name_is_an_alias_only_when_it_spells_the_subdivisions_own_name() -> None:
    assert spelling_variant("Dagestan", "Dagestan, Respublika") == "Dagestan"
    assert spelling_variant("Buryatia", "Buryatiya, Respublika") == "Buryatia"
    assert spelling_variant("Jewish", "Yevreyskaya avtonomnaya oblast'") is None  # a translation
    assert spelling_variant("Chechen", "Chechenskaya Respublika") is None  # an adjective
    assert spelling_variant("Ontario", "Ontario") is None


def test_russian_republics_are_found_by_their_english_names() -> None:
    gazetteer = open_gazetteer()
    for name in ("Dagestan", "Buryatia", "Tatarstan", "Ingushetia", "Chechnya"):
        region = next(c for c in gazetteer.lookup(name) if c.feature == "region")
        assert region.country_code == "RU", name
    assert next(c for c in gazetteer.lookup("Dagestan") if c.feature == "region").name == "Dagestan"


def test_the_geonames_country_points_cover_the_sovereign_states() -> None:
    points = geonames_country_points()
    assert len(points) == 196
    assert points["UA"] == (49.0, 32.0)
    assert points["CA"] == (60.10867, -113.64258)
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points.values())


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [
        ("Kiev", 703448), ("Kyiv", 703448), ("Nikolaev", 700569), ("Mykolaiv", 700569),
        ("Zaporozhye", 687700), ("Zaporizhzhia", 687700), ("Severodonetsk", 691999),
        ("Sievierodonetsk", 691999), ("Kharkov", 706483), ("Kharkiv", 706483), ("Snihurivka", 693379),
    ],
)  # fmt: skip
def test_lookup_finds_each_spelling_of_war_news_places(name: str, geonames_id: int) -> None:
    gids = {c.gid for c in open_gazetteer().lookup(name)}
    assert f"geonames:{geonames_id}" in gids


def test_a_spelling_variant_of_a_places_own_name_counts_as_its_name() -> None:
    """ "Avdiivka" is how news spells GeoNames' "Avdiyivka"; "Zaporizhzhia" spells the city, while it is
    only a short form of "Zaporizhzhia Oblast"."""
    gazetteer = open_gazetteer()
    avdiivka = [c for c in gazetteer.lookup("Avdiivka") if c.admin1 == "Donetsk Oblast"]
    assert avdiivka and avdiivka[0].main and not avdiivka[0].loose
    senses = {c.feature: c for c in gazetteer.lookup("Zaporizhzhia") if c.population > 100_000}
    assert senses["city"].main and not senses["region"].main
    assert any(c.feature == "region" for c in gazetteer.lookup("Zaporizhia Oblast"))


def test_a_district_named_by_its_towns_adjective_finds_the_raion() -> None:
    gazetteer = open_gazetteer()
    assert any(c.name == "Kupiansk Raion" for c in gazetteer.lookup("Kupyanskyi district"))
    assert any(c.name == "Bakhmut Raion" for c in gazetteer.lookup("Bakhmutskyi raion"))


def test_lookup_has_regions_countries_and_curated_features() -> None:
    gazetteer = open_gazetteer()
    kherson = {c.feature for c in gazetteer.lookup("Kherson") if c.country_code == "UA"}
    assert {"city", "region"} <= kherson
    us = [c for c in gazetteer.lookup("U.S.") if c.feature == "country"]
    assert us and us[0].country_code == "US" and us[0].lat is not None
    for name, feature in [
        ("Donbas", "region"),
        ("Black Sea", "sea"),
        ("Dnieper", "river"),
        ("Kremlin", "building"),
    ]:
        assert any(c.feature == feature for c in gazetteer.lookup(name)), name
    assert any(c.actor for c in gazetteer.lookup("Kremlin"))


def test_airports_answer_to_their_own_names_and_air_bases_to_theirs() -> None:
    gazetteer = open_gazetteer()
    for name, icao in [
        ("Heathrow", "EGLL"), ("Schiphol", "EHAM"), ("Pearson International Airport", "CYYZ"),
        ("Dulles Airport", "KIAD"), ("Hostomel airport", "UKKM"), ("Saki Air Base", "UKFI"),
    ]:  # fmt: skip
        found = [c for c in gazetteer.lookup(name) if c.feature == "airport"]
        assert [c.gid for c in found] == [f"icao:{icao}"], name
    assert not [c for c in gazetteer.lookup("Amsterdam Airport") if c.country_code == "ZA"]  # Schiphol's city
    assert {c.feature for c in gazetteer.lookup("Boryspil")} & {"city", "town"}  # the town keeps its name


def test_an_airports_own_word_is_an_alias_only_when_it_is_no_english_word_or_town() -> None:
    towns = {"Toronto": 2_600_000, "London": 8_900_000, "Perry": 5_000, "Kyiv": 2_900_000, "Boryspil": 60_000}
    assert airport_aliases("London Heathrow Airport", "London", towns) == ("Heathrow Airport", "Heathrow")
    pearson = airport_aliases("Toronto Pearson International Airport", "Mississauga", towns)
    assert {"Pearson International Airport", "Pearson Airport", "Pearson"} <= set(pearson)
    assert "Liberty" not in airport_aliases("Newark Liberty International Airport", "Newark", towns)
    assert airport_aliases("Perry Stokes Airport", "Trinidad", towns) == ()  # a person's name
    assert "Boryspil" not in airport_aliases("Boryspil International Airport", "Kyiv", towns)
    assert airport_aliases("Tofino / Long Beach Airport", "Tofino", towns) == ()
    assert "Heathrow" not in airport_aliases("London Heathrow Airport", "London", towns, bare=False)


def test_unknown_name_has_no_candidates() -> None:
    assert open_gazetteer().lookup("Qwzxplk") == ()


def test_lookup_is_cheap_once_warm() -> None:
    report = bench_lookups(rounds=20)
    assert report["warm_us"] < 50
    assert report["cold_us"] < 5000


def test_supplement_row_needs_a_source_and_a_valid_id() -> None:
    with pytest.raises(SupplementError, match="source"):
        parse_row({"id": "newsledger:x", "name": "X"}, "t.tsv:2")
    with pytest.raises(SupplementError, match="id"):
        parse_row({"id": "bad id", "source": "s"}, "t.tsv:2")


def test_curated_supplement_rows_all_parse_with_sources() -> None:
    from newsledger.geo.supplement import curated_path

    rows = list(read_supplement(curated_path()))
    assert len(rows) > 50
    assert all(r.source for r in rows)


def test_user_supplement_adds_a_place_that_lookups_find(tmp_path: Path) -> None:
    path = tmp_path / "user.tsv"
    row = SupplementRow(id="newsledger:testivka", name="Testivka", aliases=("Testovka",), feature="village",
                        country_code="UA", lat=47.1, lon=37.2, source="test")  # fmt: skip
    append_row(path, row)
    assert list(read_supplement(path)) == [row]
    gazetteer = Gazetteer(open_gazetteer().path, read_supplement(path))
    found = gazetteer.lookup("Testovka")
    assert [c.gid for c in found] == ["newsledger:testivka"]
    assert found[0].lat == pytest.approx(47.1)


def test_build_writes_atomically_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [PlaceRow(gid="newsledger:a", name="Alphaville", feature="town", country_code="UA",
                     admin1_code=None, admin2_code=None, lat=1.0, lon=2.0, population=10)]  # fmt: skip
    monkeypatch.setattr(build_module, "all_rows", lambda: iter(rows))
    path = build_module.ensure_built(tmp_path)
    assert path.exists() and path.name.startswith("gazetteer-b")
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert [c.name for c in Gazetteer(path).lookup("ALPHAVILLE")] == ["Alphaville"]


def test_cli_lookup_shows_candidates_and_add_writes_the_user_file(tmp_path: Path) -> None:
    from newsledger.cli import app

    runner = CliRunner()
    shown = runner.invoke(app, ["gazetteer", "lookup", "Kreminna"])
    assert shown.exit_code == 0, shown.output
    assert "Luhansk" in shown.output
    user = tmp_path / "u.tsv"
    added = runner.invoke(app, ["gazetteer", "add", "Testivka", "--lat", "47.1", "--lon", "37.2",
                                "--source", "field report", "--user", str(user)])  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "Testivka" in user.read_text(encoding="utf-8")


def test_a_county_is_found_by_its_short_name_too() -> None:
    found = {(c.name, c.admin1) for c in open_gazetteer().lookup("Oxford")}
    assert ("Oxford County", "Ontario") in found


def test_an_airport_lies_in_the_region_of_its_nearest_namesake_town() -> None:
    airport = next(c for c in open_gazetteer().lookup("Manhattan Regional Airport") if c.feature == "airport")
    assert airport.admin1 == "Kansas"  # not New York, home of the biggest Manhattan


def test_a_supplement_region_does_not_rename_the_state_whose_admin1_code_it_carries() -> None:
    def region(gid: str, name: str, code: str) -> PlaceRow:
        return PlaceRow(gid=gid, name=name, feature="region", country_code="US", admin1_code=code,
                        admin2_code=None, lat=37.0, lon=-120.0)  # fmt: skip

    places = [
        region("geonames:5332921", "California", "US.CA"),
        region("newsledger:northern-california", "Northern California", "US.CA"),
        region("newsledger:new-state", "New State", "US.ZZ"),
    ]
    added = frozenset({"newsledger:northern-california", "newsledger:new-state"})
    assert build_module.admin1_names(places, added) == {"US.CA": "California", "US.ZZ": "New State"}
