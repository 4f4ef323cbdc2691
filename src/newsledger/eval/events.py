"""`newsledger eval events`: not built yet."""

from __future__ import annotations

import typer


def command() -> None:
    """Evaluate the events stage (not built yet)."""
    raise typer.Exit(2)
