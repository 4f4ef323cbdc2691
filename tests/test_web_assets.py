"""The page's static files are part of the repository: none is hidden by a .gitignore rule."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "src" / "newsledger" / "api" / "static"


def test_no_static_file_is_ignored_by_git() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    files = sorted(str(p.relative_to(ROOT)) for p in STATIC.rglob("*") if p.is_file())
    assert any(name.endswith("leaflet.js") for name in files)
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", "--stdin"],
        cwd=ROOT,
        input="\n".join(files),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == [], "ignored by .gitignore, so missing from a fresh checkout"


def test_every_asset_the_page_links_exists() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'(?:src|href)="/static/([^"]+)"', html)
    assert len(links) >= 6
    for link in links:
        assert (STATIC / link).is_file(), link
