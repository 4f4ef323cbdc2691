"""The offline gazetteer and its lookups."""
