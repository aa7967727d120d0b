"""The plain-language sentence of every kind of boundary rule, awkward cases included."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import product

import pytest
from PySide6.QtCore import QLocale

from vision_journal.core.records import (
    ALL_WEEKDAYS,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CurfewParams,
    DisclosureParams,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleInput,
    RuleParams,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
)
from vision_journal.ui.rule_sentence import duration_text, rule_sentence

CIRCLES = {1: "Family", 2: "Colleagues", 3: "Partner"}
TOOLS = {7: "ChatGPT"}
DELETED = 99


@pytest.fixture(autouse=True)
def _british_locale() -> Iterator[None]:
    """24-hour times and English day names, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def window(start: str, end: str) -> TimeWindow:
    def minute(text: str) -> int:
        hours, minutes = text.split(":")
        return int(hours) * 60 + int(minutes)

    return TimeWindow(minute(start), minute(end))


PARAMS_CASES: list[tuple[str, RuleParams, str]] = [
    ("daily budget", BudgetParams(45), "At most 45 minutes of AI a day"),
    ("one minute", BudgetParams(1), "At most 1 minute of AI a day"),
    ("whole hours", BudgetParams(120), "At most 2 hours of AI a day"),
    ("hour and minutes", BudgetParams(90), "At most 1 hour 30 minutes of AI a day"),
    (
        "weekly, tool and purpose, rollover",
        BudgetParams(
            180, BudgetPeriod.WEEK, tool_id=7, purpose=UsePurpose.WORK_TASK, has_rollover=True
        ),
        "At most 3 hours of ChatGPT for work tasks per week, unused time rolls over",
    ),
    (
        "rolling window ignores rollover",
        BudgetParams(300, BudgetPeriod.ROLLING_7_DAYS, has_rollover=True),
        "At most 5 hours of AI in any 7 days",
    ),
    (
        "every scope",
        BudgetParams(60, BudgetPeriod.DAY, 7, UsePurpose.EMOTIONAL_SUPPORT, Sphere.PERSONAL, 3),
        "At most 1 hour of ChatGPT for emotional support in personal life involving Partner a day",
    ),
    (
        "work sphere",
        BudgetParams(30, sphere=Sphere.PROFESSIONAL),
        "At most 30 minutes of AI in work life a day",
    ),
    (
        "deleted tool",
        BudgetParams(30, tool_id=DELETED),
        "At most 30 minutes of a deleted tool a day",
    ),
    (
        "deleted circle in a budget",
        BudgetParams(30, circle_id=DELETED),
        "At most 30 minutes of AI involving a deleted circle a day",
    ),
    (
        "curfew across midnight on weekdays",
        CurfewParams((window("21:00", "07:00"),), frozenset(range(5))),
        "No AI from 21:00 to 07:00 on weekdays",
    ),
    (
        "curfew every day",
        CurfewParams((window("22:30", "06:00"),), ALL_WEEKDAYS),
        "No AI from 22:30 to 06:00 every day",
    ),
    (
        "curfew at weekends",
        CurfewParams((window("09:00", "12:00"),), frozenset({5, 6})),
        "No AI from 09:00 to 12:00 at weekends",
    ),
    (
        "curfew on some days",
        CurfewParams((window("12:00", "13:00"),), frozenset({0, 2, 4})),
        "No AI from 12:00 to 13:00 on Mon, Wed and Fri",
    ),
    (
        "curfew on one day",
        CurfewParams((window("18:00", "20:00"),), frozenset({6})),
        "No AI from 18:00 to 20:00 on Sunday",
    ),
    (
        "two windows",
        CurfewParams((window("12:00", "13:00"), window("21:00", "07:00")), ALL_WEEKDAYS),
        "No AI from 12:00 to 13:00 and from 21:00 to 07:00 every day",
    ),
    (
        "window ending at midnight",
        CurfewParams((window("20:00", "00:00"),), ALL_WEEKDAYS),
        "No AI from 20:00 to 00:00 every day",
    ),
    (
        "curfew without windows",
        CurfewParams((), ALL_WEEKDAYS),
        "No AI at set times every day (no time window chosen yet)",
    ),
    (
        "curfew without weekdays",
        CurfewParams((window("21:00", "07:00"),), frozenset()),
        "No AI from 21:00 to 07:00 on no day",
    ),
    (
        "empty window",
        CurfewParams((window("21:00", "21:00"),), ALL_WEEKDAYS),
        "No AI from 21:00 to 21:00 every day",
    ),
    (
        "no drafted or edited messages",
        NoMediationParams(1, frozenset({Mediation.AI_DRAFTED, Mediation.AI_EDITED})),
        "No AI-drafted or AI-edited messages to Family",
    ),
    ("no mediation at all", NoMediationParams(1), "No AI-mediated messages to Family"),
    (
        "three kinds",
        NoMediationParams(
            1, frozenset({Mediation.AI_DRAFTED, Mediation.AI_TRANSLATED, Mediation.AI_REPLIED})
        ),
        "No AI-drafted, AI-translated or AI-sent messages to Family",
    ),
    (
        "no kinds chosen",
        NoMediationParams(1, frozenset()),
        "No messages to Family with the chosen kinds of AI help (none chosen)",
    ),
    (
        "no mediation to a deleted circle",
        NoMediationParams(DELETED, frozenset({Mediation.AI_DRAFTED})),
        "No AI-drafted messages to a deleted circle",
    ),
    (
        "disclosure",
        DisclosureParams(2),
        "AI-mediated messages to Colleagues are always disclosed",
    ),
    (
        "disclosure to a deleted circle",
        DisclosureParams(DELETED),
        "AI-mediated messages to a deleted circle are always disclosed",
    ),
    (
        "purpose limit",
        PurposeLimitParams(UsePurpose.EMOTIONAL_SUPPORT),
        "No AI for emotional support",
    ),
    (
        "purpose limit in a circle",
        PurposeLimitParams(UsePurpose.RELATIONSHIP_ADVICE, 3),
        "No AI for relationship advice involving Partner",
    ),
    (
        "mediation share",
        MediationShareParams(3, 25),
        "At most 25 % of messages to Partner mediated by AI, over any 7 days",
    ),
    (
        "mediation share of a deleted circle",
        MediationShareParams(DELETED, 0),
        "At most 0 % of messages to a deleted circle mediated by AI, over any 7 days",
    ),
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [pytest.param(params, expected, id=name) for name, params, expected in PARAMS_CASES],
)
def test_params_read_as_a_sentence(params: RuleParams, expected: str) -> None:
    assert rule_sentence(params, CIRCLES, TOOLS) == expected


