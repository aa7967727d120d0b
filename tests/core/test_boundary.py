"""The core never loads Qt: every core module imports in a fresh interpreter without PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import vision_journal.core

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


#: The storage modules: the only core modules that may read and write ORM rows
#: (docs/architecture.md, "The layers"). Domain code, operations and the `Journal` facade
#: work with records only.
STORAGE_MODULES = frozenset(
    {
        "boundaries",
        "capture.inbox",
        "change_log",
        "capture.sync",
        "changes",
        "checkins",
        "circles",
        "dashboard_cache",
        "drafts",
        "export.data_json",
        "export.summary",
        "goals",
        "importing",
        "operations.rowlog",
        "settings_store",
        "usage",
        "vision",
    }
)


def _imports_models(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            named = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            if any(name.endswith("db.models") for name in named):
                return True
        if isinstance(node, ast.Import) and any(
            alias.name.endswith("db.models") for alias in node.names
        ):
            return True
    return False


def test_only_storage_modules_import_the_orm_models() -> None:
    core = Path(vision_journal.core.__file__).parent
    importers = {
        ".".join(path.relative_to(core).with_suffix("").parts)
        for path in core.rglob("*.py")
        if path.relative_to(core).parts[0] != "db" and _imports_models(path)
    }
    assert "journal" not in importers
    assert importers <= STORAGE_MODULES, sorted(importers - STORAGE_MODULES)
