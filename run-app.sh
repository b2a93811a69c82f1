#!/usr/bin/env bash
# Installs Debian's packages for image export when missing (deploy/system.sh; the app serves without
# them) and nnlab's requirements into a virtual environment (made if missing), and starts the app.
set -euo pipefail
cd "$(dirname "$0")"
deploy/system.sh chromium fonts-noto-color-emoji fonts-noto-cjk
source deploy/venv.sh requirements.txt
exec "$python" -m streamlit run app.py "$@"
