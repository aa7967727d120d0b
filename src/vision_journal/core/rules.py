"""Evaluating boundary rules: breaches, budget warnings, today's status and firm-rule friction.

Pure functions over frozen records: no I/O, no clock, no Qt. The caller loads the uses and
connections of the days it needs (`history_start` says from which journal day) and passes
them in; anything outside the evaluated days only serves as history.

The semantics, rule by rule (every day below is a journal day, so with the default 04:00 day
start a use at 01:30 counts to the day before; the day is the `day` the use was saved with):

- A **breach** is one rule broken on one journal day. It carries the uses involved that day
  and by how much (`amount`, in `unit`). Breached rule-days are what the balance index's
  boundary-keeping component counts, so each (rule, day) yields at most one breach.
- **Paused** rules (`is_active` False) yield nothing. A rule sees nothing from before the
  journal day it was created on: those days are not evaluated and their uses do not count
  toward a week or a 7-day window (a rule created on a Wednesday is not broken by Monday).
- Days after today (the journal day of `now`, or `period_end` without `now`) are not evaluated.
- **budget**: the minutes of the uses matching every scope given (tool, purpose, sphere,
  circle) are summed over the rule's window ending on each day: that day (`day`), the week so
  far (`week`, Monday or Sunday weeks per the settings) or the 7 days ending that day
  (`rolling_7_days`). A day breaches when it had matching use and the window is over the
  budget; `amount` is the minutes over budget that day's use added,
  `min(minutes that day, window minutes - budget)`, so the amounts of a period add up to how
  far the period went over. Using exactly the budget is not a breach.
- **rollover** (day and week budgets only; a rolling window has no periods to carry between):
  the unused minutes of the previous period, `max(0, budget - used)`, are added to this
  period's budget. It is one period deep: the carry is measured against the plain budget, so
  it never compounds and a budget can at most double. Only a previous period that lies wholly
  on or after the rule's creation day carries anything.
- **curfew**: a window applies on the weekdays on which it starts; a window whose end is at or
  before its start ends on the next calendar day. A use occupies `[started_at, started_at +
  minutes)` and the minutes of it inside any window count (overlapping windows count once).
  The breach is on the use's journal day, `amount` the minutes inside.
- **Daylight saving**: times are naive local wall-clock times as logged. A use's minutes are
  the minutes the person logged; its end is reckoned on the wall clock, so a use spanning a
  change counts as the wall-clock interval it names. A day with a clock change evaluates like
  any other day (it simply holds 23 or 25 hours of wall-clock time).
- **no_mediation**: each use to the circle whose mediation is one of the chosen kinds; **dis-
  closure**: each AI-mediated use to the circle with `disclosed` NO; **purpose_limit**: each
  use for the purpose (within the circle, if one is set). `amount` counts those uses.
- **mediation_share**: the messages to a circle are the AI-mediated uses to it (a circle and a
  mediation other than none) plus the connections with it of mode `message`; the same
  definition the balance index's authorship component uses. Each counts one message. A day
  breaches when a mediated message to the circle was sent that day and the share of mediated
  messages over the 7 days ending that day is above `max_percent`; `amount` is the percentage
  points above. Only days with a mediated message breach, like budgets only breach on days
  with use: otherwise one message would show as breaches on seven days.
- **Neutral uses** (`AiUse.is_neutral`: an accessibility or translation aid, or a use the
  person marked as not counting) are left out of every rule: they use no budget, break no
  curfew and are no message.
- **warnings**: a budget whose current window (the one ending today) holds at least 80 % of
  its budget, and not more than the budget (more is a breach). A zero-minute budget never
  warns.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vision_journal.core.calendar import journal_day, week_start
from vision_journal.core.records import (
    MEDIATED_KINDS,
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    Connection,
    ConnectionMode,
    CurfewParams,
    Disclosure,
    DisclosureParams,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    Settings,
)

#: A budget warns once its window holds this fraction of the budget.
WARNING_FRACTION = 0.8

#: The most days before the first evaluated day whose uses any rule looks at: a week budget
#: with rollover on the last day of a week reaches back to the first day of the week before.
MAX_LOOKBACK_DAYS = 13

_ONE_DAY = dt.timedelta(days=1)


class AmountUnit(StrEnum):
    """What a breach's `amount` counts."""

    MINUTES_OVER_BUDGET = "minutes_over_budget"
    MINUTES_IN_CURFEW = "minutes_in_curfew"
    MESSAGES = "messages"
    USES = "uses"
    PERCENTAGE_POINTS = "percentage_points"


