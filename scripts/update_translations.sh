#!/usr/bin/env bash
# Collect every tr()/translate() string of the UI into resources/translations/*.ts
# (pyside6-lupdate keeps the translations already made and marks changed ones unfinished),
# then build the .qm files the app loads (pyside6-lrelease).
#
#   scripts/update_translations.sh            update every .ts and build every .qm
#   scripts/update_translations.sh --release  only build the .qm files from the .ts as they are
#
# Add a language by creating an empty resources/translations/vision_journal_<lang>.ts
# (for example with: pyside6-lupdate ... -ts resources/translations/vision_journal_fr.ts).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VISION_JOURNAL_VENV:-$ROOT/.venv}"
FOLDER="$ROOT/resources/translations"
cd "$ROOT"

mapfile -t sources < <(find src/vision_journal/ui -name '*.py' | LC_ALL=C sort)
mapfile -t catalogs < <(find "$FOLDER" -name 'vision_journal_*.ts' | LC_ALL=C sort)
if [ ${#catalogs[@]} -eq 0 ]; then
  catalogs=("$FOLDER/vision_journal_de.ts")
fi

if [ "${1:-}" != "--release" ]; then
  for ts in "${catalogs[@]}"; do
    # English is the source language: its catalogue holds only the plural forms of the %n
    # messages ("%n day(s)" -> "1 day" / "2 days"); new ones arrive unfinished, to be filled.
    only=()
    if [ "$(basename "$ts")" = "vision_journal_en.ts" ]; then only=(-pluralonly); fi
    # -locations relative: stable line references without absolute paths in the file.
    "$VENV/bin/pyside6-lupdate" "${only[@]}" -no-obsolete -locations relative "${sources[@]}" \
      -ts "$ts"
  done
fi
for ts in "${catalogs[@]}"; do
  "$VENV/bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
