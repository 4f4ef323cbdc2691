"""Shared fixtures: the seed, its gold, the spaCy pipeline (loaded once), the shared dev data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsledger.eval.datasets import shared_dir

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/ from the current output (review the diff!).",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "seed" / "gold.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsledger.analysis import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared dev data folder; tests that need it skip (with the reason) where it is absent."""
    root = shared_dir()
    if root is None:
        pytest.skip("shared dev data not found (set NEWSLEDGER_SHARED)")
    return root
