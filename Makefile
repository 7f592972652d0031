# Quick start: `make run` starts the monitor on the embedded default; `make test` runs every check.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RUN_STAMP := $(VENV)/.installed-run

.PHONY: run test test-slow lint typecheck pytest bench bench-quick quality clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(RUN_STAMP)

# What running needs, and nothing else: no test or lint tools.
$(RUN_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/monitor init
	$(BIN)/monitor seed
	$(BIN)/monitor run

lint: $(STAMP)
	$(BIN)/ruff check timeline alerts monitor tests bench quality
	$(BIN)/ruff format --check timeline alerts monitor tests bench quality

typecheck: $(STAMP)
	$(BIN)/mypy

# Every core: tests share nothing (temporary folders, one PostgreSQL schema each).
pytest: $(STAMP)
	$(BIN)/pytest -n auto

test: lint typecheck pytest

test-slow: $(STAMP)  # the soak and the multi-worker runs: minutes of processes (CI runs it too)
	$(BIN)/pytest -m slow

quality: $(STAMP)
	$(BIN)/python -m quality

bench: $(STAMP)  # about 7 minutes: bench/results.json; then `python -m bench.report --write README.md`
	$(BIN)/python -m pip install -q reader sgmllib3k  # bench only: the peer it is compared with
	$(BIN)/python -m bench

bench-quick: $(STAMP)  # the same code on smaller inputs, about a minute: bench/results-quick.json
	$(BIN)/python -m pip install -q reader sgmllib3k
	$(BIN)/python -m bench --quick

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
