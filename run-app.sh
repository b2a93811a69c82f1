#!/usr/bin/env bash
# Installs nnlab's requirements into a virtual environment (made if missing) and starts the app.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/venv.sh requirements.txt
exec "$python" -m streamlit run app.py "$@"
