"""The benchmark's heavy journal (PRODUCT.md §7): the demo person, used hard for years.

Per year exactly 10 000 AI uses, 2 000 connections, 52 check-ins, 20 goals and 5 rules, so ten
years give the measured volumes. Many short sessions rather than the demo's fewer long ones;
goals set throughout the period, each aimed two to eight months ahead; rules added, tried and
paused over the years. The generator is the demo's (`vision_journal.demo`); this module only
says how much happens and what the person sets up, as a `Scale`.

    from heavy_journal import HEAVY             # a benchmark script (benchmarks/ on the path)
    generate(journal, end=end, years=10, scale=HEAVY)
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from typing import Final

from vision_journal.core.records import (
    BudgetParams,
    BudgetPeriod,
    CurfewParams,
    DisclosureParams,
    GoalStatus,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleInput,
    Severity,
    Sphere,
    TimeWindow,
)
from vision_journal.core.records import UsePurpose as P
from vision_journal.demo.generator import (
    CLIENTS,
    COMPANION,
    FAMILY,
    FRIENDS,
    GOAL_TEMPLATES,
    PARTNER,
    GoalPlan,
    Period,
    Scale,
    pick,
)

#: Goals and rules per year of the heavy journal.
GOALS_PER_YEAR: Final = 20
RULES_PER_YEAR: Final = 5


def _heavy_goal_plans(rng: random.Random, count: int, total: int) -> list[GoalPlan]:
    """`total` goals set throughout the period, each aimed two to eight months ahead."""
    plans = []
    for number in range(total):
        value, circle, metric, linked = GOAL_TEMPLATES[number % len(GOAL_TEMPLATES)]
        set_at = min(count - 1, int((number + rng.random()) * count / total))
        target = set_at + rng.randint(60, 240)
        if target >= count - 1:
            last = None
            status = GoalStatus.PAUSED if rng.random() < 0.15 else GoalStatus.ACTIVE
        else:
            last = target
            status = pick(
                rng,
                ((GoalStatus.ACHIEVED, 55), (GoalStatus.DROPPED, 25), (GoalStatus.PAUSED, 20)),
            )
        plans.append(
            GoalPlan(replace(value, status=status), circle, set_at, last, target, metric, linked)
        )
    return plans


def _rule_choices(circles: dict[str, int], tools: dict[str, int]) -> tuple[RuleInput, ...]:
    """Rules a person adds, tries and pauses over the years."""
    week = BudgetPeriod.WEEK
    return (
        RuleInput("Companion app: 15 minutes a day", BudgetParams(15, tool_id=tools[COMPANION])),
        RuleInput(
            "Personal AI: three hours a week",
            BudgetParams(180, week, sphere=Sphere.PERSONAL, has_rollover=True),
        ),
        RuleInput("Six hours in any seven days", BudgetParams(360, BudgetPeriod.ROLLING_7_DAYS)),
        RuleInput(
            "Relationship advice: 20 minutes a week",
            BudgetParams(20, week, purpose=P.RELATIONSHIP_ADVICE),
        ),
        RuleInput("Client work: 30 minutes a day", BudgetParams(30, circle_id=circles[CLIENTS])),
        RuleInput(
            "Saturday mornings offline",
            CurfewParams((TimeWindow(7 * 60, 12 * 60),), frozenset({5})),
        ),
        RuleInput("Family dinner", CurfewParams((TimeWindow(18 * 60 + 30, 20 * 60),))),
        RuleInput(
            "Lunch with the team",
            CurfewParams((TimeWindow(12 * 60, 13 * 60),), frozenset(range(5))),
        ),
        RuleInput(
            "AI never replies to Lucía for me",
            NoMediationParams(circles[PARTNER], frozenset({Mediation.AI_REPLIED})),
            severity=Severity.FIRM,
        ),
        RuleInput(
            "Clients get replies from me",
            NoMediationParams(circles[CLIENTS], frozenset({Mediation.AI_REPLIED})),
        ),
        RuleInput("Tell clients when AI helped", DisclosureParams(circles[CLIENTS])),
        RuleInput("Tell family when AI helped", DisclosureParams(circles[FAMILY])),
        RuleInput(
            "No relationship advice about Lucía",
            PurposeLimitParams(P.RELATIONSHIP_ADVICE, circles[PARTNER]),
        ),
        RuleInput("Birthday wishes are mine", PurposeLimitParams(P.CREATIVE, circles[FAMILY])),
        RuleInput("Mostly my own words to family", MediationShareParams(circles[FAMILY], 10)),
        RuleInput(
            "Half my messages to friends are mine", MediationShareParams(circles[FRIENDS], 50)
        ),
    )


def _goal_plans(period: Period) -> list[GoalPlan]:
    total = max(1, round(GOALS_PER_YEAR * period.years))
    return _heavy_goal_plans(period.rng, period.count, total)


def _later_rules(period: Period, core: int) -> list[tuple[RuleInput, int]]:
    """Rules beyond the `core` ones, each with the day index it was set; most of the older
    ones paused."""
    rng, count = period.rng, period.count
    choices = _rule_choices(period.circles, period.tools)
    extra = max(0, round(RULES_PER_YEAR * period.years) - core)
    rules = []
    for number in range(extra):
        set_at = min(count - 1, int((number + rng.random()) * count / max(1, extra)))
        recent = set_at > count - 2 * 365
        week = period.first + dt.timedelta(days=set_at)
        rule = replace(
            choices[number % len(choices)],
            rationale=f"Agreed with myself in the week of {week.isoformat()}.",
            is_active=rng.random() < (0.6 if recent else 0.2),
        )
        rules.append((rule, set_at))
    return rules


#: The heavy journal's scale.
HEAVY: Final = Scale(
    uses_per_year=10_000,
    connections_per_year=2_000,
    minutes_factor=0.45,
    checkin_share=1.0,
    goal_plans=_goal_plans,
    later_rules=_later_rules,
    vision_revisions=lambda years: max(2, round(years)),
    dated_goal_titles=True,
)
