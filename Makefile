# newsledger: `make run` sets up, ingests the bundled sample and serves the web page; `make test` tests.
# Needs only Python 3.11, make and git; everything else is installed into .venv from the package registry,
# pinned with hashes (requirements/*.txt).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsledger.db
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run install dev test lint bench bench-api lock clean ingest serve

run: install
	$(BIN)/newsledger gazetteer build
	$(BIN)/newsledger ingest examples/ --db $(DB); status=$$?; [ $$status -le 1 ] || exit $$status
	$(BIN)/newsledger stats --db $(DB)
	$(BIN)/newsledger serve --db $(DB) --host $(HOST) --port $(PORT)

install: $(VENV)/.run-installed

dev: $(VENV)/.dev-installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/pip.txt

$(VENV)/.run-installed: requirements/run.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/run.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.run-installed requirements/dev.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/dev.txt
	touch $@

test: dev
	scripts/system-deps.sh
	$(BIN)/newsledger gazetteer build
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: dev
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py

bench-api: install
	$(BIN)/python benchmarks/bench_api.py

lock:
	scripts/lock.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info tests/artifacts
