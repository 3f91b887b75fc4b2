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

# The accuracy benchmarks and the gate read ../shared (third-party pages, never in the repo);
# without it they are skipped with one line and the speed and hostile-input benchmarks still run.
SHARED_BENCHES := clean_eval realworld_eval metadata_eval blind_clean_eval news_dev_check \
	extract_eval validate_eval planted_errors subject_eval corpus_speed blind_eval
OWN_BENCHES := blind_sdist_metadata public_author_suite public_quantity_suite pipeline_speed batch_bench hostile_table hostile_sizes scrapy_bench soak_bench

bench: $(VENV)/.bench
	@if [ -d ../shared/corpus ]; then \
	  for b in $(SHARED_BENCHES); do $(BIN)/python bench/$$b.py || exit 1; done; \
	else \
	  echo "make bench: ../shared is absent: skipping $(SHARED_BENCHES) and the gate"; \
	fi
	@for b in $(OWN_BENCHES); do $(BIN)/python bench/$$b.py || exit 1; done
	@if [ -d ../shared/corpus ]; then $(BIN)/python bench/gate.py; fi

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
