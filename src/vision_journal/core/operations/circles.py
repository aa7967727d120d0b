"""Operations on circles and AI tools (including the starter set, added as one step)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vision_journal.core import circles, validation
from vision_journal.core.operations.step import Label, OpResult
from vision_journal.core.records import AiTool, AiToolInput, Circle, CircleInput

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal


def save_circle(
    journal: Journal, value: CircleInput, circle_id: int | None = None
) -> OpResult[Circle]:
    """Create a circle, or change `circle_id`."""

    def body(session: Session) -> Circle:
        validation.check_circle(value, journal.now().date())
        return circles.save_circle(session, value, journal.now(), circle_id)

    template = "New circle “%1”" if circle_id is None else "Edit circle “%1”"
    return journal.write(lambda circle: Label(template, (circle.name,)), body)


def delete_circle(journal: Journal, circle_id: int) -> OpResult[Circle]:
    """Delete a circle nothing points at (one in use is kept: ValidationError says why)."""
    return journal.write(
        lambda circle: Label("Delete circle “%1”", (circle.name,)),
        lambda session: circles.delete_circle(session, circle_id),
    )


def save_tool(journal: Journal, value: AiToolInput, tool_id: int | None = None) -> OpResult[AiTool]:
    """Create an AI tool (also from inside the use dialog), or change `tool_id`."""

    def body(session: Session) -> AiTool:
        validation.check_tool(value, journal.now().date())
        return circles.save_tool(session, value, journal.now(), tool_id)

    template = "New AI tool “%1”" if tool_id is None else "Edit AI tool “%1”"
    return journal.write(lambda tool: Label(template, (tool.name,)), body)


def delete_tool(journal: Journal, tool_id: int) -> OpResult[AiTool]:
    """Delete an AI tool no use points at."""
    return journal.write(
        lambda tool: Label("Delete AI tool “%1”", (tool.name,)),
        lambda session: circles.delete_tool(session, tool_id),
    )


def add_starter_set(
    journal: Journal, new_circles: Sequence[CircleInput], new_tools: Sequence[AiToolInput]
) -> OpResult[tuple[list[Circle], list[AiTool]]]:
    """Add several circles and tools as one step: all of them, or none when one is refused."""

    def body(session: Session) -> tuple[list[Circle], list[AiTool]]:
        made_circles = [save_circle(journal, value).value for value in new_circles]
        made_tools = [save_tool(journal, value).value for value in new_tools]
        return made_circles, made_tools

    return journal.write(Label("Add starter set"), body)
