#!/usr/bin/env bash
# Serves nnlab to a class: PROCESSES app processes on 127.0.0.1:8501, 8502, ... (one process runs its
# sessions' Python on one core: start one per core) behind nginx on PORT, which keeps each browser on
# one process by a cookie (deploy/nginx.conf). Ctrl-C stops nginx and every app process.
#
#     ./run-class.sh [PROCESSES (default: the number of cores)] [PORT (default 8080)]
#
# Needs Python 3 (the requirements go into .venv, as with run-app.sh) and Debian's nginx:
#     apt-get install -y nginx
# Only the nginx program is used, not its system service or /etc/nginx: the filled-in configuration,
# nginx's logs (logs/access.log says which process every request reached) and each app's log
# (app-<port>.log) are in artifacts/class/. Root is needed only for a PORT below 1024.
# Environment: NNLAB_BACKEND_PORT (first app port, 8501), NNLAB_CLASS_DIR (artifacts/class),
# NNLAB_VENV (.venv).
set -euo pipefail
cd "$(dirname "$0")"
processes="${1:-$(nproc)}"
port="${2:-8080}"
first_app_port="${NNLAB_BACKEND_PORT:-8501}"
run_dir="${NNLAB_CLASS_DIR:-artifacts/class}"

nginx="$(PATH="$PATH:/usr/sbin:/sbin" command -v nginx || true)"
if [ -z "$nginx" ]; then
    echo "run-class.sh needs nginx: apt-get install -y nginx" >&2
    exit 1
fi
app_ports=$(seq "$first_app_port" $((first_app_port + processes - 1)))
listening() { (: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for taken in $app_ports "$port"; do  # another server there would silently take part in the class
    if listening "$taken"; then
        echo "run-class.sh: port $taken is in use" >&2
        exit 1
    fi
done

source deploy/venv.sh requirements.txt  # sets $python
mkdir -p "$run_dir/logs" "$run_dir/tmp"
run_dir="$(cd "$run_dir" && pwd)"
servers=""
for app_port in $app_ports; do
    servers+="        server 127.0.0.1:$app_port;"$'\n'
done
config="$(<deploy/nginx.conf)"
config="${config//@APP_SERVERS@/${servers%$'\n'}}"
printf '%s\n' "${config//@PORT@/$port}" >"$run_dir/nginx.conf"

pids=()
stop() {
    trap - EXIT INT TERM
    kill "${pids[@]}" 2>/dev/null || true
    wait
}
trap stop EXIT
trap 'exit 130' INT TERM

for app_port in $app_ports; do
    "$python" -m streamlit run app.py --server.port "$app_port" --server.address 127.0.0.1 \
        --server.headless true --server.fileWatcherType none >"$run_dir/app-$app_port.log" 2>&1 &
    pids+=($!)
done
healthy() {
    "$python" -c 'import sys, urllib.request
sys.exit(urllib.request.urlopen(sys.argv[1], timeout=2).read() != b"ok")' \
        "http://127.0.0.1:$1/_stcore/health" 2>/dev/null
}
index=0
for app_port in $app_ports; do
    until healthy "$app_port"; do
        if ! kill -0 "${pids[$index]}" 2>/dev/null; then
            echo "run-class.sh: the app on port $app_port stopped; see $run_dir/app-$app_port.log" >&2
            exit 1
        fi
        sleep 0.3
    done
    index=$((index + 1))
done

"$nginx" -p "$run_dir/" -c nginx.conf -e logs/error.log -g 'daemon off;' &
pids+=($!)
until listening "$port"; do
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then
        echo "run-class.sh: nginx did not start; see $run_dir/logs/error.log" >&2
        exit 1
    fi
    sleep 0.1
done
address="$(hostname -I 2>/dev/null | cut -d' ' -f1)"
echo "nnlab for a class: http://${address:-localhost}:$port ($processes app processes; logs in $run_dir)"

wait -n "${pids[@]}" || true
echo "run-class.sh: a process stopped; stopping the others" >&2
exit 1
