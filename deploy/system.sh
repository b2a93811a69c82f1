#!/usr/bin/env bash
# The Debian packages nnlab needs besides Python, installed when missing: `deploy/system.sh PACKAGE...`
# (run-app.sh and run-tests.sh name theirs). As root with apt-get it installs the missing ones;
# otherwise it prints one line naming them and the command that installs them, and carries on: what
# needs a missing package does without it (image export fails, its tests skip; with CI=true they fail).
#   chromium                 kaleido's image export, the browser tests
#   nginx                    run-class.sh and its test
#   fonts-noto-color-emoji   emoji in screenshots and exported images
#   fonts-noto-cjk           Chinese, Japanese and Korean text in them
set -euo pipefail

installed() {
    case "$1" in
        chromium) [ -x /usr/bin/chromium ] ;;
        nginx) PATH="$PATH:/usr/sbin:/sbin" command -v nginx >/dev/null ;;
        fonts-noto-color-emoji) [ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] ;;
        fonts-noto-cjk) [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] ;;
        *) echo "deploy/system.sh: unknown package $1" >&2; exit 2 ;;
    esac
}

missing=()
for package in "$@"; do
    installed "$package" || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get update -q && apt-get install -y -q "${missing[@]}" && exit 0
fi
echo "nnlab: ${missing[*]} not installed, going on without; as root: apt-get update && apt-get install -y -q ${missing[*]}" >&2
