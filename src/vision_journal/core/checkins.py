"""Weekly check-ins: prompts, the week's facts, answers kept as you type, completing, the streak.

Qt-free. Every public function taking the Journal is one transaction (`journal.session()`).

Choices the product leaves open:

- **Which week.** A check-in belongs to the week starting `week_start` under the week-start
  setting; its days are journal days (the day-start setting applied), so a use at 01:30 on the
  Monday after a Monday-to-Sunday week still counts to that week's Sunday. A check-in written
  under the other week-start setting is matched to the week sharing six of its seven days.
- **The facts** are computed live while a check-in is a draft and frozen into `facts_json`
  when it is completed for the first time; reopening and completing again keep them, so a
  later edit of a use never rewrites a completed week. A week that has not ended yet is
  evaluated up to today (`WeekFacts.as_of`). The balance index of the week and of the week
  before are computed as the dashboard does (`balance.week_balance` over the `LOOKBACK_DAYS`
  days ending at the week's last evaluated day), with the journal's completed check-ins as
  the self-rating. Budgets are reported per active budget rule: the minutes it counted over
  the week's days (its scope applied) against its allowance for those days (a day budget
  times the days evaluated, a week or 7-day budget once).
- **Answers** are saved straight into the draft check-in (the draft *is* the row), so a
  killed process resumes exactly what was saved; an empty answer is no answer.
- **Streak**: consecutive completed weeks ending with last week, plus this week when it is
  already completed; an open current week does not break it.
- **Missed week**: the latest of the `MISSED_LOOKBACK_WEEKS` weeks before the current one
  without a completed check-in, counting only weeks since the journal began (its first use,
  connection or check-in).
- **Reminders** are wall-clock moments (weekday and minute in the settings); a snooze until a
  later moment replaces the next reminder while it lies ahead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vision_journal.core import boundaries, circles, goals, usage
from vision_journal.core.balance import (
    LOOKBACK_DAYS,
    BalanceIndex,
    BalanceInputs,
    ComponentKey,
    FactKey,
    goal_strength,
    measured_amounts,
    week_balance,
)
from vision_journal.core.calendar import journal_day, week_start
from vision_journal.core.db.models import (
    AdjustmentRow,
    AiUseRow,
    CheckInAnswerRow,
    CheckInRow,
    ConnectionRow,
    PromptRow,
)
from vision_journal.core.errors import FieldError, NotFoundError, ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    Adjustment,
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CheckIn,
    CheckInAnswer,
    CheckInStatus,
    Circle,
    Connection,
    ConnectionMode,
    Disclosure,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Prompt,
    Settings,
    UsePurpose,
)
from vision_journal.core.rules import (
    AmountUnit,
    budget_matches,
    evaluate_rules,
    history_start,
    rule_start_day,
)
from vision_journal.core.validation import Checker

#: The default check-in prompts, in their order (a new journal starts with these).
DEFAULT_PROMPTS: Final = (
    "What went well this week?",
    "Where did AI help a relationship?",
    "Where did AI get in the way?",
    "Any concerns?",
    "What will you adjust next week?",
)
#: How many weeks before the current one `missed_week` looks at.
MISSED_LOOKBACK_WEEKS: Final = 8
#: The version of the facts' JSON shape, stored with them.
FACTS_VERSION: Final = 1
#: What a check-in's `facts_json` holds before its facts are frozen.
NO_FACTS: Final = "{}"

_ONE_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
_TARGETS = frozenset({"goal", "rule"})
_ACTIONS = frozenset({"created", "changed", "paused"})


# --- The week's facts --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PurposeMinutes:
    """AI minutes of the week for one purpose."""

    purpose: UsePurpose
    minutes: int
    uses: int


@dataclass(frozen=True, slots=True)
class CircleMinutes:
    """AI minutes of the week within one circle (`circle_id` None: without a circle)."""

    circle_id: int | None
    name: str
    minutes: int
    uses: int


@dataclass(frozen=True, slots=True)
class BudgetFact:
    """An active budget rule over the week: minutes it counted against its allowance."""

    rule_id: int
    name: str
    period: BudgetPeriod
    budget_minutes: int
    allowance_minutes: int
    used_minutes: int
    days_over: int


@dataclass(frozen=True, slots=True)
class MessageFact:
    """Messages to a circle in the week: all, AI-mediated, and mediated ones disclosed."""

    circle_id: int
    name: str
    messages: int
    mediated: int
    disclosed: int


@dataclass(frozen=True, slots=True)
class BreachFact:
    """A rule broken on one day of the week, with the reasons the person gave."""

    rule_id: int
    rule_name: str
    day: dt.date
    amount: float
    unit: AmountUnit
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConnectionFact:
    """Human connection minutes of the week with one circle."""

    circle_id: int
    name: str
    minutes: int
    moments: int


@dataclass(frozen=True, slots=True)
class GoalFact:
    """A goal's progress in the week and its strength at the week's end."""

    goal_id: int
    title: str
    kind: GoalKind
    status: GoalStatus
    unit: MeasureUnit | None
    period: MeasurePeriod | None
    target: int | None
    week_total: int
    entries: int
    strength: float | None
    #: Measure periods kept (or met) of those decided, from the goal's start.
    kept: int = 0
    periods: int = 0
    #: True when `week_total` was read from the journal, not from progress entries.
    is_measured: bool = False


@dataclass(frozen=True, slots=True)
class WeekFacts:
    """The facts of one week, as shown at the start of its check-in and frozen on completion.

    `as_of` is the last day evaluated: the week's last day, or today for the current week.
    `score` is the balance index of the week (None: not enough data), `previous_score` that of
    the week before; `ai_minutes`/`previous_ai_minutes` compare the same days a week apart,
    `change_percent` is None when the earlier days had no AI use.
    """

    week_start: dt.date
    as_of: dt.date
    computed_at: dt.datetime
    ai_minutes: int
    ai_uses: int
    by_purpose: tuple[PurposeMinutes, ...]
    by_circle: tuple[CircleMinutes, ...]
    budgets: tuple[BudgetFact, ...]
    messages: tuple[MessageFact, ...]
    breaches: tuple[BreachFact, ...]
    connection_minutes: int
    connection_moments: int
    connections: tuple[ConnectionFact, ...]
    score: int | None
    level: str | None
    previous_score: int | None
    previous_ai_minutes: int
    change_percent: int | None
    goals: tuple[GoalFact, ...]
    version: int = FACTS_VERSION
    #: Uses marked as not counting toward balance: listed, but in none of the numbers above.
    neutral_uses: int = 0
    neutral_minutes: int = 0
    #: The week's budget adherence (the index's H), and the days that went over budget.
    budget_percent: int | None = None
    days_over_budget: tuple[dt.date, ...] = ()

    @property
    def week_end(self) -> dt.date:
        """The week's last day."""
        return self.week_start + dt.timedelta(days=6)

    @property
    def is_partial(self) -> bool:
        """True when the facts cover only the days of the week so far."""
        return self.as_of < self.week_end

    @property
    def score_change(self) -> int | None:
        """Index points up (positive) or down from the week before, when both have one."""
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score


