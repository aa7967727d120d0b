#!/usr/bin/env bash
# Install Vision Journal's desktop entry, AppStream metadata and icons for the current user,
# so the app shows up in the application menu with its icon.
#
#   bash packaging/linux/install-desktop-entry.sh              # after `pip install .`
#   bash packaging/linux/install-desktop-entry.sh --exec PATH  # a given command or bundle
#   bash dist/vision-journal/_internal/packaging/linux/install-desktop-entry.sh  # the bundle
#   bash packaging/linux/install-desktop-entry.sh --uninstall
#
# The menu entry runs the `vision-journal` command found on PATH (or the one given with
# --exec), written into the entry as an absolute path, so it works even when that command's
# folder (a virtualenv, ~/.local/bin) is not on the PATH of the desktop session.
# Files go to ${XDG_DATA_HOME:-~/.local/share}, or to --data-home DIR (DIR/applications, ...).
set -euo pipefail

APP_ID="org.visionjournal.VisionJournal"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ICONS="$(cd "$HERE/../../resources/icons" 2>/dev/null && pwd || true)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
EXEC=""
UNINSTALL=0

usage() {
  sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) EXEC="${2:?--exec needs the path of the vision-journal command}"; shift 2 ;;
    --data-home) DATA="${2:?--data-home needs a folder}"; shift 2 ;;
    --icons) ICONS="${2:?--icons needs the folder holding hicolor/}"; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install-desktop-entry: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

APPLICATIONS="$DATA/applications"
METAINFO="$DATA/metainfo"
HICOLOR="$DATA/icons/hicolor"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$APPLICATIONS" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$HICOLOR/index.theme" ]; then
    gtk-update-icon-cache -q -t "$HICOLOR" 2>/dev/null || true
  fi
}

if [ "$UNINSTALL" -eq 1 ]; then
  rm -f "$APPLICATIONS/$APP_ID.desktop" "$METAINFO/$APP_ID.metainfo.xml"
  rm -f "$HICOLOR"/*/apps/"$APP_ID".png "$HICOLOR/scalable/apps/$APP_ID.svg"
  refresh_caches
  echo "Removed the Vision Journal menu entry and icons from $DATA."
  exit 0
fi

if [ -z "$EXEC" ] && [ -x "$HERE/../../../vision-journal" ]; then
  EXEC="$HERE/../../../vision-journal"  # run from inside a bundle: _internal/packaging/linux
fi
if [ -z "$EXEC" ]; then
  EXEC="$(command -v vision-journal || true)"
  if [ -z "$EXEC" ]; then
    echo "install-desktop-entry: no vision-journal command on PATH." >&2
    echo "Install the app first (pip install .), or name the command: --exec PATH" >&2
    exit 1
  fi
fi
if [ ! -x "$EXEC" ]; then
  echo "install-desktop-entry: $EXEC is not an executable file." >&2
  exit 1
fi
EXEC="$(cd "$(dirname "$EXEC")" && pwd)/$(basename "$EXEC")"
if [ -z "$ICONS" ] || [ ! -d "$ICONS/hicolor" ]; then
  echo "install-desktop-entry: no icons found; pass --icons DIR (the folder with hicolor/)." >&2
  exit 1
fi

# Desktop entry Exec quoting: a path with spaces or reserved characters goes in double quotes,
# with ", `, $ and \ escaped by a backslash (and the backslash itself doubled by the file format).
quote_exec() {
  local path="$1"
  case "$path" in
    *[[:space:]\"\`\$\\\'\>\<~\|\&\;\*\?\#\(\)]*)
      path="${path//\\/\\\\\\\\}"
      path="${path//\"/\\\\\"}"
      path="${path//\`/\\\\\`}"
      path="${path//\$/\\\\\$}"
      printf '"%s"' "$path"
      ;;
    *) printf '%s' "$path" ;;
  esac
}
EXEC_LINE="$(quote_exec "$EXEC")"

mkdir -p "$APPLICATIONS" "$METAINFO" "$HICOLOR"
# TryExec takes a plain path (no quoting), Exec the quoted command line.
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec=%s\n' "$EXEC_LINE" ;;
    TryExec=*) printf 'TryExec=%s\n' "$EXEC" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$HERE/$APP_ID.desktop" >"$APPLICATIONS/$APP_ID.desktop.tmp"
mv "$APPLICATIONS/$APP_ID.desktop.tmp" "$APPLICATIONS/$APP_ID.desktop"
install -m 0644 "$HERE/$APP_ID.metainfo.xml" "$METAINFO/$APP_ID.metainfo.xml"

count=0
for png in "$ICONS"/hicolor/*/apps/"$APP_ID".png; do
  [ -f "$png" ] || continue
  size_dir="$(basename "$(dirname "$(dirname "$png")")")"
  install -D -m 0644 "$png" "$HICOLOR/$size_dir/apps/$APP_ID.png"
  count=$((count + 1))
done
if [ -f "$ICONS/vision-journal.svg" ]; then
  install -D -m 0644 "$ICONS/vision-journal.svg" "$HICOLOR/scalable/apps/$APP_ID.svg"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$APPLICATIONS/$APP_ID.desktop"
fi
refresh_caches

echo "Installed the Vision Journal menu entry ($count icon sizes) in $DATA."
echo "It starts: $EXEC"
