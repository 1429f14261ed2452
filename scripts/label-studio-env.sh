#!/usr/bin/env bash
# Create Label Studio's own virtual environment (its pinned dependencies must
# not disturb the project's venv).  Idempotent: does nothing when the venv
# already has a working `label-studio` command.
#
#   LS_VENV     where the venv goes (default: ~/.cache/vnfacts/ls-venv)
#   LS_PYTHON   the interpreter to build it with (default: python3)
#   LS_VERSION  pin a version, e.g. "1.14.0" (default: latest)
#
# Prints the path of the venv's `label-studio` executable on its last line.
set -euo pipefail

LS_VENV="${LS_VENV:-$HOME/.cache/vnfacts/ls-venv}"
LS_PYTHON="${LS_PYTHON:-python3}"
spec="label-studio${LS_VERSION:+==$LS_VERSION}"

if [ -x "$LS_VENV/bin/label-studio" ] && "$LS_VENV/bin/python" -c "import label_studio" 2>/dev/null; then
    echo "label-studio venv already present: $LS_VENV" >&2
else
    start=$(date +%s)
    mkdir -p "$(dirname "$LS_VENV")"
    "$LS_PYTHON" -m venv "$LS_VENV"
    "$LS_VENV/bin/python" -m pip install --quiet --upgrade pip
    "$LS_VENV/bin/python" -m pip install --quiet "$spec"
    echo "installed $spec into $LS_VENV in $(( $(date +%s) - start ))s" >&2
fi
echo "$LS_VENV/bin/label-studio"
