"""The balance index and goal strength: pure functions from records to explained numbers.

No I/O, no clock, no Qt. Every result carries its own explanation: each component's value,
weight, share of the index and the facts behind it, as `Fact`s (a template key and its
parameters) so the UI can translate them; `render_english` gives the English sentence.

Definitions (docs/balance-index.md has them all, written out), with the choices the product
leaves open:

- **Days** are journal days. A day **has data** when at least one AI use or connection was
  logged on it. Fewer than 3 days with data in the 90 days ending at the evaluated day means
  "not enough data yet": no index and no level (the components are still given).
- **H, budget adherence**: the daily value against a budget is
  `a = clamp(1 - (minutes - budget) / budget, 0, 1)` (a zero budget gives 1 without use and 0
  with any). On a day with active budget rules (created on or before it; paused rules count
  on no day, since the journal does not keep when they were paused) `a` is the mean over
  those rules, each against its own window and budget as the rules evaluate them (see
  `rules.budget_usage`). On a day without, the budget is the person's own baseline: the mean
  AI minutes of the same weekday on the up to 12 earlier weeks within 90 days, counting only
  days from the journal's start (the first day with data in the 180 days ending at the
  evaluated day); without any such earlier weekday the day has no value. The daily values
  are smoothed `H_t = H_{t-1}·m + a_t·(1 - m)`, `m = 0.5^(1/13)`, over the days from
  `max(journal start, day - 89)`, seeded with the first day's value; a day without a value
  leaves H as it was. Days without anything logged count as 0 AI minutes: not logging AI use
  on a day means none was used.
- **A, human authorship**: over the 7 days ending at the day, the messages to people are the
  AI-mediated uses with a circle (`AiUse.is_mediated_message`) plus the connections of mode
  `message`; `A = 1 - mediated / messages`, each message to a protected circle counting twice.
  This is the same message definition the mediation-share rule uses.
- **B, boundary keeping**: `1 - breached rule-days / active rule-days` over the 7 days ending
  at the day, counting each active rule on the days from its creation day.
- **C, connection balance**: `direct / (direct + companionship)` minutes over the 7 days, where
  direct is the minutes of all connections and companionship the AI minutes for a purpose in
  `COMPANIONSHIP_PURPOSES`.
- **R, self-rating**: `(5 - reliance) / 4` from the completed check-in with the latest week
  that was completed by the end of the day.
- The index is `100 · Σ wᵢ·xᵢ / Σ wᵢ` over the components with data; its **score** is the
  index rounded half up, and the level follows the score so what is shown and its level agree.
- A **week**'s index speaks of the week's own days, from its first day to its last (or
  today, for the current week): H is the mean daily adherence `a` over those days (the days'
  list says which went over and by how much), A, B and C are the formulas above over those
  days instead of 7, R is the latest check-in as of the week's last evaluated day. A **day**'s
  index is the smoothed H and A, B, C over the 7 days ending at it.
- **Neutral uses** (`AiUse.is_neutral`) make their day a day with data but count in no
  component, nor in the change; `BalanceIndex.neutral_uses` says how many the period held.
- **Change** compares AI minutes with the same days a week earlier: for a week the days of
  the week so far, for a day the 7 days ending at it. Within 5 % either way is "about the same".

Callers pass the uses and connections of the `LOOKBACK_DAYS` days ending at the evaluated day
(for `index_history`, from the first week's last day minus `LOOKBACK_DAYS - 1`), the rules,
circles and check-ins whole (they are few).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from vision_journal.core.calendar import journal_day, week_start
from vision_journal.core.records import (
    COMPANIONSHIP_PURPOSES,
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CheckIn,
    CheckInStatus,
    Circle,
    Connection,
    ConnectionMode,
    Goal,
    GoalKind,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    ProgressEntry,
    Settings,
)
from vision_journal.core.rules import (
    Breach,
    RuleReport,
    budget_minutes_by_day,
    budget_usage,
    evaluate_rules,
    history_start,
    rule_start_day,
)

#: The smoothing factor of H and goal strength: a 13-day half-life.
SMOOTHING = 0.5 ** (1 / 13)
#: How many days the smoothing runs over; older days weigh under 1 % of the result.
SMOOTHING_DAYS = 90
#: How far back the same-weekday baseline looks.
BASELINE_DAYS = 90
#: The window of A, B and C.
WINDOW_DAYS = 7
#: Days with data needed before the index shows a number.
MIN_DATA_DAYS = 3
#: The days of uses and connections a day's index needs, ending at that day.
LOOKBACK_DAYS = SMOOTHING_DAYS + BASELINE_DAYS
#: A change smaller than this, in percent, is "about the same".
SAME_CHANGE_PERCENT = 5

_ONE_DAY = dt.timedelta(days=1)


class ComponentKey(StrEnum):
    """The components of the index; the values are the names of their `Weights` fields."""

    BUDGET = "budget"
    AUTHORSHIP = "authorship"
    BOUNDARIES = "boundaries"
    CONNECTION = "connection"
    SELF_RATING = "self_rating"


class Level(StrEnum):
    """The three levels of the index."""

    BALANCED = "balanced"
    WATCH = "watch"
    OVER_RELIANT = "over_reliant"


class FactKey(StrEnum):
    """The template of a fact; `render_english` holds the English wording of each."""

    BUDGET_USE = "budget_use"
    BASELINE_USE = "baseline_use"
    NO_BASELINE = "no_baseline"
    BUDGET_SMOOTHED = "budget_smoothed"
    NO_BUDGET_DATA = "no_budget_data"
    CIRCLE_MESSAGES = "circle_messages"
    PROTECTED_DOUBLE = "protected_double"
    NO_MESSAGES = "no_messages"
    RULE_DAYS = "rule_days"
    NO_RULES = "no_rules"
    CONNECTION_MINUTES = "connection_minutes"
    NO_CONNECTION_MINUTES = "no_connection_minutes"
    RELIANCE_RATING = "reliance_rating"
    NO_CHECK_IN = "no_check_in"
    NOT_ENOUGH_DATA = "not_enough_data"
    WEEK_DAY_BUDGET = "week_day_budget"
    WEEK_DAY_BASELINE = "week_day_baseline"
    WEEK_BUDGET_DAYS = "week_budget_days"
    NEUTRAL_LEFT_OUT = "neutral_left_out"
    CHANGE_MORE = "change_more"
    CHANGE_LESS = "change_less"
    CHANGE_SAME = "change_same"
    CHANGE_NEW = "change_new"
    CHANGE_NONE = "change_none"


FactValue = str | int | float


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact behind a number: a template key and its parameters, ready to be worded."""

    key: FactKey
    params: tuple[tuple[str, FactValue], ...] = ()

    def param(self, name: str) -> FactValue:
        """The value of one parameter."""
        return dict(self.params)[name]

    @property
    def english(self) -> str:
        """The fact as an English sentence."""
        return render_english(self)


