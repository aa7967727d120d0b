#!/usr/bin/env bash
# Install the test tools and run the whole suite headless: lint, types, then pytest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_debian_packages "${QT_OFFSCREEN_PACKAGES[@]}" desktop-file-utils appstream \
  poppler-utils
ensure_venv "[test]"
ensure_activitywatch_venv
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
code=(src tests scripts packaging)
[ -d benchmarks ] && code+=(benchmarks)
echo "== ruff"
"$VENV/bin/ruff" check "${code[@]}"
"$VENV/bin/ruff" format --check "${code[@]}"
echo "== mypy --strict"
"$VENV/bin/mypy" src
echo "== pytest"
"$VENV/bin/python" -m pytest "$@"
