# Developer commands; the scripts in scripts/ do the work.
PY := .venv/bin/python

.PHONY: install run test lint migrations-check bench

install:  ## create .venv with runtime and dev requirements
	bash scripts/setup_venv.sh --dev

run:  ## migrate, import the seeds and serve on 127.0.0.1:8000 (SQLite)
	bash scripts/run.sh

test:  ## lint, checks, pytest on SQLite (+chromium) and on a throwaway PostgreSQL
	bash scripts/test.sh

lint:  install
	$(PY) -m ruff check .

migrations-check:  install
	$(PY) manage.py makemigrations --check --dry-run

bench:  install
	@if [ -f scripts/bench.sh ]; then bash scripts/bench.sh; else echo "no scripts/bench.sh yet"; fi
