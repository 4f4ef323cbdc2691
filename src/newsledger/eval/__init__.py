"""Dataset readers and scorers behind `newsledger eval STAGE`: one module per stage.

Each module exposes `command`, a typer command registered by `cli.py`, which prints
precision/recall/F1 tables, can write its predictions in the format of the reference
scorer in `shared/eval/`, and with `--check` fails when a score drops under its floor
in `floors/STAGE.json`.
"""
