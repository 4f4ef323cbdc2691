"""`newsledger eval quantities`: not built yet."""

from __future__ import annotations

import typer


def command() -> None:
    """Evaluate the quantities stage (not built yet)."""
    raise typer.Exit(2)
