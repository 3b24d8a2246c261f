# Two entry points, both idempotent: `make run` and `make test`.
# They create .venv and install the locked dependencies on first use.

PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint format bench evaluate clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: install
	$(BIN)/communique run corpus --out outputs

test: install lint
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

evaluate: install
	$(BIN)/communique evaluate --gold gold/dev.jsonl --baseline
	$(BIN)/communique evaluate --gold gold/test.jsonl --baseline
	@# The second stage is trained on dev, where it covers gaps of the rules that
	@# it may not cover on new texts: dev scored with the rules alone shows them.
	$(BIN)/communique run corpus --rules-only --out build/rules-only --no-progress
	$(BIN)/communique evaluate --gold gold/dev.jsonl --pred build/rules-only

bench: install
	$(BIN)/python -m pipeline.bench corpus

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
