#!/usr/bin/env bash
# The test command from the README: installs the test dependencies (Python into .venv,
# the pinned plugin into tests/interop/node_modules), checks lint, format and types, then
# runs every suite.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
(cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)

.venv/bin/ruff check --quiet
.venv/bin/ruff format --check --quiet
.venv/bin/mypy --no-error-summary

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