def fact(key: FactKey, **params: FactValue) -> Fact:
    """A fact with keyword parameters."""
    return Fact(key, tuple(params.items()))


@dataclass(frozen=True, slots=True)
class Component:
    """One component of the index: its value (None without data) and why."""

    key: ComponentKey
    value: float | None
    weight: float
    share: float
    facts: tuple[Fact, ...]

    @property
    def has_data(self) -> bool:
        """True when the component takes part in the index."""
        return self.value is not None

    @property
    def points(self) -> float:
        """The index points this component contributes: 100 · share · value."""
        return 0.0 if self.value is None else 100 * self.share * self.value


@dataclass(frozen=True, slots=True)
class Change:
    """AI minutes against the same days a week earlier, with its neutral wording."""

    minutes: int
    previous_minutes: int
    percent: int | None
    fact: Fact


@dataclass(frozen=True, slots=True)
class BalanceIndex:
    """The index for a day or a week, with everything needed to explain it.

    `first_day` is the day itself or the week's first day; `as_of` the day it is computed at.
    `index` is None when there is not enough data or no component has data.
    """

    first_day: dt.date
    as_of: dt.date
    index: float | None
    score: int | None
    level: Level | None
    data_days: int
    components: tuple[Component, ...]
    change: Change
    facts: tuple[Fact, ...]
    #: Uses marked neutral in the period (the week so far, or the 7 days ending at a day),
    #: logged but left out of every component.
    neutral_uses: int = 0

    @property
    def is_enough_data(self) -> bool:
        """False while the index says "not enough data yet"."""
        return self.data_days >= MIN_DATA_DAYS

    def component(self, key: ComponentKey) -> Component:
        """The component with `key`."""
        return next(c for c in self.components if c.key is key)


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    """The index of one week, for the sparkline."""

    first_day: dt.date
    as_of: dt.date
    index: float | None
    score: int | None
    level: Level | None


@dataclass(frozen=True, slots=True)
class BalanceInputs:
    """What the index is computed from; see the module docstring for which days to pass."""

    rules: Sequence[BoundaryRule]
    uses: Sequence[AiUse]
    connections: Sequence[Connection]
    circles: Sequence[Circle]
    check_ins: Sequence[CheckIn]
    settings: Settings


# --- Small helpers -------------------------------------------------------------------------


def adherence(minutes: float, budget: float) -> float:
    """The daily H value: 1 within budget, falling to 0 at twice the budget."""
    if budget <= 0:
        return 1.0 if minutes <= 0 else 0.0
    return min(1.0, max(0.0, 1 - (minutes - budget) / budget))


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def level_of(score: int, settings: Settings) -> Level:
    """The level of a score under the thresholds of the settings."""
    if score >= settings.balanced_threshold:
        return Level.BALANCED
    if score >= settings.watch_threshold:
        return Level.WATCH
    return Level.OVER_RELIANT


def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    day = first
    while day <= last:
        yield day
        day += _ONE_DAY


def _sum_days(values: Mapping[dt.date, int], first: dt.date, last: dt.date) -> int:
    return sum(values.get(day, 0) for day in _days(first, last))


def _percent(value: float) -> int:
    return _round_half_up(100 * value)


# --- The per-computation context -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _BudgetRule:
    rule: BoundaryRule
    params: BudgetParams
    start: dt.date
    minutes_by_day: Mapping[dt.date, int]


#: A component's value (None without data) and the facts behind it.
_Computed = tuple[float | None, tuple[Fact, ...]]


@dataclass(frozen=True, slots=True)
class _Message:
    circle_id: int
    is_mediated: bool


class _DayTotals:
    """The inputs summed per journal day: what every component reads instead of the records.

    Built from the uses and connections once (`add`), or kept in a `BalanceMemo` between
    computations, where a changed day's sums are dropped (`drop`) and added again alone.
    `budget_minutes` holds one map per budget of `budgets`, in their order.
    """

    def __init__(self, budgets: Sequence[BudgetParams]) -> None:
        self.budgets = tuple(budgets)
        self.ai_minutes: dict[dt.date, int] = {}
        self.companionship_minutes: dict[dt.date, int] = {}
        self.connection_minutes: dict[dt.date, int] = {}
        self.messages: dict[dt.date, list[_Message]] = {}
        #: Neutral uses per day: logged (so the day has data) but left out of every number.
        self.neutral_uses: dict[dt.date, int] = {}
        self.neutral_minutes: dict[dt.date, int] = {}
        self.data_days: set[dt.date] = set()
        self.budget_minutes: list[dict[dt.date, int]] = [{} for _ in self.budgets]

    def add(
        self,
        uses: Iterable[AiUse],
        connections: Iterable[Connection],
        budget_from: dt.date | None = None,
    ) -> None:
        """Add the records of days not held yet (`budget_from`: the first day a budget reads)."""
        ai, companionship = self.ai_minutes, self.companionship_minutes
        neutral_uses, neutral_minutes = self.neutral_uses, self.neutral_minutes
        messages, data_days = self.messages, self.data_days
        budget_uses = []
        for use in uses:
            day = use.day
            data_days.add(day)
            if use.is_neutral:
                neutral_uses[day] = neutral_uses.get(day, 0) + 1
                neutral_minutes[day] = neutral_minutes.get(day, 0) + use.minutes
                continue
            if budget_from is None or day >= budget_from:
                budget_uses.append(use)
            ai[day] = ai.get(day, 0) + use.minutes
            if use.purpose in COMPANIONSHIP_PURPOSES:
                companionship[day] = companionship.get(day, 0) + use.minutes
            if use.is_mediated_message and use.circle_id is not None:
                messages.setdefault(day, []).append(_Message(use.circle_id, True))
        for connection in connections:
            day = connection.day
            data_days.add(day)
            self.connection_minutes[day] = self.connection_minutes.get(day, 0) + connection.minutes
            if connection.mode is ConnectionMode.MESSAGE:
                messages.setdefault(day, []).append(_Message(connection.circle_id, False))
        for params, minutes in zip(self.budgets, self.budget_minutes, strict=True):
            minutes.update(budget_minutes_by_day(params, budget_uses))

    def drop(self, days: Iterable[dt.date]) -> None:
        """Forget these days' sums (to add their records again)."""
        maps: list[dict[dt.date, int]] = [
            self.ai_minutes,
            self.companionship_minutes,
            self.connection_minutes,
            self.neutral_uses,
            self.neutral_minutes,
            *self.budget_minutes,
        ]
        for day in days:
            for values in maps:
                values.pop(day, None)
            self.messages.pop(day, None)
            self.data_days.discard(day)


