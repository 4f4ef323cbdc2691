"""Temporal expressions: finding them in text and resolving them against a reference date."""
