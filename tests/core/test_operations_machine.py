"""Random sequences of every operation, undone and redone as a whole (docs/architecture.md).

A Hypothesis state machine runs the operations a person can reach in the window, with
hostile text, numbers on and past their limits, and deletes of records others point to,
interleaved with undo and redo. At the end, undoing every step must give back the JSON
export the journal started with, and redoing every step the export taken after the
sequence (the export's time stamp aside). A refused operation must leave no step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from tests.conftest import FIXED_NOW
from vision_journal.core import checkins
from vision_journal.core.errors import NotFoundError, ValidationError
from vision_journal.core.export.data_json import export_json
from vision_journal.core.imports import ImportedSession, ImportReport
from vision_journal.core.journal import Journal
from vision_journal.core.operations import OpResult, UndoHistory
from vision_journal.core.operations import checkins as checkin_ops
from vision_journal.core.operations import circles as circle_ops
from vision_journal.core.operations import goals as goal_ops
from vision_journal.core.operations import imports as import_ops
from vision_journal.core.operations import journal_state as state_ops
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.operations import uses as use_ops
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    Adjustment,
    AiToolInput,
    AiUseInput,
    BudgetParams,
    CircleInput,
    ConnectionInput,
    ConnectionMode,
    CurfewParams,
    GoalInput,
    GoalStatus,
    Mediation,
    NoMediationParams,
    ProgressInput,
    RuleInput,
    Severity,
    Sphere,
    SphereVision,
    TimeWindow,
    ToolKind,
    UsePurpose,
    UseSource,
    Vision,
)

HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "Robert'); DROP TABLE ai_use;--",
        '"quoted" \\ back\\slash',
        "\u202e\u0301 mirrored",
        "🙂 family\n\ttabs",
        "x" * 200,
        "%1 %2 %",
    ]
)
PLAIN = st.sampled_from(["Read more", "Gran", "Write it myself", "Work", "Evenings"])
# Plain words twice: most inputs should be saved, so later steps have records to point at.
TEXT = PLAIN | PLAIN | HOSTILE | st.text(max_size=40)
NAME = PLAIN | PLAIN | HOSTILE | st.text(min_size=1, max_size=30)
MINUTES = st.sampled_from([-1, 0, 1, 59, 1439, 1440, 1441]) | st.integers(1, 300) | st.just(20)
WHEN = st.builds(
    lambda days, minutes: FIXED_NOW - dt.timedelta(days=days, minutes=minutes),
    st.integers(-2, 400),
    st.integers(0, 24 * 60),
)


def _snapshot(journal: Journal) -> dict[str, Any]:
    data = export_json(journal)
    data.pop("exported_at")
    return data


class Operations(RuleBasedStateMachine):
    """Every operation, on a journal of its own, with the core undo history."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="vj-machine-"))
        self.journal = Journal.open(JournalPaths(self.folder / "journal"), clock=lambda: FIXED_NOW)
        self.history = UndoHistory(self.journal)
        self.start: dict[str, Any] = {}

    @initialize()
    def remember_the_start(self) -> None:
        # Records that point at each other, written before the history starts, so the first
        # steps can already delete what others need: a use linked to a goal and a circle,
        # with a firm-rule reason; progress on the goal; a connection with the circle.
        journal = self.journal
        tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
        family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
        goal = journal.save_goal(
            GoalInput("Write to Gran myself", Sphere.PERSONAL, circle_id=family.id)
        )
        rule = journal.save_rule(
            RuleInput("Own words", NoMediationParams(family.id), Severity.FIRM)
        )
        journal.save_rule(RuleInput("Quiet nights", CurfewParams((TimeWindow(22 * 60, 6 * 60),))))
        journal.log_use(
            AiUseInput(
                FIXED_NOW - dt.timedelta(days=1),
                25,
                tool.id,
                UsePurpose.DRAFT_MESSAGE,
                Sphere.PERSONAL,
                circle_id=family.id,
                goal_id=goal.id,
                mediation=Mediation.AI_DRAFTED,
            ),
            {rule.id: "A hard letter"},
        )
        journal.add_progress(goal.id, ProgressInput(FIXED_NOW.date(), 1, "first letter"))
        journal.log_connection(
            ConnectionInput(FIXED_NOW - dt.timedelta(days=2), family.id, ConnectionMode.CALL, 30)
        )
        self.start = _snapshot(journal)

    def teardown(self) -> None:
        try:
            if self.start:
                after = _snapshot(self.journal)
                steps = 0
                while self.history.undo_label is not None:
                    self.history.undo()
                    steps += 1
                assert _snapshot(self.journal) == self.start
                for _ in range(steps):
                    self.history.redo()
                assert _snapshot(self.journal) == after
        finally:
            self.journal.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers --------------------------------------------------------------------------

    def _run(self, operation: Any, *args: Any) -> Any:
        """Run an operation; a refused one must write nothing and leave no step."""
        before = len(self.history)
        try:
            result: OpResult[Any] = operation(self.journal, *args)
        except (ValidationError, NotFoundError, ValueError):
            assert len(self.history) == before
            event(f"{operation.__name__}: refused")
            return None
        event(f"{operation.__name__}: done")
        return self.history.push(result)

    def _ids(self, items: list[Any]) -> list[int]:
        return [item.id for item in items]

    def _pick(self, data: st.DataObject, ids: list[int], *, missing: bool = True) -> int | None:
        choices: list[int | None] = [*ids, 9999] if missing else list(ids)
        if not choices:
            return None
        return data.draw(st.sampled_from(choices))

    # --- circles and tools ----------------------------------------------------------------

    @rule(name=NAME, sphere=st.sampled_from(Sphere), cadence=st.sampled_from([None, 0, 1, 3651]))
    def new_circle(self, name: str, sphere: Sphere, cadence: int | None) -> None:
        self._run(circle_ops.save_circle, CircleInput(name, sphere, cadence))

    @rule(data=st.data(), name=NAME)
    def rename_circle(self, data: st.DataObject, name: str) -> None:
        circle_id = self._pick(data, self._ids(self.journal.circles()))
        if circle_id is not None:
            self._run(circle_ops.save_circle, CircleInput(name, Sphere.PERSONAL), circle_id)

    @rule(data=st.data())
    def delete_circle(self, data: st.DataObject) -> None:
        circle_id = self._pick(data, self._ids(self.journal.circles()))
        if circle_id is not None:
            self._run(circle_ops.delete_circle, circle_id)

    @rule(name=NAME)
    def new_tool(self, name: str) -> None:
        self._run(circle_ops.save_tool, AiToolInput(name, ToolKind.CHAT_ASSISTANT))

    @rule(data=st.data())
    def delete_tool(self, data: st.DataObject) -> None:
        tool_id = self._pick(data, self._ids(self.journal.tools()))
        if tool_id is not None:
            self._run(circle_ops.delete_tool, tool_id)

    @rule()
    def add_starter_set(self) -> None:
        self._run(
            circle_ops.add_starter_set,
            [CircleInput("Friends", Sphere.PERSONAL)],
            [AiToolInput("Claude", ToolKind.CHAT_ASSISTANT)],
        )

    # --- uses and connections -------------------------------------------------------------

    def _use(self, data: st.DataObject) -> AiUseInput | None:
        tool_id = self._pick(data, self._ids(self.journal.tools()), missing=False)
        if tool_id is None:
            return None
        return AiUseInput(
            started_at=data.draw(WHEN),
            minutes=data.draw(MINUTES),
            tool_id=tool_id,
            purpose=data.draw(st.sampled_from(UsePurpose)),
            sphere=data.draw(st.sampled_from(Sphere)),
            circle_id=data.draw(
                st.none() | st.sampled_from([*self._ids(self.journal.circles()), 0])
            ),
            goal_id=data.draw(st.none() | st.sampled_from([*self._ids(self.journal.goals()), 0])),
            mediation=data.draw(st.sampled_from(Mediation)),
            note=data.draw(TEXT),
        )

    @rule(data=st.data(), reason=TEXT)
    def log_use(self, data: st.DataObject, reason: str) -> None:
        value = self._use(data)
        rules = self._ids(self.journal.rules())
        reasons = {rules[0]: reason} if rules and data.draw(st.booleans()) else None
        if value is not None:
            self._run(use_ops.log_use, value, reasons)

    @rule(data=st.data())
    def edit_use(self, data: st.DataObject) -> None:
        use_id = self._pick(data, self._ids(self.journal.list_uses()))
        value = self._use(data)
        if use_id is not None and value is not None:
            self._run(use_ops.update_use, use_id, value)

    @rule(data=st.data())
    def delete_use(self, data: st.DataObject) -> None:
        use_id = self._pick(data, self._ids(self.journal.list_uses()))
        if use_id is not None:
            self._run(use_ops.delete_use, use_id)

    @rule(data=st.data(), minutes=MINUTES, note=TEXT)
    def log_connection(self, data: st.DataObject, minutes: int, note: str) -> None:
        circle_id = self._pick(data, self._ids(self.journal.circles()))
        if circle_id is not None:
            value = ConnectionInput(data.draw(WHEN), circle_id, ConnectionMode.IN_PERSON, minutes)
            self._run(use_ops.log_connection, value)

    @rule(data=st.data())
    def delete_connection(self, data: st.DataObject) -> None:
        moment_id = self._pick(data, self._ids(self.journal.connections()))
        if moment_id is not None:
            self._run(use_ops.delete_connection, moment_id)

    # --- goals ----------------------------------------------------------------------------

    @rule(data=st.data(), title=NAME, why=TEXT)
    def new_goal(self, data: st.DataObject, title: str, why: str) -> None:
        circle_id = data.draw(st.none() | st.sampled_from([*self._ids(self.journal.circles()), 0]))
        self._run(
            goal_ops.save_goal, GoalInput(title, Sphere.PERSONAL, circle_id=circle_id, why=why)
        )

    @rule(data=st.data(), status=st.sampled_from(GoalStatus))
    def mark_goal(self, data: st.DataObject, status: GoalStatus) -> None:
        goal_id = self._pick(data, self._ids(self.journal.goals()))
        if goal_id is not None:
            self._run(goal_ops.set_goal_status, goal_id, status)

    @rule(data=st.data(), value=st.integers(-1, 10**6), note=TEXT)
    def add_progress(self, data: st.DataObject, value: int, note: str) -> None:
        goal_id = self._pick(data, self._ids(self.journal.goals()))
        if goal_id is not None:
            day = data.draw(WHEN).date()
            self._run(goal_ops.add_progress, goal_id, ProgressInput(day, value, note))

    @rule(data=st.data())
    def delete_progress(self, data: st.DataObject) -> None:
        entry_id = self._pick(data, self._ids(self.journal.progress()))
        if entry_id is not None:
            self._run(goal_ops.delete_progress, entry_id)

    @rule(data=st.data())
    def delete_goal(self, data: st.DataObject) -> None:
        goal_id = self._pick(data, self._ids(self.journal.goals()))
        if goal_id is not None:
            self._run(goal_ops.delete_goal, goal_id)

    # --- rules ----------------------------------------------------------------------------

    @rule(
        data=st.data(),
        name=NAME,
        kind=st.sampled_from(["budget", "curfew", "no_mediation"]),
        severity=st.sampled_from(Severity),
        minutes=MINUTES,
        window=st.tuples(st.integers(-1, 1441), st.integers(-1, 1441)),
    )
    def save_rule(
        self,
        data: st.DataObject,
        name: str,
        kind: str,
        severity: Severity,
        minutes: int,
        window: tuple[int, int],
    ) -> None:
        params: Any
        if kind == "budget":
            params = BudgetParams(minutes)
        elif kind == "curfew":
            params = CurfewParams((TimeWindow(*window),))
        else:
            circle_id = self._pick(data, self._ids(self.journal.circles()))
            if circle_id is None:
                return
            params = NoMediationParams(circle_id)
        existing = data.draw(st.none() | st.sampled_from(self._ids(self.journal.rules()) or [0]))
        self._run(rule_ops.save_rule, RuleInput(name, params, severity), existing)

    @rule(data=st.data(), active=st.booleans())
    def pause_or_resume_rule(self, data: st.DataObject, active: bool) -> None:
        rule_id = self._pick(data, self._ids(self.journal.rules()))
        if rule_id is not None:
            self._run(rule_ops.set_rule_active, rule_id, active)

    @rule(data=st.data())
    def delete_rule(self, data: st.DataObject) -> None:
        rule_id = self._pick(data, self._ids(self.journal.rules()))
        if rule_id is not None:
            self._run(rule_ops.delete_rule, rule_id)

    # --- vision and settings --------------------------------------------------------------

    @rule(statement=TEXT, values=TEXT)
    def save_vision(self, statement: str, values: str) -> None:
        vision = Vision(personal=SphereVision(purpose_statement=statement, values=values))
        self._run(state_ops.save_vision, vision)

    @rule(hour=st.integers(-1, 13))
    def change_day_start(self, hour: int) -> None:
        settings_now = self.journal.settings()
        changed = dataclasses.replace(settings_now, day_start_hour=hour)
        self._run(state_ops.save_settings, changed)

    # --- check-ins ------------------------------------------------------------------------

    @rule(weeks_back=st.integers(0, 3), answer=TEXT, rating=st.integers(0, 6))
    def check_in(self, weeks_back: int, answer: str, rating: int) -> None:
        opened = self._run(
            checkin_ops.open_checkin, FIXED_NOW.date() - dt.timedelta(weeks=weeks_back)
        )
        if opened is None:
            return
        prompts = checkins.prompts(self.journal)
        ratings = checkins.Ratings(rating, rating, rating)
        answers = {prompts[0].id: answer} if prompts else {}
        self._run(checkin_ops.save_answers, opened.id, answers, ratings)
        self._run(checkin_ops.complete_checkin, opened.id)

    @rule(data=st.data(), text=TEXT)
    def adjust_in_a_check_in(self, data: st.DataObject, text: str) -> None:
        done = checkins.checkins(self.journal)
        goal_id = self._pick(data, self._ids(self.journal.goals()))
        if done and goal_id is not None:
            adjustment = Adjustment("goal", goal_id, "changed", text)
            self._run(checkin_ops.record_adjustment, done[0].id, adjustment)

    @rule(text=TEXT)
    def add_question(self, text: str) -> None:
        self._run(checkin_ops.add_prompt, text)

    @rule(data=st.data())
    def retire_or_reorder_questions(self, data: st.DataObject) -> None:
        ids = self._ids(checkins.prompts(self.journal))
        if not ids:
            return
        if data.draw(st.booleans()):
            self._run(checkin_ops.retire_prompt, data.draw(st.sampled_from(ids)))
        else:
            self._run(checkin_ops.reorder_prompts, list(reversed(ids)))

    # --- imports --------------------------------------------------------------------------

    @rule(data=st.data(), count=st.integers(0, 5), tool=st.sampled_from(["ChatGPT", "Gemini"]))
    def import_sessions(self, data: st.DataObject, count: int, tool: str) -> None:
        sessions = tuple(
            ImportedSession(
                data.draw(WHEN),
                data.draw(st.integers(1, 120)),
                tool,
                UseSource.CHATGPT,
                data.draw(st.sampled_from(["a", "b", "c", "d", "e", "f"])),
                2,
            )
            for _ in range(count)
        )
        self._run(import_ops.import_sessions, ImportReport(sessions, ()))

    # --- undo and redo in between ---------------------------------------------------------

    @precondition(lambda self: self.history.undo_label is not None)
    @rule()
    def undo(self) -> None:
        self.history.undo()

    @precondition(lambda self: self.history.redo_label is not None)
    @rule()
    def redo(self) -> None:
        self.history.redo()


Operations.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestOperations = Operations.TestCase
