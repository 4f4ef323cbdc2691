"""Write the `countries` table of `src/newsledger/data/actors.json` from the countryinfo package.

    .venv/bin/pip install countryinfo && .venv/bin/python scripts/build_actors.py

Only the generated `countries` table is rewritten; the curated sections (kinds, groups, aliases,
metonyms) are kept as they are. Each country: ACLED-style name, ISO 3166 numeric and alpha-2
codes, ACLED region, demonyms, capital and other names; the run time reads the JSON only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ACTORS = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "actors.json"

# ACLED's names where countryinfo's differ
NAMES = {
    "Ivory Coast": "Ivory Coast",
    "Republic of the Congo": "Republic of Congo",
    "DR Congo": "Democratic Republic of Congo",
    "Democratic Republic of the Congo": "Democratic Republic of Congo",
    "Czech Republic": "Czech Republic",
    "Macedonia": "North Macedonia",
    "Swaziland": "eSwatini",
    "Burma": "Myanmar",
    "Palestine": "Palestine",
    "Vatican City": "Vatican City",
}
CAUCASUS_CENTRAL_ASIA = {"AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"}
MIDDLE_EAST = {"TR", "IR", "IQ", "SY", "LB", "IL", "PS", "JO", "SA", "YE", "OM", "AE", "QA", "BH", "KW"}
AFRICA = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS SD TZ UG ZM ZW IO TF",
    "Southern Africa": "BW LS NA ZA SZ",
}
CENTRAL_AMERICA = {"BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"}
SOUTH_AMERICA = {"AR", "BO", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PY", "PE", "SR", "UY", "VE"}
# demonyms news uses beside countryinfo's (a demonym several countries claim goes to the most
# populous: see shared_demonyms)
DEMONYMS = {
    "US": ["American", "Americans", "U.S.", "US"],
    "GB": ["British", "Briton", "Britons", "UK", "U.K."],
    "RU": ["Russian", "Russians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "NL": ["Dutch"],
    "CN": ["Chinese"],
    "PH": ["Filipino", "Filipinos", "Philippine"],
    "AF": ["Afghan", "Afghans"],
    "SO": ["Somali", "Somalis"],
    "IL": ["Israeli", "Israelis"],
    "PS": ["Palestinian", "Palestinians"],
    "YE": ["Yemeni", "Yemenis"],
    "IQ": ["Iraqi", "Iraqis"],
    "SA": ["Saudi", "Saudis"],
    "TR": ["Turkish", "Turk", "Turks"],
    "CD": ["Congolese"],
    "KP": ["North Korean", "North Koreans"],
    "KR": ["South Korean", "South Koreans"],
    "IN": ["Indian", "Indians"],
    "FR": ["French"],
    "NO": ["Norwegian", "Norwegians"],
    "DO": ["Dominican", "Dominicans"],
}


def region(code: str, info: dict[str, Any]) -> str:
    sub = info.get("subregion") or ""
    for name, codes in AFRICA.items():
        if code in codes.split():
            return name
    if code in CAUCASUS_CENTRAL_ASIA:
        return "Caucasus and Central Asia"
    if code in MIDDLE_EAST:
        return "Middle East"
    if code in CENTRAL_AMERICA:
        return "Central America"
    if code in SOUTH_AMERICA:
        return "South America"
    table = {
        "Northern Africa": "Northern Africa",
        "Southern Asia": "South Asia",
        "South-eastern Asia": "Southeast Asia",
        "South-Eastern Asia": "Southeast Asia",
        "Eastern Asia": "East Asia",
        "Latin America and the Caribbean": "Caribbean",
        "Northern America": "North America",
        "Western Asia": "Middle East",
        "Australia and New Zealand": "Oceania",
        "Melanesia": "Oceania",
        "Micronesia": "Oceania",
        "Polynesia": "Oceania",
        "Central Asia": "Caucasus and Central Asia",
    }
    return table.get(sub, "Europe" if "Europe" in sub else "Other")


def countries() -> list[dict[str, Any]]:
    import countryinfo  # type: ignore[import-not-found]

    rows = []
    for country in countryinfo.all_countries():
        info = country.info()
        iso = info.get("ISO") or {}
        code = iso.get("alpha2")
        if not code or not info.get("name"):
            continue
        name = NAMES.get(info["name"], info["name"])
        demonyms = [d.strip() for d in (info.get("demonym") or "").split(",") if d.strip()]
        demonyms = list(
            dict.fromkeys(demonyms + [d + "s" for d in demonyms if d.endswith("an")] + DEMONYMS.get(code, []))
        )
        capital = info.get("capital") or None
        capital = capital[0] if isinstance(capital, list) and capital else capital
        alt = [a for a in info.get("altSpellings") or [] if a.isascii() and len(a) > 3 and a != name]
        rows.append({
            "name": name, "iso": int(iso.get("numeric") or 0), "iso2": code, "iso3": iso.get("alpha3") or "",
            "region": region(code, info),
            "demonyms": demonyms, "capital": capital or None, "aliases": alt,
            "population": int(info.get("population") or 0),
        })  # fmt: skip
    best: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["iso"] == 0, len(r["name"]), r["name"])):
        best.setdefault(row["iso2"], row)  # one row a code: Wales and "Palestine, State of" go
    return sorted(shared_demonyms(list(best.values())), key=lambda r: r["name"])


def shared_demonyms(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each demonym to one country: of the countries that claim it, the most populous.

    "American" is the United States', not the Northern Mariana Islands'; "French" France's, not
    Martinique's; "Indian" India's, not the British Indian Ocean Territory's.
    """
    owner: dict[str, tuple[int, str]] = {}
    for row in rows:
        for demonym in row["demonyms"]:
            key = demonym.lower()
            claim = (row["population"], row["iso2"])
            owner[key] = max(owner.get(key, claim), claim)
    return [
        {k: v for k, v in row.items() if k != "population"}
        | {"demonyms": [d for d in row["demonyms"] if owner[d.lower()][1] == row["iso2"]]}
        for row in rows
    ]


def main() -> None:
    data = json.loads(ACTORS.read_text(encoding="utf-8"))
    data["countries"] = countries()
    head = {k: v for k, v in data.items() if k != "countries"}
    text = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n  ".join(json.dumps(r, ensure_ascii=False) for r in data["countries"])
    ACTORS.write_text(f'{text},\n "countries": [\n  {rows}\n ]\n}}\n', encoding="utf-8")


if __name__ == "__main__":
    main()