class BalanceMemo:
    """Per-day values of the balance kept between computations over one open journal.

    Holds each day's sums (`_DayTotals`) of the span of days last computed, and each day's
    budget adherence. The caller says which days were written (`forget`) or that anything
    may have changed (`clear`); a day's adherence depends only on that day and the days
    before it, so a write forgets the adherence of its days and of every later day. The
    sums and adherence values hold for one set of rules and settings; when those differ
    the memo starts over by itself.
    """

    def __init__(self) -> None:
        self._basis: object = None
        self._totals: _DayTotals | None = None
        self._span: tuple[dt.date, dt.date] | None = None
        self._stale: set[dt.date] = set()
        self.daily: dict[tuple[dt.date, dt.date], _Daily] = {}
        # The breaches of the days from the first to before the second date, found before.
        self._breaches: tuple[dt.date, dt.date, tuple[Breach, ...]] | None = None
        # The rated check-ins of the last check-ins passed (the same object while unchanged).
        self._rated: tuple[Sequence[CheckIn], Settings, list[tuple[dt.date, CheckIn]]] | None = None

    def clear(self) -> None:
        """Forget everything."""
        self._basis = None
        self._totals = None
        self._span = None
        self._stale.clear()
        self.daily.clear()
        self._breaches = None
        self._rated = None

    def rated(
        self, check_ins: Sequence[CheckIn], settings: Settings
    ) -> list[tuple[dt.date, CheckIn]]:
        """`_rated_check_ins`, kept while the same check-ins are passed with the same settings."""
        kept = self._rated
        if kept is None or kept[0] is not check_ins or kept[1] != settings:
            kept = self._rated = (check_ins, settings, _rated_check_ins(check_ins, settings))
        return kept[2]

    def forget(self, days: Iterable[dt.date]) -> None:
        """Forget what the records of these days went into."""
        days = set(days)
        if not days:
            return
        self._stale |= days
        earliest = min(days)
        self.daily = {key: value for key, value in self.daily.items() if key[0] < earliest}
        if self._breaches is not None:
            first, before, breaches = self._breaches
            self._breaches = (first, min(before, earliest), breaches)

    def report(
        self,
        rules: Sequence[BoundaryRule],
        inputs: BalanceInputs,
        first: dt.date,
        last: dt.date,
    ) -> RuleReport:
        """`evaluate_rules` from `first` to `last`, evaluating only the days from the first
        one whose breaches are not kept: a day's breaches depend on it and the days before it.
        Call after `totals`, which checks the rules and settings are those of the memo."""
        kept: tuple[Breach, ...] = ()
        start = first
        if self._breaches is not None:
            kept_first, before, breaches = self._breaches
            if kept_first <= first < before:
                # Today is always evaluated again: it gives the warnings.
                start = min(before, last)
                kept = tuple(b for b in breaches if first <= b.day < start)
        fresh = evaluate_rules(rules, inputs.uses, inputs.connections, start, last, inputs.settings)
        merged = sorted((*kept, *fresh.breaches), key=lambda b: (b.day, b.rule_id))
        report = RuleReport(tuple(merged), fresh.warnings)
        self._breaches = (first, last + _ONE_DAY, report.breaches)
        return report

    def totals(
        self,
        inputs: BalanceInputs,
        first: dt.date,
        last: dt.date,
        basis: object,
        budgets: Sequence[BudgetParams],
    ) -> _DayTotals:
        """The sums of the days `first` to `last`, whose records `inputs` holds (and no
        others): the kept ones, and those of new or forgotten days added from `inputs`."""
        if basis != self._basis:
            self.clear()
            self._basis = basis
        totals, span = self._totals, self._span
        if totals is None or span is None or first > span[1] or last < span[0]:
            totals = _DayTotals(budgets)
            totals.add(inputs.uses, inputs.connections)
        else:
            kept_first, kept_last = span
            outside = [d for d in totals.data_days if d < first or d > last]
            missing = {d for d in self._stale if first <= d <= last}
            missing.update(d for d in _days(first, last) if d < kept_first or d > kept_last)
            totals.drop([*outside, *missing])
            if missing:
                totals.add(
                    [u for u in inputs.uses if u.day in missing],
                    [c for c in inputs.connections if c.day in missing],
                )
        self._totals, self._span = totals, (first, last)
        self._stale.clear()
        return totals


