# storyline — set-up and everyday commands. Needs only Python 3.11 on PATH.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast lint typecheck eval-seeds bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,web,spark]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline run examples/ --out out/ --db out/storyline.duckdb
	@echo "wrote out/timeline.md and out/report.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

eval-seeds: $(STAMP)
	$(BIN)/storyline eval seeds --gold ../shared/gold/seeds.yaml

bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline.py
	$(BIN)/python benchmarks/workers.py
	$(BIN)/python benchmarks/dedup.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/memory.py

clean:
	rm -rf out/ storyline.duckdb .pytest_cache .mypy_cache .ruff_cache
