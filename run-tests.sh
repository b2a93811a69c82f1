#!/usr/bin/env bash
# Installs Debian's packages for the image export, browser and proxy tests when missing
# (deploy/system.sh) and nnlab's test requirements into a virtual environment (made if missing), and
# runs every test.
set -euo pipefail
cd "$(dirname "$0")"
deploy/system.sh chromium nginx fonts-noto-color-emoji fonts-noto-cjk
source deploy/venv.sh requirements-test.txt
exec "$python" -m pytest "$@"
