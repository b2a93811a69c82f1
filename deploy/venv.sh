# Sourced by run-app.sh and run-class.sh from the repository's top folder: makes the virtual
# environment $NNLAB_VENV (default .venv) if missing, installs requirements.txt into it and sets
# $python to its interpreter.
venv="${NNLAB_VENV:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
python="$venv/bin/python"
"$python" -m pip install -q --disable-pip-version-check -r requirements.txt
