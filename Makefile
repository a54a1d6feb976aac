# The two quick-start commands are `make report` (install, build the samples, analyse them) and
# `make test` (install, lint, run the whole test suite). Both work on a fresh machine with python3.
# `make test-fast` is lint and the tests not marked slow, for the edit-test loop.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= ai-exposure-report

BENCH_ARGS ?=

.PHONY: install samples report test test-fast lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

samples: install
	$(BIN)/python samples/build.py

report: samples
	$(BIN)/ai-exposure analyze samples/build --out $(OUT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

test-fast: lint
	$(BIN)/pytest -m "not slow"

# Not part of the tests: large synthetic exports (bench/README.md). `make bench BENCH_ARGS=--quick`
# runs at 2% of the sizes.
bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py $(BENCH_ARGS)
	$(BIN)/python bench/report_open.py

clean:
	rm -rf samples/build $(OUT) build dist *.egg-info