_D = TypeVar("_D")


def _encode(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode(kind: Any, raw: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        if raw is None:
            return None
        return _decode(options[0], raw)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_decode(item, r) for r in raw)
    if isinstance(kind, type):
        if dataclasses.is_dataclass(kind):
            return _decode_dataclass(kind, raw)
        if issubclass(kind, Enum):
            return kind(raw)
        if kind is dt.datetime:
            return dt.datetime.fromisoformat(raw)
        if kind is dt.date:
            return dt.date.fromisoformat(raw)
        if kind is float:
            return float(raw)
        if kind in (int, str) and isinstance(raw, kind):
            return raw
    raise ValueError(f"cannot read {raw!r} as {kind!r}")


def _decode_dataclass(kind: type[_D], raw: Any) -> _D:
    if not isinstance(raw, dict):
        raise ValueError(f"expected an object for {kind.__name__}")
    hints = typing.get_type_hints(kind)
    values = {
        f.name: _decode(hints[f.name], raw[f.name])
        for f in dataclasses.fields(kind)  # type: ignore[arg-type]
        if f.name in raw
    }
    return kind(**values)


def facts_to_json(facts: WeekFacts) -> str:
    """The facts as JSON text (the shape `facts_from_json` reads back)."""
    return json.dumps(_encode(facts), ensure_ascii=False, sort_keys=True)


def facts_from_json(text: str) -> WeekFacts | None:
    """Facts stored with a check-in; None when none were kept (`{}`, or an older shape)."""
    try:
        raw = json.loads(text) if text.strip() else {}
    except ValueError:
        return None
    if not isinstance(raw, dict) or not raw or raw.get("version") != FACTS_VERSION:
        return None
    try:
        facts: WeekFacts = _decode_dataclass(WeekFacts, raw)
    except (KeyError, TypeError, ValueError):
        return None
    return facts


def _days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _budget_facts(
    rules: Sequence[BoundaryRule],
    uses: Sequence[AiUse],
    first: dt.date,
    as_of: dt.date,
    breached: frozenset[tuple[int, dt.date]],
    settings: Settings,
) -> tuple[BudgetFact, ...]:
    facts = []
    for rule in rules:
        params = rule.params
        if not rule.is_active or not isinstance(params, BudgetParams):
            continue
        start = max(first, rule_start_day(rule, settings))
        days = _days_between(start, as_of)
        if not days:
            continue
        used = sum(u.minutes for u in uses if start <= u.day <= as_of and budget_matches(params, u))
        allowance = (
            params.minutes * len(days) if params.period is BudgetPeriod.DAY else (params.minutes)
        )
        over = sum(1 for day in days if (rule.id, day) in breached)
        facts.append(
            BudgetFact(rule.id, rule.name, params.period, params.minutes, allowance, used, over)
        )
    return tuple(facts)


def _message_facts(
    circle_names: Mapping[int, str],
    uses: Iterable[AiUse],
    connections: Iterable[Connection],
) -> tuple[MessageFact, ...]:
    messages: dict[int, int] = defaultdict(int)
    mediated: dict[int, int] = defaultdict(int)
    disclosed: dict[int, int] = defaultdict(int)
    for use in uses:
        if use.is_mediated_message and use.circle_id is not None:
            messages[use.circle_id] += 1
            mediated[use.circle_id] += 1
            if use.disclosed is Disclosure.YES:
                disclosed[use.circle_id] += 1
    for connection in connections:
        if connection.mode is ConnectionMode.MESSAGE:
            messages[connection.circle_id] += 1
    facts = [
        MessageFact(cid, circle_names.get(cid, "?"), messages[cid], mediated[cid], disclosed[cid])
        for cid in messages
    ]
    facts.sort(key=lambda f: (-f.mediated, f.name.casefold()))
    return tuple(facts)


def _compute_facts(
    session: Session, settings: Settings, now: dt.datetime, first: dt.date, today: dt.date
) -> WeekFacts:
    as_of = min(first + dt.timedelta(days=6), today)
    if as_of < first:
        raise ValueError(f"the week of {first} has not begun on {today}")
    previous_as_of = first - _ONE_DAY
    rules = boundaries.list_rules(session)
    circle_list: list[Circle] = circles.list_circles(session)
    names = {c.id: c.name for c in circle_list}
    load_first = min(
        previous_as_of - dt.timedelta(days=LOOKBACK_DAYS - 1),
        history_start(rules, first, settings),
    )
    uses = usage.uses_between(session, load_first, as_of)
    connections = usage.connections_between(session, load_first, as_of)
    check_ins = _all_checkins(session)

    def inputs_until(last: dt.date) -> BalanceInputs:
        since = last - dt.timedelta(days=LOOKBACK_DAYS - 1)
        return BalanceInputs(
            rules,
            [u for u in uses if since <= u.day <= last],
            [c for c in connections if since <= c.day <= last],
            circle_list,
            check_ins,
            settings,
        )

    week: BalanceIndex = week_balance(inputs_until(as_of), first, as_of)
    previous: BalanceIndex = week_balance(inputs_until(previous_as_of), first - _WEEK, as_of)

    # Neutral uses are listed apart: the week's minutes are those that count toward balance.
    all_week_uses = [u for u in uses if first <= u.day <= as_of]
    week_uses = [u for u in all_week_uses if not u.is_neutral]
    neutral_uses = [u for u in all_week_uses if u.is_neutral]
    week_connections = [c for c in connections if first <= c.day <= as_of]

    by_purpose: dict[UsePurpose, list[int]] = defaultdict(lambda: [0, 0])
    by_circle: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])
    for use in week_uses:
        by_purpose[use.purpose][0] += use.minutes
        by_purpose[use.purpose][1] += 1
        by_circle[use.circle_id][0] += use.minutes
        by_circle[use.circle_id][1] += 1
    purposes = sorted(
        (PurposeMinutes(p, m, n) for p, (m, n) in by_purpose.items()),
        key=lambda f: (-f.minutes, f.purpose.value),
    )
    circle_minutes = sorted(
        (
            CircleMinutes(cid, names.get(cid, "?") if cid is not None else "", m, n)
            for cid, (m, n) in by_circle.items()
        ),
        key=lambda f: (f.circle_id is None, -f.minutes, f.name.casefold()),
    )

    report = evaluate_rules(
        rules,
        [u for u in uses if u.day >= history_start(rules, first, settings)],
        [c for c in connections if c.day >= history_start(rules, first, settings)],
        first,
        as_of,
        settings,
    )
    breached = report.breached_rule_days()
    rule_names = {r.id: r.name for r in rules}
    notes: dict[tuple[int, dt.date], list[str]] = defaultdict(list)
    for note in reversed(boundaries.list_breach_notes(session)):
        if first <= note.day <= as_of:
            notes[(note.rule_id, note.day)].append(note.reason)
    breach_facts = [
        BreachFact(
            b.rule_id,
            rule_names.get(b.rule_id, "?"),
            b.day,
            b.amount,
            b.unit,
            tuple(notes.pop((b.rule_id, b.day), ())),
        )
        for b in report.breaches
    ]
    # A reason kept for a rule-day the evaluation no longer sees (the rule was paused or
    # changed since) is still part of what happened that week.
    for (rule_id, day), reasons in notes.items():
        if rule_id in rule_names:
            breach_facts.append(
                BreachFact(rule_id, rule_names[rule_id], day, 0.0, AmountUnit.USES, tuple(reasons))
            )
    breach_facts.sort(key=lambda b: (b.day, b.rule_name.casefold()))

    moments: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for connection in week_connections:
        moments[connection.circle_id][0] += connection.minutes
        moments[connection.circle_id][1] += 1
    connection_facts = sorted(
        (ConnectionFact(cid, names.get(cid, "?"), m, n) for cid, (m, n) in moments.items()),
        key=lambda f: (-f.minutes, f.name.casefold()),
    )

    progress = goals.list_progress(session)
    goal_facts = []
    for goal in goals.list_goals(session):
        entries = [p for p in progress if p.goal_id == goal.id and first <= p.day <= as_of]
        if goal.status is not GoalStatus.ACTIVE and not entries:
            continue
        standing = goal_strength(goal, progress, as_of, settings, uses, connections)
        strength = standing.strength
        if goal.is_measured:
            # Progress read from the journal: the week's total is what was logged.
            week_total = sum(measured_amounts(goal, week_uses, week_connections).values())
            entries = []
        else:
            week_total = sum(p.value for p in entries)
        goal_facts.append(
            GoalFact(
                goal.id,
                goal.title,
                goal.kind,
                goal.status,
                goal.measure_unit,
                goal.measure_period,
                goal.target_value,
                week_total,
                len(entries),
                strength,
                standing.kept,
                standing.periods,
                goal.is_measured,
            )
        )

    change = week.change
    return WeekFacts(
        week_start=first,
        as_of=as_of,
        computed_at=now,
        ai_minutes=sum(u.minutes for u in week_uses),
        ai_uses=len(week_uses),
        by_purpose=tuple(purposes),
        by_circle=tuple(circle_minutes),
        budgets=_budget_facts(rules, uses, first, as_of, breached, settings),
        messages=_message_facts(names, week_uses, week_connections),
        breaches=tuple(breach_facts),
        connection_minutes=sum(c.minutes for c in week_connections),
        connection_moments=len(week_connections),
        connections=tuple(connection_facts),
        score=week.score,
        level=week.level.value if week.level is not None else None,
        previous_score=previous.score,
        previous_ai_minutes=change.previous_minutes,
        change_percent=change.percent,
        goals=tuple(goal_facts),
        neutral_uses=len(neutral_uses),
        neutral_minutes=sum(u.minutes for u in neutral_uses),
        budget_percent=_budget_percent(week),
        days_over_budget=_days_over(week),
    )


