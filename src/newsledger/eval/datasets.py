"""Where the shared dev data lives: `$NEWSLEDGER_SHARED`, else a `shared/` folder beside the checkout."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
FLOORS = Path(__file__).with_name("floors")  # one JSON file a stage: {"metric": floor}


def shared_dir() -> Path | None:
    """The folder holding `data/` and `eval/` from the team's shared area, if present."""
    env = os.environ.get("NEWSLEDGER_SHARED")
    options = [Path(env)] if env else []
    options += [Path.cwd().parent / "shared", REPO.parent / "shared", Path("/work/shared")]
    for option in options:
        if (option / "data").is_dir():
            return option
    return None


def shared_path(*parts: str) -> Path:
    """A path under the shared folder; raises FileNotFoundError naming what to set."""
    root = shared_dir()
    if root is None:
        raise FileNotFoundError("shared dev data not found: set NEWSLEDGER_SHARED to the shared/ folder")
    return root.joinpath(*parts)


def floors(stage: str) -> dict[str, float]:
    path = FLOORS / f"{stage}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {k: float(v) for k, v in data.items()}


def check_floors(stage: str, metrics: dict[str, float]) -> list[str]:
    """Names of metrics under their floor, as readable failures."""
    return [
        f"{stage}.{name} = {metrics.get(name, 0.0):.3f} < floor {floor:.3f}"
        for name, floor in floors(stage).items()
        if metrics.get(name, 0.0) < floor
    ]
