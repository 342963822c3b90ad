#!/usr/bin/env bash
# Run the site locally on SQLite: venv, migrations, seed import, dev server.
# KEXIE_ADDR overrides the address (default 127.0.0.1:8000).
set -euo pipefail

cd "$(dirname "$0")/.."

bash scripts/setup_venv.sh
py=.venv/bin/python

$py manage.py migrate --no-input

# import_seeds is optional until the importer lands; any other error stops the run.
if help=$($py manage.py help import_seeds 2>&1); then
    $py manage.py import_seeds
elif grep -q "Unknown command" <<<"$help"; then
    echo "run: no import_seeds command yet, starting with an empty site"
else
    echo "$help" >&2
    exit 1
fi

exec $py manage.py runserver "${KEXIE_ADDR:-127.0.0.1:8000}"
