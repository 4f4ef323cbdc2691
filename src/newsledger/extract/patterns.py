"""Regular expressions that recognise page furniture in any outlet's dump (not one site's strings)."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")
BRACKET = re.compile(r"\[[^\]]*\]")  # w3m form fields and image alt texts: "[Search]", "[logo]"
URL = re.compile(r"https?://\S+|\bwww\.\S+")
URL_ONLY = re.compile(r"^(?:https?://\S+?)+$")
URL_START = re.compile(r"https?://")
IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|svg|avif)\b", re.IGNORECASE)
HANDLE = re.compile(r"(?:^|\s)[@#]\w+")
TERMINAL = re.compile(r"[.!?…。！？][\s\"”’»)\]'*]*$")
COLON_END = re.compile(r":\s*$")
TIME_AGO = re.compile(
    r"^(?:updated\s+)?\d+\s*(?:[smhd]|sec|min|mins|hours?|hrs?|days?)\.?\s+ago\b", re.IGNORECASE
)
DATE_WORDS = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[^\W\d_a-zа-я]")
CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|image|picture|credit|getty|shutterstock|afp|ap photo|epa|"
    r"illustration|courtesy|file photo|pictured)\b",
    re.IGNORECASE,
)
# A photo credit closing a caption: "(Photo: AFP/Getty)", "Photo by Jo Bloggs/Getty Images", "Credit: EPA".
CAPTION_CREDIT = re.compile(
    r"(?:\((?:photo|image|picture|credit|pictured)s?\b[^)]*\)"
    r"|\b(?:photo|image|picture)s?\s*(?:by\b|:|credit\b)[^.!?]{2,80}|\bcredit:\s*[^.!?]{2,60}"
    r"|/\s*(?:getty(?: images)?|ap|afp|reuters|epa|shutterstock)\b[^.!?]{0,30})$",
    re.IGNORECASE,
)
# Words and phrases of site furniture: sharing, accounts, consent, navigation, promotion.
CHROME_TERMS = frozenset(
    {
        "share", "shares", "sharing", "tweet", "comment", "comments", "subscribe", "subscription",
        "newsletter", "newsletters", "cookie", "cookies", "privacy", "register", "login", "logout",
        "advertisement", "advertisements", "advertise", "related", "trending", "recommended", "sponsored",
        "menu", "search", "download", "watch", "video", "email", "print", "copyright", "reply",
        "previous", "next", "accept", "loading", "close",
    }
)  # fmt: skip
CHROME_PHRASES = (
    "pin it", "rights reserved", "sign up", "sign in", "log in", "log out", "follow us", "follow me",
    "read more", "read next", "click here", "most popular", "most read", "most viewed", "you may like",
    "you may also like", "more from", "terms of use", "terms of service", "contact us", "skip to",
    "open in app", "app store", "expand all", "see more", "show more", "load more", "back to top", "©",
)  # fmt: skip


# Consent, legal and subscription notices (matched on lower-cased text): furniture even in long paragraphs.
_NOTICE = re.compile(
    r"\bcookies?\b|\bprivacy (?:policy|notice|settings)|rights reserved|terms of (?:use|service)|©|"
    r"\b(?:subscribe|sign up|log in|register) (?:to|for|now)\b|\bnewsletters?\b|\bconsent\b|\binbox\b|"
    r"\bunsubscribe\b|\bfollow (?:us|him|her|me)\b|\bregistered trademarks?\b|\bsubscri(?:bers?|ptions?)\b|"
    r"\bfree trial\b|\bcontinue reading\b|\bunlimited (?:digital )?access\b|\bpaywall\b"
)
_NOTICE_KEYS = (
    "cookie", "privacy", "reserved", "terms of", "©", "subscribe", "sign up", "log in", "register",
    "newsletter", "consent", "inbox", "follow ", "trademark", "subscri", "trial", "continue reading",
    "unlimited", "paywall",
)  # fmt: skip
_PHRASE = re.compile("|".join(re.escape(p) for p in CHROME_PHRASES))
CREDIT_WORDS = frozenset(
    {
        "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures",
        "credit", "credits", "getty", "shutterstock", "afp", "epa", "illustration", "courtesy", "pictured",
    }
)  # fmt: skip


def is_notice(low: str) -> bool:
    """A consent, legal or subscription notice; `low` is the lower-cased text."""
    return any(k in low for k in _NOTICE_KEYS) and _NOTICE.search(low) is not None


def chrome_term_hits(low_words: set[str]) -> int:
    return len(CHROME_TERMS.intersection(low_words))


def has_chrome_words(text: str) -> bool:
    """Whether `text` uses the vocabulary of page furniture ("Share", "Sign up", "Read more", "©")."""
    low = text.lower()
    return _PHRASE.search(low) is not None or not CHROME_TERMS.isdisjoint(WORD.findall(low))


# Where reader comments start: "12 Comments", "Leave a Reply", "Jane on May 1, 2020 at 4:47 pm said:".
COMMENTS_START = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies)\s*$|^leave a (?:reply|comment)|"
    r"^(?:join|start) the (?:conversation|discussion)|^(?:add|post|write) a comment|"
    r"\bon\s.{3,40}\s(?:at\s)?\d{1,2}:\d\d\s*(?:am|pm)?\s*said:?$|\bsaid:\s*$",
    re.IGNORECASE,
)
COMMENT_HEADER = re.compile(
    r"\b(?:said|says|wrote|writes|replied)\s*:\s*$|^reply$|\b\d{1,2}:\d\d\s*(?:am|pm)\b",
    re.IGNORECASE,
)
EMBED = re.compile(r"^[—–-]\s.*\(@\w+\)|pic\.twitter\.com|\bt\.co/", re.IGNORECASE)
# A link to another story set inside the article: "Read more: ...", "Related: ...", "Watch: ...".
INLINE_PROMO = re.compile(
    r"^(?:read|see|watch|listen)(?: more| also| next)?\s*[:|–—-]|^related(?: articles?| stories| coverage"
    r"| content| reading)?\s*:|^more\s*:|^also read\b",
    re.IGNORECASE,
)
# A bare timestamp, as live blogs print over each entry: "14.02 GMT", "Updated at 13:52".
TIME_ONLY = re.compile(
    r"^(?:(?:updated|posted|published)(?: at)?\s*)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$",
    re.IGNORECASE,
)
# The page footer's copyright line: the article cannot go on past it.
FOOTER = re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
