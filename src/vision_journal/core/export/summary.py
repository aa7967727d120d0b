"""The vision summary: everything the exported document says, as plain data, format-neutral.

`build_summary` reads the journal in one transaction and returns a `VisionSummary`; the
Markdown, HTML and PDF writers only lay it out, so all three say the same thing. Words are
English: the exports are documents for sharing, written without Qt's translations.

What goes in, for the chosen period (journal days `first_day` to `last_day`):

- the current vision of both spheres (purposes, purpose statement, values, horizon, ethics)
  and the communication plan (the stakeholders of each sphere);
- every goal with its status, target and, for goals with a measure, its strength on the
  period's last day (the dashboard's `goal_strength`);
- the boundary rules as a charter: one sentence per rule, its severity and rationale;
- check-in highlights: how many weeks were checked in, the average ratings, the latest answers,
  and the adjustments decided in the period;
- the balance over the period: one point per week (the index as the dashboard's sparkline
  computes it, through `balance.index_history`, with the same inputs) and the AI and human
  minutes of each week.

A charter (`charter=CharterChoice(...)`, or `charter_only=True` for the default choice) is for
sharing with a partner, family or a manager. It holds commitments only, from the spheres and
sections the person chose: purpose, values, horizon, the ethical commitments, who they share
with and what those people can expect, the goals they picked and the active rules written as
promises. Never in it: private logs (AI uses, connections, check-ins, breach reasons, numbers
derived from logs), a goal's or a rule's private "why", the notes under ethical commitments,
paused, achieved or dropped goals, and other people's concerns from the communication plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from vision_journal.core import boundaries, checkins, circles, goals, usage
from vision_journal.core import vision as vision_store
from vision_journal.core.balance import (
    LEVEL_NAMES_ENGLISH,
    LOOKBACK_DAYS,
    SMOOTHING_DAYS,
    BalanceInputs,
    Level,
    goal_strength,
    index_history,
)
from vision_journal.core.calendar import week_start
from vision_journal.core.dashboard import smallest_daily_budget
from vision_journal.core.db.models import CheckInRow, PromptRow
from vision_journal.core.export.charter import rule_sentence
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    Adjustment,
    CheckIn,
    CheckInAnswer,
    CheckInStatus,
    Goal,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Settings,
    Severity,
    Sphere,
    SphereVision,
    Stakeholder,
    VisionPurpose,
)

#: The period a summary covers when none is given: the dashboard's 12 weeks.
DEFAULT_PERIOD_DAYS = 12 * 7

#: How many of the latest check-ins show their answers.
CHECKIN_HIGHLIGHTS = 3

SPHERE_TITLES = {Sphere.PERSONAL: "Personal life", Sphere.PROFESSIONAL: "Work life"}

PURPOSE_NAMES = {
    VisionPurpose.EFFICIENCY: "Efficiency",
    VisionPurpose.CONVENIENCE: "Convenience",
    VisionPurpose.COMMUNICATION: "Communication",
    VisionPurpose.LEARNING: "Learning",
    VisionPurpose.CREATIVITY: "Creativity",
    VisionPurpose.OTHER: "Other",
}

STATUS_NAMES = {
    GoalStatus.ACTIVE: "Active",
    GoalStatus.PAUSED: "Paused",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.DROPPED: "Dropped",
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_STATUS_ORDER = (GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.ACHIEVED, GoalStatus.DROPPED)


class CharterSection(StrEnum):
    """A part of the vision a charter may hold."""

    PURPOSE = "purpose"
    VALUES = "values"
    HORIZON = "horizon"
    ETHICS = "ethics"
    SHARING = "sharing"
    GOALS = "goals"
    RULES = "rules"


#: What a charter holds unless the person chooses otherwise: commitments, nothing else.
DEFAULT_CHARTER_SECTIONS = frozenset(
    {
        CharterSection.PURPOSE,
        CharterSection.VALUES,
        CharterSection.ETHICS,
        CharterSection.SHARING,
        CharterSection.RULES,
    }
)


@dataclass(frozen=True, slots=True)
class CharterChoice:
    """What the person chose to share: spheres, sections, and which active goals."""

    spheres: frozenset[Sphere] = frozenset(Sphere)
    sections: frozenset[CharterSection] = DEFAULT_CHARTER_SECTIONS
    goal_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    """One part of the ethical framework: its name, the commitment and a note."""

    label: str
    commitment: str
    note: str


@dataclass(frozen=True, slots=True)
class SphereSection:
    """The vision of one sphere, ready to lay out."""

    sphere: Sphere
    title: str
    purposes: tuple[str, ...]
    purpose_statement: str
    values: str
    horizon: str
    ethics: tuple[CommitmentLine, ...]
    stakeholders: tuple[Stakeholder, ...]

    @property
    def is_empty(self) -> bool:
        """True when nothing was written for this sphere."""
        return not (
            self.purposes
            or self.purpose_statement
            or self.values
            or self.horizon
            or any(c.commitment or c.note for c in self.ethics)
        )


@dataclass(frozen=True, slots=True)
class GoalLine:
    """A goal as the summary lists it; `strength_percent` is None without a measure."""

    title: str
    sphere: Sphere
    status: GoalStatus
    why: str
    target: str
    circle: str | None
    strength_percent: int | None


@dataclass(frozen=True, slots=True)
class CharterLine:
    """A boundary rule as a charter sentence."""

    name: str
    sentence: str
    severity: Severity
    rationale: str
    is_active: bool


@dataclass(frozen=True, slots=True)
class CheckInHighlight:
    """One completed check-in: its ratings and its answers, by prompt."""

    week_start: dt.date
    rating_connection: int | None
    rating_reliance: int | None
    rating_alignment: int | None
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class AdjustmentLine:
    """A change decided in a check-in of the period."""

    week_start: dt.date
    description: str


@dataclass(frozen=True, slots=True)
class CheckInSection:
    """The check-ins of the period: how many, the average ratings, highlights, adjustments."""

    completed: int
    weeks: int
    average_connection: float | None
    average_reliance: float | None
    average_alignment: float | None
    highlights: tuple[CheckInHighlight, ...]
    adjustments: tuple[AdjustmentLine, ...]


@dataclass(frozen=True, slots=True)
class WeekPoint:
    """One week of the period: its balance index and minutes (within the period only)."""

    first_day: dt.date
    score: int | None
    index: float | None
    level: Level | None
    ai_minutes: int
    connection_minutes: int


@dataclass(frozen=True, slots=True)
class BalanceSection:
    """The balance over the period, week by week."""

    weeks: tuple[WeekPoint, ...]
    ai_minutes: int
    connection_minutes: int
    uses: int
    connections: int
    watch_threshold: int
    balanced_threshold: int
    daily_budget: int | None

    @property
    def latest(self) -> WeekPoint | None:
        """The last week with an index, if any."""
        return next((w for w in reversed(self.weeks) if w.score is not None), None)


@dataclass(frozen=True, slots=True)
class VisionSummary:
    """What an exported vision summary says; the writers only lay it out."""

    title: str
    first_day: dt.date
    last_day: dt.date
    generated_at: dt.datetime
    is_charter_only: bool
    vision_saved_at: dt.datetime | None
    spheres: tuple[SphereSection, ...]
    goals: tuple[GoalLine, ...]
    charter: tuple[CharterLine, ...]
    checkins: CheckInSection | None
    balance: BalanceSection | None
    #: The sections of a charter; None for the full summary, which shows every section.
    sections: frozenset[CharterSection] | None = None

    def shows(self, section: CharterSection) -> bool:
        """True when the document has this section (the full summary has all)."""
        return self.sections is None or section in self.sections

    @property
    def shows_vision(self) -> bool:
        """True when some part of the vision is in the document."""
        return any(
            self.shows(s)
            for s in (
                CharterSection.PURPOSE,
                CharterSection.VALUES,
                CharterSection.HORIZON,
                CharterSection.ETHICS,
            )
        )

    @property
    def has_vision(self) -> bool:
        """True when some sphere has text."""
        return any(not s.is_empty for s in self.spheres)

    @property
    def has_communication_plan(self) -> bool:
        """True when some sphere names a stakeholder."""
        return any(s.stakeholders for s in self.spheres)


def level_name(level: Level | None) -> str:
    """The English name of a level, or "not enough data"."""
    return "Not enough data" if level is None else LEVEL_NAMES_ENGLISH[level]


def answers_label(summary: VisionSummary) -> str:
    """The heading of a stakeholder's answers: in a charter, what that person can expect."""
    return "What they can expect" if summary.is_charter_only else "My answers"


