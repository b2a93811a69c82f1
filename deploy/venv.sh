# Sourced from the repository's top folder as `source deploy/venv.sh REQUIREMENTS_FILE` by run-app.sh,
# run-class.sh and run-tests.sh (the file is required: without one, `source` would hand the script's
# own arguments down): makes the virtual environment $NNLAB_VENV (default .venv) if missing, installs
# the requirements into it and sets $python to its interpreter. Exports MALLOC_ARENA_MAX=2 for the app
# (why: webui/server_memory.py).
venv="${NNLAB_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
python="$venv/bin/python"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
"$python" -m pip install -q --disable-pip-version-check -r "$1"
