"""Smoke-test a built bundle: it starts offscreen, opens a sample journal, reports its version.

    python packaging/smoke_test.py [dist/vision-journal] [--require-sqlcipher]

Runs the bundle's own executable twice, in a throwaway home folder so no real journal or
setting is touched:

1. ``vision-journal --version`` must print ``vision-journal <version>``, the version of this
   source tree;
2. ``vision-journal --smoke-test`` must exit 0 after printing that same first line and, as
   its last line, ``smoke test: ok``. A ``sqlcipher: <version>`` line, when printed, must
   name SQLCipher 4.x (``--require-sqlcipher`` makes the line mandatory).

Needs only the standard library, so any Python 3.11 can run it. Exit code 0 when all passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "vision-journal"
TIMEOUT_SECONDS = 120


class SmokeTestError(Exception):
    """The bundle did not behave; the message says how."""


@dataclass(frozen=True)
class SmokeReport:
    """What a passing bundle told us."""

    version: str
    output: str
    size_bytes: int
    file_count: int
    seconds: float

    def summary(self) -> str:
        """One line for the build log."""
        return (
            f"bundle ok: vision-journal {self.version}, {self.size_bytes / 1e6:.1f} MB in "
            f"{self.file_count} files, smoke test {self.seconds:.1f}s"
        )


def source_version(root: Path = ROOT) -> str:
    """`__version__` of the source tree, read without importing the app."""
    text = (root / "src" / "vision_journal" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SmokeTestError("no __version__ in src/vision_journal/__init__.py")
    return match.group(1)


def executable(bundle: Path) -> Path:
    """The app's executable in a one-folder bundle, a macOS .app, or the executable itself."""
    if bundle.is_file():
        return bundle
    candidates = [
        bundle / "vision-journal",
        bundle / "vision-journal.exe",
        bundle / "Contents" / "MacOS" / "vision-journal",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SmokeTestError(f"no vision-journal executable in {bundle}")


def bundle_size(bundle: Path) -> tuple[int, int]:
    """Total bytes and number of regular files of the bundle (links not followed)."""
    folder = bundle if bundle.is_dir() else bundle.parent
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def isolated_environment(home: Path) -> dict[str, str]:
    """The current environment with every per-user folder moved into `home`, Qt offscreen."""
    env = dict(os.environ)
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        env[name] = str(home)
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
        ("TMPDIR", "tmp"),
    ):
        folder = home / sub
        folder.mkdir(mode=0o700, exist_ok=True)
        env[name] = str(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("LANG", "C.UTF-8")
    return env


def _run(command: list[str], env: dict[str, str], timeout: float) -> str:
    try:
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeTestError(f"{' '.join(command)} did not finish in {timeout:.0f}s") from exc
    output = done.stdout + done.stderr
    if "unrecognized arguments: --smoke-test" in output:
        raise SmokeTestError(
            "this build of the app has no --smoke-test option yet; it must open a sample "
            "journal offscreen and print 'vision-journal <version>' ... 'smoke test: ok'"
        )
    if done.returncode != 0:
        raise SmokeTestError(
            f"{' '.join(command)} exited with {done.returncode}:\n{output.rstrip()}"
        )
    return done.stdout


def smoke_test(
    bundle: Path,
    *,
    expected_version: str | None = None,
    require_sqlcipher: bool = False,
    timeout: float = TIMEOUT_SECONDS,
) -> SmokeReport:
    """Run the checks of this module's docstring; raises SmokeTestError on the first failure."""
    program = executable(bundle)
    version = expected_version or source_version()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="vision-journal-smoke-home-") as home:
        env = isolated_environment(Path(home))
        said = _run([str(program), "--version"], env, timeout).strip()
        if said != f"vision-journal {version}":
            raise SmokeTestError(f"--version said {said!r}, expected 'vision-journal {version}'")
        output = _run([str(program), "--smoke-test"], env, timeout)
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if not lines or lines[0] != f"vision-journal {version}":
        raise SmokeTestError(f"--smoke-test did not report version {version}:\n{output}")
    if lines[-1] != "smoke test: ok":
        raise SmokeTestError(f"--smoke-test did not end with 'smoke test: ok':\n{output}")
    cipher = [line for line in lines if line.startswith("sqlcipher:")]
    if cipher and not re.match(r"sqlcipher: 4\.", cipher[0]):
        raise SmokeTestError(f"expected SQLCipher 4.x, the bundle reports {cipher[0]!r}")
    if require_sqlcipher and not cipher:
        raise SmokeTestError(f"--smoke-test printed no 'sqlcipher:' line:\n{output}")
    size, count = bundle_size(bundle)
    return SmokeReport(version, output, size, count, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    """Command line; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "bundle",
        nargs="?",
        type=Path,
        default=DEFAULT_BUNDLE,
        help="the bundle folder or its executable (default: %(default)s)",
    )
    parser.add_argument(
        "--require-sqlcipher",
        action="store_true",
        help="fail unless the bundle reports SQLCipher 4.x",
    )
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="per run, seconds")
    args = parser.parse_args(argv)
    try:
        report = smoke_test(
            args.bundle, require_sqlcipher=args.require_sqlcipher, timeout=args.timeout
        )
    except SmokeTestError as error:
        print(f"smoke test FAILED: {error}", file=sys.stderr)
        return 1
    print(report.output.rstrip())
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
