"""What the bytes are: HTML, plain text, or something we refuse, and how to decode them."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from newsledger.errors import InputError, warning
from newsledger.model import ContentType, Diagnostic

MAX_BYTES = 20 * 1024 * 1024  # a long article is ~100 kB; a page with inline scripts a few MB

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh9", "bzip2 archive"),
    (b"\x7fELF", "executable"),
    (b"MZ\x90\x00", "executable"),
    (b"{\\rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"OggS", "Ogg media"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"SQLite format 3", "SQLite database"),
)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|article|span|a|br|h[1-6]|script)\b[^>]*>", re.I)
_TEXT_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[Diagnostic, ...] = ()


def refuse_binary(data: bytes, *, max_bytes: int = MAX_BYTES) -> None:
    """Raise `InputError` for empty, oversized or binary input."""
    if not data.strip():
        raise InputError("E101")
    if len(data) > max_bytes:
        raise InputError("E103", size=len(data), cap=max_bytes)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError("E102", kind=kind)
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return
    head = data[:8192]
    if b"\x00" in head or sum(b in _TEXT_CONTROL for b in head) > len(head) * 0.01:
        raise InputError("E102", kind="unknown binary data")


def sniff(data: bytes, *, max_bytes: int = MAX_BYTES) -> ContentType:
    """`text/html` or `text/plain`; raises `InputError` for what we do not read."""
    refuse_binary(data, max_bytes=max_bytes)
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        head = head.decode("utf-16", "replace").encode("utf-8")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(data[:65536])) >= 5:
        return "text/html"
    return "text/plain"


def decode(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 when it reads as text."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("E104", detail=f"bad UTF-16 at byte {exc.start}") from exc
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc.start
    bad = _count_invalid_utf8(data)
    multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    if multibyte >= 3 * bad and bad <= max(3, len(data) // 1000):
        text = data.decode("utf-8-sig", "replace")
        return Decoded(text, "utf-8", (warning("W102", "ingest", count=bad),))
    text = data.decode("cp1252", "replace")
    if _looks_like_text(text):
        return Decoded(text, "cp1252", (warning("W101", "ingest", encoding="Windows-1252"),))
    raise InputError("E104", detail=f"invalid UTF-8 at byte {first_error}")


def _count_invalid_utf8(data: bytes) -> int:
    return data.decode("utf-8", "replace").count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")


def _looks_like_text(text: str) -> bool:
    """High characters that are letters or common punctuation, as in Latin-1 prose."""
    high = [c for c in text if ord(c) > 127]
    if not high:
        return True
    good = sum(unicodedata.category(c)[0] in "LPZS" and c != "\ufffd" for c in high)
    return good / len(high) >= 0.95
