"""Operations on weekly check-ins and their questions.

The check-in functions of `core/checkins.py` open `journal.session()`; inside an operation
that is the operation's own session, so each call here is one transaction with its row log.
Opening a check-in, keeping its answers as they are typed, and adding the default questions
are operations too, but the window does not offer them to undo: the person did not ask for
them as a step (`UndoHistory.announce`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from vision_journal.core import checkins
from vision_journal.core.operations.step import Label, OpResult
from vision_journal.core.records import Adjustment, CheckIn, CheckInStatus, Prompt

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal


def open_checkin(journal: Journal, first_day: dt.date) -> OpResult[CheckIn]:
    """The check-in of the week starting `first_day`, created as a draft when missing, with
    the default questions added when there are none; a completed one is reopened."""

    def body(_session: object) -> CheckIn:
        checkins.ensure_default_prompts(journal)
        found = checkins.open_checkin(journal, first_day)
        if found.status is CheckInStatus.COMPLETED:
            found = checkins.reopen_checkin(journal, found.id)
        return found

    return journal.write(Label("Open check-in"), body)


def save_answers(
    journal: Journal,
    checkin_id: int,
    answers: Mapping[int, str],
    ratings: checkins.Ratings | None = None,
) -> OpResult[CheckIn]:
    """Keep a check-in's answers and ratings as they are typed (the draft)."""
    return journal.write(
        Label("Keep check-in answers"),
        lambda _session: checkins.save_answers(journal, checkin_id, answers, ratings),
    )


def complete_checkin(journal: Journal, checkin_id: int) -> OpResult[CheckIn]:
    """Complete a check-in (undo makes it a draft again)."""
    return journal.write(
        lambda done: Label("Complete check-in of %1", (done.week_start,)),
        lambda _session: checkins.complete_checkin(journal, checkin_id),
    )


def reopen_checkin(journal: Journal, checkin_id: int) -> OpResult[CheckIn]:
    """Make a completed check-in editable again."""
    return journal.write(
        lambda opened: Label("Reopen check-in of %1", (opened.week_start,)),
        lambda _session: checkins.reopen_checkin(journal, checkin_id),
    )


def record_adjustment(
    journal: Journal, checkin_id: int, adjustment: Adjustment
) -> OpResult[CheckIn]:
    """Note that the check-in created, changed or paused a goal or rule."""
    return journal.write(
        Label("Record adjustment"),
        lambda _session: checkins.record_adjustment(journal, checkin_id, adjustment),
    )


def add_prompt(journal: Journal, text: str) -> OpResult[Prompt]:
    """Add a check-in question."""
    return journal.write(Label("Add question"), lambda _session: checkins.add_prompt(journal, text))


def reorder_prompts(journal: Journal, prompt_ids: Sequence[int]) -> OpResult[list[Prompt]]:
    """Put the questions in this order."""
    return journal.write(
        Label("Reorder questions"),
        lambda _session: checkins.reorder_prompts(journal, prompt_ids),
    )


def retire_prompt(journal: Journal, prompt_id: int) -> OpResult[Prompt]:
    """Stop asking a question (its old answers stay)."""
    return journal.write(
        Label("Retire question"), lambda _session: checkins.retire_prompt(journal, prompt_id)
    )