def period_text(first_day: dt.date, last_day: dt.date) -> str:
    """ "3 March 2026 to 24 November 2026"."""
    return f"{date_text(first_day)} to {date_text(last_day)}"


def date_text(day: dt.date) -> str:
    """ "3 March 2026", independent of the machine's locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _sphere_section(sphere: Sphere, part: SphereVision) -> SphereSection:
    return SphereSection(
        sphere=sphere,
        title=SPHERE_TITLES[sphere],
        purposes=tuple(PURPOSE_NAMES[p] for p in VisionPurpose if p in part.purposes),
        purpose_statement=part.purpose_statement.strip(),
        values=part.values.strip(),
        horizon=part.horizon.strip(),
        ethics=(
            CommitmentLine("Privacy", part.privacy.commitment.strip(), part.privacy.note.strip()),
            CommitmentLine(
                "Data security",
                part.data_security.commitment.strip(),
                part.data_security.note.strip(),
            ),
            CommitmentLine("Bias", part.bias.commitment.strip(), part.bias.note.strip()),
        ),
        stakeholders=part.stakeholders,
    )


def goal_target_text(goal: Goal) -> str:
    """ "At least 3 times per week, by 31 December 2026"; "" for a goal without a measure."""
    parts: list[str] = []
    if goal.target_value is not None and goal.measure_period is not None:
        unit = "minutes" if goal.measure_unit is MeasureUnit.MINUTES else "times"
        if goal.measure_unit is not MeasureUnit.MINUTES and goal.target_value == 1:
            unit = "time"
        period = {
            MeasurePeriod.DAY: "a day",
            MeasurePeriod.WEEK: "per week",
            MeasurePeriod.MONTH: "per month",
        }[goal.measure_period]
        bound = "At most" if goal.kind is GoalKind.LIMIT else "At least"
        parts.append(f"{bound} {goal.target_value} {unit} {period}")
    if goal.target_date is not None:
        parts.append(f"by {date_text(goal.target_date)}")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _check_ins(session: Session) -> list[CheckIn]:
    """Every check-in, oldest week first, as records."""
    rows = session.scalars(select(CheckInRow).order_by(CheckInRow.week_start))
    return [
        CheckIn(
            id=row.id,
            week_start=row.week_start,
            status=row.status,
            facts_json=row.facts_json,
            rating_connection=row.rating_connection,
            rating_reliance=row.rating_reliance,
            rating_alignment=row.rating_alignment,
            answers=tuple(
                CheckInAnswer(a.prompt_id, a.text) for a in sorted(row.answers, key=lambda a: a.id)
            ),
            adjustments=tuple(
                Adjustment(a.target, a.target_id, a.action, a.description) for a in row.adjustments
            ),
            completed_at=row.completed_at,
            updated_at=row.updated_at,
        )
        for row in rows
    ]


def _average(values: list[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _checkin_section(
    session: Session,
    items: list[CheckIn],
    first_day: dt.date,
    last_day: dt.date,
    settings: Settings,
) -> CheckInSection | None:
    completed = [
        c
        for c in items
        if c.status is CheckInStatus.COMPLETED and first_day <= c.week_start <= last_day
    ]
    if not completed:
        return None
    prompts = {row.id: row.text for row in session.scalars(select(PromptRow))}
    highlights = tuple(
        CheckInHighlight(
            week_start=c.week_start,
            rating_connection=c.rating_connection,
            rating_reliance=c.rating_reliance,
            rating_alignment=c.rating_alignment,
            answers=tuple(
                (prompts.get(a.prompt_id, "A question"), a.text.strip())
                for a in c.answers
                if a.text.strip()
            ),
        )
        for c in reversed(completed[-CHECKIN_HIGHLIGHTS:])
    )
    weeks = (
        week_start(last_day, settings.week_start) - week_start(first_day, settings.week_start)
    ).days // 7 + 1
    return CheckInSection(
        completed=len(completed),
        weeks=weeks,
        average_connection=_average([c.rating_connection for c in completed]),
        average_reliance=_average([c.rating_reliance for c in completed]),
        average_alignment=_average([c.rating_alignment for c in completed]),
        highlights=highlights,
        adjustments=tuple(
            AdjustmentLine(c.week_start, a.description.strip())
            for c in completed
            for a in c.adjustments
            if a.description.strip()
        ),
    )


def _balance_section(
    session: Session,
    first_day: dt.date,
    last_day: dt.date,
    settings: Settings,
    inputs_rules: BalanceInputs,
) -> BalanceSection:
    firsts_start = week_start(first_day, settings.week_start)
    week_count = (week_start(last_day, settings.week_start) - firsts_start).days // 7 + 1
    load_from = firsts_start + dt.timedelta(days=6) - dt.timedelta(days=LOOKBACK_DAYS - 1)
    load_from = min(load_from, first_day)
    uses = usage.uses_between(session, load_from, last_day)
    connections = usage.connections_between(session, load_from, last_day)
    inputs = BalanceInputs(
        inputs_rules.rules,
        uses,
        connections,
        inputs_rules.circles,
        inputs_rules.check_ins,
        settings,
    )
    # Weeks start at the journal's first entry: none from before the journal existed.
    journal_first = checkins.first_day_of(session)
    history = tuple(
        point
        for point in index_history(inputs, last_day, week_count)
        if journal_first is not None and point.as_of >= journal_first
    )
    ai: dict[dt.date, int] = defaultdict(int)
    human: dict[dt.date, int] = defaultdict(int)
    # Neutral uses do not count toward balance: the minutes are those the budgets count.
    in_period_uses = [u for u in uses if first_day <= u.day <= last_day and not u.is_neutral]
    in_period_connections = [c for c in connections if first_day <= c.day <= last_day]
    for use in in_period_uses:
        ai[week_start(use.day, settings.week_start)] += use.minutes
    for connection in in_period_connections:
        human[week_start(connection.day, settings.week_start)] += connection.minutes
    return BalanceSection(
        weeks=tuple(
            WeekPoint(
                first_day=point.first_day,
                score=point.score,
                index=point.index,
                level=point.level,
                ai_minutes=ai.get(point.first_day, 0),
                connection_minutes=human.get(point.first_day, 0),
            )
            for point in history
        ),
        ai_minutes=sum(u.minutes for u in in_period_uses),
        connection_minutes=sum(c.minutes for c in in_period_connections),
        uses=len(in_period_uses),
        connections=len(in_period_connections),
        watch_threshold=settings.watch_threshold,
        balanced_threshold=settings.balanced_threshold,
        daily_budget=smallest_daily_budget(inputs_rules.rules),
    )


def _charter_parts(
    choice: CharterChoice,
    spheres: tuple[SphereSection, ...],
    goal_lines: tuple[tuple[Goal, GoalLine], ...],
    rule_lines: tuple[CharterLine, ...],
) -> tuple[tuple[SphereSection, ...], list[GoalLine], tuple[CharterLine, ...]]:
    """The spheres, goals and rules of a charter: commitments only, as `choice` says."""
    sections = choice.sections
    kept_spheres = tuple(
        SphereSection(
            sphere=part.sphere,
            title=part.title,
            purposes=part.purposes if CharterSection.PURPOSE in sections else (),
            purpose_statement=(
                part.purpose_statement if CharterSection.PURPOSE in sections else ""
            ),
            values=part.values if CharterSection.VALUES in sections else "",
            horizon=part.horizon if CharterSection.HORIZON in sections else "",
            # The commitment is a promise; its note is the person's own reasoning.
            ethics=tuple(CommitmentLine(c.label, c.commitment, "") for c in part.ethics)
            if CharterSection.ETHICS in sections
            else (),
            # Who hears about the vision and what they can expect; never their concerns.
            stakeholders=tuple(
                Stakeholder(p.name, p.what_to_share, "", p.answers) for p in part.stakeholders
            )
            if CharterSection.SHARING in sections
            else (),
        )
        for part in spheres
        if part.sphere in choice.spheres
    )
    goals_kept = [
        dataclasses.replace(line, why="", strength_percent=None)
        for goal, line in goal_lines
        if CharterSection.GOALS in sections
        and goal.status is GoalStatus.ACTIVE
        and goal.id in choice.goal_ids
        and goal.sphere in choice.spheres
    ]
    rules_kept = (
        tuple(dataclasses.replace(r, rationale="") for r in rule_lines if r.is_active)
        if CharterSection.RULES in sections
        else ()
    )
    return kept_spheres, goals_kept, rules_kept


def build_summary(
    journal: Journal,
    first_day: dt.date | None = None,
    last_day: dt.date | None = None,
    *,
    charter_only: bool = False,
    charter: CharterChoice | None = None,
    title: str = "My vision for AI in my life",
) -> VisionSummary:
    """The summary of the journal days `first_day` to `last_day` (default: the 12 weeks
    ending today). `charter` (or `charter_only`, for the default choice) makes it a charter
    for sharing, of commitments only (see the module docstring)."""
    if charter_only and charter is None:
        charter = CharterChoice()
    charter_only = charter is not None
    settings = journal.settings()
    if last_day is None:
        last_day = journal.today()
    if first_day is None:
        first_day = last_day - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if first_day > last_day:
        raise ValueError(f"the period starts ({first_day}) after it ends ({last_day})")
    with journal.session() as session:
        revision = vision_store.current_revision(session)
        circle_list = circles.list_circles(session)
        circle_names = {c.id: c.name for c in circle_list}
        tool_names = {t.id: t.name for t in circles.list_tools(session)}
        rules = boundaries.list_rules(session)
        goal_list = goals.list_goals(session)
        progress = [] if charter_only else goals.list_progress(session)
        # Measured goals read the days their strength covers (and the month before them).
        measured_from = last_day - dt.timedelta(days=SMOOTHING_DAYS + 31)
        has_measured = not charter_only and any(g.is_measured for g in goal_list)
        goal_uses = usage.uses_between(session, measured_from, last_day) if has_measured else []
        goal_connections = (
            usage.connections_between(session, measured_from, last_day) if has_measured else []
        )

        spheres = tuple(
            _sphere_section(sphere, revision.vision.sphere(sphere) if revision else SphereVision())
            for sphere in Sphere
        )
        status_rank = {status: i for i, status in enumerate(_STATUS_ORDER)}
        ordered_goals = sorted(
            goal_list, key=lambda g: (status_rank[g.status], g.sphere.value, g.title.casefold())
        )
        goal_lines = []
        for goal in ordered_goals:
            strength = None
            if not charter_only and goal.status is GoalStatus.ACTIVE:
                value = goal_strength(
                    goal, progress, last_day, settings, goal_uses, goal_connections
                ).strength
                strength = None if value is None else round(value * 100)
            goal_lines.append(
                GoalLine(
                    title=goal.title,
                    sphere=goal.sphere,
                    status=goal.status,
                    why=goal.why.strip(),
                    target=goal_target_text(goal),
                    circle=circle_names.get(goal.circle_id) if goal.circle_id else None,
                    strength_percent=strength,
                )
            )
        charter_lines = tuple(
            CharterLine(
                name=rule.name,
                sentence=rule_sentence(rule, circle_names, tool_names),
                severity=rule.severity,
                rationale=rule.rationale.strip(),
                is_active=rule.is_active,
            )
            for rule in sorted(rules, key=lambda r: (not r.is_active, r.id))
        )
        checkins = None
        balance = None
        if not charter_only:
            all_checkins = _check_ins(session)
            checkins = _checkin_section(session, all_checkins, first_day, last_day, settings)
            # The same inputs as `dashboard.load_dashboard` (every completed check-in, newest
            # first, for the self-rating) keep the summary's numbers equal to the dashboard's.
            completed = tuple(
                c for c in reversed(all_checkins) if c.status is CheckInStatus.COMPLETED
            )
            balance = _balance_section(
                session,
                first_day,
                last_day,
                settings,
                BalanceInputs(rules, (), (), circle_list, completed, settings),
            )
    if charter is not None:
        spheres, goal_lines, charter_lines = _charter_parts(
            charter, spheres, tuple(zip(ordered_goals, goal_lines, strict=True)), charter_lines
        )
    return VisionSummary(
        title=title,
        first_day=first_day,
        last_day=last_day,
        generated_at=journal.now(),
        is_charter_only=charter_only,
        vision_saved_at=revision.saved_at if revision else None,
        spheres=spheres,
        goals=tuple(goal_lines),
        charter=charter_lines,
        checkins=checkins,
        balance=balance,
        sections=charter.sections if charter is not None else None,
    )
