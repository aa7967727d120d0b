"""Validation of what a person enters: every problem, per field, before anything is written.

Each `check_*` function returns the list of problems of one input; the journal raises
`ValidationError` with all of them, so the window can show each message next to its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from vision_journal.core.errors import FieldError, ValidationError
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    CircleInput,
    ConnectionInput,
    CurfewParams,
    GoalInput,
    MediationShareParams,
    NeutralReason,
    NoMediationParams,
    ProgressInput,
    PurposeLimitParams,
    RuleInput,
    SphereVision,
    Vision,
)

MAX_TEXT = 100_000
MAX_NAME = 200
MINUTES_PER_DAY = 24 * 60
#: The largest goal target or progress value (the goal dialog's limit too). SQLite stores
#: at most 64-bit integers; a larger number must be refused here, with a message.
MAX_AMOUNT = 1_000_000
EARLIEST = dt.date(1970, 1, 1)


class Checker:
    """Collects field problems; `raise_if_any` turns them into one ValidationError."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        """Record a problem, keeping only the first one per field."""
        if not any(e.field == field for e in self.errors):
            self.errors.append(FieldError(field, message))

    def raise_if_any(self) -> None:
        """Raise ValidationError when anything was recorded."""
        if self.errors:
            raise ValidationError(self.errors)

    def name(self, field: str, value: str) -> None:
        """A required short name."""
        if not value.strip():
            self.add(field, "Enter a name.")
        elif len(value) > MAX_NAME:
            self.add(field, f"Keep the name under {MAX_NAME} characters.")
        else:
            self.text(field, value)

    def text(self, field: str, value: str) -> None:
        """Free text: at most 100 000 characters, and storable as UTF-8."""
        if len(value) > MAX_TEXT:
            self.add(
                field,
                f"This text is {len(value):,} characters long; keep it under {MAX_TEXT:,}.",
            )
            return
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.add(field, "This text contains characters that cannot be saved.")

    def minutes(self, field: str, value: int | None, *, required: bool = True) -> None:
        """Minutes of one sitting: more than 0 and at most 24 hours."""
        if value is None:
            if required:
                self.add(field, "Enter the minutes.")
        elif value <= 0:
            self.add(field, "Minutes must be more than 0.")
        elif value > MINUTES_PER_DAY:
            self.add(field, "That is more than 24 hours; split it over several days.")

    def moment(self, field: str, value: dt.datetime) -> None:
        """A time no earlier than 1970 and at most a year ahead."""
        self.date(field, value.date())

    def date(self, field: str, value: dt.date) -> None:
        """A date no earlier than 1970 and at most a year ahead."""
        if value < EARLIEST:
            self.add(field, "Choose a date from 1970 on.")
        elif value > self.today + dt.timedelta(days=366):
            self.add(field, "Choose a date at most a year ahead.")

    def known(self, field: str, value: int | None, known: Collection[int], what: str) -> None:
        """An id that must name an existing record."""
        if value is not None and value not in known:
            self.add(field, f"Choose a {what} from the list; this one does not exist.")

    def rating(self, field: str, value: int | None, low: int, high: int) -> None:
        """A number on a small scale."""
        if value is not None and not low <= value <= high:
            self.add(field, f"Choose a value from {low} to {high}.")


def span_minutes(started_at: dt.datetime, ended_at: dt.datetime) -> int:
    """Whole minutes between two times, rounded to the nearest minute."""
    return round((ended_at - started_at).total_seconds() / 60)


def check_timed(
    check: Checker, started_at: dt.datetime, minutes: int | None, ended_at: dt.datetime | None
) -> int | None:
    """Check a start with minutes or an end; returns the minutes it stands for."""
    check.moment("started_at", started_at)
    if ended_at is not None:
        if ended_at <= started_at:
            check.add("ended_at", "The end is before the start.")
            return None
        minutes = span_minutes(started_at, ended_at)
        check.minutes("ended_at", minutes)
        return minutes
    check.minutes("minutes", minutes)
    return minutes


def check_circle(value: CircleInput, today: dt.date) -> None:
    """Raise ValidationError for a bad circle."""
    check = Checker(today)
    check.name("name", value.name)
    if value.cadence_days is not None and not 1 <= value.cadence_days <= 3650:
        check.add("cadence_days", "Choose every 1 to 3650 days, or no cadence.")
    check.raise_if_any()


def check_tool(value: AiToolInput, today: dt.date) -> None:
    """Raise ValidationError for a bad AI tool."""
    check = Checker(today)
    check.name("name", value.name)
    check.text("retention_note", value.retention_note)
    check.text("training_note", value.training_note)
    check.text("data_location_note", value.data_location_note)
    check.raise_if_any()


def check_use(
    value: AiUseInput,
    today: dt.date,
    tool_ids: Collection[int],
    circle_ids: Collection[int],
    goal_ids: Collection[int],
) -> int:
    """Raise ValidationError for a bad AI use; returns its minutes."""
    check = Checker(today)
    minutes = check_timed(check, value.started_at, value.minutes, value.ended_at)
    check.known("tool_id", value.tool_id, tool_ids, "tool")
    check.known("circle_id", value.circle_id, circle_ids, "circle")
    check.known("goal_id", value.goal_id, goal_ids, "goal")
    check.minutes("planned_minutes", value.planned_minutes, required=False)
    check.rating("feeling", value.feeling, -2, 2)
    check.text("note", value.note)
    check.text("neutral_note", value.neutral_note)
    if value.neutral is NeutralReason.OTHER and not value.neutral_note.strip():
        check.add("neutral_note", "Say why this use does not count.")
    if value.source_id is not None and len(value.source_id) > MAX_NAME:
        check.add("source_id", "The source id is too long.")
    check.raise_if_any()
    assert minutes is not None  # check_timed recorded an error otherwise
    return minutes


def check_connection(value: ConnectionInput, today: dt.date, circle_ids: Collection[int]) -> int:
    """Raise ValidationError for a bad connection; returns its minutes."""
    check = Checker(today)
    minutes = check_timed(check, value.started_at, value.minutes, value.ended_at)
    check.known("circle_id", value.circle_id, circle_ids, "circle")
    check.rating("quality", value.quality, 1, 5)
    check.text("note", value.note)
    check.raise_if_any()
    assert minutes is not None
    return minutes


def _check_sphere_vision(check: Checker, prefix: str, value: SphereVision) -> None:
    for name in ("purpose_statement", "values", "horizon"):
        check.text(f"{prefix}.{name}", getattr(value, name))
    for name in ("privacy", "data_security", "bias"):
        commitment = getattr(value, name)
        check.text(f"{prefix}.{name}.commitment", commitment.commitment)
        check.text(f"{prefix}.{name}.note", commitment.note)
    for index, person in enumerate(value.stakeholders):
        field = f"{prefix}.stakeholders[{index}]"
        check.name(f"{field}.name", person.name)
        for name in ("what_to_share", "concerns", "answers"):
            check.text(f"{field}.{name}", getattr(person, name))


def check_vision(value: Vision, today: dt.date) -> None:
    """Raise ValidationError for a vision with text that cannot be saved."""
    check = Checker(today)
    _check_sphere_vision(check, "personal", value.personal)
    _check_sphere_vision(check, "professional", value.professional)
    check.raise_if_any()


def check_goal(value: GoalInput, today: dt.date, circle_ids: Collection[int]) -> None:
    """Raise ValidationError for a bad goal."""
    check = Checker(today)
    if not value.title.strip():
        check.add("title", "Enter a title.")
    check.text("title", value.title)
    check.text("why", value.why)
    check.known("circle_id", value.circle_id, circle_ids, "circle")
    has_measure = value.measure_unit is not None
    if has_measure != (value.measure_period is not None):
        check.add("measure_period", "Choose both what to count and over which period.")
    if has_measure and value.target_value is None:
        check.add("target_value", "Enter a target for the measure.")
    if value.target_value is not None and value.target_value < 0:
        check.add("target_value", "The target cannot be negative.")
    check.rating("target_value", value.target_value, 0, MAX_AMOUNT)
    if value.target_date is not None:
        check.date("target_date", value.target_date)
    check.raise_if_any()


def check_progress(value: ProgressInput, today: dt.date) -> None:
    """Raise ValidationError for a bad progress entry."""
    check = Checker(today)
    check.date("day", value.day)
    if value.value < 0:
        check.add("value", "Progress cannot be negative.")
    check.rating("value", value.value, 0, MAX_AMOUNT)
    check.text("note", value.note)
    check.raise_if_any()


def check_rule(
    value: RuleInput, today: dt.date, tool_ids: Collection[int], circle_ids: Collection[int]
) -> None:
    """Raise ValidationError for a bad boundary rule; fields of params are `params.<name>`."""
    check = Checker(today)
    check.name("name", value.name)
    check.text("rationale", value.rationale)
    params = value.params
    if isinstance(params, BudgetParams):
        if params.minutes <= 0:
            check.add("params.minutes", "A budget needs more than 0 minutes.")
        elif params.minutes > MINUTES_PER_DAY:
            check.add("params.minutes", "A budget can be at most 24 hours.")
        check.known("params.tool_id", params.tool_id, tool_ids, "tool")
        check.known("params.circle_id", params.circle_id, circle_ids, "circle")
    elif isinstance(params, CurfewParams):
        if not params.windows:
            check.add("params.windows", "Add at least one time window.")
        for window in params.windows:
            if window.start_minute == window.end_minute:
                check.add("params.windows", "A window must end at another time than it starts.")
            if not (0 <= window.start_minute < 1440 and 0 <= window.end_minute < 1440):
                check.add("params.windows", "Times must lie within the day.")
        if not params.weekdays or not params.weekdays <= set(range(7)):
            check.add("params.weekdays", "Choose at least one weekday.")
    elif isinstance(params, NoMediationParams):
        check.known("params.circle_id", params.circle_id, circle_ids, "circle")
        if not params.mediations or any(m.value == "none" for m in params.mediations):
            check.add("params.mediations", "Choose at least one kind of AI help.")
    elif isinstance(params, MediationShareParams):
        check.known("params.circle_id", params.circle_id, circle_ids, "circle")
        if not 0 <= params.max_percent <= 100:
            check.add("params.max_percent", "Choose a share from 0 to 100 %.")
    elif isinstance(params, PurposeLimitParams):
        check.known("params.circle_id", params.circle_id, circle_ids, "circle")
    else:  # DisclosureParams
        check.known("params.circle_id", params.circle_id, circle_ids, "circle")
    check.raise_if_any()
