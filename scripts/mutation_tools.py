"""Helpers of scripts/mutation.sh: keep mutmut's copy of the code current, and report.

    python scripts/mutation_tools.py sync
    python scripts/mutation_tools.py undetected
    python scripts/mutation_tools.py report EQUIVALENTS_FILE

`sync` runs before mutmut: mutmut copies the sources into `mutants/` once and afterwards only
regenerates the files it mutates, so a module that changed since (say `records.py` after a
merge) would be tested in its old version. `sync` deletes every copy that no longer matches
its source, and mutmut copies it again.

`undetected` lists the mutants the last run did not kill, for testing them again after new
tests were written (mutmut keeps a mutant's verdict until its function changes).

`report` reads mutmut's results (run from the project root, in the venv mutmut is installed
in) and prints generated, killed, survived and equivalent counts, the score
`killed / (generated - equivalent)` and every survivor with its diff.

The equivalents file records survivors no test can tell apart from the real code:

    vision_journal.core.rules.x_budget_usage__mutmut_12: why no test can tell the difference
        + the mutated line, as `mutmut show` prints it after the "+"

The second line pins the entry to that exact mutation: mutants are numbered per function,
so after a function changes the same name can be another mutation. An entry whose line no
longer matches, or whose mutant is killed or gone, is reported as stale and not counted.
"""

from __future__ import annotations

import filecmp
import sys
from dataclasses import dataclass
from pathlib import Path

#: What mutmut's exit codes mean for the score: a timeout is a detected mutant.
KILLED_STATUSES = frozenset({"killed", "timeout", "caught by type check", "segfault"})


@dataclass(frozen=True)
class Equivalent:
    """One recorded equivalent survivor."""

    name: str
    reason: str
    mutated_line: str


def read_equivalents(path: Path) -> dict[str, Equivalent]:
    """The entries of the equivalents file by mutant name."""
    entries: dict[str, Equivalent] = {}
    if not path.exists():
        return entries
    name = reason = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if not raw.startswith(" "):
            name, _, reason = line.partition(":")
            if not reason.strip():
                raise SystemExit(f"{path}:{number}: an equivalent needs a reason after the ':'")
            continue
        stripped = line.strip()
        if not name or not stripped.startswith("+"):
            raise SystemExit(f"{path}:{number}: expected '+ mutated line' under a mutant name")
        entries[name] = Equivalent(name, reason.strip(), stripped[1:].strip())
        name = ""
    if name:
        raise SystemExit(f"{path}: {name} has no '+ mutated line'")
    return entries


def mutated_lines(diff: str) -> list[str]:
    """The added lines of a mutant's diff, stripped."""
    return [
        line[1:].strip()
        for line in diff.splitlines()
        if line.startswith("+") and not line.startswith("+++")
    ]


def sync() -> None:
    """Delete the copies in `mutants/` of unmutated files whose source changed."""
    from mutmut.configuration import config
    from mutmut.utils.file_utils import walk_source_files

    for source in walk_source_files():
        copy = Path("mutants") / source
        if config().should_mutate(source) or not copy.exists():
            continue
        if not filecmp.cmp(source, copy, shallow=False):
            copy.unlink()


def report(equivalents_path: Path) -> int:
    """Print the score and the survivors; 0 when the run had results."""
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.stats import status_by_exit_code
    from mutmut.utils.file_utils import walk_mutatable_files

    equivalents = read_equivalents(equivalents_path)
    statuses: dict[str, str] = {}
    paths: dict[str, Path] = {}
    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        if not data.meta_path.exists():
            continue
        data.load()
        for name, code in data.exit_code_by_key.items():
            statuses[name] = status_by_exit_code[code]
            paths[name] = path
    if not statuses:
        print("No mutation results yet: run bash scripts/mutation.sh first.")
        return 1

    killed = sorted(n for n, s in statuses.items() if s in KILLED_STATUSES)
    undetected = sorted(n for n, s in statuses.items() if s not in KILLED_STATUSES)
    unchecked = [n for n in undetected if statuses[n] == "not checked"]
    equivalent: list[str] = []
    survivors: list[tuple[str, str]] = []
    for name in undetected:
        diff = get_diff_for_mutant(name, path=paths[name])
        entry = equivalents.get(name)
        if entry is not None and entry.mutated_line in mutated_lines(diff):
            equivalent.append(name)
        else:
            survivors.append((name, diff))
    stale = sorted(set(equivalents) - set(equivalent))

    by_status: dict[str, int] = {}
    for name in undetected:
        by_status[statuses[name]] = by_status.get(statuses[name], 0) + 1
    for name, diff in survivors:
        if statuses[name] != "not checked":
            print(f"\n--- {name} ({statuses[name]})")
            print("\n".join(diff.splitlines()[2:]))
    if stale:
        print(f"\nStale entries in {equivalents_path} (killed, gone or another mutation now):")
        for name in stale:
            print(f"    {name}")

    generated = len(statuses)
    counted = generated - len(equivalent)
    score = 100 * len(killed) / counted if counted else 100.0
    detail = ", ".join(f"{count} {status}" for status, count in sorted(by_status.items()))
    print()
    print(f"generated  {generated}")
    print(f"killed     {len(killed)}")
    print(f"survived   {len(undetected)}" + (f" ({detail})" if detail else ""))
    print(f"equivalent {len(equivalent)} (recorded in {equivalents_path})")
    print(f"score      {score:.1f} % = killed / (generated - equivalent)")
    if unchecked:
        print(f"The run did not finish: {len(unchecked)} mutants not checked yet.")
    return 0


def undetected() -> None:
    """Print the names of the mutants no test killed in the last run, one a line."""
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.stats import status_by_exit_code
    from mutmut.utils.file_utils import walk_mutatable_files

    for path in walk_mutatable_files():
        data = SourceFileMutationData(path=path)
        if not data.meta_path.exists():
            continue
        data.load()
        for name, code in sorted(data.exit_code_by_key.items()):
            if status_by_exit_code[code] not in KILLED_STATUSES:
                print(name)


def main(argv: list[str]) -> int:
    """Run the subcommand named in `argv`."""
    if argv[:1] == ["sync"]:
        sync()
        return 0
    if argv[:1] == ["undetected"]:
        undetected()
        return 0
    if argv[:1] == ["report"] and len(argv) == 2:
        return report(Path(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
