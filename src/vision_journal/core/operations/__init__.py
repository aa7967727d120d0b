"""Operations: every change a person makes to a journal, as one Qt-free function.

An operation validates, writes in one transaction, and returns an `OpResult`: its records,
the `Changes` it made (tables, row ids, journal days) and an `UndoStep` recorded inside that
same transaction (`rowlog`). The `UndoHistory` keeps the steps; the window only shows it.
How to add one: `docs/architecture.md`.

One module per subject: `uses` (AI uses, breach reasons, connections), `goals` (goals and
progress), `imports` (sessions from an export, the journal's own JSON data).
"""

from vision_journal.core.errors import StaleUndoError
from vision_journal.core.operations.history import UndoHistory
from vision_journal.core.operations.step import Label, OpResult, Step, UndoStep

__all__ = ["Label", "OpResult", "StaleUndoError", "Step", "UndoHistory", "UndoStep"]
