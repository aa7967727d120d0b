"""The import of AI-use sessions from another tool's export, as one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vision_journal.core.operations.step import Label, OpResult

if TYPE_CHECKING:
    from vision_journal.core.importing import ImportResult
    from vision_journal.core.imports import ImportReport
    from vision_journal.core.imports.sessions import CancelCheck, ProgressCallback
    from vision_journal.core.journal import Journal


def apply_import(
    journal: Journal,
    report: ImportReport,
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> OpResult[ImportResult]:
    """Write the sessions of `report` the journal lacks (and the tools they need) in one
    transaction: "Import 42 sessions from ChatGPT". Undo removes them all again."""
    from vision_journal.core import importing

    sources = sorted({s.tool_name.strip() for s in report.sessions})

    def label(result: ImportResult) -> Label:
        if len(sources) == 1:
            return Label("Import %1 sessions from %2", (result.added, sources[0]))
        return Label("Import %1 sessions", (result.added,))

    return journal.write(
        label,
        lambda _session: importing.apply_import(
            journal, report, progress=progress, is_cancelled=is_cancelled
        ),
    )
