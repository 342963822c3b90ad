#!/usr/bin/env bash
# Run the site locally on SQLite: venv, migrations, seed import, dev server.
# KEXIE_ADDR overrides the address (default 127.0.0.1:8000).
set -euo pipefail

cd "$(dirname "$0")/.."

bash scripts/setup_venv.sh
py=.venv/bin/python

$py manage.py migrate --no-input

# import_seeds is optional until the importer lands.
if $py manage.py help import_seeds >/dev/null 2>&1; then
    $py manage.py import_seeds
else
    echo "run: no import_seeds command yet, starting with an empty site"
fi

exec $py manage.py runserver "${KEXIE_ADDR:-127.0.0.1:8000}"