class _Context:
    """The inputs indexed by day once, so several days can be computed without re-scanning.

    With a `memo`, pass the first and last day (`span`) whose records the inputs hold: the
    per-day sums and adherence values kept there are used for the days no write touched.
    """

    def __init__(
        self,
        inputs: BalanceInputs,
        first_as_of: dt.date,
        last_as_of: dt.date,
        memo: BalanceMemo | None = None,
        span: tuple[dt.date, dt.date] | None = None,
    ):
        self.inputs = inputs
        self.settings = inputs.settings
        self.circles = {c.id: c for c in inputs.circles}
        self.active_rules = [r for r in inputs.rules if r.is_active]
        self.rule_starts = {r.id: rule_start_day(r, self.settings) for r in self.active_rules}
        budget_rules = [r for r in self.active_rules if isinstance(r.params, BudgetParams)]
        budgets = [r.params for r in budget_rules if isinstance(r.params, BudgetParams)]
        if memo is None or span is None:
            # The earliest day a budget is evaluated on is the start of the first smoothing;
            # what its window looks back to is all the budgets need of the uses.
            smoothed_from = first_as_of - dt.timedelta(days=SMOOTHING_DAYS - 1)
            totals = _DayTotals(budgets)
            totals.add(
                inputs.uses,
                inputs.connections,
                history_start(self.active_rules, smoothed_from, self.settings),
            )
            # Several days' indexes share most of their daily values: compute each once.
            self.daily: dict[tuple[dt.date, dt.date], _Daily] = {}
        else:
            # Sums, adherence and breaches hold for these rules, starts and settings.
            basis = (self.settings, tuple(self.active_rules), tuple(self.rule_starts.items()))
            totals = memo.totals(inputs, span[0], span[1], basis, budgets)
            self.daily = memo.daily
        self.ai_minutes = totals.ai_minutes
        self.companionship_minutes = totals.companionship_minutes
        self.connection_minutes = totals.connection_minutes
        self.messages = totals.messages
        self.neutral_uses = totals.neutral_uses
        self.neutral_minutes = totals.neutral_minutes
        self.data_days = sorted(totals.data_days)
        self.budget_rules = [
            _BudgetRule(rule, params, self.rule_starts[rule.id], minutes)
            for rule, params, minutes in zip(
                budget_rules, budgets, totals.budget_minutes, strict=True
            )
        ]
        # One evaluation for every window any requested day looks at.
        rules_from = first_as_of - dt.timedelta(days=WINDOW_DAYS - 1)
        if memo is None or span is None:
            report = evaluate_rules(
                self.active_rules,
                inputs.uses,
                inputs.connections,
                rules_from,
                last_as_of,
                self.settings,
            )
        else:
            report = memo.report(self.active_rules, inputs, rules_from, last_as_of)
        self.breached = report.breached_rule_days()
        self.report = report
        # Keyed by (first day, as-of day): a week's components cover its own days, a day's
        # (first day None) the 7 days ending at it.
        self.components: dict[tuple[dt.date | None, dt.date], dict[ComponentKey, _Computed]] = {}
        self.rated = (
            _rated_check_ins(inputs.check_ins, self.settings)
            if memo is None
            else memo.rated(inputs.check_ins, self.settings)
        )

    def data_days_between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        """The days with data from `first` to `last`, in order."""
        low = bisect.bisect_left(self.data_days, first)
        high = bisect.bisect_right(self.data_days, last)
        return self.data_days[low:high]


# --- Components ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Daily:
    """One day's adherence value and the facts behind it."""

    value: float | None
    facts: tuple[Fact, ...]