@pytest.mark.parametrize(
    ("severity", "ending"), [(Severity.FIRM, " — firm line"), (Severity.NUDGE, " — nudge")]
)
def test_a_rule_ends_with_its_severity(severity: Severity, ending: str) -> None:
    rule = RuleInput("Family", NoMediationParams(1, frozenset({Mediation.AI_DRAFTED})), severity)
    assert rule_sentence(rule, CIRCLES, TOOLS) == "No AI-drafted messages to Family" + ending


def test_a_saved_rule_reads_like_its_input_and_can_leave_out_the_severity() -> None:
    params = CurfewParams((window("21:00", "07:00"),), frozenset(range(5)))
    rule = BoundaryRule(1, "Evenings", params, Severity.FIRM, "", True, dt.datetime(2026, 1, 1))
    assert (
        rule_sentence(rule, CIRCLES, TOOLS) == "No AI from 21:00 to 07:00 on weekdays — firm line"
    )
    assert rule_sentence(rule, CIRCLES, TOOLS, with_severity=False) == (
        "No AI from 21:00 to 07:00 on weekdays"
    )


def test_times_follow_the_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    text = rule_sentence(CurfewParams((window("21:00", "07:00"),)), CIRCLES, TOOLS)
    assert "9:00" in text
    assert "PM" in text
    assert "21:00" not in text


def test_a_blank_circle_name_reads_as_deleted() -> None:
    assert rule_sentence(DisclosureParams(1), {1: "  "}, {}) == (
        "AI-mediated messages to a deleted circle are always disclosed"
    )


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0, "0 minutes"),
        (1, "1 minute"),
        (59, "59 minutes"),
        (60, "1 hour"),
        (61, "1 hour 1 minute"),
        (1440, "24 hours"),
        (-5, "-5 minutes"),
    ],
)
def test_durations_read_as_hours_and_minutes(minutes: int, expected: str) -> None:
    assert duration_text(minutes) == expected


def test_every_combination_gives_a_sentence() -> None:
    """Totality: no combination of scopes, periods, ids or weekday sets raises."""
    ids = (None, 1, DELETED)
    purposes = (None, *UsePurpose)
    spheres = (None, *Sphere)
    for period, tool, purpose, sphere, circle, rollover in product(
        BudgetPeriod, ids, purposes, spheres, ids, (False, True)
    ):
        params = BudgetParams(45, period, tool, purpose, sphere, circle, rollover)
        assert rule_sentence(params, CIRCLES, TOOLS).startswith("At most 45 minutes of ")
    for mask in range(128):
        weekdays = frozenset(d for d in range(8) if mask & (1 << d))
        assert rule_sentence(CurfewParams((window("23:59", "00:00"),), weekdays), {}, {})
    for mask in range(16):
        kinds = [m for m in Mediation if m is not Mediation.NONE]
        chosen = frozenset(k for i, k in enumerate(kinds) if mask & (1 << i)) | {Mediation.NONE}
        assert "Family" in rule_sentence(NoMediationParams(1, chosen), CIRCLES, {})
    for purpose, circle in product(UsePurpose, ids):
        assert rule_sentence(PurposeLimitParams(purpose, circle), CIRCLES, {}).startswith(
            "No AI for"
        )
    for percent in (-1, 0, 100, 999):
        assert rule_sentence(MediationShareParams(DELETED, percent), {}, {})
