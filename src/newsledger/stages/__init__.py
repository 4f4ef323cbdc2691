"""Per-document analysis stages: each a function of the parsed `Analysis` returning frozen items."""
