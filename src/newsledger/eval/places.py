"""`newsledger eval places`: not built yet."""

from __future__ import annotations

import typer


def command() -> None:
    """Evaluate the places stage (not built yet)."""
    raise typer.Exit(2)
