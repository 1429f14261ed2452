#!/usr/bin/env bash
# The whole test suite on a fresh machine: a virtual environment with the test
# extras, the system pieces some tests drive for real (headless Chromium for
# the HTML page, a Label Studio server in its own environment), then pytest.
# `.ci/run` runs exactly this; extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing headless Chromium (Debian package) for the HTML page test" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "test.sh: could not install chromium; the browser test will say so" >&2
  else
    echo "test.sh: chromium not found and not root; the browser test will be skipped outside CI" >&2
  fi
fi

if [ -f scripts/label-studio-env.sh ]; then
  bash scripts/label-studio-env.sh
fi

exec .venv/bin/python -m pytest "$@"
