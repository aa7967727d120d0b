"""Operations on what the journal is as a whole: the vision, the settings, the setup plan,
and the drafts of unsaved text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vision_journal.core import drafts, settings_store, usage, validation
from vision_journal.core import vision as vision_store
from vision_journal.core.operations.step import Label, OpResult
from vision_journal.core.records import Settings, Vision, VisionRevision

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal
    from vision_journal.core.setup import SetupPlan


def save_vision(journal: Journal, value: Vision) -> OpResult[VisionRevision]:
    """Save the vision as a new revision (undo removes that revision again)."""

    def body(session: Session) -> VisionRevision:
        validation.check_vision(value, journal.now().date())
        return vision_store.save_vision(session, value, journal.now())

    return journal.write(Label("Save the vision"), body)


def save_settings(journal: Journal, value: Settings) -> OpResult[Settings]:
    """Store the settings; a new day start files every use and connection again."""
    settings_store.check_settings(value)
    old = journal.settings()

    def body(session: Session) -> Settings:
        settings_store.save_settings(session, value)
        if value.day_start_hour != old.day_start_hour:
            usage.refile_days(session, value.day_start_hour)
        return value

    return journal.write(Label("Change settings"), body)


def apply_setup_plan(journal: Journal, plan: SetupPlan) -> OpResult[None]:
    """Write what the guided setup collected, as one step."""
    from vision_journal.core import setup

    return journal.write(Label("Guided setup"), lambda _session: setup.apply_plan(journal, plan))


def keep_draft(journal: Journal, key: str, text: str) -> OpResult[None]:
    """Keep unsaved text under `key` until it is saved or discarded.

    Its step is not meant for the undo history: a draft is kept while typing, and the
    save that follows is the step a person takes back.
    """

    return journal.write(
        Label("Keep a draft"), lambda session: drafts.keep(session, key, text, journal.now())
    )


def discard_drafts(journal: Journal, prefix: str) -> OpResult[None]:
    """Forget every draft whose key starts with `prefix` (after a save, or on cancel)."""

    return journal.write(Label("Discard drafts"), lambda session: drafts.discard(session, prefix))
