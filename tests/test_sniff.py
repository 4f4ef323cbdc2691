"""Content sniffing and decoding: what we read, what we refuse, and why."""

from __future__ import annotations

import pytest

from newsledger.errors import InputError
from newsledger.sniff import decode, sniff


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E101"),
        (b"  \n\t\n", "E101"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E102"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "E102"),
        (b"PK\x03\x04\x14\x00\x06\x00", "E102"),
        (bytes(range(256)) * 4, "E102"),
    ],
)
def test_sniff_refuses_empty_and_binary_input_with_a_code(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        sniff(data)
    assert info.value.code == code
    assert info.value.message  # tells the user what to do


def test_sniff_refuses_input_over_the_size_cap() -> None:
    with pytest.raises(InputError) as info:
        sniff(b"word " * 1000, max_bytes=1000)
    assert info.value.code == "E103"


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        b"<html lang='en'><head><title>x</title></head></html>",
        b"\xef\xbb\xbf<!doctype html>\n<html>",
        b"<!-- saved page -->\n<html>",
        b"<div><p>a</p><p>b</p><p>c</p><a href=x>d</a><br><span>e</span></div>",
    ],
)
def test_sniff_recognises_html(data: bytes) -> None:
    assert sniff(data) == "text/html"


def test_sniff_takes_prose_with_an_angle_bracket_as_plain_text() -> None:
    assert sniff(b"Prices rose 3% as x < y in Kyiv on Friday.\n\nMore text.") == "text/plain"


def test_decode_reads_utf8_with_and_without_bom() -> None:
    assert decode("Zelenskiy – Kyiv".encode()).text == "Zelenskiy – Kyiv"
    assert decode(b"\xef\xbb\xbf" + b"Kyiv").text == "Kyiv"


def test_decode_reads_utf16_with_bom() -> None:
    assert decode("Kherson ліберовано".encode("utf-16")).text == "Kherson ліберовано"


def test_decode_reads_latin1_text_with_a_warning() -> None:
    decoded = decode("Le café de la Défense à Paris, où l'on parle.".encode("latin-1"))
    assert decoded.text == "Le café de la Défense à Paris, où l'on parle."
    assert decoded.encoding == "cp1252"
    assert [w.code for w in decoded.warnings] == ["W101"]


def test_decode_replaces_a_few_invalid_bytes_in_utf8_text_with_a_warning() -> None:
    text = ("Zelenskiy said – in Kyiv – that “Kherson is ours”. " * 20).encode()
    decoded = decode(text[:300] + b"\xff" + text[300:])
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 1
    assert [w.code for w in decoded.warnings] == ["W102"]


def test_decode_refuses_bytes_that_are_no_known_encoding() -> None:
    garbage = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50 + b" text"
    with pytest.raises(InputError) as info:
        decode(garbage)
    assert info.value.code == "E104"
