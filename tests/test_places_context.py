"""Resolution with the whole article as context: home state, counties, lists, abbreviations, organisations."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.geo.compat import corpus_places
from newsledger.geo.gazetteer import open_gazetteer
from newsledger.geo.mentions import Mention
from newsledger.geo.outlet import outlet_country
from newsledger.geo.recognize import find_mentions
from newsledger.geo.voters import context_voters
from newsledger.model import Article, Place
from newsledger.stages.places import extract_places


def places_in(nlp: Any, text: str) -> tuple[Place, ...]:
    return extract_places(analyze(nlp, Article(text=text)))


def voters_in(nlp: Any, text: str) -> list[Mention]:
    analysis, gazetteer = analyze(nlp, Article(text=text)), open_gazetteer()
    return context_voters(analysis, gazetteer, find_mentions(analysis, gazetteer))


def by_text(places: tuple[Place, ...], text: str) -> Place:
    return next(p for p in places if p.text == text)


def test_the_named_state_decides_lone_town_and_county_names(nlp: Any) -> None:
    places = places_in(
        nlp,
        "PARIS — The Henry County Commission voted Tuesday to fund the jail. Officials from Henry County "
        "and Benton County said Tennessee would pay half.",
    )
    assert {p.admin1 for p in places} == {"Tennessee"}
    assert by_text(places, "PARIS").country_code == "US"


def test_a_town_and_the_county_it_lies_in_agree_without_a_state(nlp: Any) -> None:
    places = places_in(nlp, "Students from Paris and Henry County toured the museum on Friday.")
    assert by_text(places, "Paris").admin1 == "Tennessee"
    assert by_text(places, "Henry County").admin1 == "Tennessee"


def test_a_list_ending_in_counties_names_counties(nlp: Any) -> None:
    places = places_in(
        nlp, "Flood warnings cover Clark, Madison and Warren counties until Friday, the weather service said."
    )
    assert {by_text(places, n).feature for n in ("Clark", "Madison", "Warren")} == {"district"}


def test_a_list_after_a_comma_is_not_the_containing_place(nlp: Any) -> None:
    places = places_in(nlp, "After stops in Washington, New York and Boston, the delegation flew home.")
    assert by_text(places, "Washington").admin1 == "District of Columbia"


def test_names_listed_together_are_places_of_one_kind(nlp: Any) -> None:
    states = places_in(
        nlp,
        "The ban covers Alabama, Arizona, Georgia, Idaho, Missouri, Nevada, Ohio, Oregon, Washington and "
        "Wyoming, the report said.",
    )
    assert {by_text(states, n).feature for n in ("Georgia", "Nevada", "Oregon", "Washington")} == {"region"}
    assert by_text(states, "Georgia").country_code == "US"
    countries = places_in(nlp, "Envoys from France, Germany and Jordan met in Rome on Monday.")
    assert by_text(countries, "Jordan").feature == "country"


def test_a_state_abbreviation_needs_its_period(nlp: Any) -> None:
    places = places_in(nlp, "Miss Butler County was crowned on Saturday in Hamilton, Ohio.")
    assert "Miss" not in {p.text for p in places}
    assert {p.admin1 for p in places} == {"Ohio"}
    jackson = places_in(nlp, "The storm hit Jackson, Miss., on Monday.")
    assert by_text(jackson, "Miss.").name == "Mississippi"


def test_an_organisation_named_after_a_place_is_not_a_place(nlp: Any) -> None:
    text = "Chairman Bob Smith of the Montgomery County Democrats said the vote was fair."
    analysis = analyze(nlp, Article(text=text))
    places = extract_places(analysis)
    assert not places
    corpus = corpus_places(analysis, places)  # the corpora count the place inside the name
    assert [p.text for p in corpus] == ["Montgomery County"]
    marshal = places_in(nlp, "The Las Vegas City Marshal arrived at noon.")
    assert [p.text for p in marshal] == []


def test_province_of_names_the_province(nlp: Any) -> None:
    places = places_in(nlp, "The Province of Ontario announced a new budget on Thursday.")
    ontario = by_text(places, "Ontario")
    assert ontario.feature == "region" and ontario.country_code == "CA"


def test_neighbouring_countries_choose_the_country_over_the_us_state(nlp: Any) -> None:
    places = places_in(
        nlp, "Georgia has not cleared the mines on its border with Azerbaijan, and Armenia is watching."
    )
    assert by_text(places, "Georgia").country_code == "GE"


def test_a_hint_on_one_mention_does_not_hold_for_the_others(nlp: Any) -> None:
    places = places_in(nlp, "Troops entered the city of Kherson. Fighting goes on in the Kherson region.")
    assert [p.feature for p in places if p.text == "Kherson"] == ["city", "region"]


def test_joined_place_names_are_two_places(nlp: Any) -> None:
    places = places_in(nlp, "Trade across the Asia-Pacific grew last year.")
    assert {p.text for p in places} == {"Asia", "Pacific"}


def test_a_state_abbreviation_without_its_period_after_a_town_is_the_state(nlp: Any) -> None:
    places = places_in(nlp, "The fire started in Paris, Ky on Sunday morning.")
    assert by_text(places, "Ky").name == "Kentucky"
    assert by_text(places, "Paris").admin1 == "Kentucky"


def test_a_region_hint_holds_against_nearby_towns_that_favour_the_city(nlp: Any) -> None:
    text = (
        "Ukrainian forces retook Izium and Kupiansk, east of Kharkiv, in September. Soldiers fire an "
        "anti-aircraft gun in Kharkiv region."
    )
    assert [p.feature for p in places_in(nlp, text) if p.text == "Kharkiv"] == ["city", "region"]


def test_a_state_in_an_organisations_name_votes_but_is_no_place(nlp: Any) -> None:
    text = (
        "An Albany man police labeled a suspected serial rapist has been taken into custody. An Albany "
        "police SWAT team and Georgia Bureau of Investigation agents raided his home on Wednesday."
    )
    places = places_in(nlp, text)
    assert {p.admin1 for p in places if p.text == "Albany"} == {"Georgia"}
    assert "Georgia" not in {p.text for p in places}  # the bureau's name, not a place of the record


def test_a_county_in_an_organisations_name_votes_unless_the_text_names_its_town(nlp: Any) -> None:
    text = (
        "The City of Paris supports the new Trees for Tomorrow project in Paris. Donations may be sent to "
        "the Edgar County Community Foundation in care of the bank in Paris."
    )
    places = places_in(nlp, text)
    assert {p.admin1 for p in places if p.text == "Paris"} == {"Illinois"}  # Edgar County's Paris
    assert "Edgar County" not in {p.text for p in places}
    assert [v.text for v in voters_in(nlp, text)] == ["Edgar County"]
    text = "The plan is unlikely to be approved by the DeKalb County Commission, officials in DeKalb said."
    assert voters_in(nlp, text) == []  # every DeKalb County holds a DeKalb: its name says nothing more


def test_a_state_at_the_end_of_an_organisations_name_votes_too(nlp: Any) -> None:
    text = (
        "Nelson residents will find it even easier to access government services with the opening of a "
        "FrontCounter BC office in their community. The opening of a FrontCounter BC in Nelson is great "
        "news, the MLA said."
    )
    places = places_in(nlp, text)
    assert {(p.country_code, p.admin1) for p in places if p.text == "Nelson"} == {("CA", "British Columbia")}
    assert "BC" not in {p.text for p in places}  # the office's name, not a place of the record


def test_the_area_of_a_town_is_a_place_but_no_hint_that_it_is_a_region(nlp: Any) -> None:
    text = "Buses took 300 volunteers from the Alexandria area to Moorhead, Minnesota, as the river rose in Fargo."
    alexandria = by_text(places_in(nlp, text), "Alexandria")
    assert (alexandria.admin1, alexandria.feature) == ("Minnesota", "town")  # not the City of Alexandria, Va.
    places = places_in(nlp, "Dog-nappers hit Lindsay area. The owner called a Cooke County deputy.")
    assert by_text(places, "Lindsay").admin1 == "Texas"  # "area" still says Lindsay is a place


def test_a_teams_home_state_and_a_sponsors_arena_say_nothing_of_where_the_article_is(nlp: Any) -> None:
    text = (
        "The Blue Jays open their season at the Rogers Centre this afternoon, fans in Toronto said. "
        "Bautista hit the home run against the Texas Rangers."
    )
    places = places_in(nlp, text)
    assert {(p.text, p.country_code) for p in places} == {("Toronto", "CA")}  # not Toronto, Ohio
    assert voters_in(nlp, text) == []  # the Rangers play wherever the story is


def test_a_province_that_dwarfs_its_namesake_town_votes_from_an_organisations_name(nlp: Any) -> None:
    text = (
        "London city council will hire outside experts to defend its rejection of a clinic in north London. "
        "Developers have appealed to the Ontario Municipal Board."
    )
    assert {p.admin1 for p in places_in(nlp, text) if p.text == "London"} == {"Ontario"}
    assert [v.text for v in voters_in(nlp, text)] == ["Ontario"]  # not Ontario, California
    assert voters_in(nlp, "Reporters at the Washington Post said so.") == []  # a state and a capital
    assert voters_in(nlp, "Volunteers waited for buses to Sandbag Central on Friday.") == []


def test_l_a_is_los_angeles_and_la_after_a_town_is_louisiana(nlp: Any) -> None:
    places = places_in(nlp, "The shooting happened in South Central L.A. on Sunday, police in L.A. said.")
    assert by_text(places, "L.A.").name == "Los Angeles"
    places = places_in(nlp, "BATON ROUGE, La. — The Legislature met on Monday in Baton Rouge, La.")
    assert any(p.name == "Louisiana" for p in places)


def test_the_state_the_article_names_most_outweighs_neighbours_it_names_once(nlp: Any) -> None:
    text = (
        "Boone County's unemployment rate rose to 7.7 percent in February, the Indiana Department of "
        "Workforce Development said. Boone County ranks 42nd of Indiana's 92 counties. Indiana's jobless "
        "rate was 9.4 percent, above the rates of Ohio and Kentucky."
    )
    county = by_text(places_in(nlp, text), "Boone County")  # the bigger Boone County is in Kentucky
    assert county.admin1 == "Indiana"


def test_two_names_that_each_favour_the_others_home_do_not_trade_places(nlp: Any) -> None:
    text = (
        "A Queensland amber alert has been issued for three children who were taken from a home in "
        "Edmonton on Tuesday. The Queensland Police Service said the children may be at significant risk."
    )
    places = places_in(nlp, text)  # a Queensland lies in Alberta, an Edmonton in Queensland
    assert {p.country_code for p in places} == {"AU"}


def test_a_town_called_x_city_may_be_the_town_x_not_only_the_city_of_that_other_name(nlp: Any) -> None:
    text = (
        "San Fernando City Councilwoman Nury Martinez wins school board seat. The solar energy measure went "
        "down to defeat Thursday as Los Angeles election officials finished their count."
    )  # GeoNames knows "San Fernando City" only as another name of two Philippine cities
    places = places_in(nlp, text)
    assert {p.admin1 for p in places} == {"California"}


def test_a_big_city_named_by_its_english_name_beats_a_small_town_of_that_name(nlp: Any) -> None:
    text = (
        "Saudi Arabia's Health Ministry said four pilgrims have died of the virus. One died in Mecca, the "
        "others in Medina."
    )  # GeoNames names them Makkah and Madinah; Medina, Ohio has the name as its own
    medina = next(p for p in places_in(nlp, text) if p.text == "Medina")
    assert medina.country_code == "SA"
    text = "Medina police arrested two men on Friday, the Medina County Sheriff's Office in Ohio said."
    medina = next(p for p in places_in(nlp, text) if p.text == "Medina")
    assert medina.admin1 == "Ohio"


def test_a_compass_part_of_a_name_is_a_part_of_a_state_or_country_not_of_a_city(nlp: Any) -> None:
    text = "A fentanyl call required the team to travel to central Washington, and then to southern Mexico."
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Washington"].feature == "region" and places["Washington"].admin1 == "Washington"
    assert places["Mexico"].feature == "country"  # not the State of México


def test_a_name_beside_its_city_named_apart_is_the_province_or_state(nlp: Any) -> None:
    text = "Quebec will cut taxes next year, the province's finance minister said in Quebec City."
    places = {p.text: p for p in places_in(nlp, text)}
    assert places["Quebec"].feature == "region" and places["Quebec City"].feature == "city"


def test_the_outlets_country_breaks_a_tie_between_namesakes(nlp: Any) -> None:
    text = "Police in Richmond said two people were injured in a crash on Saturday night."
    canadian = extract_places(analyze(nlp, Article(text=text, url="https://www.vancouversun.ca/news/local")))
    generic = extract_places(analyze(nlp, Article(text=text, url="https://news.example.com/local")))
    assert [p.admin1 for p in canadian] == ["British Columbia"]
    assert [p.admin1 for p in generic] == ["Virginia"]  # the bigger Richmond when the outlet says nothing
    text = "Firefighters were called to a blaze in Paris on Saturday, the city's fire brigade said."
    french = extract_places(analyze(nlp, Article(text=text, url="https://www.example.co.uk/news")))
    assert {p.country_code for p in french} == {"FR"}  # a tie-breaker, not a flip of the capital


def test_the_outlets_country_is_its_country_code_domain() -> None:
    assert outlet_country("https://www.bbc.co.uk/news/world-europe-1") == "GB"
    assert outlet_country("https://www.irishtimes.ie/x") == "IE"
    assert outlet_country("theage.com.au/national") == "AU"
    assert outlet_country("https://www.nytimes.com/x") is None
    assert outlet_country("https://example.tv/x") is None  # a country code sold as a generic name
    assert outlet_country(None) is None and outlet_country("http://[::1") is None
