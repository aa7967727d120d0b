#!/usr/bin/env bash
# Build the one-folder bundle dist/vision-journal/ with PyInstaller, then smoke-test it.
#
#   bash packaging/build.sh            # build and smoke-test
#   bash packaging/build.sh --no-test  # build only
#
# PyInstaller lives in its own virtualenv (build/pyi-venv, or $VISION_JOURNAL_BUILD_VENV),
# never in the project's .venv; the app's dependencies come from requirements/constraints.txt.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"

PYINSTALLER_VERSION="6.22.3"
BUILD_VENV="${VISION_JOURNAL_BUILD_VENV:-$ROOT/build/pyi-venv}"
SMOKE=1
for arg in "$@"; do
  case "$arg" in
    --no-test) SMOKE=0 ;;
    -h | --help) sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$(uname -s)" = Linux ]; then
  # objdump (binutils) for PyInstaller's dependency analysis and strip; Qt's libraries.
  ensure_debian_packages binutils "${QT_OFFSCREEN_PACKAGES[@]}"
fi

python="$(find_python)"
[ -x "$BUILD_VENV/bin/python" ] || "$python" -m venv "$BUILD_VENV"
stamp="$BUILD_VENV/.vision-journal-build"
want="$(cat "$CONSTRAINTS" "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$PYINSTALLER_VERSION"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing PyInstaller $PYINSTALLER_VERSION and the app into $BUILD_VENV ..."
  "$BUILD_VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$BUILD_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -c "$CONSTRAINTS" "pyinstaller==$PYINSTALLER_VERSION" -e "$ROOT"
  echo "$want" >"$stamp"
fi

cd "$ROOT"
start=$(date +%s)
"$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/vision-journal.spec
elapsed=$(($(date +%s) - start))
bundle="$ROOT/dist/vision-journal"
echo "Built $bundle in ${elapsed}s: $(du -sh "$bundle" | cut -f1)" \
  "($(find "$bundle" -type f | wc -l) files)"

if [ "$SMOKE" -eq 1 ]; then
  QT_QPA_PLATFORM=offscreen "$BUILD_VENV/bin/python" packaging/smoke_test.py "$bundle"
fi
