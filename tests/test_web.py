"""The web page in Debian's chromium against the real server on loopback (`@pytest.mark.browser`).

Two servers: the seed (and a hostile article) ingested with the real `newsledger ingest`,
and a synthetic store whose events exist today, for the map's behaviour. Every page runs
with the network cut to loopback, fails on any Content-Security-Policy report or page
error, and saves a 1280x800 screenshot under tests/artifacts/.
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsledger.api.synthetic import write_synthetic_store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = """Shelling reported near Kherson <script>window.__pwned = 1</script>

By Jane Doe <img src=x onerror="window.__pwned = 1">

Published: 12 November 2022

Russian forces shelled Kherson on Saturday, regional officials said, as residents returned to the city.

"<img src=x onerror=window.__pwned=1> We will rebuild everything <script>window.__pwned = 1</script>," said Mayor Ivan <b onmouseover="window.__pwned = 1">Petrov</b>.

The governor of Mykolaiv, Vitaliy Kim, claimed that <script>alert(document.cookie)</script> the strikes had hit two schools.
"""
KHERSON, MYKOLAIV = (46.6354, 32.6169), (46.9750, 31.9946)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSLEDGER_TOKEN"}
    command = [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("the server did not start")


@dataclass
class Site:
    base: str
    seed_id: str = ""
    hostile_id: str = ""


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The seed and a hostile article, ingested by the real CLI, served by the real CLI."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile-report.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = folder / "web.db"
    ingest = [sys.executable, "-m", "newsledger.cli", "ingest", str(SEED), str(hostile), "--db", str(db)]
    assert subprocess.run(ingest, capture_output=True, check=False).returncode in (0, 1)
    process, base = serve(db)
    try:
        yield Site(
            base,
            seed_id="sha256:" + hashlib.sha256(SEED.read_bytes()).hexdigest(),
            hostile_id="sha256:" + hashlib.sha256(hostile.read_bytes()).hexdigest(),
        )
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    db = tmp_path_factory.mktemp("web-synthetic") / "synthetic.db"
    write_synthetic_store(db, 40)
    process, base = serve(db)
    try:
        yield Site(base)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watch:
    """What a page did that it must not: CSP reports, script errors, dialogs, requests off loopback."""

    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    watch = Watch()

    def route(route: Any) -> None:
        if route.request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            route.continue_()
        else:  # no network at all beyond the server itself
            watch.outside.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    tab = context.new_page()
    tab.on("pageerror", lambda error: watch.problems.append(f"page error: {error}"))
    tab.on(
        "console",
        lambda m: (
            watch.problems.append(f"console: {m.text}")
            if m.type == "error" or "Content Security Policy" in m.text
            else None
        ),
    )

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    yield tab, watch
    context.close()
    assert watch.outside == [], "the page reached outside the server"
    assert watch.problems == []


def open_view(tab: Any, url: str) -> None:
    tab.goto(url)
    tab.wait_for_selector("body[data-ready=true]", timeout=20_000)


def screenshot(tab: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def highlighted_target(tab: Any) -> str:
    """The text the article view marks as the target, in the body or a caption (it spans segments)."""
    return str(
        tab.eval_on_selector_all(
            ".article-layout article .hl-target", "els => els.map(e => e.textContent).join('')"
        )
    )


def markers_near(tab: Any, selector: str, at: tuple[float, float], within: float = 0.2) -> list[Any]:
    """Marker elements (events or clusters) within `within` degrees of `at`, nearest first."""
    found = []
    for marker in tab.locator(selector).all():
        lat, lon = marker.get_attribute("data-lat"), marker.get_attribute("data-lon")
        if lat and lon:
            off = max(abs(float(lat) - at[0]), abs(float(lon) - at[1]))
            if off <= within:
                found.append((off, marker))
    return [marker for _, marker in sorted(found, key=lambda pair: pair[0])]


def open_marker(tab: Any, at: tuple[float, float]) -> None:
    """Click through the clusters at `at` until an event marker there shows, then click it."""
    for _ in range(20):  # each click zooms in a step; at the last zoom it spreads the markers out
        if markers := markers_near(tab, ".ev-marker", at):
            markers[0].click(force=True)
            return
        clusters = markers_near(tab, ".event-cluster", at, within=1.0)  # a cluster sits at its centre
        assert clusters, f"no event marker or cluster at {at}"
        clusters[0].click(force=True)
        tab.wait_for_timeout(600)
    raise AssertionError(f"no event marker at {at}")


def test_seed_map_shows_kherson_and_mykolaiv_and_a_click_shows_the_source_sentence(
    seed_site: Site, page: tuple[Any, Watch]
) -> None:
    tab, _ = page
    open_view(tab, f"{seed_site.base}/#map?at=46.8,32.3,9")
    tab.wait_for_selector(".ev-marker, .event-cluster", timeout=10_000)
    for city in (KHERSON, MYKOLAIV):
        assert markers_near(tab, ".ev-marker, .event-cluster", city), city
    screenshot(tab, "map")
    open_marker(tab, KHERSON)
    sentence = tab.wait_for_selector(".event-popup .source-sentence", timeout=5_000).inner_text()
    sections = []  # the marker may be the seed's or the other article's: both are about Kherson
    for doc_id in (seed_site.seed_id, seed_site.hostile_id):
        article = httpx.get(f"{seed_site.base}/api/articles/{doc_id}").json()["record"]["article"]
        sections += [article["text"], *(caption["text"] for caption in article["captions"])]
    assert sentence and any(" ".join(sentence.split()) in " ".join(s.split()) for s in sections)
    assert tab.locator(".event-popup mark.trigger").count() == 1
    tab.click(".event-popup a.open-article")
    tab.wait_for_selector(".article-layout article .hl-target", timeout=10_000)
    assert highlighted_target(tab).split() == sentence.split()  # the popup shows line breaks as spaces


def test_map_clusters_events_opens_one_and_the_timeline_brush_filters_them(
    synthetic_site: Site, page: tuple[Any, Watch]
) -> None:
    tab, _ = page
    open_view(tab, f"{synthetic_site.base}/#map")
    tab.wait_for_function("() => document.getElementById('map-status').textContent.includes('40 events')")
    tab.wait_for_selector('.event-cluster[title*="Kherson"], .ev-marker[title^="Kherson "]')
    # the outlines load on their own (the map's TopoJSON): under load they may come after the markers
    tab.wait_for_function("() => document.querySelectorAll('path.country').length > 100", timeout=15_000)
    screenshot(tab, "map-synthetic")
    open_marker(tab, KHERSON)
    popup = tab.wait_for_selector(".event-popup", timeout=5_000)
    assert "Kherson" in popup.query_selector(".source-sentence").inner_text()
    assert popup.query_selector("mark.trigger").inner_text() in (
        "clashed near",
        "shelled",
        "liberated",
        "rallied in",
    )
    tab.click(".leaflet-popup-close-button")
    box = tab.locator("#timeline .brush-area").bounding_box()
    tab.mouse.move(box["x"] + box["width"] * 0.1, box["y"] + box["height"] / 2)
    tab.mouse.down()
    tab.mouse.move(box["x"] + box["width"] * 0.45, box["y"] + box["height"] / 2, steps=5)
    tab.mouse.up()
    tab.wait_for_function("() => location.hash.includes('since=') && location.hash.includes('until=')")
    tab.wait_for_function("() => document.getElementById('map-status').textContent.includes(' from ')")
    params = dict(p.split("=") for p in tab.evaluate("location.hash").split("?")[1].split("&"))
    expected = httpx.get(
        f"{synthetic_site.base}/api/events",
        params={"since": params["since"], "until": params["until"], "limit": 1000},
    ).json()["count"]
    status = tab.inner_text("#map-status")
    assert 0 < expected < 40 and status.startswith(f"{expected} event")
    assert tab.locator("#timeline .selection").count() == 1
    screenshot(tab, "map-brushed")


def test_search_for_peskov_shows_his_quote(seed_site: Site, page: tuple[Any, Watch]) -> None:
    tab, _ = page
    open_view(tab, f"{seed_site.base}/#map")
    tab.fill("#q", "Peskov")
    tab.press("#q", "Enter")
    tab.wait_for_selector(".hit-quote")
    quotes = tab.locator(".hit-quote")
    texts = [quotes.nth(i).inner_text() for i in range(quotes.count())]
    assert any("Dmitry Peskov" in t and "Kherson remains part of Russia's territory" in t for t in texts), (
        texts
    )
    assert tab.evaluate("location.hash") == "#search?q=Peskov"
    screenshot(tab, "search")
    tab.locator(".hit-quote", has_text="Kherson remains part").locator("a").click()
    tab.wait_for_selector("#article-text .hl-target")
    assert "Kherson remains part of Russia's territory" in highlighted_target(tab)


def test_article_view_highlights_the_items_and_a_hover_shows_their_fields(
    seed_site: Site, page: tuple[Any, Watch]
) -> None:
    tab, _ = page
    open_view(tab, f"{seed_site.base}/#article?doc={seed_site.seed_id}")
    record = httpx.get(f"{seed_site.base}/api/articles/{seed_site.seed_id}").json()["record"]
    assert tab.inner_text("h2") == record["article"]["title"]
    shown = tab.evaluate("document.getElementById('article-text').textContent")
    assert shown == record["article"]["text"], "the text is shown whole, once, as text"
    for kind in ("quote", "speaker", "cue", "time", "quantity"):
        assert tab.locator(f"#article-text .hl-{kind}").count() > 0, kind
    tab.hover("#article-text .hl-speaker >> nth=0")
    tip = tab.wait_for_selector("#tooltip:not([hidden])")
    assert "Speaker" in tip.inner_text() and "Cue" in tip.inner_text()
    tab.hover("#article-text .hl-time >> nth=0")
    assert "Resolved" in tab.inner_text("#tooltip")
    tab.locator("#article-text .hl-event", has_text="liberated").first.hover()
    assert 'Military Forces of Ukraine ("' in tab.inner_text("#tooltip"), "an actor with the words naming it"
    screenshot(tab, "article")


def test_claim_ledger_shows_who_said_what_and_how(seed_site: Site, page: tuple[Any, Watch]) -> None:
    tab, _ = page
    open_view(tab, f"{seed_site.base}/#claims?asserted_by=Peskov")
    rows = tab.locator("table.ledger tbody tr")
    assert rows.count() == 3
    assert {rows.nth(i).locator(".who").inner_text() for i in range(3)} == {"Dmitry Peskov"}
    assert "insist" in rows.first.locator(".stance").inner_text()
    assert rows.first.locator(".corroboration").inner_text() == "no other source"  # one seed article
    open_view(tab, f"{seed_site.base}/#claims")
    assert tab.locator("table.ledger tbody tr").count() >= 50
    screenshot(tab, "claims")


def test_an_ingested_article_with_script_and_onerror_runs_nothing(
    seed_site: Site, page: tuple[Any, Watch]
) -> None:
    tab, watch = page
    for view in (
        f"#article?doc={seed_site.hostile_id}",
        "#search?q=rebuild%20everything",
        "#search?q=pwned",
        "#articles",
        "#claims?text=rebuild",
    ):
        open_view(tab, f"{seed_site.base}/{view}")
        tab.wait_for_timeout(300)
        tab.mouse.move(300, 300)
        for hover in tab.locator("main :is(.hl, a, td):visible").all()[:40]:
            hover.hover(force=True)
        assert tab.evaluate("typeof window.__pwned") == "undefined", view
        injected = "main script, main img, main b, main [onerror], main [onmouseover]"
        assert tab.locator(injected).count() == 0, view
        if view.startswith("#article?"):
            screenshot(tab, "hostile-article")
            assert "<script>window.__pwned = 1</script>" in tab.inner_text("#article-text")
    assert watch.dialogs == []


def test_articles_list_and_api_docs_work_offline(seed_site: Site, page: tuple[Any, Watch]) -> None:
    tab, _ = page
    open_view(tab, f"{seed_site.base}/#articles")
    titles = tab.locator(".article-list .title")
    assert titles.count() == 2
    screenshot(tab, "articles")
    tab.goto(f"{seed_site.base}/docs")
    tab.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    assert "newsledger" in tab.inner_text(".swagger-ui .info .title")
    assert tab.locator(".opblock-summary-path", has_text="/api/events").count() >= 1
    screenshot(tab, "docs")
