"""Operations that bring a file into the journal: AI-use sessions from an export, and the
journal's own JSON data. Each is one transaction and one step of the undo history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from vision_journal.core.operations.step import Label, OpResult

if TYPE_CHECKING:
    from vision_journal.core.export.data_json import DataImportResult
    from vision_journal.core.export.data_merge import DataImportPlan
    from vision_journal.core.importing import ImportResult
    from vision_journal.core.imports import ImportReport
    from vision_journal.core.journal import Journal


def import_sessions(
    journal: Journal, report: ImportReport, **options: Any
) -> OpResult[ImportResult]:
    """Write the sessions of `report` the journal does not hold yet (`core.importing`; the
    options are those of `importing.apply_import`: purpose, sphere, progress, is_cancelled).

    A cancel or an error rolls everything back and leaves no step.
    """
    from vision_journal.core import importing

    tools = sorted({s.tool_name.strip() for s in report.sessions})

    def body(session: Session) -> ImportResult:
        return importing.write_sessions(session, journal, report, **options)

    def label(result: ImportResult) -> Label:
        # "Import 42 sessions from ChatGPT" when the file holds one tool's sessions.
        if len(tools) == 1:
            return Label("Import %1 sessions from %2", (result.added, tools[0]))
        return Label("Import %1 AI-use sessions", (result.added,))

    return journal.write(label, body)


def import_data(journal: Journal, plan: DataImportPlan) -> OpResult[DataImportResult]:
    """Write a planned import of the journal's own JSON data (`core.export.data_merge`):
    everything into an empty journal, settings included, or the records a merge adds."""
    from vision_journal.core.export.data_json import write_data

    day_start = journal.settings().day_start_hour

    def body(session: Session) -> DataImportResult:
        result = write_data(session, plan.document, None if plan.is_restore else plan.existing)
        if not plan.is_restore:
            # One session, one use: a waiting session of the file that overlaps one waiting
            # in the journal joins it (docs/capture.md).
            from vision_journal.core.capture import inbox

            found = plan.document.get("found_sessions")
            inbox.fold_waiting(
                session,
                [f["id"] for f in found if isinstance(f, dict)] if isinstance(found, list) else [],
                day_start,
            )
        return result

    return journal.write(lambda result: Label("Import %1 records of data", (result.total,)), body)
