#!/usr/bin/env bash
# Installs nnlab's test requirements into a virtual environment (made if missing) and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
venv="${NNLAB_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r requirements-test.txt
exec "$venv/bin/python" -m pytest "$@"