def _budget_percent(week: BalanceIndex) -> int | None:
    value = week.component(ComponentKey.BUDGET).value
    return None if value is None else round(100 * value)


def _days_over(week: BalanceIndex) -> tuple[dt.date, ...]:
    """The days of the week that went over a budget (or the usual), as the index saw them."""
    days = {
        dt.date.fromisoformat(str(f.param("day")))
        for f in week.component(ComponentKey.BUDGET).facts
        if f.key in (FactKey.WEEK_DAY_BUDGET, FactKey.WEEK_DAY_BASELINE)
        and int(f.param("over")) > 0
    }
    return tuple(sorted(days))


def week_facts(journal: Journal, first_day: dt.date) -> WeekFacts:
    """The facts of the week starting `first_day` as the journal holds them now."""
    settings = journal.settings()
    now = journal.now()
    today = journal_day(now, settings.day_start_hour)
    first = week_start(first_day, settings.week_start)
    with journal.session() as session:
        return _compute_facts(session, settings, now, first, today)


# --- Prompts -------------------------------------------------------------------------------------


def _prompt_record(row: PromptRow) -> Prompt:
    return Prompt(row.id, row.text, row.is_default, row.position, row.retired_at is not None)


def _prompt_rows(session: Session, include_retired: bool) -> list[PromptRow]:
    statement = select(PromptRow).order_by(PromptRow.position, PromptRow.id)
    if not include_retired:
        statement = statement.where(PromptRow.retired_at.is_(None))
    return list(session.scalars(statement))


