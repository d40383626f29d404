# 党建云 — the two commands are `make run` and `make test`; everything else supports them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8080

.PHONY: install run test test-pg lint typecheck bench migrations clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,dense]'
	@touch $(STAMP)

run: install
	@mkdir -p var
	@$(PY) -m server migrate
	@test -f var/.demo-seeded || ($(PY) -m server seed-demo && touch var/.demo-seeded)
	@echo ""
	@echo "  管理后台  http://$(HOST):$(PORT)/admin   （演示账号 admin / Dangjian@2026，支部管理员 zhibu / Zhibu@2026）"
	@echo "  API 文档  http://$(HOST):$(PORT)/api/docs"
	@echo "  健康检查  http://$(HOST):$(PORT)/healthz"
	@echo ""
	@HOST=$(HOST) PORT=$(PORT) $(PY) -m server serve

test: install
	@$(PY) -m pytest $(PYTEST_ARGS)

# The suite against the local PostgreSQL and Redis servers (what CI runs).
test-pg: install
	@TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres TEST_REDIS_URL=redis://127.0.0.1:6379/15 $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	@$(VENV)/bin/ruff check server miniapp_api bot knowledge tests bench
	@$(VENV)/bin/lint-imports

typecheck: install
	@$(VENV)/bin/mypy

# Every benchmark in sequence, one report: var/bench/report.md (BENCH_QUICK=1 for a smoke run; bench/report.py).
bench: install
	@command -v wrk >/dev/null || echo "NOTE: wrk not installed (apt-get install -y wrk): rating and heartbeat benches fall back to the Python client"
	@$(PY) bench/report.py

migrations: install
	@$(PY) -m server makemigrations $(or $(NAME),auto)

clean:
	rm -rf var/.demo-seeded var/dangjian.db* var/knowledge-index* var/knowledge-cli-index* var/media
