"""The README and the code agree: commands, error codes, make targets."""

from __future__ import annotations

import re
from pathlib import Path

from newsledger.cli import app, eval_app
from newsledger.errors import MESSAGES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _names(typer_app: object) -> set[str]:
    return {c.name or c.callback.__name__ for c in typer_app.registered_commands}  # type: ignore[attr-defined]


def test_readme_first_screen_shows_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    assert "make run" in first_screen and "make test" in first_screen


def test_every_command_is_documented_in_the_readme() -> None:
    for name in _names(app) | {"eval", "gazetteer"}:
        assert f"newsledger {name}" in README, name
    for name in _names(eval_app):
        assert f"eval {name}" in README, name


def test_every_error_code_is_documented_in_the_readme() -> None:
    for code in MESSAGES:
        assert code in README, code


def test_make_targets_named_in_the_readme_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make ([a-z-]+)`", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_readme_sample_is_what_the_code_prints_on_the_seed() -> None:
    """The README shows real output: `newsledger process` on the seed, through scripts/record_excerpt.py."""
    import subprocess
    import sys

    seed = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"
    record = subprocess.run(
        [sys.executable, "-m", "newsledger.cli", "process", str(seed.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    excerpt = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "record_excerpt.py")],
        input=record,
        capture_output=True,
        check=True,
    ).stdout.decode()
    shown = README.split("<!-- sample:start -->\n```json\n")[1].split("```\n<!-- sample:end -->")[0]
    assert shown == excerpt
