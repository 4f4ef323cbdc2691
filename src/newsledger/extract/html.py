"""HTML pages through trafilatura: body paragraphs, title, outlet, authors, date, captions, images.

trafilatura runs offline on the given markup (it never fetches), without its signal-based
timeout, and with a fixed upper bound for date search so the result does not depend on
the day it runs. Reader comments are left out: they are not the article.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import urljoin

from newsledger.model import Article, Caption

_SPACE = re.compile(r"\s+")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "max_date": "2100-12-31"}


def extract_html(html: str, *, url: str | None = None) -> Article:
    """The article in an HTML page (empty text when trafilatura finds no body)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=dict(_DATE_PARAMS),
        prune_xpath="//noscript",  # "enable JavaScript" notices are never the article
        config=_config(),
    )
    found: dict[str, Any] = doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc or {}
    title = _clean(found.get("title"))
    text = body_text(found.get("text") or "", title)
    from newsledger.extract import paragraph_spans

    base = url or found.get("url")
    captions = figure_captions(html, base)
    images = tuple(dict.fromkeys(filter(None, [found.get("image"), *(c.image for c in captions)])))
    return Article(
        text=text,
        title=title,
        outlet=_clean(found.get("sitename")),
        authors=tuple(a for a in _AUTHOR_SPLIT.split(found.get("author") or "") if a),
        published=_iso_date(found.get("date")),
        paragraphs=paragraph_spans(text),
        captions=captions,
        images=images,
        url=base,
        extractor="html",
    )


def body_text(text: str, title: str | None = None) -> str:
    """trafilatura's lines as paragraphs separated by a blank line, without a leading copy of the title."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and _SPACE.sub(" ", lines[0]).casefold() == title.casefold():
        lines = lines[1:]
    return "\n\n".join(lines)


def figure_captions(html: str, base: str | None) -> tuple[Caption, ...]:
    """`<figcaption>` texts, each with the image of its `<figure>`."""
    if "figcaption" not in html.lower():
        return ()
    from lxml import html as lxml_html  # type: ignore[import-untyped]

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return ()
    out: list[Caption] = []
    for figure in tree.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        text = _clean(caption.text_content()) if caption is not None else None
        if not text:
            continue
        img = next(figure.iter("img"), None)
        src = (img.get("src") or img.get("data-src")) if img is not None else None
        out.append(Caption(text=text, image=urljoin(base, src) if src and base else src))
    return tuple(out)


@cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _clean(value: object) -> str | None:
    text = _SPACE.sub(" ", value).strip() if isinstance(value, str) else ""
    return text or None


def _iso_date(value: object) -> str | None:
    return value[:10] if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value) else None