def _get_prompt_row(session: Session, prompt_id: int) -> PromptRow:
    row = session.get(PromptRow, prompt_id)
    if row is None:
        raise NotFoundError(f"prompt {prompt_id}")
    return row


def prompts(journal: Journal, include_retired: bool = False) -> list[Prompt]:
    """The prompts in the order they are asked (retired ones too, when asked for)."""
    with journal.session() as session:
        return [_prompt_record(r) for r in _prompt_rows(session, include_retired)]


def _check_prompt_text(journal: Journal, text: str) -> None:
    check = Checker(journal.now().date())
    if not text.strip():
        check.add("text", "Write the question.")
    else:
        check.text("text", text)
    check.raise_if_any()


def add_prompt(journal: Journal, text: str) -> Prompt:
    """Add a prompt of the person's own, asked after the others."""
    _check_prompt_text(journal, text)
    with journal.session(write=True) as session:
        last = session.scalar(select(func.max(PromptRow.position)))
        row = PromptRow(
            text=text.strip(),
            is_default=False,
            position=(last if last is not None else -1) + 1,
            retired_at=None,
        )
        session.add(row)
        session.flush()
        return _prompt_record(row)


def reorder_prompts(journal: Journal, prompt_ids: Sequence[int]) -> list[Prompt]:
    """Ask the active prompts in the order of `prompt_ids` (which must name each of them)."""
    with journal.session(write=True) as session:
        rows = _prompt_rows(session, include_retired=False)
        if sorted(prompt_ids) != sorted(r.id for r in rows):
            raise ValueError("name every active prompt exactly once")
        positions = sorted(r.position for r in rows)
        by_id = {r.id: r for r in rows}
        for position, prompt_id in zip(positions, prompt_ids, strict=True):
            by_id[prompt_id].position = position
        session.flush()
        return [_prompt_record(by_id[i]) for i in prompt_ids]


