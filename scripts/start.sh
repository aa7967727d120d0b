#!/usr/bin/env bash
# Install Vision Journal (first time only) and launch it on its default data folder.
# Arguments are passed on, e.g. `scripts/start.sh --demo` or `--data-dir DIR`.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_debian_packages "${QT_OFFSCREEN_PACKAGES[@]}" "${QT_WINDOW_PACKAGES[@]}"
ensure_venv ""
exec "$VENV/bin/vision-journal" "$@"