def _daily_adherence(ctx: _Context, day: dt.date, journal_start: dt.date) -> _Daily:
    # The journal start only matters when it cuts into the baseline's weeks: normalise it,
    # so the 90-day smoothings of different days share their daily values.
    key = (day, max(journal_start, day - dt.timedelta(days=BASELINE_DAYS // 7 * 7)))
    found = ctx.daily.get(key)
    if found is None:
        found = ctx.daily[key] = _compute_daily_adherence(ctx, day, journal_start)
    return found


def _compute_daily_adherence(ctx: _Context, day: dt.date, journal_start: dt.date) -> _Daily:
    rules = [b for b in ctx.budget_rules if b.start <= day]
    if rules:
        values = []
        facts = []
        for budget_rule in rules:
            usage = budget_usage(
                budget_rule.params, budget_rule.minutes_by_day, day, budget_rule.start, ctx.settings
            )
            values.append(adherence(usage.used_minutes, usage.budget_minutes))
            facts.append(
                fact(
                    FactKey.BUDGET_USE,
                    rule=budget_rule.rule.name,
                    used=usage.used_minutes,
                    budget=usage.budget_minutes,
                    period=budget_rule.params.period.value,
                )
            )
        return _Daily(sum(values) / len(values), tuple(facts))
    earlier = [
        day - dt.timedelta(days=7 * k)
        for k in range(1, BASELINE_DAYS // 7 + 1)
        if day - dt.timedelta(days=7 * k) >= journal_start
    ]
    used = ctx.ai_minutes.get(day, 0)
    if not earlier:
        return _Daily(None, (fact(FactKey.NO_BASELINE, weekday=day.weekday()),))
    baseline = sum(ctx.ai_minutes.get(d, 0) for d in earlier) / len(earlier)
    return _Daily(
        adherence(used, baseline),
        (
            fact(
                FactKey.BASELINE_USE,
                used=used,
                usual=_round_half_up(baseline),
                weekday=day.weekday(),
                weeks=len(earlier),
            ),
        ),
    )


def _budget_component(ctx: _Context, day: dt.date) -> tuple[float | None, tuple[Fact, ...]]:
    lookback = ctx.data_days_between(day - dt.timedelta(days=LOOKBACK_DAYS - 1), day)
    if not lookback:
        return None, (fact(FactKey.NO_BUDGET_DATA),)
    journal_start = lookback[0]
    smoothed: float | None = None
    daily = _Daily(None, ())
    for current in _days(max(journal_start, day - dt.timedelta(days=SMOOTHING_DAYS - 1)), day):
        daily = _daily_adherence(ctx, current, journal_start)
        if daily.value is None:
            continue
        if smoothed is None:
            smoothed = daily.value
        else:
            smoothed = smoothed * SMOOTHING + daily.value * (1 - SMOOTHING)
    if smoothed is None:
        return None, (*daily.facts, fact(FactKey.NO_BUDGET_DATA))
    facts = list(daily.facts)
    if daily.value is not None:
        facts.append(
            fact(FactKey.BUDGET_SMOOTHED, day=_percent(daily.value), smoothed=_percent(smoothed))
        )
    return smoothed, tuple(facts)


def _window(day: dt.date) -> tuple[dt.date, dt.date]:
    return day - dt.timedelta(days=WINDOW_DAYS - 1), day


#: How a fact names the window of A, B and C: the week so far, or the 7 days ending at a day.
_WEEK = "week"
_SEVEN_DAYS = "7_days"


def _week_budget_component(
    ctx: _Context, first: dt.date, last: dt.date
) -> tuple[float | None, tuple[Fact, ...]]:
    """H of a week: the mean daily adherence over the week's days up to `last`.

    Each day's value is the one `_daily_adherence` gives (its budget rules, or the baseline);
    days before the journal's first entry and days without a value are left out.
    """
    lookback = ctx.data_days_between(last - dt.timedelta(days=LOOKBACK_DAYS - 1), last)
    if not lookback:
        return None, (fact(FactKey.NO_BUDGET_DATA),)
    journal_start = lookback[0]
    values: list[float] = []
    over_days = 0
    facts: list[Fact] = []
    last_daily = _Daily(None, ())
    for day in _days(max(first, journal_start), last):
        daily = last_daily = _daily_adherence(ctx, day, journal_start)
        if daily.value is None:
            continue
        values.append(daily.value)
        day_facts = [_week_day_fact(day, item) for item in daily.facts]
        if any(int(f.param("over")) > 0 for f in day_facts):
            over_days += 1
        facts.extend(day_facts)
    if not values:
        return None, (*last_daily.facts, fact(FactKey.NO_BUDGET_DATA))
    value = sum(values) / len(values)
    summary = fact(
        FactKey.WEEK_BUDGET_DAYS, days=len(values), over_days=over_days, percent=_percent(value)
    )
    return value, (summary, *facts)


def _week_day_fact(day: dt.date, item: Fact) -> Fact:
    """A day's budget fact restated for the week's list: the day, its use, by how much over."""
    if item.key is FactKey.BUDGET_USE:
        used, budget = int(item.param("used")), int(item.param("budget"))
        return fact(
            FactKey.WEEK_DAY_BUDGET,
            day=day.isoformat(),
            weekday=day.weekday(),
            rule=item.param("rule"),
            used=used,
            budget=budget,
            over=max(0, used - budget),
            period=item.param("period"),
            percent=_percent(adherence(used, budget)),
        )
    used, usual = int(item.param("used")), int(item.param("usual"))
    return fact(
        FactKey.WEEK_DAY_BASELINE,
        day=day.isoformat(),
        weekday=day.weekday(),
        used=used,
        usual=usual,
        over=max(0, used - usual),
        percent=_percent(adherence(used, float(usual))),
    )


def _authorship_component(
    ctx: _Context, first: dt.date, last: dt.date, period: str
) -> tuple[float | None, tuple[Fact, ...]]:
    mediated: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for current in _days(first, last):
        for message in ctx.messages.get(current, ()):
            total[message.circle_id] += 1
            mediated[message.circle_id] += message.is_mediated
    if not total:
        return None, (fact(FactKey.NO_MESSAGES, period=period),)

    def weight(circle_id: int) -> int:
        circle = ctx.circles.get(circle_id)
        return 2 if circle is not None and circle.is_protected else 1

    weighted_mediated = sum(weight(c) * n for c, n in mediated.items())
    weighted_total = sum(weight(c) * n for c, n in total.items())

    def name(circle_id: int) -> str:
        circle = ctx.circles.get(circle_id)
        return circle.name if circle is not None else f"#{circle_id}"

    facts = [
        fact(FactKey.CIRCLE_MESSAGES, circle=name(c), mediated=mediated[c], messages=total[c])
        for c in sorted(total, key=lambda c: (name(c).casefold(), c))
    ]
    protected = sorted(name(c) for c in total if weight(c) == 2)
    if protected:
        facts.append(fact(FactKey.PROTECTED_DOUBLE, circles=", ".join(protected)))
    return 1 - weighted_mediated / weighted_total, tuple(facts)


def _boundaries_component(
    ctx: _Context, first: dt.date, last: dt.date, period: str
) -> tuple[float | None, tuple[Fact, ...]]:
    rule_days = 0
    breached = 0
    for rule in ctx.active_rules:
        for current in _days(max(first, ctx.rule_starts[rule.id]), last):
            rule_days += 1
            breached += (rule.id, current) in ctx.breached
    if rule_days == 0:
        return None, (fact(FactKey.NO_RULES),)
    return 1 - breached / rule_days, (
        fact(FactKey.RULE_DAYS, breached=breached, rule_days=rule_days, period=period),
    )


def _connection_component(
    ctx: _Context, first: dt.date, last: dt.date, period: str
) -> tuple[float | None, tuple[Fact, ...]]:
    direct = _sum_days(ctx.connection_minutes, first, last)
    companionship = _sum_days(ctx.companionship_minutes, first, last)
    if direct + companionship == 0:
        return None, (fact(FactKey.NO_CONNECTION_MINUTES, period=period),)
    return direct / (direct + companionship), (
        fact(FactKey.CONNECTION_MINUTES, direct=direct, companionship=companionship, period=period),
    )


def latest_check_in(
    check_ins: Iterable[CheckIn], day: dt.date, settings: Settings
) -> CheckIn | None:
    """The completed check-in with a reliance rating and the latest week, as of `day`."""
    completed = [
        c
        for c in check_ins
        if c.status is CheckInStatus.COMPLETED
        and c.completed_at is not None
        and c.rating_reliance is not None
        and journal_day(c.completed_at, settings.day_start_hour) <= day
    ]
    # A late check-in for an old week must not outrank the newest week's ratings.
    return max(
        completed, key=lambda c: (c.week_start, c.completed_at or dt.datetime.min), default=None
    )


def _rated_check_ins(
    check_ins: Iterable[CheckIn], settings: Settings
) -> list[tuple[dt.date, CheckIn]]:
    """The completed, rated check-ins with the journal day each was completed on."""
    return [
        (journal_day(c.completed_at, settings.day_start_hour), c)
        for c in check_ins
        if c.status is CheckInStatus.COMPLETED
        and c.completed_at is not None
        and c.rating_reliance is not None
    ]


def _self_rating_component(ctx: _Context, day: dt.date) -> tuple[float | None, tuple[Fact, ...]]:
    # The same choice as `latest_check_in`, over the list the context prepared once.
    check_in = max(
        (c for completed_day, c in ctx.rated if completed_day <= day),
        key=lambda c: (c.week_start, c.completed_at or dt.datetime.min),
        default=None,
    )
    if check_in is None or check_in.rating_reliance is None:
        return None, (fact(FactKey.NO_CHECK_IN),)
    reliance = check_in.rating_reliance
    return (5 - reliance) / 4, (
        fact(FactKey.RELIANCE_RATING, reliance=reliance, week=check_in.week_start.isoformat()),
    )


# --- The index -------------------------------------------------------------------------------


def _change(ctx: _Context, first: dt.date, last: dt.date, is_week: bool) -> Change:
    week = dt.timedelta(days=7)
    minutes = _sum_days(ctx.ai_minutes, first, last)
    previous = _sum_days(ctx.ai_minutes, first - week, last - week)
    compared_to = "last_week" if is_week else "previous_7_days"
    if previous == 0:
        key = FactKey.CHANGE_NONE if minutes == 0 else FactKey.CHANGE_NEW
        return Change(minutes, previous, None, fact(key, minutes=minutes, compared_to=compared_to))
    exact = 100 * (minutes - previous) / previous
    percent = _round_half_up(abs(exact)) * (1 if exact >= 0 else -1)
    if abs(exact) < SAME_CHANGE_PERCENT:
        key = FactKey.CHANGE_SAME
    elif exact > 0:
        key = FactKey.CHANGE_MORE
    else:
        key = FactKey.CHANGE_LESS
    return Change(
        minutes,
        previous,
        percent,
        fact(key, percent=abs(percent), minutes=minutes, compared_to=compared_to),
    )


def _balance_at(ctx: _Context, first_day: dt.date, as_of: dt.date, is_week: bool) -> BalanceIndex:
    weights = ctx.settings.weights
    key = (first_day if is_week else None, as_of)
    computed = ctx.components.get(key)
    if computed is None:
        # A week speaks of its own days (first day to as-of day), a day of the smoothed
        # budget and the 7 days ending at it.
        if is_week:
            first, period = first_day, _WEEK
            budget = _week_budget_component(ctx, first_day, as_of)
        else:
            (first, _), period = _window(as_of), _SEVEN_DAYS
            budget = _budget_component(ctx, as_of)
        computed = ctx.components[key] = {
            ComponentKey.BUDGET: budget,
            ComponentKey.AUTHORSHIP: _authorship_component(ctx, first, as_of, period),
            ComponentKey.BOUNDARIES: _boundaries_component(ctx, first, as_of, period),
            ComponentKey.CONNECTION: _connection_component(ctx, first, as_of, period),
            ComponentKey.SELF_RATING: _self_rating_component(ctx, as_of),
        }
    weight_of = {key: max(0.0, float(getattr(weights, key.value))) for key in computed}
    total_weight = sum(weight_of[k] for k, (value, _) in computed.items() if value is not None)
    components = tuple(
        Component(
            key,
            value,
            weight_of[key],
            weight_of[key] / total_weight if value is not None and total_weight > 0 else 0.0,
            facts,
        )
        for key, (value, facts) in computed.items()
    )
    data_days = len(ctx.data_days_between(as_of - dt.timedelta(days=SMOOTHING_DAYS - 1), as_of))
    index: float | None = None
    score: int | None = None
    level: Level | None = None
    facts: tuple[Fact, ...] = ()
    if data_days < MIN_DATA_DAYS:
        facts = (fact(FactKey.NOT_ENOUGH_DATA, days=data_days, needed=MIN_DATA_DAYS),)
    elif total_weight > 0:
        index = sum(c.points for c in components)
        score = _round_half_up(index)
        level = level_of(score, ctx.settings)
    change_first = first_day if is_week else as_of - dt.timedelta(days=WINDOW_DAYS - 1)
    change = _change(ctx, change_first, as_of, is_week)
    neutral_uses = _sum_days(ctx.neutral_uses, change_first, as_of)
    if neutral_uses:
        neutral_minutes = _sum_days(ctx.neutral_minutes, change_first, as_of)
        period = _WEEK if is_week else _SEVEN_DAYS
        facts = (
            *facts,
            fact(
                FactKey.NEUTRAL_LEFT_OUT, uses=neutral_uses, minutes=neutral_minutes, period=period
            ),
        )
    return BalanceIndex(
        first_day,
        as_of,
        index,
        score,
        level,
        data_days,
        components,
        change,
        facts,
        neutral_uses,
    )


def day_balance(inputs: BalanceInputs, day: dt.date) -> BalanceIndex:
    """The balance index of one journal day.

    Pass the uses and connections of the `LOOKBACK_DAYS` days ending at `day`.
    """
    return _balance_at(_Context(inputs, day, day), day, day, is_week=False)


def week_balance(inputs: BalanceInputs, first_day: dt.date, today: dt.date) -> BalanceIndex:
    """The balance index of the week starting `first_day`: its value on the week's last day,
    or on `today` for the current week.

    Pass the uses and connections of the `LOOKBACK_DAYS` days ending at that day.
    """
    as_of = min(first_day + dt.timedelta(days=6), today)
    if as_of < first_day:
        raise ValueError(f"the week of {first_day} has not begun on {today}")
    return _balance_at(_Context(inputs, as_of, as_of), first_day, as_of, is_week=True)


def index_history(
    inputs: BalanceInputs, today: dt.date, weeks: int = 12
) -> tuple[HistoryPoint, ...]:
    """The index of the `weeks` weeks ending with the current one, oldest first.

    Pass the uses and connections from `LOOKBACK_DAYS - 1` days before the first week's last
    day up to `today`.
    """
    if weeks <= 0:
        return ()
    firsts, as_ofs = _history_weeks(today, weeks, inputs.settings)
    return _history(_Context(inputs, as_ofs[0], as_ofs[-1]), firsts, as_ofs)


def _history_weeks(
    today: dt.date, weeks: int, settings: Settings
) -> tuple[list[dt.date], list[dt.date]]:
    """The first days of the `weeks` weeks ending with the current one, and their as-of days."""
    current = week_start(today, settings.week_start)
    firsts = [current - dt.timedelta(days=7 * i) for i in range(weeks - 1, -1, -1)]
    return firsts, [min(first + dt.timedelta(days=6), today) for first in firsts]


def _history(
    ctx: _Context, firsts: Sequence[dt.date], as_ofs: Sequence[dt.date]
) -> tuple[HistoryPoint, ...]:
    points = []
    for first, as_of in zip(firsts, as_ofs, strict=True):
        result = _balance_at(ctx, first, as_of, is_week=True)
        points.append(HistoryPoint(first, as_of, result.index, result.score, result.level))
    return tuple(points)


@dataclass(frozen=True, slots=True)
class BalanceOverview:
    """Today's index, the current week's and the history of the last weeks, computed together.

    `report` is the rule evaluation they share: breaches on the days from six days before
    the last day of the oldest history week that had to be computed (today when every week
    was known) to today, and today's budget warnings.
    """

    day: BalanceIndex
    week: BalanceIndex
    history: tuple[HistoryPoint, ...]
    report: RuleReport


def _missing_weeks(
    today: dt.date, weeks: int, settings: Settings, known: Mapping[dt.date, HistoryPoint]
) -> tuple[list[dt.date], list[dt.date]]:
    firsts, as_ofs = _history_weeks(today, max(1, weeks), settings)
    if weeks <= 0:
        return [], []
    missing = [
        (first, as_of)
        for first, as_of in zip(firsts, as_ofs, strict=True)
        if (point := known.get(first)) is None or point.as_of != as_of
    ]
    return [first for first, _ in missing], [as_of for _, as_of in missing]


def overview_first_day(
    today: dt.date,
    weeks: int,
    settings: Settings,
    known: Mapping[dt.date, HistoryPoint] | None = None,
) -> dt.date:
    """The first journal day whose uses and connections `balance_overview` needs."""
    _, as_ofs = _missing_weeks(today, weeks, settings, known or {})
    return min([today, *as_ofs]) - dt.timedelta(days=LOOKBACK_DAYS - 1)


def balance_overview(
    inputs: BalanceInputs,
    today: dt.date,
    weeks: int = 12,
    known: Mapping[dt.date, HistoryPoint] | None = None,
    memo: BalanceMemo | None = None,
) -> BalanceOverview:
    """`day_balance`, `week_balance` of the current week and `index_history` in one pass.

    They share one context: the uses are indexed and the rules evaluated once, each day's
    budget adherence is computed once for all the 90-day smoothings that contain it, and the
    components of today (the as-of day of both the day and the current week) once.

    `known` are history points computed before, by their week's first day; a point is used
    when its as-of day is still the week's (a caller keeps only points whose days have not
    changed since). Pass the uses and connections from `overview_first_day` to today.

    A `memo` kept from earlier calls (told of every write since) supplies the per-day sums
    and budget adherence of the days no write touched; the result is the same.
    """
    settings = inputs.settings
    known = known or {}
    firsts, as_ofs = _missing_weeks(today, weeks, settings, known)
    first_as_of = min([today, *as_ofs])
    span = (first_as_of - dt.timedelta(days=LOOKBACK_DAYS - 1), today)
    ctx = _Context(inputs, first_as_of, today, memo, span)
    day = _balance_at(ctx, today, today, is_week=False)
    week = _balance_at(ctx, week_start(today, settings.week_start), today, is_week=True)
    computed = {point.first_day: point for point in _history(ctx, firsts, as_ofs)}
    all_firsts, _ = _history_weeks(today, max(1, weeks), settings)
    history = tuple(computed.get(f) or known[f] for f in all_firsts) if weeks > 0 else ()
    return BalanceOverview(day, week, history, ctx.report)


# --- Goal strength ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalStrength:
    """How consistently a goal is met, smoothed like H; None for a goal without a measure.

    `kept` of `periods` are the goal's measure periods (days, weeks or months) from its start
    that were kept (a limit) or met (an achieve goal); the current period counts once it is
    decided: a limit once it is broken, either kind once the target is reached; until then
    it is left out of both.
    """

    goal_id: int
    strength: float | None
    period_total: int | None
    target: int | None
    kept: int = 0
    periods: int = 0


def _period_key(day: dt.date, period: MeasurePeriod, settings: Settings) -> dt.date:
    if period is MeasurePeriod.DAY:
        return day
    if period is MeasurePeriod.WEEK:
        return week_start(day, settings.week_start)
    return day.replace(day=1)


def measured_amounts(
    goal: Goal, uses: Iterable[AiUse], connections: Iterable[Connection]
) -> dict[dt.date, int]:
    """What a measured goal counts on each journal day: AI minutes or uses (neutral uses left
    out, as balance leaves them out), or connection minutes or moments, within the goal's
    circle, tool and purpose."""
    amounts: dict[dt.date, int] = defaultdict(int)
    by_minutes = goal.measure_unit is not MeasureUnit.COUNT
    if goal.measure_source is MeasureSource.AI_USE:
        for use in uses:
            if (
                not use.is_neutral
                and (goal.circle_id is None or use.circle_id == goal.circle_id)
                and (goal.measure_tool_id is None or use.tool_id == goal.measure_tool_id)
                and (goal.measure_purpose is None or use.purpose is goal.measure_purpose)
            ):
                amounts[use.day] += use.minutes if by_minutes else 1
    elif goal.measure_source is MeasureSource.CONNECTION:
        for connection in connections:
            if goal.circle_id is None or connection.circle_id == goal.circle_id:
                amounts[connection.day] += connection.minutes if by_minutes else 1
    return dict(amounts)


def goal_strength(
    goal: Goal,
    progress_entries: Iterable[ProgressEntry],
    today: dt.date,
    settings: Settings | None = None,
    uses: Iterable[AiUse] = (),
    connections: Iterable[Connection] = (),
) -> GoalStrength:
    """The goal's strength on `today`: its daily values smoothed with the 13-day half-life.

    A measured goal (`Goal.is_measured`) counts what the journal holds (`measured_amounts`
    of `uses` and `connections`, which must cover the goal's days up to `today` and the start
    of the period the first of them falls in); any other goal counts its progress entries.
    A day's value comes from the total of the goal's measure period (day, week or calendar
    month) the day falls in, counting up to `today` (so the current period counts so far):
    for an `achieve` goal `min(1, total / target)`, for a `limit` goal the H formula
    `adherence(total, target)`. The smoothing runs over the days from the goal's creation day
    (or its earliest entry, if back-filled) but at most 90 days back, seeded with the first
    day's value. A goal without a measure period or target has no strength.
    """
    settings = settings or Settings()
    if goal.measure_period is None or goal.target_value is None:
        return GoalStrength(goal.id, None, None, goal.target_value)
    period = goal.measure_period
    target = goal.target_value
    totals: dict[dt.date, int] = defaultdict(int)
    first = journal_day(goal.created_at, settings.day_start_hour)
    if goal.is_measured:
        for day, amount in measured_amounts(goal, uses, connections).items():
            if first <= day <= today:
                totals[_period_key(day, period, settings)] += amount
    else:
        for entry in progress_entries:
            if entry.goal_id == goal.id and entry.day <= today:
                totals[_period_key(entry.day, period, settings)] += entry.value
                first = min(first, entry.day)
    first = max(first, today - dt.timedelta(days=SMOOTHING_DAYS - 1))

    def daily_value(day: dt.date) -> float:
        total = totals.get(_period_key(day, period, settings), 0)
        if goal.kind is GoalKind.LIMIT:
            return adherence(total, target)
        if target <= 0:
            return 1.0
        return min(1.0, total / target)

    strength: float | None = None
    for day in _days(first, today):
        value = daily_value(day)
        strength = value if strength is None else strength * SMOOTHING + value * (1 - SMOOTHING)
    current = _period_key(today, period, settings)
    kept = periods = 0
    for key in sorted({_period_key(day, period, settings) for day in _days(first, today)}):
        total = totals.get(key, 0)
        is_kept = total <= target if goal.kind is GoalKind.LIMIT else total >= target
        is_decided = is_kept if goal.kind is GoalKind.ACHIEVE else not is_kept
        if key == current and not is_decided:
            continue  # the current period can still go either way
        periods += 1
        kept += is_kept
    return GoalStrength(goal.id, strength, totals.get(current, 0), target, kept, periods)


# --- English wording -------------------------------------------------------------------------

#: English names of the components, for the explanation panel.
COMPONENT_NAMES_ENGLISH = {
    ComponentKey.BUDGET: "Budget adherence",
    ComponentKey.AUTHORSHIP: "Human authorship",
    ComponentKey.BOUNDARIES: "Boundary keeping",
    ComponentKey.CONNECTION: "Connection balance",
    ComponentKey.SELF_RATING: "Self-rating",
}

#: English names of the levels.
LEVEL_NAMES_ENGLISH = {
    Level.BALANCED: "Balanced",
    Level.WATCH: "Watch",
    Level.OVER_RELIANT: "Over-reliant",
}

_WEEKDAYS_ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_PERIOD_ENGLISH = {
    BudgetPeriod.DAY.value: "that day",
    BudgetPeriod.WEEK.value: "so far that week",
    BudgetPeriod.ROLLING_7_DAYS.value: "over 7 days",
}


def _count(n: FactValue, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _compared_english(value: FactValue) -> str:
    return "the same days last week" if value == "last_week" else "the 7 days before"


def _window_english(p: Mapping[str, FactValue]) -> str:
    return "this week" if p.get("period") == _WEEK else "in the last 7 days"


def render_english(item: Fact) -> str:
    """The English sentence for a fact."""
    p = dict(item.params)
    match item.key:
        case FactKey.BUDGET_USE:
            return (
                f"{p['rule']}: you used AI for {_count(p['used'], 'minute', 'minutes')} "
                f"{_PERIOD_ENGLISH[str(p['period'])]} against a budget of {p['budget']}"
            )
        case FactKey.BASELINE_USE:
            weekday = _WEEKDAYS_ENGLISH[int(p["weekday"])]
            return (
                f"You used AI for {_count(p['used'], 'minute', 'minutes')}; "
                f"your usual for a {weekday} is {p['usual']}"
            )
        case FactKey.NO_BASELINE:
            weekday = _WEEKDAYS_ENGLISH[int(p["weekday"])]
            return f"No usual amount for a {weekday} yet, and no budget rule"
        case FactKey.BUDGET_SMOOTHED:
            return (
                f"{p['day']} % adherence on this day, {p['smoothed']} % over recent days "
                "(recent days weigh more)"
            )
        case FactKey.NO_BUDGET_DATA:
            return "No budget rule and no usual amount to compare with yet"
        case FactKey.CIRCLE_MESSAGES:
            return (
                f"{p['mediated']} of {_count(p['messages'], 'message', 'messages')} "
                f"to {p['circle']} {'was' if p['messages'] == 1 else 'were'} AI-mediated"
            )
        case FactKey.PROTECTED_DOUBLE:
            return f"Messages to protected circles ({p['circles']}) count double"
        case FactKey.NO_MESSAGES:
            return f"No messages to people {_window_english(p)}"
        case FactKey.RULE_DAYS:
            return (
                f"{p['breached']} of {_count(p['rule_days'], 'rule-day', 'rule-days')}"
                f"{' this week' if p.get('period') == _WEEK else ''} had a breach"
            )
        case FactKey.NO_RULES:
            return "No active boundary rules"
        case FactKey.CONNECTION_MINUTES:
            return (
                f"{_count(p['direct'], 'minute', 'minutes')} with people and "
                f"{_count(p['companionship'], 'minute', 'minutes')} of AI for companionship "
                f"or relationship advice {_window_english(p)}"
            )
        case FactKey.NO_CONNECTION_MINUTES:
            return f"No time with people and no AI companionship {_window_english(p)}"
        case FactKey.RELIANCE_RATING:
            return (
                f"You rated your reliance on AI {p['reliance']} of 5 in the check-in "
                f"of the week of {p['week']}"
            )
        case FactKey.NO_CHECK_IN:
            return "No completed check-in yet"
        case FactKey.NOT_ENOUGH_DATA:
            return (
                f"Not enough data yet: {_count(p['days'], 'day', 'days')} with entries, "
                f"{p['needed']} needed"
            )
        case FactKey.WEEK_BUDGET_DAYS:
            over = int(p["over_days"])
            days = _count(p["days"], "day", "days")
            went = "none went" if over == 0 else f"{over} went"
            return (
                f"This week: {p['percent']} % adherence, the mean of its {days} so far; "
                f"{went} over budget"
            )
        case FactKey.WEEK_DAY_BUDGET:
            weekday = _WEEKDAYS_ENGLISH[int(p["weekday"])]
            over = int(p["over"])
            within = f"{over} over" if over else "within"
            return (
                f"{weekday}: {p['rule']}, {_count(p['used'], 'minute', 'minutes')} "
                f"{_PERIOD_ENGLISH[str(p['period'])]} against {p['budget']} ({within}, "
                f"{p['percent']} %)"
            )
        case FactKey.WEEK_DAY_BASELINE:
            weekday = _WEEKDAYS_ENGLISH[int(p["weekday"])]
            over = int(p["over"])
            within = f"{over} over" if over else "within"
            return (
                f"{weekday}: {_count(p['used'], 'minute', 'minutes')} against your usual "
                f"{p['usual']} ({within}, {p['percent']} %)"
            )
        case FactKey.NEUTRAL_LEFT_OUT:
            uses = _count(p["uses"], "use", "uses")
            return (
                f"{uses} marked as not counting ({_count(p['minutes'], 'minute', 'minutes')}) "
                f"left out {_window_english(p)}"
            )
        case FactKey.CHANGE_MORE:
            return f"{p['percent']} % more AI time than {_compared_english(p['compared_to'])}"
        case FactKey.CHANGE_LESS:
            return f"{p['percent']} % less AI time than {_compared_english(p['compared_to'])}"
        case FactKey.CHANGE_SAME:
            return f"About the same AI time as {_compared_english(p['compared_to'])}"
        case FactKey.CHANGE_NEW:
            return f"{_count(p['minutes'], 'minute', 'minutes')} of AI time, none " + (
                "on the same days last week"
                if p["compared_to"] == "last_week"
                else "in the 7 days before"
            )
        case FactKey.CHANGE_NONE:
            if p["compared_to"] == "last_week":
                return "No AI time so far this week or on the same days last week"
            return "No AI time in these 7 days or the 7 days before"
    raise ValueError(f"no wording for {item.key}")
