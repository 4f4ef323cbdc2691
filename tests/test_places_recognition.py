"""Recognition details of the places stage on real-style sentences: names the model mislabels or
spells unusually, qualifiers, facilities, people's names, coordination the parser misses."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.geo.compat import corpus_places
from newsledger.model import Article, Place
from newsledger.stages.places import extract_places


def places_in(nlp: Any, text: str) -> tuple[Place, ...]:
    return extract_places(analyze(nlp, Article(text=text)))


def texts(places: tuple[Place, ...]) -> set[str]:
    return {p.text for p in places}


def test_camel_case_names_are_places(nlp: Any) -> None:
    places = places_in(nlp, "Repairs were completed on a water main break in north DeKalb on Tuesday.")
    assert "DeKalb" in texts(places)


def test_a_surname_of_a_person_named_in_full_is_not_a_place(nlp: Any) -> None:
    text = (
        'Scott West wrestling coach Darren Ripley was pleased. "We got a good team effort," said coach '
        "Ripley. Ripley added that the team will travel to Omaha next week."
    )
    found = texts(places_in(nlp, text))
    assert "Ripley" not in found
    assert "Omaha" in found


def test_a_big_place_stays_a_place_when_a_person_entity_ends_with_it(nlp: Any) -> None:
    text = "Losing Kherson is a blow for Moscow. Ukrainian troops entered Kherson on Friday."
    places = [p for p in places_in(nlp, text) if p.text == "Kherson"]
    assert places and all(p.country_code == "UA" for p in places)


def test_a_qualified_region_resolves_to_the_region_it_qualifies(nlp: Any) -> None:
    text = "Most school systems in Northeast Georgia are reviewing their policies, officials in Atlanta said."
    georgia = next(p for p in places_in(nlp, text) if "Georgia" in p.text)
    assert georgia.name == "Georgia" and georgia.country_code == "US"


def test_a_qualified_abbreviation_resolves_but_a_qualified_english_word_is_no_small_place(nlp: Any) -> None:
    text = (
        "Police said the shooting happened in Northwest D.C. on Friday. Crime rose in South L.A. last year."
    )
    found = {p.text: p for p in places_in(nlp, text)}
    assert found["D.C."].name == "District of Columbia" and found["L.A."].name == "Los Angeles"
    text = (
        "Reporters waited outside the West Wing while the ferry sailed round the North Island of New Zealand."
    )
    names = {p.name for p in places_in(nlp, text)}
    assert "Wing" not in names and "Iceland" not in names


def test_an_unknown_name_the_article_also_writes_as_an_organisation_is_no_place(nlp: Any) -> None:
    text = (
        "Linda Daily, director at United Way of America, spoke in Atlanta. United Way officials hope to "
        "submit a proposal by the end of the year. The Macdonald-Cartier International Airport said flights "
        "resumed, and Macdonald-Cartier International Airport reopened its runway."
    )
    found = texts(places_in(nlp, text))
    assert "United Way" not in found and "Atlanta" in found
    assert "Macdonald-Cartier International Airport" in found


def test_neighbouring_mentions_that_spell_one_known_place_are_one_place(nlp: Any) -> None:
    text = (
        "He learned of the position taken by Trinidad and Tobago, which was represented by its ambassador. "
        "Work on the river in Baja California will start in 10 days. Shelling hit Donetsk and Luhansk."
    )
    found = {p.text: p for p in places_in(nlp, text)}
    assert found["Trinidad and Tobago"].country_code == "TT"
    assert found["Baja California"].country_code == "MX"
    assert {"Donetsk", "Luhansk"} <= set(found)  # two places of a list stay two


def test_two_countries_run_together_are_two_places_but_a_regions_own_name_is_one(nlp: Any) -> None:
    found = texts(places_in(nlp, "Migrants arrived in Greece Italy and Spain this year."))
    assert {"Greece", "Italy", "Spain"} <= found
    found = texts(places_in(nlp, "Officials from Papua New Guinea and Guinea Bissau met in Lisbon."))
    assert {"Papua New Guinea", "Guinea Bissau"} <= found


def test_a_facility_named_after_a_county_is_placed_in_the_county(nlp: Any) -> None:
    text = "The suspect was taken to the Henderson County Jail in Kentucky."
    county = next(p for p in places_in(nlp, text) if p.text.startswith("Henderson"))
    assert county.text == "Henderson County" and county.country_code == "US"


def test_a_place_coordinated_with_a_place_is_found_when_the_parse_misses_it(nlp: Any) -> None:
    text = (
        "Ukraine is now bearing down on the cities of Svatove and Kreminna - strategic waypoints on "
        "the way to Severodonetsk."
    )
    kreminna = next(p for p in places_in(nlp, text) if p.text == "Kreminna")
    assert kreminna.country_code == "UA" and kreminna.lat is not None


def test_corpus_view_adds_places_leading_organisation_names_but_the_record_does_not(nlp: Any) -> None:
    text = "The Texas Rangers beat the Boston Red Sox in Arlington, Texas."
    analysis = analyze(nlp, Article(text=text))
    record = extract_places(analysis)
    corpus = corpus_places(analysis, record)
    start = text.index("Texas Rangers")
    assert not any(p.span.start == start for p in record)
    assert any(p.span.start == start and p.text == "Texas" and p.country_code == "US" for p in corpus)


def test_an_unknown_street_of_no_named_city_is_kept_without_a_point_and_says_why(nlp: Any) -> None:
    text = "The parade moved down Frenchmen Street on Sunday."
    street = next(p for p in places_in(nlp, text) if "Street" in p.text)
    assert street.lat is None and street.name is None and street.reason


def test_an_upper_case_dateline_is_the_place_the_report_comes_from(nlp: Any) -> None:
    text = "Budget talks resume\n\nTORRINGTON — City Council tentatively approved several budget changes."
    torrington = next(p for p in places_in(nlp, text) if p.text == "TORRINGTON")
    assert torrington.name == "Torrington" and torrington.country_code == "US"
    assert "BEIRUT" in texts(
        places_in(nlp, "Talks stall. BEIRUT (AP) — Lebanon said on Monday it would reply.")
    )


def test_a_town_tagged_as_a_person_is_a_place_after_in(nlp: Any) -> None:
    places = places_in(
        nlp, "Wildfire smoke lingered in Klamath Falls on Monday, and residents stayed indoors."
    )
    assert next(p for p in places if p.text == "Klamath Falls").admin1 == "Oregon"


def test_a_surname_the_model_calls_a_person_is_not_a_place_after_from(nlp: Any) -> None:
    text = "A letter from Wilson said the plan was sound. Wilson later resigned, and Wilson moved away."
    assert "Wilson" not in texts(places_in(nlp, text))


def test_a_town_the_model_calls_a_person_each_time_it_follows_in_is_a_place(nlp: Any) -> None:
    text = (
        "No one injured in Newberry home invasion. A shot fired into the floor during a home invasion "
        "robbery in Newberry on Friday night may have been accidental."
    )
    assert [p.text for p in places_in(nlp, text)] == ["Newberry", "Newberry"]


def test_a_big_city_the_model_takes_for_a_date_is_a_place(nlp: Any) -> None:
    text = "The stowaway found on a train that travelled from Winnipeg to Edmonton on Sunday is their pet."
    assert {"Winnipeg", "Edmonton"} <= texts(places_in(nlp, text))


def test_a_small_place_name_that_speaks_is_a_person_but_a_country_speaks_for_its_government(nlp: Any) -> None:
    text = '"The police have failed her," said Noma. Noma works as a domestic worker in Cape Town.'
    assert texts(places_in(nlp, text)) == {"Cape Town"}
    assert "Britain" in texts(places_in(nlp, '"We will respond," Britain said on Monday.'))


def test_a_town_before_a_noun_for_its_people_or_police_is_a_place(nlp: Any) -> None:
    text = (
        "A Gainesville man was charged Tuesday with burglary. Roselle police said the car had been stolen "
        "from a driveway."
    )
    found = texts(places_in(nlp, text))
    assert {"Gainesville", "Roselle"} <= found


def test_a_persons_home_after_of_is_a_place(nlp: Any) -> None:
    text = "The driver, Mark Ellison, 42, of Grovetown, was taken to a hospital with minor injuries."
    assert "Grovetown" in texts(places_in(nlp, text))


def test_a_legislators_seat_after_the_party_is_a_place_even_a_bare_county(nlp: Any) -> None:
    text = "The bill was sponsored by Delegate Anne Carter, D-Braxton, and Sen. Paul Reed, R-Wooster."
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Braxton"].name == "Braxton County"
    assert "Wooster" in places


def test_bare_county_names_listed_before_counties_are_places(nlp: Any) -> None:
    text = "Jobless rates fell in Clarke, Madison and Oconee counties last month, the state said."
    places = {p.text: p for p in places_in(nlp, text)}
    assert {"Clarke", "Madison", "Oconee"} <= set(places)
    assert places["Oconee"].name == "Oconee County"


def test_a_surname_before_family_is_no_place(nlp: Any) -> None:
    text = "The Wilson family thanked the volunteers who searched for their dog."
    assert "Wilson" not in texts(places_in(nlp, text))


def test_a_surname_that_is_only_another_name_of_a_city_is_a_person(nlp: Any) -> None:
    text = (
        "Charlie Chen, 48, was accused in an indictment filed in Boston. Chen was charged with three "
        "counts of securities fraud, and a lawyer for Chen could not be reached."
    )
    found = texts(places_in(nlp, text))
    assert "Chen" not in found and "Boston" in found


def test_a_place_name_inside_a_persons_full_name_is_not_a_place(nlp: Any) -> None:
    text = (
        "Polk County commissioners met on Monday. Glenn Polk, who owns a car dealership on the highway, "
        "said business is not bad at all."
    )
    places = places_in(nlp, text)
    start = text.index("Glenn Polk") + len("Glenn ")
    assert "Polk County" in texts(places)
    assert not any(p.span.start == start for p in places)


def test_a_name_the_text_calls_a_town_is_a_place_whatever_the_tagger_says(nlp: Any) -> None:
    text = (
        "The explosion struck just north of the town of Tuz Khurmatu, 175 kilometres from the capital. "
        "Five civilians were killed in barrel bomb attacks on the neighborhood of Almaqamat."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Tuz Khurmatu"].country_code == "IQ"  # tagged a person
    unknown = places["Almaqamat"]  # tagged an organisation, and in no gazetteer
    assert unknown.lat is None and unknown.reason


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Twelve people were killed in a car bombing in the Al-Maalif neighbourhood before the curfew.",
         "Al-Maalif"),
        # after a place word, the name counts its words, not its tokens: two words, four tokens
        ("Several fighters stormed the army's defenses at the southern slope of Tal Al-Bardah on Friday.",
         "Tal Al-Bardah"),
    ],
)  # fmt: skip
def test_a_hyphenated_arabic_name_is_one_word_not_a_place_and_more(nlp: Any, text: str, name: str) -> None:
    assert name in texts(places_in(nlp, text))


def test_names_the_text_calls_areas_hilltops_or_key_towns_are_places(nlp: Any) -> None:
    text = (
        "The army launched a new offensive on Sunday, targeting the Sheikh Lufti area near the airport. "
        "Rebels attacked the strategic hilltop of Tal Sukeek and the key town of Ibta. "
        "Huge protests also took place in Hama's Hamidiyeh and Bab Qubli neighborhoods."
    )
    found = texts(places_in(nlp, text))
    assert {"Sheikh Lufti", "Tal Sukeek", "Ibta", "Hamidiyeh", "Bab Qubli"} <= found


def test_a_hyphenated_name_the_tagger_calls_an_organisation_is_one_place(nlp: Any) -> None:
    text = "Gunmen killed eight people in a mostly Shia neighbourhood in the village of Al-Dalwa on Monday."
    found = texts(places_in(nlp, text))
    assert "Al-Dalwa" in found
    assert "Shia" not in found  # a neighbourhood of Shia people is no place named Shia


def test_more_ways_a_text_calls_a_name_a_place(nlp: Any) -> None:
    sentences = {
        "The army targeted the key town of Kabbani in the Jabal Al-Akrad region.": "Kabbani",
        "Gunmen have shot dead an official in Maryin Gubay, a small town in southern Somalia.": "Maryin Gubay",
        "Another bomb in Baghdad's neighborhood of Abu Dashir killed three people.": "Abu Dashir",
        "An elder was killed by gunmen in Mohammad Agha District of eastern Logar Province.": "Mohammad Agha",
        "Rebels burned Mabanga village in Ituri province.": "Mabanga",
    }
    for text, name in sentences.items():
        assert any(t.startswith(name) for t in texts(places_in(nlp, text))), text


def test_a_people_or_a_place_word_that_only_modifies_is_no_call(nlp: Any) -> None:
    text = (
        "A series of car bombs has hit several mostly Shi'i neighbourhoods in Baghdad. "
        "The motion was tabled by Harriet Winslow, a town councillor."
    )
    found = texts(places_in(nlp, text))
    assert "Shi'i" not in found
    assert "Harriet Winslow" not in found


def test_lists_after_a_plural_place_word_and_modified_place_words_call_names_places(nlp: Any) -> None:
    sentences = {
        "The rebels' assault succeeded in capturing the villages of Qal'ajiyah, Alhumayra and Zorba.": {
            "Qal'ajiyah",
            "Alhumayra",
        },
        "A column of 60 insurgents killed its commander in the mountain town of Ocobamba.": {"Ocobamba"},
        "Fighters took back Wadi Barada, a valley overlooked by military positions.": {"Wadi Barada"},
    }
    for text, names in sentences.items():
        assert names <= texts(places_in(nlp, text)), text


def test_hyphenated_names_join_unless_they_join_two_places_or_a_party_and_a_seat(nlp: Any) -> None:
    found = texts(
        places_in(nlp, "Fighting flared again in Nagorno-Karabakh and in Saxony-Anhalt, officials said.")
    )
    assert {"Nagorno-Karabakh", "Saxony-Anhalt"} <= found
    found = texts(places_in(nlp, "The airline postponed the Washington-Moscow route last year."))
    assert {"Washington", "Moscow"} <= found
    found = texts(places_in(nlp, 'Senate Tax Chairman Tom Bakk, DFL-Cook, said a "lion\'s share" was gone.'))
    assert "Cook" in found


def test_people_and_bodies_next_to_place_words_are_no_places(nlp: Any) -> None:
    text = (
        '"It is a substantial building," said Diane Harris, the city\'s planning and zoning director. '
        "Jamie Smirz, the city's special projects coordinator, said the goal is clear. "
        "The Laurel County School District will vote on Monday."
    )
    found = texts(places_in(nlp, text))
    assert not {"Diane Harris", "Jamie Smirz", "Laurel County School District"} & found


def test_the_state_of_a_place_names_the_place_and_anchors_its_towns(nlp: Any) -> None:
    text = (
        "Dublin Arts Council awards community arts grants to three local groups in Dublin. "
        "Organizations must be registered with the State of Ohio as a non-profit organization to apply."
    )
    places = places_in(nlp, text)
    assert "Ohio" in texts(places)
    dublin = next(p for p in places if p.text == "Dublin")
    assert dublin.country_code == "US"  # Dublin, Ohio, not Ireland's capital


def test_a_name_the_text_calls_a_city_is_a_place_whatever_the_tagger_reads(nlp: Any) -> None:
    # the tagger reads "Homs" as a plural noun, "Palmyra" as a person's name behind a hyphenated modifier
    text = (
        "Government forces seized the historic Khalid bin al-Waleed mosque in the city of Homs. "
        "The recently-liberated ancient city of Palmyra is hosting a triumphal concert."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Homs"].country_code == "SY"
    assert places["Palmyra"].country_code == "SY"


def test_an_island_the_gazetteer_lacks_gets_no_namesake_towns_point(nlp: Any) -> None:
    text = (
        "More than 2,000 people died after an earthquake and a tsunami hit the Indonesian island of Flores "
        "on Saturday. The wave ravaged a 100km stretch of Flores's northern coast."
    )
    flores = [p for p in places_in(nlp, text) if p.text == "Flores"]
    assert flores and all(p.lat is None for p in flores)  # not Flores, Pernambuco, nor Timon, Brazil
    assert flores[0].reason == "no island Flores in the gazetteer"


def test_an_island_of_the_curated_supplement_is_the_island(nlp: Any) -> None:
    text = (
        "More than 650 people died after a tsunami hit the Indonesian island of Java on Monday. "
        "The wave ravaged a 200km stretch of Java's southern coast."
    )
    java = [p for p in places_in(nlp, text) if p.text == "Java"]
    assert java and all(p.feature == "island" and p.country_code == "ID" for p in java)


def test_a_facility_said_to_be_in_another_town_is_not_named_after_a_town(nlp: Any) -> None:
    text = "Silva was shot in the chest and later pronounced dead at Highland Hospital in Oakland."
    found = texts(places_in(nlp, text))
    assert "Highland" not in found  # no town called Highland: a hospital in Oakland
    assert "Oakland" in found


def test_an_unknown_name_the_model_calls_a_place_stays_only_where_the_text_places_it(nlp: Any) -> None:
    # the model tags "Dropbox" and "Pawlenty" GPE; nothing around them says place
    text = (
        "It's been a few years since Dropbox first started talking about Smart Sync. Pawlenty often has "
        "said he will veto tax increases."
    )
    assert not {"Dropbox", "Pawlenty"} & texts(places_in(nlp, text))
    kibera = next(
        p for p in places_in(nlp, "Aid workers in Kibera said the clinic had run out.") if p.text == "Kibera"
    )
    assert kibera.lat is None and kibera.reason == "not in the gazetteer"  # an unknown place, kept


def test_an_english_word_is_no_town_whose_name_it_spells_without_accents(nlp: Any) -> None:
    text = "She was a fervent believer in God and his power, her mother said."  # Göd is in Hungary
    assert "God" not in texts(places_in(nlp, text))


def test_a_village_the_model_mistakes_for_a_people_or_an_adjective_is_still_a_village(nlp: Any) -> None:
    text = (
        "At least 21 people were killed in two separate Boko Haram attacks on Akida village near the key "
        'city of Maiduguri. "Fulani herders reported attacked Bemal village, located more than 50 km from '
        "Paoua. The Shia neighbourhood was quiet."
    )
    found = texts(places_in(nlp, text))
    assert {"Akida", "Bemal"} <= found  # tagged NORP and ADJ
    assert "Shia" not in found


def test_a_city_the_model_takes_for_a_language_or_a_people_is_a_place(nlp: Any) -> None:
    text = (
        "The Syrian Armed Forces launched a new assault inside the Al-Malaah Farms of northern Aleppo. "
        "The Islamic State launched an assault at the Kuweires Military Airport area of east Aleppo."
    )
    aleppo = [p for p in places_in(nlp, text) if p.text == "Aleppo"]  # tagged LANGUAGE, then NORP
    assert len(aleppo) == 2 and all(p.country_code == "SY" for p in aleppo)


def test_a_named_site_takes_the_point_of_the_town_it_is_said_to_be_in(nlp: Any) -> None:
    text = (
        "Doctors gathered in front of the Al-Quds Hospital in Aleppo. Workers protested outside the U.S. "
        "Embassy, demanding compensation."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    hospital = places["Al-Quds Hospital"]
    assert hospital.feature == "hospital" and hospital.reason == "approximate: point of Aleppo"
    assert (hospital.lat, hospital.lon) == (places["Aleppo"].lat, places["Aleppo"].lon)
    assert "U.S. Embassy" not in places  # the country's embassy, wherever it stands


def test_the_unknown_place_forces_entered_or_a_village_after_an_ayn_is_still_a_place(nlp: Any) -> None:
    text = (
        "Earlier this morning, the YPG and SDF reportedly entered Kafr Naya after the army withdrew from "
        "the village. ISIS began their assault at the imperative village of ‘Ayishah on Thursday. Mrs "
        "Haley also strongly attacked Mr Trump's proposal."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Kafr Naya"].lat is None  # the gazetteer lacks it: a place with no point
    assert "Ayishah" in places
    assert "Mr Trump" not in places


def test_an_unknown_sea_and_a_place_after_in_keep_their_names(nlp: Any) -> None:
    text = (
        "Patrol boats from the coastal city of Tianjin are patrolling the Bohai Sea. Two men shot a cleric "
        "as he was leaving the Masjid Bilal mosque in Likoni."
    )
    found = texts(places_in(nlp, text))
    assert {"Bohai Sea", "Likoni"} <= found  # "Bohai" alone is no place; "Likoni" ends like "Iraqi"


def test_a_site_the_model_calls_a_facility_stays_unless_a_country_owns_it(nlp: Any) -> None:
    text = (
        "Rebels are expected to launch a new offensive to capture the Al-Zara Power Plant from the Syrian "
        "Arab Army. Protesters gathered outside the Russian Embassy."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Al-Zara Power Plant"].lat is None  # no town named with it: no point
    assert "Russian Embassy" not in places


def test_a_village_the_gazetteer_lacks_is_placed_near_the_town_named_before_it(nlp: Any) -> None:
    text = (
        "Cholera has broken out around Makurdi, the capital of Benue State, with most new cases in "
        "Torkula village and in Guma Local Government Area."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    makurdi = places["Makurdi"]
    for name in ("Torkula village", "Guma Local Government Area"):
        place = places[name]
        assert (place.lat, place.lon) == (makurdi.lat, makurdi.lon)
        assert place.reason == "approximate: near Makurdi, named before it"
        assert place.gazetteer_id is None and place.confidence < makurdi.confidence / 2


def test_a_village_said_to_be_in_a_county_takes_the_county_not_the_town_before_it(nlp: Any) -> None:
    text = (
        "Bird flu was found in turkeys on a farm near Halesworth in Suffolk, England. A year earlier the "
        "virus was found in a swan in the village of Cellardyke in Fife, Scotland."
    )
    places = {p.text: p for p in places_in(nlp, text)}
    cellardyke, fife = places["Cellardyke"], places["Fife"]
    assert (cellardyke.lat, cellardyke.lon) == (fife.lat, fife.lon)
    assert cellardyke.reason == "approximate: point of Fife"


def test_an_unknown_village_far_from_any_named_town_keeps_a_null_point(nlp: Any) -> None:
    text = (
        "Officials in Makurdi said the outbreak was under control. "
        + "The disease spreads in water. " * 12
        + "Residents of Torkula village said the clinic had no medicine."
    )
    place = next(p for p in places_in(nlp, text) if p.text == "Torkula village")
    assert place.lat is None and place.reason == "not in the gazetteer"


def test_an_unknown_court_or_district_takes_the_point_of_the_known_place_in_its_name(nlp: Any) -> None:
    text = (
        "Jordan Smith, 26, of Kansas City, Kan., was charged Monday in Wyandotte County District Court "
        "with aggravated battery."
    )
    court = next(p for p in places_in(nlp, text) if p.text == "Wyandotte County District Court")
    text = "Horses were quarantined at Randwick and in North-Western Sydney, New South Wales officials said."
    sydney = next(p for p in places_in(nlp, text) if p.text == "North-Western Sydney")
    assert court.admin1 == "Kansas" and abs(court.lat - 39.1) < 0.2 and abs(court.lon + 94.8) < 0.2
    assert court.reason == "approximate: point of Wyandotte County, named in its name"
    assert court.gazetteer_id is None and court.confidence <= 0.5
    assert sydney.country_code == "AU" and sydney.reason == "approximate: point of Sydney, named in its name"


def test_a_street_named_after_a_town_is_not_put_in_that_town(nlp: Any) -> None:
    text = (
        "Police closed Hampton Avenue on Tuesday after a water main broke, the city's water department said."
    )
    street = next((p for p in places_in(nlp, text) if p.text == "Hampton Avenue"), None)
    assert street is None or street.lat is None  # not at Hampton, Virginia


def test_a_dash_between_spaces_ends_a_place_name(nlp: Any) -> None:
    text = (
        "Outbreaks are likely to spread to Central Africa - Nigeria, Cameroon and Chad - in the next weeks."
    )
    nigeria = next(p for p in places_in(nlp, text) if p.text == "Nigeria")
    assert nigeria.country_code == "NG" and nigeria.feature == "country"


def test_a_legislators_party_letter_is_no_part_of_the_seat(nlp: Any) -> None:
    text = "Sen. Rich Olive, D-Story City, and Rep. Vicki Lensing, D-Iowa City, chair the committee."
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Iowa City"].admin1 == "Iowa" and places["Story City"].admin1 == "Iowa"


def test_a_town_the_model_cuts_in_two_entities_is_one_place(nlp: Any) -> None:
    text = (
        "On March 17, a Navarro County jury found the defendant, Kandace Yancy Marriott, 52, of Gun Barrel "
        "City, guilty of engaging in organized crime."
    )  # "Gun" and "Barrel City" are two entities to the model
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Gun Barrel City"].admin1 == "Texas"


def test_a_disease_a_case_party_a_numero_and_a_bodys_acronym_are_no_places(nlp: Any) -> None:
    text = (
        "Two more cases of West Nile virus were reported in Hammond, Indiana. The case is U.S. v. Chen, "
        "U.S. District Court, District of Massachusetts, No. 18-cr-10083."
    )
    found = texts(places_in(nlp, text))
    assert {"Hammond", "Indiana", "Massachusetts"} <= found
    assert not found & {"Nile", "West Nile", "Chen", "No"}
    text = "The Ministry of Defence (MoD) has named the serviceman who died in Syria. The MoD said he was 33."
    assert texts(places_in(nlp, text)) == {"Syria"}  # not Maud, Texas


def test_the_government_a_stance_is_for_or_against_is_an_actor(nlp: Any) -> None:
    text = "Russian state media and pro-Kremlin war hawks defended the withdrawal from pro-Russian towns."
    places = places_in(nlp, text)  # the model tags "pro-Kremlin" a person; "pro-Russian" is a people's
    assert [(p.text, p.role) for p in places] == [("Kremlin", "actor")]


def test_a_country_or_union_written_as_its_acronym_is_a_place_whatever_the_tagger_says(nlp: Any) -> None:
    text = "EU leaders met in Brussels as aid reached the DPRK. Trade with the UAE grew, the bank said."
    places = {p.text: p for p in places_in(nlp, text)}  # the model tags all three as organisations
    assert places["EU"].name == "European Union" and places["EU"].role == "actor"
    assert places["DPRK"].country_code == "KP"
    assert places["UAE"].country_code == "AE"


def test_a_name_after_a_locative_and_a_compass_word_is_a_place_whatever_the_tagger_says(nlp: Any) -> None:
    text = "Government forces have retaken most of the towns and villages in eastern Ghouta."
    ghouta = next(p for p in places_in(nlp, text) if p.text == "Ghouta")  # tagged an organisation
    assert ghouta.name == "Eastern Ghouta" and ghouta.country_code == "SY"


def test_a_place_the_model_takes_for_a_person_does_not_make_its_town_a_surname(nlp: Any) -> None:
    text = (
        "Greer, South Carolina. Downtown Greer, known locally as Greer Station, has become a destination. "
        "Greer Station has more than 40 buildings on the historic register. New shops opened in Greer "
        "this year."
    )
    greer = [p for p in places_in(nlp, text) if p.text == "Greer"]  # "Greer Station" is tagged a person
    assert len(greer) == 5 and all(p.admin1 == "South Carolina" for p in greer)


def test_two_towns_the_model_joins_into_one_organisation_by_or_are_two_places(nlp: Any) -> None:
    text = (
        "The suspect is believed to be travelling south to Ingham or Townsville in a white sedan with "
        "Queensland registration."
    )
    places = {p.text: p for p in places_in(nlp, text)}  # "Ingham or Townsville" is one ORG to the model
    assert places["Ingham"].country_code == places["Townsville"].country_code == "AU"


def test_a_name_the_model_tags_only_by_its_last_word_is_the_whole_known_name(nlp: Any) -> None:
    text = "A fifth of the children in camps near Goz Beida were suffering from acute malnutrition."
    place = next(p for p in places_in(nlp, text) if "Beida" in p.text)  # the model tags only "Beida"
    assert place.text == "Goz Beida" and place.country_code == "TD"


def test_a_name_the_model_tags_only_by_its_first_word_is_the_whole_but_not_an_organisations(
    nlp: Any,
) -> None:
    text = (
        "Officials in the U.S. Virgin Islands said the storm had passed. Members of the Dublin City "
        "Council met on Monday in Dublin, Ohio."
    )
    places = {p.text: p for p in places_in(nlp, text)}  # the model tags only "U.S."
    assert places["U.S. Virgin Islands"].country_code == "VI"
    assert "Dublin City" not in places and places["Dublin"].admin1 == "Ohio"
