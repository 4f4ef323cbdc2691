"""The offline gazetteer and its lookups: `open_gazetteer().lookup(name)` -> candidates."""

from newsledger.geo.bench import bench_lookups
from newsledger.geo.gazetteer import Candidate, Gazetteer, open_gazetteer

__all__ = ["Candidate", "Gazetteer", "bench_lookups", "open_gazetteer"]
