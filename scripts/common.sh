# Shared by start.sh and test.sh: Debian libraries Qt needs, and the project's virtualenv.
# Sourced, not run. Works as root (installs what is missing) or as a user (says what to install).

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VISION_JOURNAL_VENV:-$ROOT/.venv}"
CONSTRAINTS="$ROOT/requirements/constraints.txt"

# Libraries for Qt offscreen (tests, screenshots) and the fonts that make text render.
QT_OFFSCREEN_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
# Extra libraries for a real window on X11.
QT_WINDOW_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1
  libxkbcommon-x11-0)

# ensure_debian_packages PKG...: install missing packages as root, or name them and stop.
ensure_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing to check
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Vision Journal needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:  sudo apt-get install ${missing[*]}" >&2
    echo "then run this command again." >&2
    exit 1
  fi
}

# find_python: a Python 3.11 or newer.
find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Vision Journal needs Python 3.11 or newer (python3.11 was not found)." >&2
  exit 1
}

# ensure_venv EXTRAS: the virtualenv with the project installed from the pinned constraints.
# Reinstalls only when the constraints or the project metadata changed.
ensure_venv() {
  local extras="$1" python stamp want
  python="$(find_python)"
  if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    ensure_debian_packages python3-venv
  fi
  [ -x "$VENV/bin/python" ] || "$python" -m venv "$VENV"
  stamp="$VENV/.vision-journal-installed"
  want="$(cat "$CONSTRAINTS" "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extras"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing Vision Journal and its dependencies into $VENV ..."
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      -c "$CONSTRAINTS" -e "$ROOT$extras"
    echo "$want" >"$stamp"
  fi
}

# ensure_activitywatch_venv: a separate virtualenv with a real ActivityWatch server and client
# (requirements/activitywatch.txt) for the capture tests; exported as VISION_JOURNAL_AW_PYTHON.
ensure_activitywatch_venv() {
  local python stamp want venv="${VISION_JOURNAL_AW_VENV:-$ROOT/.venv-aw}"
  local requirements="$ROOT/requirements/activitywatch.txt"
  python="$(find_python)"
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  stamp="$venv/.installed"
  want="$(sha256sum "$requirements" | cut -c1-16)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing the ActivityWatch test server into $venv ..."
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$want" >"$stamp"
  fi
  export VISION_JOURNAL_AW_PYTHON="$venv/bin/python"
}
