"""The outlet's country, the last cue of resolution (issue 4): a name the text leaves open between
namesakes of about the same weight is the one in the country the outlet publishes from ("Richmond" on a
.ca site is Richmond, British Columbia; on a .com site nothing changes).

The country comes from the country-code top-level domain of the article's URL (".co.uk" is the United
Kingdom, ".ie" Ireland, ".com.au" Australia). Generic domains (".com", ".org", ".news") and country codes
sold as generic names (".tv", ".io", ".co", ".me", ".fm", ".ly", ".ai") say nothing. The corpora of the
dev split carry no URLs, so `newsledger eval places` does not measure this cue; its weight (`Weights.home`)
is a tie-breaker, worth as much as a tenfold population.
"""

from __future__ import annotations

from urllib.parse import urlsplit

GENERIC = frozenset(
    ["tv", "io", "co", "me", "fm", "ly", "ai", "am", "cc", "ws", "gg", "to", "vc", "la", "nu"]
)
RENAMED = {"uk": "GB"}  # ccTLDs that are not the ISO 3166 code


def outlet_country(url: str | None) -> str | None:
    """The ISO 3166 alpha-2 code of the country whose top-level domain the URL has, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    label = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(label) != 2 or not label.isascii() or not label.isalpha() or label in GENERIC:
        return None
    return RENAMED.get(label, label.upper())