@dataclass(frozen=True, slots=True)
class Breach:
    """A rule broken on one journal day: the uses involved and by how much."""

    rule_id: int
    day: dt.date
    use_ids: tuple[int, ...]
    amount: float
    unit: AmountUnit


@dataclass(frozen=True, slots=True)
class BudgetWarning:
    """A budget rule at 80 % or more of its budget in the window ending `day`."""

    rule_id: int
    day: dt.date
    used_minutes: int
    budget_minutes: int

    @property
    def fraction(self) -> float:
        """How much of the budget is used, 0.8 to 1.0."""
        return self.used_minutes / self.budget_minutes


@dataclass(frozen=True, slots=True)
class RuleReport:
    """What evaluating the rules over a period found, breaches ordered by day then rule."""

    breaches: tuple[Breach, ...] = ()
    warnings: tuple[BudgetWarning, ...] = ()

    def breached_rule_days(self) -> frozenset[tuple[int, dt.date]]:
        """The (rule id, day) pairs that had a breach."""
        return frozenset((b.rule_id, b.day) for b in self.breaches)


class RuleState(StrEnum):
    """Where a rule stands today, for the Boundaries page."""

    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class RuleStatus:
    """A rule's state today.

    For budgets `used` and `limit` are the minutes of the current window and its budget
    (rollover included); for a mediation share they are the share of mediated messages over
    the last 7 days and the maximum, in percent (`used` None without messages); for the other
    kinds `used` is today's breach amount and `limit` is None.
    """

    rule_id: int
    state: RuleState
    used: float | None
    limit: float | None
    breaches: tuple[Breach, ...]


@dataclass(frozen=True, slots=True)
class BudgetUsage:
    """The minutes a budget rule counts in its window ending `last_day`, and its budget."""

    first_day: dt.date
    last_day: dt.date
    used_minutes: int
    budget_minutes: int

    @property
    def is_over(self) -> bool:
        """True when more minutes were used than the budget allows."""
        return self.used_minutes > self.budget_minutes


# --- Shared pieces, also used by the balance index ------------------------------------------


def rule_start_day(rule: BoundaryRule, settings: Settings) -> dt.date:
    """The first journal day a rule is evaluated on: the day it was created."""
    return journal_day(rule.created_at, settings.day_start_hour)


def budget_matches(params: BudgetParams, use: AiUse) -> bool:
    """True when a use falls within every scope the budget sets (never for a neutral use)."""
    return (
        use.neutral is None
        and (params.tool_id is None or use.tool_id == params.tool_id)
        and (params.purpose is None or use.purpose is params.purpose)
        and (params.sphere is None or use.sphere is params.sphere)
        and (params.circle_id is None or use.circle_id == params.circle_id)
    )


def budget_minutes_by_day(params: BudgetParams, uses: Iterable[AiUse]) -> dict[dt.date, int]:
    """The minutes a budget counts, per journal day."""
    # `budget_matches` spelled out: this loop runs over months of uses for every budget on
    # each dashboard refresh, and the call per use was most of its time.
    tool, purpose, sphere, circle = params.tool_id, params.purpose, params.sphere, params.circle_id
    minutes: dict[dt.date, int] = defaultdict(int)
    for use in uses:
        if (
            use.neutral is None
            and (tool is None or use.tool_id == tool)
            and (purpose is None or use.purpose is purpose)
            and (sphere is None or use.sphere is sphere)
            and (circle is None or use.circle_id == circle)
        ):
            minutes[use.day] += use.minutes
    return dict(minutes)


