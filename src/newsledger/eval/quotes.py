"""`newsledger eval quotes`: not built yet."""

from __future__ import annotations

import typer


def command() -> None:
    """Evaluate the quotes stage (not built yet)."""
    raise typer.Exit(2)
