# Two set-up commands: `make run` and `make test`. Everything else is installed by these files.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
EXAMPLE := tests/fixtures/pages/techwire__2026-04-24__token-usage.html

.PHONY: install dev run test lint bench clean

$(VENV)/.installed: pyproject.toml models/requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e .
	$(PIP) install --no-deps --require-hashes -r models/requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(PIP) install -e '.[dev]'
	touch $@

$(VENV)/.bench: $(VENV)/.installed
	$(PIP) install -e '.[bench]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

run: install
	$(BIN)/newsfacts extract $(EXAMPLE)

test: dev
	$(BIN)/python -m pytest

lint: dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(VENV)/.bench
	$(BIN)/python bench/clean_eval.py
	$(BIN)/python bench/news_dev_check.py
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python bench/pipeline_speed.py
	$(BIN)/python bench/batch_bench.py
	$(BIN)/python bench/hostile_table.py
	$(BIN)/python bench/soak_bench.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