def _sum_days(minutes_by_day: Mapping[dt.date, int], first: dt.date, last: dt.date) -> int:
    total = 0
    day = first
    while day <= last:
        total += minutes_by_day.get(day, 0)
        day += _ONE_DAY
    return total


def _period_first_day(params: BudgetParams, day: dt.date, settings: Settings) -> dt.date:
    if params.period is BudgetPeriod.DAY:
        return day
    if params.period is BudgetPeriod.WEEK:
        return week_start(day, settings.week_start)
    return day - dt.timedelta(days=6)


def budget_usage(
    params: BudgetParams,
    minutes_by_day: Mapping[dt.date, int],
    day: dt.date,
    counts_from: dt.date,
    settings: Settings,
) -> BudgetUsage:
    """The used minutes and the budget of the window ending `day`.

    `minutes_by_day` comes from `budget_minutes_by_day`; `counts_from` is the rule's start day,
    before which nothing counts. See the module docstring for windows and rollover.
    """
    first = _period_first_day(params, day, settings)
    used = _sum_days(minutes_by_day, max(first, counts_from), day)
    budget = params.minutes
    if params.has_rollover and params.period is not BudgetPeriod.ROLLING_7_DAYS:
        length = 1 if params.period is BudgetPeriod.DAY else 7
        previous_first = first - dt.timedelta(days=length)
        if previous_first >= counts_from:
            previous_used = _sum_days(minutes_by_day, previous_first, first - _ONE_DAY)
            budget += max(0, params.minutes - previous_used)
    return BudgetUsage(max(first, counts_from), day, used, budget)


def is_message_to(use: AiUse, circle_id: int) -> bool:
    """True for an AI-mediated message to the circle."""
    return use.circle_id == circle_id and use.mediation in MEDIATED_KINDS


def history_start(rules: Iterable[BoundaryRule], first_day: dt.date, settings: Settings) -> dt.date:
    """The first journal day whose uses and connections evaluating from `first_day` needs."""
    earliest = first_day
    for rule in rules:
        params = rule.params
        if isinstance(params, BudgetParams):
            start = _period_first_day(params, first_day, settings)
            if params.has_rollover and params.period is BudgetPeriod.DAY:
                start -= _ONE_DAY
            elif params.has_rollover and params.period is BudgetPeriod.WEEK:
                start -= dt.timedelta(days=7)
            earliest = min(earliest, start)
        elif isinstance(params, MediationShareParams):
            earliest = min(earliest, first_day - dt.timedelta(days=6))
    return earliest


# --- Curfews ---------------------------------------------------------------------------------


def curfew_minutes(params: CurfewParams, use: AiUse) -> int:
    """The minutes of a use inside the curfew's windows, on the wall clock."""
    start = use.started_at
    if start.microsecond == 0 and start.tzinfo is None:
        return _curfew_minutes_fast(params, start, use.minutes)
    end = start + dt.timedelta(minutes=use.minutes)
    if end <= start:
        return 0
    # Windows that start on the day before the use can still be running when it begins.
    intervals: list[tuple[dt.datetime, dt.datetime]] = []
    date = start.date() - _ONE_DAY
    while date <= end.date():
        if date.weekday() in params.weekdays:
            # In the use's own zone: an aware start compares only with aware windows.
            midnight = dt.datetime.combine(date, dt.time(), tzinfo=start.tzinfo)
            for window in params.windows:
                opens = midnight + dt.timedelta(minutes=window.start_minute)
                closes = midnight + dt.timedelta(minutes=window.end_minute)
                if window.crosses_midnight():
                    closes += _ONE_DAY
                if opens < end and closes > start:
                    intervals.append((max(opens, start), min(closes, end)))
        date += _ONE_DAY
    # Merge, so two overlapping windows do not count the same minutes twice.
    seconds = 0.0
    covered_until: dt.datetime | None = None
    for opens, closes in sorted(intervals):
        if covered_until is not None and opens < covered_until:
            opens = covered_until
        if closes > opens:
            seconds += (closes - opens).total_seconds()
            covered_until = closes
    return round(seconds / 60)


