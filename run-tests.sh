#!/usr/bin/env bash
# Installs nnlab's test requirements into a virtual environment (made if missing) and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/venv.sh requirements-test.txt
exec "$python" -m pytest "$@"
