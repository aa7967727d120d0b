#!/usr/bin/env bash
# Mutation testing of the pure domain logic (rules, balance index, goal strength, calendar).
#
#   bash scripts/mutation.sh            # run (resumes where the last run stopped), then report
#   bash scripts/mutation.sh --fresh    # forget earlier results first
#   bash scripts/mutation.sh --retest   # test the last run's survivors again (after new tests)
#   bash scripts/mutation.sh --report   # only print the score and survivors of the last run
#
# Not part of CI: it takes minutes. Run it before and after changing a formula. mutmut and
# its tools go into their own virtualenv (.venv-mutation), pinned by requirements/mutation.txt;
# which modules are mutated and which tests run against them is [tool.mutmut] in
# pyproject.toml. Survivors no test could ever tell apart from the real code are recorded,
# with the reason, in tests/mutation-equivalents.txt and left out of the score.
# MUTATION_CHILDREN (default 2) sets how many mutants are tested at once.
export VISION_JOURNAL_VENV="${MUTATION_VENV:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.venv-mutation}"
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mode=run
case "${1:-}" in
  --fresh) mode=fresh ;;
  --retest) mode=retest ;;
  --report) mode=report ;;
  "") ;;
  *) echo "usage: bash scripts/mutation.sh [--fresh|--retest|--report]" >&2; exit 2 ;;
esac

ensure_venv "[test]"
if ! cmp -s "$ROOT/requirements/mutation.txt" "$VENV/.mutation-installed" 2>/dev/null; then
  echo "Installing mutmut into $VENV ..."
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -c "$CONSTRAINTS" -c "$ROOT/requirements/mutation.txt" mutmut
  cp "$ROOT/requirements/mutation.txt" "$VENV/.mutation-installed"
fi

cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
if [ "$mode" = fresh ]; then
  rm -rf mutants
fi
if [ "$mode" != report ]; then
  "$VENV/bin/python" scripts/mutation_tools.py sync
  names=()
  if [ "$mode" = retest ]; then
    mapfile -t names < <("$VENV/bin/python" scripts/mutation_tools.py undetected)
  fi
  # mutmut exits non-zero when mutants survive; the report below is the verdict.
  "$VENV/bin/mutmut" run --max-children "${MUTATION_CHILDREN:-2}" "${names[@]}" || true
fi
"$VENV/bin/python" scripts/mutation_tools.py report tests/mutation-equivalents.txt
