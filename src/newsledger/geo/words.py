"""Words that tell what a capitalized name next to them is: a region, a settlement, an organisation, a
facility or street, a qualifier, or the glue of a list of names."""

from __future__ import annotations

PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
REGION_WORDS = frozenset(
    [
        "region",
        "oblast",
        "province",
        "state",
        "county",
        "district",
        "governorate",
        "prefecture",
        "territory",
        "krai",
        "raion",
        "department",
        "canton",
        "area",
    ]
)
# the gazetteer's features of settlements (cities500 places, by population)
SETTLEMENT_FEATURES = frozenset({"city", "town", "village"})
SETTLEMENT_WORDS = frozenset(["city", "town", "village", "settlement", "capital", "port", "hamlet", "suburb"])
LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "outside",
        "across",
        "into",
        "around",
        "towards",
        "toward",
        "inside",
        "through",
        "via",
        "between",
        "of",
    ]
)
ORG_HEADS = frozenset(
    [
        "fleet",
        "times",
        "post",
        "institute",
        "university",
        "college",
        "council",
        "police",
        "department",
        "club",
        "fc",
        "united",
        "airlines",
        "bank",
        "group",
        "company",
        "news",
        "journal",
        "herald",
        "tribune",
        "school",
        "hospital",
        "army",
        "navy",
        "party",
        "association",
        "society",
        "committee",
        "board",
        "court",
        "church",
        "museum",
        "league",
        "agency",
        "ministry",
        "office",
        "service",
        "services",
        "foundation",
        "corporation",
        "inc",
        "ltd",
        "telegraph",
        "guardian",
        "observer",
        "chronicle",
        "gazette",
        "star",
        "sun",
        "mirror",
        "express",
        "independent",
        "review",
        "magazine",
        "radio",
        "tv",
        "television",
        "academy",
        "centre",
        "center",
        "prize",
        "festival",
        "games",
        "cup",
        "assembly",
        "parliament",
        "senate",
        "government",
        "administration",
    ]
)
STRIP_LEFT = frozenset(
    [
        "the",
        "The",
        "THE",
        "pro",
        "anti",
        "-",
    ]
)
# a legislator's party before the seat: "Vicki Lensing, D-Iowa City"
PARTIES = frozenset(["D", "R", "I", "DFL"])
FACILITY_WORDS = frozenset(
    ["jail", "courthouse", "center", "centre", "hall", "airport", "city", "station", "hospital",
     "river", "lake", "bridge", "harbor", "harbour", "port", "mall", "stadium", "arena", "square", "civic",
     "-", "+"]
)  # fmt: skip
QUALIFIERS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
     "northwest", "southeast", "southwest", "far", "upper", "lower", "greater", "downtown", "rural", "mid",
     "historic"]
)  # fmt: skip
COMPASS = frozenset(
    [
        "west",
        "east",
        "north",
        "south",
        "western",
        "eastern",
        "northern",
        "southern",
        "midwest",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)
PLURAL_REGION_WORDS = frozenset(
    ["counties", "provinces", "regions", "states", "oblasts", "districts", "parishes", "prefectures"]
)
LIST_GLUE = frozenset([",", "and", "or", "&"])
STREET_WORDS = frozenset(
    ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "highway",
     "parkway", "square", "plaza", "place", "court", "ct", "circle", "trail", "route", "bridge", "fields",
     "valley", "hills", "heights", "island", "islands", "beach", "bay", "creek", "canyon", "mountain",
     "mountains", "forest", "falls", "springs", "township", "twp", "village", "cathedral", "church"]
)  # fmt: skip
# last words of names of natural features and unions: "the Bohai Sea", "Neches River", "Soviet Union"
GEOGRAPHIC_TAILS = frozenset(
    ["river", "lake", "sea", "ocean", "gulf", "strait", "canal", "peninsula", "desert", "union"]
)
# verbs whose object is a place when it is a town's name ("shelled Bakhmut", "liberated Balakliia")
WAR_VERBS = frozenset(
    ["shell", "bomb", "bombard", "strike", "attack", "capture", "seize", "retake", "recapture", "liberate",
     "encircle", "surround", "storm", "occupy", "besiege", "raid", "overrun", "evacuate", "shelled",
     "struck", "captured", "liberated", "bombed", "annex", "invade", "hit", "target", "pound"]
)  # fmt: skip
# Words by which a text calls a name a place (`mentions.named_a_place`): "the town of X", "the X area",
# "X, a valley"; service districts ("X School District") are bodies, not places.
NAMING_WORDS = SETTLEMENT_WORDS | {
    "neighborhood", "neighbourhood", "district", "hilltop", "hill", "area", "slope", "slopes", "valley",
    "villages", "towns", "cities", "neighborhoods", "neighbourhoods", "districts", "settlements",
    "outskirts", "countryside", "province", "governorate", "island", "mountains",
}  # fmt: skip
LANDFORMS = frozenset(
    ["valley", "hilltop", "hill", "mountain", "island", "suburb", "district", "neighbourhood", "neighborhood"]
)
AREA_WORDS = frozenset(
    ["area", "areas", "district", "districts", "neighborhood", "neighborhoods", "neighbourhood",
     "neighbourhoods", "village", "villages", "town"]
)  # fmt: skip
SERVICE_WORDS = frozenset(
    ["school", "fire", "water", "sanitation", "hospital", "police", "conservation", "improvement", "sewer",
     "transit", "library", "park", "utility", "education", "business", "historic"]
)  # fmt: skip
