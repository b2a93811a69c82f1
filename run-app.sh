#!/usr/bin/env bash
# Installs nnlab's requirements into a virtual environment (made if missing) and starts the app.
set -euo pipefail
cd "$(dirname "$0")"
venv="${NNLAB_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r requirements.txt
exec "$venv/bin/python" -m streamlit run app.py "$@"
