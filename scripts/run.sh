#!/usr/bin/env bash
# Run the site locally on SQLite: venv, migrations, seed import, dev server.
# KEXIE_ADDR overrides the address (default 127.0.0.1:8000).
set -euo pipefail

cd "$(dirname "$0")/.."

bash scripts/setup_venv.sh
py=.venv/bin/python

$py manage.py migrate --no-input

# Idempotent: a second run finds every seed page unchanged and writes nothing.
$py manage.py import_seeds

exec $py manage.py runserver "${KEXIE_ADDR:-127.0.0.1:8000}"