def _curfew_minutes_fast(params: CurfewParams, start: dt.datetime, minutes: int) -> int:
    """`curfew_minutes` in whole seconds from the midnight before the use.

    Naive datetimes add on the wall clock, so this is the same arithmetic as the general
    path without building datetimes; evaluating a long history calls it for every use.
    """
    if minutes <= 0:
        return 0
    begin = start.hour * 3600 + start.minute * 60 + start.second
    end = begin + minutes * 60
    weekday = start.weekday()
    intervals: list[tuple[int, int]] = []
    for offset in range(-1, end // 86400 + 1):
        if (weekday + offset) % 7 not in params.weekdays:
            continue
        midnight = offset * 86400
        for window in params.windows:
            opens = midnight + window.start_minute * 60
            closes = midnight + window.end_minute * 60
            if window.end_minute <= window.start_minute:
                closes += 86400
            if opens < end and closes > begin:
                intervals.append((max(opens, begin), min(closes, end)))
    if not intervals:
        return 0
    seconds = 0
    covered_until: int | None = None
    for opens, closes in sorted(intervals):
        if covered_until is not None and opens < covered_until:
            opens = covered_until
        if closes > opens:
            seconds += closes - opens
            covered_until = closes
    return round(seconds / 60)


# --- Evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    """The days a rule is evaluated on, and the day before which nothing counts."""

    first: dt.date
    last: dt.date
    counts_from: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def _budget_breaches(
    rule: BoundaryRule, params: BudgetParams, uses: Sequence[AiUse], span: _Span, s: Settings
) -> list[Breach]:
    uses_by_day: dict[dt.date, list[int]] = defaultdict(list)
    minutes_by_day: dict[dt.date, int] = defaultdict(int)
    for use in uses:
        if budget_matches(params, use):
            minutes_by_day[use.day] += use.minutes
            uses_by_day[use.day].append(use.id)
    breaches = []
    first, last = span.first, span.last
    for day in sorted(uses_by_day):
        if not first <= day <= last or minutes_by_day[day] == 0:
            continue
        usage = budget_usage(params, minutes_by_day, day, span.counts_from, s)
        over = min(minutes_by_day[day], usage.used_minutes - usage.budget_minutes)
        if over > 0:
            breaches.append(
                Breach(rule.id, day, tuple(uses_by_day[day]), over, AmountUnit.MINUTES_OVER_BUDGET)
            )
    return breaches


def _curfew_breaches(
    rule: BoundaryRule, params: CurfewParams, uses: Sequence[AiUse], span: _Span
) -> list[Breach]:
    inside: dict[dt.date, int] = defaultdict(int)
    ids: dict[dt.date, list[int]] = defaultdict(list)
    first, last = span.first, span.last
    for use in uses:
        if first <= use.day <= last:
            minutes = curfew_minutes(params, use)
            if minutes > 0:
                inside[use.day] += minutes
                ids[use.day].append(use.id)
    return [
        Breach(rule.id, day, tuple(ids[day]), inside[day], AmountUnit.MINUTES_IN_CURFEW)
        for day in sorted(inside)
    ]


def _counted_breaches(
    rule: BoundaryRule, uses: Sequence[AiUse], span: _Span, unit: AmountUnit
) -> list[Breach]:
    """Breaches of the rules where each offending use counts once."""
    params = rule.params
    ids: dict[dt.date, list[int]] = defaultdict(list)
    first, last = span.first, span.last
    for use in uses:
        if not first <= use.day <= last:
            continue
        if isinstance(params, NoMediationParams):
            is_offending = use.circle_id == params.circle_id and use.mediation in (
                params.mediations & MEDIATED_KINDS
            )
        elif isinstance(params, DisclosureParams):
            is_offending = is_message_to(use, params.circle_id) and (use.disclosed is Disclosure.NO)
        elif isinstance(params, PurposeLimitParams):
            is_offending = use.purpose is params.purpose and (
                params.circle_id is None or use.circle_id == params.circle_id
            )
        else:
            is_offending = False
        if is_offending:
            ids[use.day].append(use.id)
    return [Breach(rule.id, day, tuple(ids[day]), len(ids[day]), unit) for day in sorted(ids)]


@dataclass(frozen=True, slots=True)
class _MessageCounts:
    """Messages to one circle per day: mediated ones (with their use ids) and all of them."""

    mediated_ids: Mapping[dt.date, list[int]]
    total: Mapping[dt.date, int]

    def share_percent(self, day: dt.date, counts_from: dt.date) -> float | None:
        """The share of mediated messages over the 7 days ending `day`, None without any."""
        first = max(day - dt.timedelta(days=6), counts_from)
        total = _sum_days(self.total, first, day)
        if total == 0:
            return None
        mediated = 0
        current = first
        while current <= day:
            mediated += len(self.mediated_ids.get(current, ()))
            current += _ONE_DAY
        return 100 * mediated / total


def _message_counts(
    circle_id: int, uses: Sequence[AiUse], connections: Sequence[Connection]
) -> _MessageCounts:
    mediated: dict[dt.date, list[int]] = defaultdict(list)
    total: dict[dt.date, int] = defaultdict(int)
    for use in uses:
        if is_message_to(use, circle_id):
            mediated[use.day].append(use.id)
            total[use.day] += 1
    for connection in connections:
        if connection.circle_id == circle_id and connection.mode is ConnectionMode.MESSAGE:
            total[connection.day] += 1
    return _MessageCounts(mediated, total)


def _share_breaches(
    rule: BoundaryRule,
    params: MediationShareParams,
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    span: _Span,
) -> list[Breach]:
    counts = _message_counts(params.circle_id, uses, connections)
    breaches = []
    for day in sorted(counts.mediated_ids):
        if day not in span:
            continue
        share = counts.share_percent(day, span.counts_from)
        if share is not None and share > params.max_percent:
            breaches.append(
                Breach(
                    rule.id,
                    day,
                    tuple(counts.mediated_ids[day]),
                    share - params.max_percent,
                    AmountUnit.PERCENTAGE_POINTS,
                )
            )
    return breaches


def _rule_breaches(
    rule: BoundaryRule,
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    span: _Span,
    settings: Settings,
) -> list[Breach]:
    params = rule.params
    if isinstance(params, BudgetParams):
        return _budget_breaches(rule, params, uses, span, settings)
    if isinstance(params, CurfewParams):
        return _curfew_breaches(rule, params, uses, span)
    if isinstance(params, MediationShareParams):
        return _share_breaches(rule, params, uses, connections, span)
    unit = AmountUnit.USES if isinstance(params, PurposeLimitParams) else AmountUnit.MESSAGES
    return _counted_breaches(rule, uses, span, unit)


def _today(now: dt.datetime | None, fallback: dt.date, settings: Settings) -> dt.date:
    return fallback if now is None else journal_day(now, settings.day_start_hour)


def _span(
    rule: BoundaryRule, period_start: dt.date, period_end: dt.date, settings: Settings
) -> _Span:
    start = rule_start_day(rule, settings)
    return _Span(max(period_start, start), period_end, start)


def _budget_warning(
    rule: BoundaryRule, params: BudgetParams, uses: Sequence[AiUse], today: dt.date, s: Settings
) -> BudgetWarning | None:
    start = rule_start_day(rule, s)
    if today < start:
        return None
    usage = budget_usage(params, budget_minutes_by_day(params, uses), today, start, s)
    budget = usage.budget_minutes
    if budget > 0 and WARNING_FRACTION * budget <= usage.used_minutes <= budget:
        return BudgetWarning(rule.id, today, usage.used_minutes, budget)
    return None


def evaluate_rules(
    rules: Iterable[BoundaryRule],
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    period_start: dt.date,
    period_end: dt.date,
    settings: Settings,
    now: dt.datetime | None = None,
) -> RuleReport:
    """The breaches on the journal days `period_start`..`period_end` and today's warnings.

    Pass the uses and connections from `history_start(rules, period_start, settings)` to
    `period_end`. Today is the journal day of `now`, or `period_end` without it; later days are
    not evaluated, and warnings are only given when today lies in the period.
    """
    today = _today(now, period_end, settings)
    last = min(period_end, today)
    breaches: list[Breach] = []
    warnings: list[BudgetWarning] = []
    active = [rule for rule in rules if rule.is_active]
    # Nothing before what the rules look back to, nor after today, changes the result: drop
    # it once here instead of skipping it in every rule (callers pass long histories).
    earliest = history_start(active, period_start, settings)
    uses = [u for u in uses if earliest <= u.day <= last and u.neutral is None]
    connections = [c for c in connections if earliest <= c.day <= last]
    for rule in active:
        span = _span(rule, period_start, last, settings)
        if span.first <= span.last:
            breaches.extend(_rule_breaches(rule, uses, connections, span, settings))
        if isinstance(rule.params, BudgetParams) and period_start <= today <= period_end:
            warning = _budget_warning(rule, rule.params, uses, today, settings)
            if warning is not None:
                warnings.append(warning)
    breaches.sort(key=lambda b: (b.day, b.rule_id))
    return RuleReport(tuple(breaches), tuple(warnings))


def rule_statuses(
    rules: Iterable[BoundaryRule],
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    settings: Settings,
    now: dt.datetime,
) -> tuple[RuleStatus, ...]:
    """Each rule's state today, in the order given.

    Pass the uses and connections from `history_start(rules, today, settings)` on. A budget is
    breached when its current window is over budget (even if today itself had no use), warns
    at 80 %; a mediation share is breached when the current 7-day share is above the maximum;
    the other kinds are breached when they have a breach today.
    """
    today = journal_day(now, settings.day_start_hour)
    uses = [u for u in uses if u.neutral is None]
    statuses = []
    for rule in rules:
        if not rule.is_active:
            statuses.append(RuleStatus(rule.id, RuleState.PAUSED, None, None, ()))
            continue
        span = _span(rule, today, today, settings)
        todays = (
            tuple(_rule_breaches(rule, uses, connections, span, settings))
            if span.first <= span.last
            else ()
        )
        params = rule.params
        used: float | None
        limit: float | None
        if isinstance(params, BudgetParams):
            minutes = budget_minutes_by_day(params, uses)
            usage = budget_usage(params, minutes, today, span.counts_from, settings)
            used, limit = usage.used_minutes, usage.budget_minutes
            if usage.is_over:
                state = RuleState.BREACHED
            elif limit > 0 and used >= WARNING_FRACTION * limit:
                state = RuleState.WARNING
            else:
                state = RuleState.OK
        elif isinstance(params, MediationShareParams):
            counts = _message_counts(params.circle_id, uses, connections)
            used = counts.share_percent(today, span.counts_from)
            limit = params.max_percent
            is_over = used is not None and used > limit
            state = RuleState.BREACHED if is_over else RuleState.OK
        else:
            used = sum(b.amount for b in todays)
            limit = None
            state = RuleState.BREACHED if todays else RuleState.OK
        statuses.append(RuleStatus(rule.id, state, used, limit, todays))
    return tuple(statuses)


def breaches_for_new_use(
    rules: Iterable[BoundaryRule],
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    new_use: AiUse,
    settings: Settings,
) -> tuple[Breach, ...]:
    """The breaches a use about to be logged would cause or grow, on its journal day.

    `new_use` is the use as it would be saved, with an id no existing use has (0 will do);
    `uses` are the journal's uses from `history_start(rules, new_use.day, settings)` on. Each
    breach returned is the rule's breach of that day as it would stand after saving, and
    includes the new use. Only the use's own day is looked at: a back-dated use that pushes
    a later day of a week over budget is not reported here. Filter the rules to the firm ones
    for the reason-asking friction.
    """
    active = [rule for rule in rules if rule.is_active]
    day = new_use.day
    before = evaluate_rules(active, uses, connections, day, day, settings)
    after = evaluate_rules(active, [*uses, new_use], connections, day, day, settings)
    amount_before = {b.rule_id: b.amount for b in before.breaches}
    return tuple(
        b
        for b in after.breaches
        if new_use.id in b.use_ids and b.amount > amount_before.get(b.rule_id, 0.0)
    )
