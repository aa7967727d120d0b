"""Operations on goals and their progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vision_journal.core import circles, goals, validation
from vision_journal.core.operations.step import Label, OpResult
from vision_journal.core.records import Goal, GoalInput, GoalStatus, ProgressEntry, ProgressInput

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal


def save_goal(journal: Journal, value: GoalInput, goal_id: int | None = None) -> OpResult[Goal]:
    """Create a goal, or change `goal_id`."""

    def body(session: Session) -> Goal:
        validation.check_goal(value, journal.now().date(), circles.circle_ids(session))
        return goals.save_goal(session, value, journal.now(), goal_id)

    template = "New goal “%1”" if goal_id is None else "Edit goal “%1”"
    return journal.write(lambda goal: Label(template, (goal.title,)), body)


def set_goal_status(journal: Journal, goal_id: int, status: GoalStatus) -> OpResult[Goal]:
    """Mark a goal active, paused, done or dropped."""

    def body(session: Session) -> Goal:
        row = goals.get_goal_row(session, goal_id)
        row.status = status
        session.flush()
        return goals.goal_record(row)

    return journal.write(lambda goal: Label("Mark “%1” as %2", (goal.title, status)), body)


def delete_goal(journal: Journal, goal_id: int) -> OpResult[Goal]:
    """Delete a goal and its progress; the AI uses linked to it keep no link (undo brings
    the goal, its progress and every link back)."""

    def body(session: Session) -> Goal:
        row = goals.get_goal_row(session, goal_id)
        record = goals.goal_record(row)
        session.delete(row)
        return record

    return journal.write(lambda goal: Label("Delete goal “%1”", (goal.title,)), body)


def add_progress(journal: Journal, goal_id: int, value: ProgressInput) -> OpResult[ProgressEntry]:
    """Add a progress entry to a goal."""
    validation.check_progress(value, journal.now().date())
    title: list[str] = []

    def body(session: Session) -> ProgressEntry:
        title.append(goals.get_goal_row(session, goal_id).title)
        return goals.add_progress(session, goal_id, value)

    return journal.write(lambda _entry: Label("Add progress to “%1”", (title[0],)), body)


def delete_progress(journal: Journal, entry_id: int) -> OpResult[ProgressEntry]:
    """Delete one progress entry."""
    title: list[str] = []

    def body(session: Session) -> ProgressEntry:
        row = goals.get_progress_row(session, entry_id)
        title.append(goals.get_goal_row(session, row.goal_id).title)
        record = goals.progress_record(row)
        session.delete(row)
        return record

    return journal.write(lambda _entry: Label("Remove progress from “%1”", (title[0],)), body)
