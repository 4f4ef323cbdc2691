"""`newsledger gazetteer ...`: build, look up and extend the offline gazetteer."""

from __future__ import annotations

import typer

app = typer.Typer(help="Build, look up and extend the offline gazetteer.", no_args_is_help=True)
