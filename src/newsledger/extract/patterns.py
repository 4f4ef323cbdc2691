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
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
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
# Words of site furniture: sharing, accounts, consent, navigation, promotion.
CHROME_WORDS = re.compile(
    r"\b(?:share|shares|sharing|tweet|pin it|comments?|subscribe|subscription|newsletters?|cookies?|"
    r"privacy|rights reserved|sign (?:up|in)|log ?in|log ?out|register|follow (?:us|me)|advertisements?|"
    r"advertise|related|read more|read next|click here|trending|most (?:popular|read|viewed)|"
    r"recommended|you may (?:also )?like|more from|sponsored|terms of (?:use|service)|contact us|"
    r"skip to|menu|search|download|open in app|app store|watch|video|email|print|copyright|reply|"
    r"previous|next|accept|loading|close|expand all|see more|show more|load more|back to top)\b|©",
    re.IGNORECASE,
)
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