def retire_prompt(journal: Journal, prompt_id: int) -> Prompt:
    """Stop asking a prompt; the answers already given stay with their check-ins."""
    with journal.session(write=True) as session:
        row = _get_prompt_row(session, prompt_id)
        if row.retired_at is None:
            row.retired_at = journal.now()
        return _prompt_record(row)


def ensure_default_prompts(journal: Journal) -> list[Prompt]:
    """Create the five default prompts the journal does not have yet; returns the active ones.

    A default the person retired stays retired.
    """
    with journal.session(write=True) as session:
        existing = {r.text for r in session.scalars(select(PromptRow).where(PromptRow.is_default))}
        last = session.scalar(select(func.max(PromptRow.position)))
        position = last if last is not None else -1
        for text in DEFAULT_PROMPTS:
            if text not in existing:
                position += 1
                session.add(PromptRow(text=text, is_default=True, position=position))
        session.flush()
        return [_prompt_record(r) for r in _prompt_rows(session, include_retired=False)]


# --- Check-ins -----------------------------------------------------------------------------------


def _checkin_record(row: CheckInRow) -> CheckIn:
    return CheckIn(
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


def _all_checkins(session: Session) -> list[CheckIn]:
    rows = session.scalars(select(CheckInRow).order_by(CheckInRow.week_start.desc()))
    return [_checkin_record(r) for r in rows]


def _get_checkin_row(session: Session, checkin_id: int) -> CheckInRow:
    row = session.get(CheckInRow, checkin_id)
    if row is None:
        raise NotFoundError(f"check-in {checkin_id}")
    return row


def normalized_week(stored: dt.date, settings: Settings) -> dt.date:
    """The week, under the current setting, that shares most days with a stored week start."""
    return week_start(stored + _ONE_DAY, settings.week_start)


def _find_checkin_row(session: Session, first: dt.date, settings: Settings) -> CheckInRow | None:
    rows = session.scalars(
        select(CheckInRow).where(
            CheckInRow.week_start >= first - _ONE_DAY, CheckInRow.week_start <= first + _ONE_DAY
        )
    )
    matching = [r for r in rows if normalized_week(r.week_start, settings) == first]
    # The exact week first, then one kept under the other week-start setting.
    matching.sort(key=lambda r: r.week_start != first)
    return matching[0] if matching else None


def checkin_for_week(journal: Journal, first_day: dt.date) -> CheckIn | None:
    """The check-in of the week starting `first_day`, if there is one."""
    settings = journal.settings()
    first = week_start(first_day, settings.week_start)
    with journal.session() as session:
        row = _find_checkin_row(session, first, settings)
        return None if row is None else _checkin_record(row)


def open_checkin(journal: Journal, first_day: dt.date) -> CheckIn:
    """The check-in of the week starting `first_day`, created as a draft when missing.

    Raises ValueError for a week that has not begun.
    """
    settings = journal.settings()
    now = journal.now()
    first = week_start(first_day, settings.week_start)
    if first > journal_day(now, settings.day_start_hour):
        raise ValueError(f"the week of {first} has not begun")
    with journal.session(write=True) as session:
        row = _find_checkin_row(session, first, settings)
        if row is None:
            row = CheckInRow(
                week_start=first, status=CheckInStatus.DRAFT, facts_json=NO_FACTS, updated_at=now
            )
            session.add(row)
            session.flush()
        return _checkin_record(row)


def checkin(journal: Journal, checkin_id: int) -> CheckIn:
    """One check-in."""
    with journal.session() as session:
        return _checkin_record(_get_checkin_row(session, checkin_id))


@dataclass(frozen=True, slots=True)
class Ratings:
    """The three ratings of a check-in, 1 to 5 (None: not given yet)."""

    connection: int | None = None
    reliance: int | None = None
    alignment: int | None = None


def _check_ratings(check: Checker, ratings: Ratings) -> None:
    for name in ("connection", "reliance", "alignment"):
        value = getattr(ratings, name)
        if value is not None and not 1 <= value <= 5:
            check.add(f"rating_{name}", "Choose a rating from 1 to 5.")


def save_answers(
    journal: Journal,
    checkin_id: int,
    answers: Mapping[int, str],
    ratings: Ratings | None = None,
) -> CheckIn:
    """Keep the answers (prompt id to text) and, when given, the ratings of a check-in.

    Answers not named are left as they are; an empty text removes an answer. Meant to be
    called as the person types: each call is one short transaction.
    """
    check = Checker(journal.now().date())
    for prompt_id, text in answers.items():
        check.text(f"answer_{prompt_id}", text)
    if ratings is not None:
        _check_ratings(check, ratings)
    check.raise_if_any()
    with journal.session(write=True) as session:
        row = _get_checkin_row(session, checkin_id)
        known = set(session.scalars(select(PromptRow.id)))
        unknown = [p for p in answers if p not in known]
        if unknown:
            raise NotFoundError(f"prompt {unknown[0]}")
        by_prompt = {a.prompt_id: a for a in row.answers}
        for prompt_id, text in answers.items():
            answer = by_prompt.get(prompt_id)
            if not text:
                if answer is not None:
                    row.answers.remove(answer)
            elif answer is None:
                row.answers.append(CheckInAnswerRow(prompt_id=prompt_id, text=text))
            else:
                answer.text = text
        if ratings is not None:
            row.rating_connection = ratings.connection
            row.rating_reliance = ratings.reliance
            row.rating_alignment = ratings.alignment
        row.updated_at = journal.now()
        session.flush()
        return _checkin_record(row)


def record_adjustment(journal: Journal, checkin_id: int, adjustment: Adjustment) -> CheckIn:
    """Note that the check-in created, changed or paused a goal or rule."""
    errors = []
    if adjustment.target not in _TARGETS:
        errors.append(FieldError("target", "An adjustment is to a goal or a rule."))
    if adjustment.action not in _ACTIONS:
        errors.append(FieldError("action", "An adjustment creates, changes or pauses."))
    if errors:
        raise ValidationError(errors)
    check = Checker(journal.now().date())
    check.text("description", adjustment.description)
    check.raise_if_any()
    with journal.session(write=True) as session:
        row = _get_checkin_row(session, checkin_id)
        row.adjustments.append(
            AdjustmentRow(
                target=adjustment.target,
                target_id=adjustment.target_id,
                action=adjustment.action,
                description=adjustment.description,
            )
        )
        row.updated_at = journal.now()
        session.flush()
        return _checkin_record(row)


def complete_checkin(journal: Journal, checkin_id: int) -> CheckIn:
    """Complete a check-in: it needs its three ratings; its facts are frozen the first time."""
    settings = journal.settings()
    now = journal.now()
    today = journal_day(now, settings.day_start_hour)
    with journal.session(write=True) as session:
        row = _get_checkin_row(session, checkin_id)
        missing = [
            FieldError(f"rating_{name}", "Choose a rating from 1 to 5.")
            for name, value in (
                ("connection", row.rating_connection),
                ("reliance", row.rating_reliance),
                ("alignment", row.rating_alignment),
            )
            if value is None
        ]
        if missing:
            raise ValidationError(missing)
        if facts_from_json(row.facts_json) is None:
            first = normalized_week(row.week_start, settings)
            row.facts_json = facts_to_json(_compute_facts(session, settings, now, first, today))
        row.status = CheckInStatus.COMPLETED
        if row.completed_at is None:
            row.completed_at = now
        row.updated_at = now
        session.flush()
        return _checkin_record(row)


def reopen_checkin(journal: Journal, checkin_id: int) -> CheckIn:
    """Make a completed check-in's answers and ratings editable again; its facts stay frozen."""
    with journal.session(write=True) as session:
        row = _get_checkin_row(session, checkin_id)
        row.status = CheckInStatus.DRAFT
        row.updated_at = journal.now()
        session.flush()
        return _checkin_record(row)


def checkins(journal: Journal) -> list[CheckIn]:
    """Every check-in, the newest week first."""
    with journal.session() as session:
        return _all_checkins(session)


def completed_checkins(journal: Journal) -> list[CheckIn]:
    """The completed check-ins, the newest week first (for the balance's self-rating)."""
    return [c for c in checkins(journal) if c.status is CheckInStatus.COMPLETED]


def _completed_weeks(session: Session, settings: Settings) -> set[dt.date]:
    rows = session.scalars(
        select(CheckInRow.week_start).where(CheckInRow.status == CheckInStatus.COMPLETED)
    )
    return {normalized_week(ws, settings) for ws in rows}


def completed_weeks(check_ins: Iterable[CheckIn], settings: Settings) -> set[dt.date]:
    """The weeks, under the current week-start setting, with a completed check-in."""
    return {
        normalized_week(c.week_start, settings)
        for c in check_ins
        if c.status is CheckInStatus.COMPLETED
    }


def streak_of(done: Set[dt.date], today: dt.date, settings: Settings) -> int:
    """How many weeks in a row are in `done` (weeks with a completed check-in), up to last
    week (and this week when it is already done)."""
    current = week_start(today, settings.week_start)
    week = current if current in done else current - _WEEK
    count = 0
    while week in done:
        count += 1
        week -= _WEEK
    return count


def streak(journal: Journal, today: dt.date) -> int:
    """How many weeks in a row have a completed check-in, up to last week (and this week when
    it is already done)."""
    settings = journal.settings()
    with journal.session() as session:
        done = _completed_weeks(session, settings)
    return streak_of(done, today, settings)


def missed_week_of(
    done: Set[dt.date], first_day: dt.date | None, today: dt.date, settings: Settings
) -> dt.date | None:
    """The latest recent week before the current one not in `done`, counting only weeks
    from the one of `first_day` (the journal's first day with anything in it) on."""
    if first_day is None:
        return None
    current = week_start(today, settings.week_start)
    began = week_start(first_day, settings.week_start)
    for weeks_back in range(1, MISSED_LOOKBACK_WEEKS + 1):
        week = current - weeks_back * _WEEK
        if week < began:
            return None
        if week not in done:
            return week
    return None


def journal_first_day(journal: Journal) -> dt.date | None:
    """The earliest day of any AI use, connection or check-in week; None for an empty journal."""
    with journal.session() as session:
        return first_day_of(session)


def first_day_of(session: Session) -> dt.date | None:
    """`journal_first_day` within an open session."""
    firsts = [
        session.scalar(select(func.min(AiUseRow.day))),
        session.scalar(select(func.min(ConnectionRow.day))),
        session.scalar(select(func.min(CheckInRow.week_start))),
    ]
    return min((d for d in firsts if d is not None), default=None)


def missed_week(journal: Journal, today: dt.date) -> dt.date | None:
    """The latest recent week before the current one without a completed check-in."""
    settings = journal.settings()
    with journal.session() as session:
        done = _completed_weeks(session, settings)
    return missed_week_of(done, journal_first_day(journal), today, settings)


@dataclass(frozen=True, slots=True)
class AnswerMatch:
    """An answer that matched a search, with its week and question."""

    checkin_id: int
    week_start: dt.date
    prompt_id: int
    prompt_text: str
    is_retired: bool
    text: str


def search_answers(journal: Journal, text: str) -> list[AnswerMatch]:
    """Answers containing `text` (ignoring case), the newest week first."""
    needle = text.strip().casefold()
    if not needle:
        return []
    statement = (
        select(CheckInAnswerRow, CheckInRow.week_start, PromptRow)
        .join(CheckInRow, CheckInRow.id == CheckInAnswerRow.checkin_id)
        .join(PromptRow, PromptRow.id == CheckInAnswerRow.prompt_id)
        .order_by(CheckInRow.week_start.desc(), PromptRow.position, PromptRow.id)
    )
    with journal.session() as session:
        # SQLite's LIKE folds ASCII letters only; a few thousand answers fold fast in Python.
        return [
            AnswerMatch(
                answer.checkin_id,
                first,
                prompt.id,
                prompt.text,
                prompt.retired_at is not None,
                answer.text,
            )
            for answer, first, prompt in session.execute(statement)
            if needle in answer.text.casefold()
        ]


# --- Reminders -----------------------------------------------------------------------------------


def next_reminder(
    now: dt.datetime, settings: Settings, snoozed_until: dt.datetime | None = None
) -> dt.datetime:
    """The first reminder moment after `now`: the weekly weekday and time of the settings, or
    the end of a snooze that lies ahead, whichever comes first."""
    hour, minute = divmod(settings.reminder_minute, 60)
    days_ahead = (settings.reminder_weekday - now.weekday()) % 7
    moment = dt.datetime.combine(now.date() + dt.timedelta(days=days_ahead), dt.time(hour, minute))
    if moment <= now:
        moment += _WEEK
    if snoozed_until is not None and snoozed_until > now:
        return min(moment, snoozed_until)
    return moment


def reminder_week(moment: dt.datetime, settings: Settings) -> dt.date:
    """The week a reminder at `moment` asks about: the current week from its fifth day on
    (a Sunday evening of a Monday week), else the week before (a Sunday of a Sunday week)."""
    day = journal_day(moment, settings.day_start_hour)
    first = week_start(day, settings.week_start)
    return first if (day - first).days >= 4 else first - _WEEK


def is_week_completed(journal: Journal, first_day: dt.date) -> bool:
    """True when the week starting `first_day` has a completed check-in."""
    settings = journal.settings()
    with journal.session() as session:
        return week_start(first_day, settings.week_start) in _completed_weeks(session, settings)
