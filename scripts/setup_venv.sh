#!/usr/bin/env bash
# Create .venv if missing and install the pinned requirements into it.
#
#   scripts/setup_venv.sh          runtime requirements (requirements.txt)
#   scripts/setup_venv.sh --dev    runtime + test/lint tools (requirements-dev.txt)
#
# Idempotent and quick: a stamp in .venv records a hash of the requirements
# files and the interpreter; pip runs only when that hash changes.
# PYTHON picks the interpreter (default python3).
set -euo pipefail

cd "$(dirname "$0")/.."

mode=runtime
req=requirements.txt
if [[ "${1:-}" == "--dev" ]]; then
    mode=dev
    req=requirements-dev.txt
fi

python=${PYTHON:-python3}
venv=.venv
stamp=$venv/.kexie-requirements

# A venv copied from another machine or left by a removed interpreter is rebuilt.
if [[ -d $venv ]] && ! "$venv/bin/python" -c "import sys" >/dev/null 2>&1; then
    echo "setup_venv: $venv is broken, recreating it"
    rm -rf "$venv"
fi
if [[ ! -d $venv ]]; then
    echo "setup_venv: creating $venv with $($python --version 2>&1)"
    "$python" -m venv "$venv"
fi

hash=$(
    { "$venv/bin/python" --version; cat requirements.txt requirements-dev.txt; } | sha256sum | cut -d' ' -f1
)
# The dev set includes the runtime set, so a dev stamp also satisfies runtime.
if [[ -f $stamp ]]; then
    read -r stamp_mode stamp_hash <"$stamp" || true
    if [[ ${stamp_hash:-} == "$hash" && (${stamp_mode:-} == dev || $mode == runtime) ]]; then
        echo "setup_venv: $venv is up to date ($stamp_mode requirements)"
        exit 0
    fi
fi

echo "setup_venv: installing $req"
"$venv/bin/python" -m pip install --disable-pip-version-check --no-input --quiet -r "$req"
echo "$mode $hash" >"$stamp"
echo "setup_venv: done"
