"""The core never loads Qt: every core module imports in a fresh interpreter without PySide6."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import vision_journal.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + ".")]
for name in names:
    if ".migrations" in name:  # Alembic's env.py only runs inside Alembic
        continue
    importlib.import_module(name)
qt = ("PySide6", "shiboken6", "vision_journal.ui")
loaded = sorted(n for n in sys.modules if n.startswith(qt))
print(len(names), loaded)
"""


def test_core_modules_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    count, loaded = result.stdout.split(" ", 1)
    assert int(count) > 10
    assert loaded.strip() == "[]"
