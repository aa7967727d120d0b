"""Deterministic sample journals: a realistic demo year ("Explore with sample data").

`generate` fills an empty journal with the life of one plausible person: the lead of a small
team at a software consultancy, living with a partner (Lucía), with parents nearby, in-laws who
speak Spanish, friends, a team, clients and a local tech meetup. `DEMO` (``vision-journal
--demo``) gives per year about 1 450 AI uses and 1 100 connections, seven hand-written goals,
one boundary rule of each kind and a weekly check-in most weeks. A `Scale` says how much
happens and which goals and further rules a journal gets; the benchmark's heavy journal is one
(`benchmarks/heavy_journal.py`), built from the same person.

How the patterns arise. Every journal day gets a mood: ordinary weeks, deadline weeks (more
work use, later evenings), holidays and a few sick days (little work, more time with family).
The total number of uses and connections is fixed by the scale and shared out over the days in
proportion to a weight (weekday rhythm × mood × a slow adoption trend × a weekly wobble), so the
heavy journal has exact counts while the days still vary. Each use then gets a slot (work hours
on weekdays, evenings, weekend daytime, now and then early morning or after midnight — which
counts to the day before), and from the slot a purpose, a tool, a circle, how far AI stood
between the person and the recipient, and how it felt. The final five weeks tell a story: more
minutes, more AI-drafted messages to Lucía and the family, the companion app at night, fewer
human moments, check-ins that rate reliance higher. So the dashboard drifts from Balanced
towards Watch, and some firm-rule breaches carry the reasons the person gave.

Circles, tools, the vision, goals and rules go through the Journal facade, so they are
validated like anything a person enters. The bulk (uses, connections, progress, breach notes,
check-ins) is written with executemany in one transaction: 100 000 uses in a few seconds.
Everything follows from the seed; nothing reads the wall clock.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, Final, TypeVar

from sqlalchemy import Connection, func, insert, select, update

from vision_journal.core.calendar import journal_day, week_start
from vision_journal.core.change_log import record_everything
from vision_journal.core.checkins import DEFAULT_PROMPTS
from vision_journal.core.db.models import (
    AdjustmentRow,
    AiToolRow,
    AiUseRow,
    Base,
    BreachNoteRow,
    CheckInAnswerRow,
    CheckInRow,
    CircleRow,
    ConnectionRow,
    GoalRow,
    ProgressRow,
    PromptRow,
    RuleRow,
    VisionRevisionRow,
)
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    BudgetParams,
    BudgetPeriod,
    CheckInStatus,
    CircleInput,
    Commitment,
    ConnectionMode,
    CurfewParams,
    Disclosure,
    DisclosureParams,
    GoalInput,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleInput,
    Severity,
    Sphere,
    SphereVision,
    Stakeholder,
    TimeWindow,
    ToolKind,
    UsePurpose,
    UseSource,
    Vision,
    VisionPurpose,
    WeekStart,
)

_T = TypeVar("_T")

#: Rows are generated and written in chunks of this many, to keep memory modest.
CHUNK_ROWS: Final = 5_000
#: The last days drift from Balanced towards Watch ...
STORY_DAYS: Final = 35
#: ... after weeks kept steady (no deadlines or holidays), so the drift stands out.
CALM_DAYS: Final = 56


@dataclass(frozen=True, slots=True)
class SampleSummary:
    """What `generate` wrote, for the command line and the benchmark report."""

    first_day: dt.date
    last_day: dt.date
    circles: int
    tools: int
    vision_revisions: int
    goals: int
    progress_entries: int
    rules: int
    uses: int
    connections: int
    breach_notes: int
    checkins: int
    ai_minutes: int


@dataclass(frozen=True, slots=True)
class Period:
    """The generated period as a `Scale` sees it when it plans goals and rules."""

    rng: random.Random
    first: dt.date
    count: int  # days
    years: float
    circles: dict[str, int]  # ids by name (PARTNER, FAMILY, ...)
    tools: dict[str, int]  # ids by name (CHATGPT, COMPANION, ...)


@dataclass(frozen=True, slots=True)
class Scale:
    """How much happens per year, and which goals and further rules the journal gets."""

    uses_per_year: int
    connections_per_year: int
    minutes_factor: float  # many short sessions (a heavy journal), or fewer long ones
    checkin_share: float  # share of past weeks with a check-in; 1.0 is exactly 52 a year
    goal_plans: Callable[[Period], list[GoalPlan]]
    #: Rules beyond the core six, with the day index each was set (`core` is how many).
    later_rules: Callable[[Period, int], list[tuple[RuleInput, int]]]
    vision_revisions: Callable[[float], int]  # how many revisions for so many years
    dated_goal_titles: bool = False  # "… (2019)", so goals set again years later differ


# --- the person: circles, tools, vision --------------------------------------------------------

PARTNER, FAMILY, FRIENDS = "Partner", "Family", "Friends"
COLLEAGUES, CLIENTS, COMMUNITY = "Colleagues", "Clients", "Community"
CHATGPT, CLAUDE, GEMINI = "ChatGPT", "Claude", "Gemini"
COPILOT, COMPANION, DEEPL = "GitHub Copilot", "Companion app", "DeepL Write"

_CIRCLES: Final = (
    CircleInput(PARTNER, Sphere.PERSONAL),
    CircleInput(FAMILY, Sphere.PERSONAL, cadence_days=7, is_protected=True),
    CircleInput(FRIENDS, Sphere.PERSONAL, cadence_days=14),
    CircleInput(COLLEAGUES, Sphere.PROFESSIONAL),
    CircleInput(CLIENTS, Sphere.PROFESSIONAL, is_protected=True),
    CircleInput(COMMUNITY, Sphere.PROFESSIONAL, cadence_days=30),
)

_TOOLS: Final = (
    AiToolInput(
        CHATGPT,
        ToolKind.CHAT_ASSISTANT,
        retention_note="Chats stay in my history until I delete them; deleted chats are "
        "removed from OpenAI's systems within about 30 days.",
        training_note="Conversations can be used for training unless 'Improve the model for "
        "everyone' is off. I switched it off and re-check after updates.",
        data_location_note="Processed on OpenAI's servers, mostly in the United States.",
    ),
    AiToolInput(
        CLAUDE,
        ToolKind.CHAT_ASSISTANT,
        retention_note="Chats stay in my history until I delete them; how long Anthropic keeps "
        "them afterwards depends on the training setting.",
        training_note="Anthropic asks whether chats may improve its models. I said no; the "
        "setting is worth checking again after policy changes.",
        data_location_note="Anthropic's cloud providers, mainly in the United States.",
    ),
    AiToolInput(
        GEMINI,
        ToolKind.CHAT_ASSISTANT,
        retention_note="Gemini Apps Activity keeps chats for 18 months by default; I set "
        "auto-delete to 3 months.",
        training_note="Google may use chats to improve its services and human reviewers may "
        "read some of them, so nothing personal or confidential goes in.",
        data_location_note="Google data centres worldwide, linked to my Google account.",
    ),
    AiToolInput(
        COPILOT,
        ToolKind.CODING,
        retention_note="Used through the company's Copilot Business plan; editor prompts are "
        "not kept after the suggestion comes back, according to the plan's terms.",
        training_note="Business plan: our code and prompts are not used to train models.",
        data_location_note="GitHub / Microsoft cloud, under the company's data processing "
        "agreement.",
    ),
    AiToolInput(
        COMPANION,
        ToolKind.COMPANION,
        retention_note="Keeps every conversation on its servers so the companion can "
        "'remember' me; only deleting the account removes them.",
        training_note="The privacy policy allows using conversations to improve the service. "
        "I found no opt-out.",
        data_location_note="The policy does not say where the servers are. Not end-to-end "
        "encrypted.",
    ),
    AiToolInput(
        DEEPL,
        ToolKind.WRITING_ASSISTANT,
        retention_note="Free version: texts may be kept for a while; the Pro plan deletes them "
        "right after processing.",
        training_note="Texts in the free version may be used for training, so I only paste my "
        "own writing, never anyone else's.",
        data_location_note="DeepL's servers in the EU.",
    ),
)

_PERSONAL_SHORT: Final = SphereVision(
    purposes=frozenset({VisionPurpose.COMMUNICATION, VisionPurpose.CONVENIENCE}),
    purpose_statement="Help with life admin and with writing to Lucía's parents in Spanish. "
    "Not a replacement for my own voice.",
    values="Presence at home. Honesty about when AI helped.",
)

_PERSONAL: Final = SphereVision(
    purposes=frozenset(
        {VisionPurpose.COMMUNICATION, VisionPurpose.LEARNING, VisionPurpose.CONVENIENCE}
    ),
    purpose_statement=(
        "I use AI to take the friction out of life admin and to help me reach people I love "
        "across a language gap, never to stand in for my own voice. If a message matters to "
        "the person receiving it, it should sound like me because it is me."
    ),
    values=(
        "Presence over productivity at home. Honesty: if AI shaped something I send, I am happy "
        "to say so. Effort is part of care: a clumsy birthday message I wrote beats a polished "
        "one I didn't. Curiosity: I like learning with AI, as long as I am the one learning."
    ),
    horizon=(
        "In five years I want to speak Spanish well enough that Lucía's parents and I need no "
        "translator at the table, to have kept the Sunday calls with my own parents going, and "
        "to use AI at home mostly for planning and learning. My evenings should belong to "
        "people, not to a chat window."
    ),
    privacy=Commitment(
        "I don't paste other people's private messages, health details or photos into AI tools "
        "without their permission.",
        "When I ask for advice about a relationship I describe situations, not people: no "
        "names, no screenshots of chats.",
    ),
    data_security=Commitment(
        "Personal AI accounts use the password manager and two-factor authentication; chats "
        "with anything sensitive are deleted once I am done.",
        "Once a month I look through each tool's history. The companion app keeps everything, "
        "so it gets nothing I wouldn't want read aloud.",
    ),
    bias=Commitment(
        "Advice about people is one perspective from a system that doesn't know them; I check "
        "it against someone who does.",
        "Translations can flatten tone and politeness between cultures. When a message to "
        "Lucía's parents really matters, I ask her to read it first.",
    ),
    stakeholders=(
        Stakeholder(
            "Lucía (my partner)",
            what_to_share="The whole personal vision, the weeknight curfew, and the rule that "
            "AI doesn't write our messages to each other.",
            concerns="That late-night chats with the companion app replace talking to her when "
            "I am stressed.",
            answers="The curfew covers weeknights, and every check-in asks where AI got in the "
            "way. She is welcome to read them.",
        ),
        Stakeholder(
            "Mum and Dad",
            what_to_share="That I sometimes let AI tidy up a message, and that the Sunday call "
            "stays AI-free.",
            concerns="Dad thinks anything written with AI is insincere.",
            answers="AI never writes to them from scratch, and if it helped with a message I "
            "will tell them.",
        ),
        Stakeholder(
            "Lucía's parents",
            what_to_share="That I use AI to translate while I learn Spanish, and why.",
            concerns="That machine translation makes me sound cold or too formal.",
            answers="Short messages, Lucía checks the important ones, and we practise speaking "
            "on video every other week.",
        ),
    ),
)

_PROFESSIONAL_SHORT: Final = SphereVision(
    purposes=frozenset({VisionPurpose.EFFICIENCY}),
    purpose_statement="Use AI for boilerplate and summaries so there is more time for people.",
    values="Transparency. I own what I ship and what I send.",
)

_PROFESSIONAL: Final = SphereVision(
    purposes=frozenset(
        {VisionPurpose.EFFICIENCY, VisionPurpose.LEARNING, VisionPurpose.CREATIVITY}
    ),
    purpose_statement=(
        "At work AI is a power tool: it drafts boilerplate, summarises long threads and helps me "
        "explore code and ideas faster, so I can spend more of my time with my team and our "
        "clients. Judgement, feedback and anything with a person's name on it stay with me."
    ),
    values=(
        "Transparency with colleagues and clients about where AI was used. Accountability: I "
        "own every line I ship and every sentence I send. Craft: AI output is a first draft, "
        "never a finished one. Fairness: how I treat people is not something AI may shortcut."
    ),
    horizon=(
        "Within three years our team has a shared, written practice for AI use that clients can "
        "read; I am known for clear, personal communication; and the time AI saves has gone "
        "into mentoring rather than into more meetings."
    ),
    privacy=Commitment(
        "No client data, personal data or confidential code goes into a tool the company hasn't "
        "approved; names come out of a document before I ask for help with it.",
        "Copilot runs under the company's business plan; personal accounts are for public "
        "information only.",
    ),
    data_security=Commitment(
        "Company-approved tools only, with single sign-on; no secrets, keys or customer records "
        "in prompts; generated code gets the same review and security checks as any other.",
        "An accidental paste of sensitive data is reported to our security lead the same day.",
    ),
    bias=Commitment(
        "AI never ranks, screens or evaluates people: not CVs, not performance reviews, not "
        "client disputes.",
        "When AI summarises feedback I read the originals too: summaries lose the quiet voices.",
    ),
    stakeholders=(
        Stakeholder(
            "My team",
            what_to_share="The disclosure rule, what I use AI for (summaries, boilerplate, first "
            "drafts) and what I never use it for (feedback, reviews).",
            concerns="That messages from me feel machine-made, and that using AI becomes an "
            "unspoken expectation.",
            answers="AI-assisted messages are labelled, feedback is written by me, and nobody "
            "needs AI to keep up.",
        ),
        Stakeholder(
            "Our clients",
            what_to_share="Which tools touch their projects, and under which data agreements.",
            concerns="Confidentiality of their code and documents; paying for generated work.",
            answers="Approved tools under business terms only, no client data in personal "
            "accounts, and a person reviews and signs off every deliverable.",
        ),
        Stakeholder(
            "My manager",
            what_to_share="The professional vision and my rules, as input for a team policy.",
            concerns="Whether limits on AI slow delivery down.",
            answers="The limits protect people and data, not speed; the check-ins show where AI "
            "saves time and where it costs trust.",
        ),
    ),
)


# --- what uses look like --------------------------------------------------------------------------

P = UsePurpose
Weighted = tuple[tuple[_T, float], ...]

#: Median minutes and spread (sigma of the log) of one session, by purpose.
_MINUTES: Final[dict[UsePurpose, tuple[float, float]]] = {
    P.WORK_TASK: (9.0, 0.6),
    P.SUMMARISE: (4.0, 0.5),
    P.RESEARCH_LEARNING: (7.0, 0.6),
    P.DRAFT_MESSAGE: (4.0, 0.5),
    P.EDIT_POLISH: (3.0, 0.5),
    P.TRANSLATE: (3.0, 0.5),
    P.PLANNING: (8.0, 0.6),
    P.CREATIVE: (12.0, 0.6),
    P.RELATIONSHIP_ADVICE: (8.0, 0.5),
    P.EMOTIONAL_SUPPORT: (15.0, 0.6),
}

_TOOLS_FOR: Final[dict[UsePurpose, Weighted[str]]] = {
    P.WORK_TASK: ((COPILOT, 35), (CHATGPT, 30), (CLAUDE, 30), (GEMINI, 5)),
    P.SUMMARISE: ((CLAUDE, 40), (CHATGPT, 35), (GEMINI, 25)),
    P.RESEARCH_LEARNING: ((CHATGPT, 35), (GEMINI, 35), (CLAUDE, 30)),
    P.DRAFT_MESSAGE: ((CHATGPT, 45), (CLAUDE, 40), (GEMINI, 15)),
    P.EDIT_POLISH: ((DEEPL, 55), (CHATGPT, 25), (CLAUDE, 20)),
    P.TRANSLATE: ((CHATGPT, 50), (GEMINI, 30), (CLAUDE, 20)),
    P.PLANNING: ((CHATGPT, 50), (GEMINI, 30), (CLAUDE, 20)),
    P.CREATIVE: ((CLAUDE, 45), (CHATGPT, 45), (GEMINI, 10)),
    P.RELATIONSHIP_ADVICE: ((CHATGPT, 40), (CLAUDE, 40), (COMPANION, 20)),
    P.EMOTIONAL_SUPPORT: ((COMPANION, 75), (CHATGPT, 15), (CLAUDE, 10)),
}

#: Purposes that send something to someone: the use gets a circle and a mediation.
_MESSAGE_MEDIATION: Final[dict[UsePurpose, Mediation]] = {
    P.DRAFT_MESSAGE: Mediation.AI_DRAFTED,
    P.EDIT_POLISH: Mediation.AI_EDITED,
    P.TRANSLATE: Mediation.AI_TRANSLATED,
}

#: How often a use for the purpose is about a message to someone (else: a document, a note).
_MESSAGE_SHARE: Final = {P.DRAFT_MESSAGE: 1.0, P.EDIT_POLISH: 0.3, P.TRANSLATE: 0.6}

#: How often a mediated message to the circle is disclosed to its recipients.
_DISCLOSED_SHARE: Final[dict[str, float]] = {
    PARTNER: 0.45,
    FAMILY: 0.5,
    FRIENDS: 0.3,
    COLLEAGUES: 0.85,
    CLIENTS: 0.75,
    COMMUNITY: 0.6,
}


# --- connections ----------------------------------------------------------------------------------

M = ConnectionMode

_MODES: Final[dict[str, Weighted[ConnectionMode]]] = {
    PARTNER: ((M.IN_PERSON, 55), (M.MESSAGE, 40), (M.CALL, 5)),
    FAMILY: ((M.CALL, 35), (M.VIDEO, 15), (M.IN_PERSON, 15), (M.MESSAGE, 35)),
    FRIENDS: ((M.IN_PERSON, 35), (M.MESSAGE, 50), (M.CALL, 8), (M.VIDEO, 7)),
    COLLEAGUES: ((M.IN_PERSON, 45), (M.VIDEO, 20), (M.MESSAGE, 35)),
    CLIENTS: ((M.VIDEO, 50), (M.CALL, 20), (M.IN_PERSON, 10), (M.MESSAGE, 20)),
    COMMUNITY: ((M.IN_PERSON, 80), (M.VIDEO, 20)),
}

#: Median minutes of an in-person moment with the circle (other modes are shorter).
_IN_PERSON_MINUTES: Final[dict[str, float]] = {
    PARTNER: 60,
    FAMILY: 120,
    FRIENDS: 90,
    COLLEAGUES: 30,
    CLIENTS: 50,
    COMMUNITY: 100,
}
_MODE_MINUTES: Final[dict[ConnectionMode, float]] = {M.CALL: 20, M.VIDEO: 35, M.MESSAGE: 4}


# --- check-ins ------------------------------------------------------------------------------------

#: Answers to the five default prompts by the week's mood.

_RATINGS: Final[dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]]] = {
    # connection, reliance, alignment: each a small set to choose from
    "steady": ((4, 4, 5), (2, 2, 3), (4, 4, 5)),
    "busy": ((3, 3, 4), (3, 3, 4), (3, 3, 4)),
    "quiet": ((5, 5, 4), (1, 2, 2), (4, 5, 5)),
    "slipping": ((2, 3, 3), (4, 4, 5), (2, 3, 3)),
}


# --- goals ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalPlan:
    """A goal to create, when it runs, and what its progress entries count."""

    value: GoalInput
    circle: str | None
    first: int  # day index the goal was set
    last: int | None  # day index it ended (None: still running)
    target: int | None  # day index of its target date, if it has one
    metric: str | None  # a key of the daily tallies, or None for notes-only progress
    linked: tuple[UsePurpose, ...] = ()
    notes: tuple[str, ...] = ()


def _goal(
    title: str,
    sphere: Sphere,
    kind: GoalKind = GoalKind.ACHIEVE,
    why: str = "",
    measure: tuple[MeasureUnit, MeasurePeriod, int] | None = None,
) -> GoalInput:
    unit, period, target = measure if measure is not None else (None, None, None)
    return GoalInput(
        title=title,
        sphere=sphere,
        kind=kind,
        why=why,
        measure_unit=unit,
        measure_period=period,
        target_value=target,
    )


_U, _PER = MeasureUnit, MeasurePeriod

#: Goal templates: input, circle, metric, linked purposes, progress notes.
GOAL_TEMPLATES: Final[
    tuple[tuple[GoalInput, str | None, str | None, tuple[UsePurpose, ...]], ...]
] = (
    (
        _goal(
            "Speak with my family at least twice a week",
            Sphere.PERSONAL,
            why="The Sunday call slipped twice last month; they notice.",
            measure=(_U.COUNT, _PER.WEEK, 2),
        ),
        FAMILY,
        "conn:" + FAMILY,
        (),
    ),
    (
        _goal(
            "Keep AI to four hours a week",
            Sphere.PERSONAL,
            GoalKind.LIMIT,
            why="Past four hours I stop noticing what I hand over.",
            measure=(_U.MINUTES, _PER.WEEK, 240),
        ),
        None,
        "ai_minutes",
        (),
    ),
    (
        _goal(
            "Write my own messages to family",
            Sphere.PERSONAL,
            GoalKind.LIMIT,
            why="Dad can tell, and he is right to mind.",
            measure=(_U.COUNT, _PER.MONTH, 2),
        ),
        FAMILY,
        "mediated:" + FAMILY,
        (),
    ),
    (
        _goal(
            "Hold a real conversation in Spanish with Lucía's parents",
            Sphere.PERSONAL,
            why="I want to talk with them, not through a translator.",
        ),
        FAMILY,
        None,
        (P.TRANSLATE, P.RESEARCH_LEARNING),
    ),
    (
        _goal(
            "Weekly one-to-ones with everyone on the team",
            Sphere.PROFESSIONAL,
            why="Summaries are no substitute for hearing how people are doing.",
            measure=(_U.COUNT, _PER.WEEK, 4),
        ),
        COLLEAGUES,
        "conn:" + COLLEAGUES,
        (),
    ),
    (
        _goal(
            "See every client face to face or on video each week",
            Sphere.PROFESSIONAL,
            why="Trust grows in conversations, not in status emails.",
            measure=(_U.COUNT, _PER.WEEK, 3),
        ),
        CLIENTS,
        "conn:" + CLIENTS,
        (),
    ),
    (
        _goal(
            "Companion app only in daylight",
            Sphere.PERSONAL,
            GoalKind.LIMIT,
            why="At night it replaces sleep, and talking to Lucía.",
            measure=(_U.COUNT, _PER.WEEK, 1),
        ),
        None,
        "night_companion",
        (P.EMOTIONAL_SUPPORT,),
    ),
    (
        _goal(
            "Try an AI meeting summariser for all team meetings",
            Sphere.PROFESSIONAL,
            why="Could free the note-taker to join the conversation.",
        ),
        COLLEAGUES,
        None,
        (P.SUMMARISE,),
    ),
    (
        _goal(
            "Give a talk at the meetup",
            Sphere.PROFESSIONAL,
            why="Share what the team learned about using AI responsibly.",
        ),
        COMMUNITY,
        None,
        (P.CREATIVE,),
    ),
    (
        _goal(
            "Message a friend every day, in my own words",
            Sphere.PERSONAL,
            why="Small, regular contact keeps friendships alive.",
            measure=(_U.COUNT, _PER.DAY, 1),
        ),
        FRIENDS,
        "messages:" + FRIENDS,
        (),
    ),
    (
        _goal(
            "Learn to review AI-written code properly",
            Sphere.PROFESSIONAL,
            why="I sign off what the team ships.",
        ),
        COLLEAGUES,
        None,
        (P.WORK_TASK, P.RESEARCH_LEARNING),
    ),
    (
        _goal(
            "At most an hour of relationship advice from AI a month",
            Sphere.PERSONAL,
            GoalKind.LIMIT,
            why="Advice from something that has never met them.",
            measure=(_U.MINUTES, _PER.MONTH, 60),
        ),
        None,
        "companion_minutes",
        (),
    ),
)


# --- the sample texts -------------------------------------------------------------------------
# What the demo person writes (notes, reasons, answers) lives in texts.json beside this
# module, so the words can be read and changed without reading the generator.


def _texts() -> dict[str, Any]:
    raw = resources.files(__package__).joinpath("texts.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


_TEXTS: Final = _texts()
_USE_NOTES: Final[dict[UsePurpose, tuple[str, ...]]] = {
    UsePurpose(purpose): tuple(notes) for purpose, notes in _TEXTS["use_notes"].items()
}
_CURFEW_REASONS: Final[tuple[str, ...]] = tuple(_TEXTS["curfew_reasons"])
_FAMILY_DRAFT_REASONS: Final[tuple[str, ...]] = tuple(_TEXTS["family_draft_reasons"])
_CONNECTION_NOTES: Final[dict[str, tuple[str, ...]]] = {
    circle: tuple(notes) for circle, notes in _TEXTS["connection_notes"].items()
}
#: Answers to the five default prompts by the week's mood.
_ANSWERS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    mood: tuple(tuple(choices) for choices in answers)
    for mood, answers in _TEXTS["answers"].items()
}
_PROGRESS_NOTES: Final[tuple[str, ...]] = tuple(_TEXTS["progress_notes"])


# --- helpers --------------------------------------------------------------------------------------


def pick(rng: random.Random, table: Sequence[tuple[_T, float]]) -> _T:
    """One value of a weighted table."""
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _at(day: dt.date, minute_of_day: int) -> dt.datetime:
    """The moment `minute_of_day` minutes after midnight of `day` (may run into the next day)."""
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minute_of_day)


def _breaks_weeknight_curfew(moment: dt.datetime) -> bool:
    """Whether a moment falls in the demo's curfew: 21:00-07:00, windows starting Mon-Fri."""
    minute = moment.hour * 60 + moment.minute
    if minute >= 21 * 60:
        return moment.weekday() < 5
    if minute < 7 * 60:
        return (moment.weekday() - 1) % 7 < 5
    return False


@dataclass(frozen=True, slots=True)
class _Day:
    """One journal day of the generated period and what kind of day it was."""

    index: int
    date: dt.date
    mood: str  # "steady", "busy" (deadline), "quiet" (holiday) or "sick"
    story: float  # 0 before the final weeks, rising to 1 on the last day
    wobble: float  # the week's own ups and downs

    @property
    def is_workday(self) -> bool:
        return self.date.weekday() < 5 and self.mood in ("steady", "busy")


def _plan_days(rng: random.Random, first: dt.date, count: int) -> list[_Day]:
    """The days with their moods: holidays, deadline weeks, sick days, the final story."""
    moods = ["steady"] * count

    def mark(start: dt.date, length: int, mood: str) -> None:
        for offset in range(length):
            index = (start - first).days + offset
            if 0 <= index < count and moods[index] == "steady":
                moods[index] = mood

    last = first + dt.timedelta(days=count - 1)
    for year in range(first.year, last.year + 1):
        jan1 = dt.date(year, 1, 1)
        # The holidays around new year, and two summer weeks from a Monday in July or August.
        mark(dt.date(year, 1, 1), 2, "quiet")
        mark(dt.date(year, 12, 23), 9, "quiet")
        july = dt.date(year, 7, 1)
        summer = july + dt.timedelta(days=(7 - july.weekday()) % 7 + 7 * rng.randrange(7))
        mark(summer, 16, "quiet")
        for _ in range(3):
            monday = jan1 + dt.timedelta(days=rng.randrange(360))
            monday -= dt.timedelta(days=monday.weekday())
            mark(monday, 5 + rng.randrange(5), "busy")
        mark(jan1 + dt.timedelta(days=rng.randrange(360)), 2 + rng.randrange(3), "sick")

    story_first = count - STORY_DAYS
    wobble = 1.0
    days = []
    for index in range(count):
        date = first + dt.timedelta(days=index)
        if index >= story_first - CALM_DAYS:
            moods[index] = "steady"
        if date.weekday() == 0 or index == 0:
            wobble = rng.lognormvariate(0.0, 0.18)
        story = max(0.0, (index - story_first + 1) / STORY_DAYS)
        if story > 0 or index >= story_first - CALM_DAYS:
            wobble = min(wobble, 1.05)  # keep the weeks before and during the story readable
        days.append(_Day(index, date, moods[index], story, wobble))
    return days


# --- the generator --------------------------------------------------------------------------------

_WEEKDAY_USE_WEIGHT: Final = (1.0, 1.05, 1.0, 1.0, 0.85, 0.45, 0.4)
_MOOD_USE_WEIGHT: Final = {"steady": 1.0, "busy": 1.6, "quiet": 0.35, "sick": 0.5}
_WEEKDAY_CONNECTION_WEIGHT: Final = (0.9, 0.9, 0.9, 0.9, 1.0, 1.3, 1.2)
_MOOD_CONNECTION_WEIGHT: Final = {"steady": 1.0, "busy": 0.8, "quiet": 1.4, "sick": 0.5}

_WORK_HOURS: Final = tuple(zip(range(9, 18), (6, 10, 10, 4, 7, 10, 10, 9, 6), strict=True))

_SLOT_PURPOSES: Final[dict[str, Weighted[UsePurpose]]] = {
    "work": (
        (P.WORK_TASK, 34),
        (P.SUMMARISE, 16),
        (P.RESEARCH_LEARNING, 14),
        (P.DRAFT_MESSAGE, 6),
        (P.EDIT_POLISH, 12),
        (P.TRANSLATE, 3),
        (P.PLANNING, 7),
        (P.CREATIVE, 2),
    ),
    "evening": (
        (P.PLANNING, 16),
        (P.RESEARCH_LEARNING, 16),
        (P.CREATIVE, 10),
        (P.DRAFT_MESSAGE, 4),
        (P.EDIT_POLISH, 8),
        (P.TRANSLATE, 6),
        (P.RELATIONSHIP_ADVICE, 5),
        (P.EMOTIONAL_SUPPORT, 3),
        (P.WORK_TASK, 9),
        (P.SUMMARISE, 6),
    ),
    "day": (
        (P.PLANNING, 24),
        (P.RESEARCH_LEARNING, 20),
        (P.CREATIVE, 16),
        (P.TRANSLATE, 6),
        (P.DRAFT_MESSAGE, 3),
        (P.EDIT_POLISH, 6),
        (P.RELATIONSHIP_ADVICE, 4),
        (P.EMOTIONAL_SUPPORT, 2),
        (P.WORK_TASK, 6),
        (P.SUMMARISE, 4),
    ),
    "early": (
        (P.PLANNING, 40),
        (P.WORK_TASK, 30),
        (P.SUMMARISE, 20),
        (P.RESEARCH_LEARNING, 10),
    ),
    "late": (
        (P.EMOTIONAL_SUPPORT, 30),
        (P.RESEARCH_LEARNING, 25),
        (P.WORK_TASK, 20),
        (P.CREATIVE, 10),
        (P.RELATIONSHIP_ADVICE, 10),
        (P.DRAFT_MESSAGE, 5),
    ),
}

#: How much more likely a purpose becomes as the final story unfolds (times 1 + this * t).
_STORY_PURPOSE_BOOST: Final = {
    P.EMOTIONAL_SUPPORT: 3.0,
    P.RELATIONSHIP_ADVICE: 2.0,
    P.DRAFT_MESSAGE: 3.0,
}

#: Chance that a use is professional, in work hours and outside them.
_PROFESSIONAL_IN_WORK: Final = {
    P.PLANNING: 0.6,
    P.RELATIONSHIP_ADVICE: 0.3,
    P.EMOTIONAL_SUPPORT: 0.0,
    P.CREATIVE: 0.8,
    P.TRANSLATE: 0.5,
}
_PROFESSIONAL_AFTER_WORK: Final = {
    P.WORK_TASK: 1.0,
    P.SUMMARISE: 0.5,
    P.DRAFT_MESSAGE: 0.15,
    P.EDIT_POLISH: 0.2,
    P.RESEARCH_LEARNING: 0.25,
    P.CREATIVE: 0.1,
    P.RELATIONSHIP_ADVICE: 0.1,
}

_FEELINGS: Final[dict[UsePurpose, Weighted[int]]] = {
    P.WORK_TASK: ((-1, 1), (0, 6), (1, 3)),
    P.SUMMARISE: ((-1, 1), (0, 6), (1, 3)),
    P.RESEARCH_LEARNING: ((0, 5), (1, 4), (2, 1)),
    P.DRAFT_MESSAGE: ((-2, 1), (-1, 4), (0, 3), (1, 1)),
    P.EDIT_POLISH: ((-1, 1), (0, 5), (1, 3)),
    P.TRANSLATE: ((0, 2), (1, 5), (2, 2)),
    P.PLANNING: ((0, 4), (1, 4), (2, 1)),
    P.CREATIVE: ((0, 4), (1, 4), (2, 1)),
    P.RELATIONSHIP_ADVICE: ((-1, 2), (0, 3), (1, 4), (2, 1)),
    P.EMOTIONAL_SUPPORT: ((-2, 3), (-1, 4), (0, 2), (1, 1)),
}


@dataclass(slots=True)
class _Generator:
    """Holds the random stream, ids and daily tallies while one journal is generated."""

    rng: random.Random
    density: Scale
    years: float
    days: list[_Day]
    day_start_hour: int
    circle_ids: dict[str, int]
    tool_ids: dict[str, int]
    curfew_rule_id: int
    family_rule_id: int
    goal_plans: list[tuple[int, GoalPlan]] = field(default_factory=list)
    tallies: dict[str, list[int]] = field(default_factory=dict)
    breach_notes: list[dict[str, Any]] = field(default_factory=list)
    ai_minutes: int = 0
    # Cumulative weights of each table seen: a hundred thousand uses make ~500 000 picks.
    tables: dict[tuple[tuple[Any, float], ...], tuple[list[Any], list[float]]] = field(
        default_factory=dict
    )

    def pick(self, table: tuple[tuple[_T, float], ...]) -> _T:
        """One value of a weighted table."""
        known = self.tables.get(table)
        if known is None:
            running = 0.0
            cumulative = []
            for _, weight in table:
                running += weight
                cumulative.append(running)
            known = self.tables[table] = ([v for v, _ in table], cumulative)
        values, cumulative = known
        chosen: _T = values[bisect_right(cumulative, self.rng.random() * cumulative[-1])]
        return chosen

    def tally(self, key: str, day: dt.date, amount: int = 1) -> None:
        """Count `amount` towards `key` on a journal day (days outside the period are ignored)."""
        index = (day - self.days[0].date).days
        if 0 <= index < len(self.days):
            counts = self.tallies.get(key)
            if counts is None:
                counts = self.tallies[key] = [0] * len(self.days)
            counts[index] += amount

    def share(self, total: int, weights: Sequence[float]) -> list[int]:
        """`total` items spread over the days in proportion to `weights`, exactly."""
        counts = [0] * len(weights)
        cumulative: list[float] = []
        running = 0.0
        for weight in weights:
            running += weight
            cumulative.append(running)
        for index in self.rng.choices(range(len(weights)), cum_weights=cumulative, k=total):
            counts[index] += 1
        return counts

    # --- AI uses -------------------------------------------------------------------------------

    def use_weight(self, day: _Day) -> float:
        span = len(self.days)
        # Ten years of journal start lighter: AI use grew over the years, slowly.
        depth = min(0.5, 0.05 * span / 365.25)
        trend = 1.0 - depth * (1.0 - day.index / max(1, span - 1))
        return (
            _WEEKDAY_USE_WEIGHT[day.date.weekday()]
            * _MOOD_USE_WEIGHT[day.mood]
            * day.wobble
            * trend
            * (1.0 + 0.75 * day.story)
        )

    def slot(self, day: _Day) -> str:
        t = day.story
        busy = day.mood == "busy"
        if day.is_workday:
            return self.pick(
                (
                    ("work", 62.0 + (15 if busy else 0)),
                    ("evening", 34.0),
                    ("early", 1.0),
                    ("late", 1.5 + 10 * t + (4 if busy else 0)),
                )
            )
        return self.pick((("day", 55.0), ("evening", 40.0), ("late", 3.0 + 10 * t)))

    def moment(self, day: _Day, slot: str) -> dt.datetime:
        rng = self.rng
        if slot == "work":
            return _at(day.date, self.pick(_WORK_HOURS) * 60 + rng.randrange(60))
        if slot == "day":
            return _at(day.date, 9 * 60 + rng.randrange(9 * 60))
        if slot == "early":
            return _at(day.date, 6 * 60 + rng.randrange(60))
        if slot == "late":
            # After midnight: the calendar says tomorrow, the journal says tonight.
            minute = rng.randrange(120) if rng.random() < 0.85 else 120 + rng.randrange(90)
            return _at(day.date + dt.timedelta(days=1), minute)
        late_evening = 0.12 + 0.45 * day.story + (0.25 if day.mood == "busy" else 0.0)
        if day.date.weekday() >= 5 or rng.random() < late_evening:
            start, length = (21 * 60, 150) if day.date.weekday() < 5 else (18 * 60, 330)
        else:
            start, length = 18 * 60, 180
        return _at(day.date, start + rng.randrange(length))

    def purpose(self, day: _Day, slot: str) -> UsePurpose:
        table = _SLOT_PURPOSES[slot]
        if day.story > 0:
            table = tuple(
                (p, w * (1.0 + _STORY_PURPOSE_BOOST.get(p, 0.0) * day.story)) for p, w in table
            )
        return self.pick(table)

    def sphere(self, slot: str, purpose: UsePurpose) -> Sphere:
        if slot in ("work", "early"):
            chance = _PROFESSIONAL_IN_WORK.get(purpose, 1.0)
        else:
            chance = _PROFESSIONAL_AFTER_WORK.get(purpose, 0.0)
        return Sphere.PROFESSIONAL if self.rng.random() < chance else Sphere.PERSONAL

    def recipient(
        self, day: _Day, purpose: UsePurpose, sphere: Sphere
    ) -> tuple[str | None, Mediation]:
        """The circle a use concerns, and how far AI stood between the person and it."""
        rng, t = self.rng, day.story
        professional = sphere is Sphere.PROFESSIONAL
        if purpose in _MESSAGE_MEDIATION and rng.random() < _MESSAGE_SHARE[purpose]:
            if purpose is P.TRANSLATE:
                table: Weighted[str] = (
                    ((CLIENTS, 70), (COLLEAGUES, 30))
                    if professional
                    else ((FAMILY, 75), (FRIENDS, 15), (PARTNER, 10))
                )
            elif professional:
                table = ((COLLEAGUES, 60), (CLIENTS, 32), (COMMUNITY, 8))
            else:
                table = ((PARTNER, 25 * (1 + 2 * t)), (FAMILY, 30), (FRIENDS, 45))
            circle = self.pick(table)
            mediation = _MESSAGE_MEDIATION[purpose]
            if mediation is Mediation.AI_DRAFTED:
                if circle == FAMILY and rng.random() < 0.92 - 0.4 * t:
                    # The family rule mostly holds: the person writes, AI only polishes.
                    mediation = Mediation.AI_EDITED
                elif professional and rng.random() < 0.12:
                    mediation = Mediation.AI_REPLIED
            return circle, mediation
        if purpose is P.RELATIONSHIP_ADVICE:
            if professional:
                return COLLEAGUES, Mediation.NONE
            return self.pick(((PARTNER, 45), (FAMILY, 35), (FRIENDS, 20))), Mediation.NONE
        if purpose is P.PLANNING and not professional and rng.random() < 0.2:
            return self.pick(((FAMILY, 60), (PARTNER, 40))), Mediation.NONE
        if purpose is P.WORK_TASK and rng.random() < 0.15:
            return CLIENTS, Mediation.NONE
        if purpose is P.CREATIVE and not professional and rng.random() < 0.1:
            return PARTNER, Mediation.NONE
        return None, Mediation.NONE

    def uses(self, first_id: int) -> Iterator[dict[str, Any]]:
        """Every AI use of the period, in day order, with consecutive ids from `first_id`."""
        total = round(self.density.uses_per_year * self.years)
        counts = self.share(total, [self.use_weight(day) for day in self.days])
        use_id = first_id
        for day, count in zip(self.days, counts, strict=True):
            linkable = self.linkable_goals(day.index)
            rows = [self.use(day, linkable) for _ in range(count)]
            rows.sort(key=lambda row: row["started_at"])
            for row in rows:
                row["id"] = use_id
                self.note_breaches(row)
                use_id += 1
                yield row

    def linkable_goals(self, index: int) -> dict[UsePurpose, list[int]]:
        """The goals running on a day, by the purposes a use for them would have."""
        found: dict[UsePurpose, list[int]] = {}
        for goal_id, plan in self.goal_plans:
            if plan.first <= index and (plan.last is None or index <= plan.last):
                for purpose in plan.linked:
                    found.setdefault(purpose, []).append(goal_id)
        return found

    def use(self, day: _Day, linkable: dict[UsePurpose, list[int]]) -> dict[str, Any]:
        rng, t = self.rng, day.story
        slot = self.slot(day)
        started_at = self.moment(day, slot)
        purpose = self.purpose(day, slot)
        sphere = self.sphere(slot, purpose)
        circle, mediation = self.recipient(day, purpose, sphere)
        tool = self.pick(_TOOLS_FOR[purpose])
        if purpose is P.EMOTIONAL_SUPPORT and rng.random() < 0.5 * t:
            tool = COMPANION  # the story: the companion app at night
        median, sigma = _MINUTES[purpose]
        scale = self.density.minutes_factor * (1.0 + 0.45 * t)
        if day.mood == "busy":
            scale *= 1.15
        minutes = _clamp(round(rng.lognormvariate(math.log(median), sigma) * scale), 1, 240)

        disclosed = Disclosure.NOT_APPLICABLE
        if circle is not None and mediation is not Mediation.NONE:
            is_told = rng.random() < _DISCLOSED_SHARE[circle] * (1.0 - 0.3 * t)
            disclosed = Disclosure.YES if is_told else Disclosure.NO

        planned: int | None = None
        if rng.random() < (0.4 if sphere is Sphere.PERSONAL else 0.2):
            # Intentions: usually about right; in the final weeks the sessions run over.
            low, high = (0.5, 1.0) if rng.random() < t else (0.85, 1.5)
            planned = _clamp(5 * round(minutes * rng.uniform(low, high) / 5), 5, 1440)

        feeling: int | None = None
        if rng.random() < 0.5:
            feeling = self.pick(_FEELINGS[purpose])
            if circle in (PARTNER, FAMILY) and mediation is Mediation.AI_DRAFTED:
                feeling -= 1  # a drafted message to someone close leaves a distance
            if rng.random() < 0.35 * t:
                feeling -= 1
            feeling = _clamp(feeling, -2, 2)

        goal_id: int | None = None
        candidates = linkable.get(purpose)
        if candidates and rng.random() < 0.35:
            goal_id = rng.choice(candidates)

        note = rng.choice(_USE_NOTES[purpose]) if rng.random() < 0.18 else ""
        day_of_use = journal_day(started_at, self.day_start_hour)
        self.ai_minutes += minutes
        self.tally("ai_minutes", day_of_use, minutes)
        if purpose in (P.EMOTIONAL_SUPPORT, P.RELATIONSHIP_ADVICE):
            self.tally("companion_minutes", day_of_use, minutes)
        if tool == COMPANION and not 7 <= started_at.hour < 21:
            self.tally("night_companion", day_of_use)
        if circle is not None and mediation is not Mediation.NONE:
            self.tally("mediated:" + circle, day_of_use)
        return {
            "started_at": started_at,
            "day": day_of_use,
            "minutes": minutes,
            "tool_id": self.tool_ids[tool],
            "purpose": purpose,
            "sphere": sphere,
            "circle_id": None if circle is None else self.circle_ids[circle],
            "goal_id": goal_id,
            "mediation": mediation,
            "disclosed": disclosed,
            "planned_minutes": planned,
            "feeling": feeling,
            "note": note,
            "source": UseSource.MANUAL,
            "source_id": None,
            # Logged a little after the session ended.
            "created_at": started_at + dt.timedelta(minutes=minutes + rng.randrange(1, 30)),
        }

    def note_breaches(self, row: dict[str, Any]) -> None:
        """Keep the reasons given for some breaches of the two firm rules."""
        started_at: dt.datetime = row["started_at"]
        reason: str | None = None
        rule_id = self.curfew_rule_id
        family = self.circle_ids[FAMILY]
        if row["circle_id"] == family and row["mediation"] in (
            Mediation.AI_DRAFTED,
            Mediation.AI_REPLIED,
        ):
            rule_id = self.family_rule_id
            if self.rng.random() < 0.8:
                reason = self.rng.choice(_FAMILY_DRAFT_REASONS)
        elif _breaks_weeknight_curfew(started_at) and self.rng.random() < 0.45:
            reason = self.rng.choice(_CURFEW_REASONS)
        if reason is not None:
            self.breach_notes.append(
                {
                    "rule_id": rule_id,
                    "use_id": row["id"],
                    "day": row["day"],
                    "reason": reason,
                    "created_at": row["created_at"],
                }
            )

    # --- connections ----------------------------------------------------------------------------

    def connection_weight(self, day: _Day) -> float:
        return (
            _WEEKDAY_CONNECTION_WEIGHT[day.date.weekday()]
            * _MOOD_CONNECTION_WEIGHT[day.mood]
            * (1.0 - 0.45 * day.story)
        )

    def connection_circles(self, day: _Day) -> Weighted[str]:
        weekday = day.date.weekday()
        if day.mood == "quiet":
            table: dict[str, float] = {PARTNER: 45, FAMILY: 35, FRIENDS: 20}
        elif day.mood == "sick":
            table = {PARTNER: 55, FAMILY: 30, FRIENDS: 15}
        elif weekday < 5:
            table = {
                PARTNER: 34,
                COLLEAGUES: 39 if day.mood == "busy" else 30,
                CLIENTS: 9,
                FRIENDS: 11,
                FAMILY: 12,
                COMMUNITY: 4,
            }
        elif weekday == 5:
            table = {PARTNER: 36, FRIENDS: 30, FAMILY: 22, COMMUNITY: 10, COLLEAGUES: 2}
        else:
            table = {PARTNER: 30, FAMILY: 45, FRIENDS: 20, COMMUNITY: 5}
        t = day.story
        # The story: family calls fade out (the cadence runs overdue), friends thin out.
        table[FAMILY] = table.get(FAMILY, 0) * max(0.0, 1.0 - 1.35 * t)
        table[FRIENDS] = table.get(FRIENDS, 0) * (1.0 - 0.6 * t)
        table[PARTNER] = table[PARTNER] * (1.0 - 0.3 * t)
        return tuple(table.items())

    def connections(self, first_id: int) -> Iterator[dict[str, Any]]:
        """Every human moment of the period, in day order, with ids from `first_id`."""
        total = round(self.density.connections_per_year * self.years)
        counts = self.share(total, [self.connection_weight(day) for day in self.days])
        connection_id = first_id
        for day, count in zip(self.days, counts, strict=True):
            rows = [self.connection(day) for _ in range(count)]
            rows.sort(key=lambda row: row["started_at"])
            for row in rows:
                row["id"] = connection_id
                connection_id += 1
                yield row

    def connection(self, day: _Day) -> dict[str, Any]:
        rng, t = self.rng, day.story
        circle = self.pick(self.connection_circles(day))
        modes = _MODES[circle]
        if circle == PARTNER and t > 0:
            # Fewer messages written to Lucía by hand as the story unfolds.
            modes = tuple((m, w * (1.0 - 0.5 * t) if m is M.MESSAGE else w) for m, w in modes)
        mode = self.pick(modes)
        weekday = day.date.weekday()
        if circle in (COLLEAGUES, CLIENTS) and weekday < 5:
            start, length = 9 * 60, 510
        elif mode is M.MESSAGE:
            start, length = 8 * 60, 870
        elif weekday < 5:
            start, length = (18 * 60 + 30, 90) if circle == COMMUNITY else (17 * 60 + 30, 240)
        else:
            start, length = 9 * 60 + 30, 690
        started_at = _at(day.date, start + rng.randrange(length))
        median = _IN_PERSON_MINUTES[circle] if mode is M.IN_PERSON else _MODE_MINUTES[mode]
        minutes = _clamp(round(rng.lognormvariate(math.log(median), 0.5)), 1, 600)
        quality = {COLLEAGUES: 3, CLIENTS: 3}.get(circle, 4)
        quality += self.pick(((-1, 1.0), (0, 3.0), (1, 1.5)))
        if mode is M.MESSAGE and rng.random() < 0.3:
            quality -= 1
        if rng.random() < 0.4 * t:
            quality -= 1
        note = rng.choice(_CONNECTION_NOTES[circle]) if rng.random() < 0.25 else ""
        day_of_moment = journal_day(started_at, self.day_start_hour)
        self.tally("conn:" + circle, day_of_moment)
        if mode is M.MESSAGE:
            self.tally("messages:" + circle, day_of_moment)
        return {
            "started_at": started_at,
            "day": day_of_moment,
            "circle_id": self.circle_ids[circle],
            "mode": mode,
            "minutes": minutes,
            "quality": _clamp(quality, 1, 5),
            "note": note,
            "created_at": started_at + dt.timedelta(minutes=minutes + rng.randrange(1, 90)),
        }

    # --- goal progress ---------------------------------------------------------------------------

    def progress(self) -> Iterator[dict[str, Any]]:
        """Progress entries: measured goals from the tallies, the others as occasional notes."""
        first = self.days[0].date
        last_index = len(self.days) - 1
        for goal_id, plan in self.goal_plans:
            stop = last_index if plan.last is None else min(plan.last, last_index)
            period = plan.value.measure_period
            if plan.metric is None or period is None:
                index = plan.first + self.rng.randrange(7, 21)
                while index <= stop:
                    yield {
                        "goal_id": goal_id,
                        "day": first + dt.timedelta(days=index),
                        "value": 1,
                        "note": self.rng.choice(_PROGRESS_NOTES),
                    }
                    index += self.rng.randrange(10, 25)
                continue
            tally = self.tallies.get(plan.metric, [0] * len(self.days))
            for start, end in _periods(first, plan.first, stop, period):
                if period is MeasurePeriod.DAY and self.rng.random() < 0.4:
                    continue  # nobody logs every single day
                yield {
                    "goal_id": goal_id,
                    "day": first + dt.timedelta(days=end),
                    "value": sum(tally[start : end + 1]),
                    "note": "",
                }


def _periods(
    first: dt.date, start: int, stop: int, period: MeasurePeriod
) -> Iterator[tuple[int, int]]:
    """Complete days, ISO weeks or calendar months (as day indices) between start and stop."""
    index = start
    while index <= stop:
        date = first + dt.timedelta(days=index)
        if period is MeasurePeriod.DAY:
            yield index, index
            index += 1
            continue
        if period is MeasurePeriod.WEEK:
            end = index + (6 - date.weekday())
            begins_whole = date.weekday() == 0
        else:
            following = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end = index + (following - date).days - 1
            begins_whole = date.day == 1
        if end <= stop and begins_whole:
            yield index, end
        index = end + 1


# --- goals, rules, vision and check-ins for one scale -------------------------------------------


def _demo_goal_plans(count: int) -> list[GoalPlan]:
    """Seven goals over the demo year: most running, one achieved, one paused, one dropped."""

    def at(share: float | None) -> int | None:
        return None if share is None else min(count - 1, int(share * count))

    chosen = (  # template, set, ended, target date (as shares of the year), status
        (0, 0.0, None, None, GoalStatus.ACTIVE),
        (1, 0.04, None, None, GoalStatus.ACTIVE),
        (2, 0.08, None, None, GoalStatus.ACTIVE),
        (3, 0.05, 0.7, 0.7, GoalStatus.ACHIEVED),
        (4, 0.12, None, None, GoalStatus.ACTIVE),
        (6, 0.27, 0.86, None, GoalStatus.PAUSED),
        (7, 0.41, 0.55, 0.66, GoalStatus.DROPPED),
    )
    plans = []
    for template, set_at, ended_at, target, status in chosen:
        value, circle, metric, linked = GOAL_TEMPLATES[template]
        first = at(set_at) or 0
        plans.append(
            GoalPlan(
                replace(value, status=status),
                circle,
                first,
                at(ended_at),
                at(target),
                metric,
                linked,
            )
        )
    return plans


def _core_rules(circles: dict[str, int]) -> tuple[RuleInput, ...]:
    """One rule of each kind: the person's own boundaries."""
    return (
        RuleInput(
            "45 minutes of AI a day",
            BudgetParams(minutes=45, period=BudgetPeriod.DAY),
            rationale="Enough for real help at work and at home. Beyond that I am usually "
            "avoiding something, or someone.",
        ),
        RuleInput(
            "No AI on weeknights after nine",
            CurfewParams(windows=(TimeWindow(21 * 60, 7 * 60),), weekdays=frozenset(range(5))),
            severity=Severity.FIRM,
            rationale="Late-night chats replace sleep and talking to Lucía. What can't wait "
            "until morning goes on paper.",
        ),
        RuleInput(
            "Family hears my own words",
            NoMediationParams(
                circle_id=circles[FAMILY],
                mediations=frozenset({Mediation.AI_DRAFTED, Mediation.AI_REPLIED}),
            ),
            severity=Severity.FIRM,
            rationale="Polishing or translating is fine; letting AI write to my parents is not.",
        ),
        RuleInput(
            "Tell colleagues when AI helped",
            DisclosureParams(circle_id=circles[COLLEAGUES]),
            rationale="The team should never have to guess who wrote what.",
        ),
        RuleInput(
            "Not for emotional support",
            PurposeLimitParams(purpose=P.EMOTIONAL_SUPPORT),
            rationale="When I am low I talk to Lucía or call Tom, even when it is harder.",
        ),
        RuleInput(
            "Mostly my own words to Lucía",
            MediationShareParams(circle_id=circles[PARTNER], max_percent=25),
            rationale="A quick translation or a tidy-up now and then; the rest is mine.",
        ),
    )


def _vision_revisions(count: int) -> list[Vision]:
    """A first sketch, then the full vision, reviewed now and then."""
    full = Vision(_PERSONAL, _PROFESSIONAL)
    revisions = [Vision(_PERSONAL_SHORT, _PROFESSIONAL_SHORT)]
    for number in range(1, count - 1):
        horizon = f"{_PERSONAL.horizon}\n\nReviewed for the {number}. time; still true."
        revisions.append(replace(full, personal=replace(_PERSONAL, horizon=horizon)))
    revisions.append(full)
    return revisions


def _mood_of_week(days: Sequence[_Day]) -> str:
    if any(day.story > 0.3 for day in days):
        return "slipping"
    moods = [day.mood for day in days]
    if moods.count("quiet") >= 3:
        return "quiet"
    if moods.count("busy") >= 3:
        return "busy"
    return "steady"


#: The demo journal: a year of one plausible person's life.
DEMO: Final = Scale(
    uses_per_year=1_450,
    connections_per_year=1_100,
    minutes_factor=1.0,
    checkin_share=0.85,
    goal_plans=lambda period: _demo_goal_plans(period.count),
    later_rules=lambda _period, _core: [],
    vision_revisions=lambda _years: 2,
)


# --- writing --------------------------------------------------------------------------------------


def _insert_chunks(conn: Connection, table: type[Base], rows: Iterator[dict[str, Any]]) -> int:
    """executemany in chunks, so a hundred thousand rows never sit in memory at once."""
    written = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK_ROWS:
            conn.execute(insert(table), chunk)
            written += len(chunk)
            chunk = []
    if chunk:
        conn.execute(insert(table), chunk)
        written += len(chunk)
    return written


def _next_id(conn: Connection, column: Any) -> int:
    return int(conn.scalar(select(func.coalesce(func.max(column), 0))) or 0) + 1


def _default_prompts(conn: Connection) -> list[int]:
    """Ids of the five default prompts, creating those the journal does not have yet."""
    ids = []
    for position, text in enumerate(DEFAULT_PROMPTS):
        prompt_id = conn.scalar(
            select(PromptRow.id).where(PromptRow.text == text, PromptRow.is_default)
        )
        if prompt_id is None:
            result = conn.execute(
                insert(PromptRow)
                .values(text=text, is_default=True, position=position, retired_at=None)
                .returning(PromptRow.id)
            )
            prompt_id = result.scalar_one()
        ids.append(prompt_id)
    return ids


def generate(
    journal: Journal,
    *,
    end: dt.date,
    years: float = 1.0,
    scale: Scale = DEMO,
    seed: int = 7,
) -> SampleSummary:
    """Fill an empty journal with `years` of sample life ending on the journal day `end`.

    Raises ValueError for a period of less than a day, or a journal that already holds
    circles, tools or uses (sample data never mixes with a person's own).
    """
    density = scale
    count = round(years * 365.25)
    if count < 1:
        raise ValueError("generate at least one day")
    if journal.circles() or journal.tools() or journal.count_uses():
        raise ValueError("sample data goes into an empty journal; this one has entries")
    rng = random.Random(seed)
    settings = journal.settings()
    first = end - dt.timedelta(days=count - 1)
    days = _plan_days(rng, first, count)

    def moment(index: int, minute_of_day: int) -> dt.datetime:
        return _at(first + dt.timedelta(days=min(index, count - 1)), minute_of_day)

    # The small things through the facade, so they are validated; their times are backdated
    # below, because the facade stamps everything with the journal's "now".
    circle_ids = {c.name: journal.save_circle(c).id for c in _CIRCLES}
    tool_ids = {t.name: journal.save_tool(t).id for t in _TOOLS}

    revision_count = density.vision_revisions(years)
    revisions = [
        (journal.save_vision(vision).id, 0 if n == 0 else int(n * count / revision_count))
        for n, vision in enumerate(_vision_revisions(revision_count))
    ]

    period = Period(rng, first, count, years, circle_ids, tool_ids)
    plans = density.goal_plans(period)
    goal_plans = []
    for plan in plans:
        value = replace(plan.value, circle_id=circle_ids[plan.circle] if plan.circle else None)
        if plan.target is not None:
            value = replace(value, target_date=first + dt.timedelta(days=plan.target))
        title = value.title
        if density.dated_goal_titles:
            title = f"{title} ({days[plan.first].date.year})"
        goal_plans.append((journal.save_goal(replace(value, title=title)).id, plan))

    rules: list[tuple[int, int]] = []  # id, day index it was set
    core = [journal.save_rule(rule).id for rule in _core_rules(circle_ids)]
    rules.extend((rule_id, 0) for rule_id in core)
    for rule, set_at in density.later_rules(period, len(core)):
        rules.append((journal.save_rule(rule).id, set_at))

    generator = _Generator(
        rng=rng,
        density=density,
        years=years,
        days=days,
        day_start_hour=settings.day_start_hour,
        circle_ids=circle_ids,
        tool_ids=tool_ids,
        curfew_rule_id=core[1],
        family_rule_id=core[2],
        goal_plans=goal_plans,
    )

    with journal.engine.begin() as conn:
        # Written past the journal's sessions: a window open on it must re-read everything.
        record_everything(conn)
        setup = moment(0, 8 * 60)
        conn.execute(update(CircleRow).values(created_at=setup))
        conn.execute(update(AiToolRow).values(created_at=setup))
        for revision_id, index in revisions:
            conn.execute(
                update(VisionRevisionRow)
                .where(VisionRevisionRow.id == revision_id)
                .values(saved_at=moment(index, 21 * 60 + 15))
            )
        for goal_id, plan in goal_plans:
            conn.execute(
                update(GoalRow)
                .where(GoalRow.id == goal_id)
                .values(created_at=moment(plan.first, 20 * 60 + 40))
            )
        for rule_id, index in rules:
            conn.execute(
                update(RuleRow).where(RuleRow.id == rule_id).values(created_at=moment(index, 510))
            )

        uses = _insert_chunks(conn, AiUseRow, generator.uses(_next_id(conn, AiUseRow.id)))
        connections = _insert_chunks(
            conn, ConnectionRow, generator.connections(_next_id(conn, ConnectionRow.id))
        )
        progress = _insert_chunks(conn, ProgressRow, generator.progress())
        notes = _insert_chunks(conn, BreachNoteRow, iter(generator.breach_notes))
        checkins = _write_checkins(
            conn, rng, days, settings.week_start, round(52 * years), density, goal_plans, rules
        )

    return SampleSummary(
        first_day=first,
        last_day=end,
        circles=len(circle_ids),
        tools=len(tool_ids),
        vision_revisions=len(revisions),
        goals=len(goal_plans),
        progress_entries=progress,
        rules=len(rules),
        uses=uses,
        connections=connections,
        breach_notes=notes,
        checkins=checkins,
        ai_minutes=generator.ai_minutes,
    )


def _write_checkins(
    conn: Connection,
    rng: random.Random,
    days: list[_Day],
    first_weekday: WeekStart,
    whole_total: int,
    density: Scale,
    goal_plans: list[tuple[int, GoalPlan]],
    rules: list[tuple[int, int]],
) -> int:
    """One completed check-in for most (a share) or all whole weeks of the period."""
    first, count = days[0].date, len(days)
    starts = sorted(
        {
            week_start(day.date, first_weekday)
            for day in days
            if week_start(day.date, first_weekday) >= first
        }
    )
    weeks = [(start - first).days for start in starts if (start - first).days + 6 < count]
    if density.checkin_share >= 1.0:
        # Exactly 52 a year: the most recent whole weeks.
        weeks = weeks[-whole_total:] if whole_total > 0 else []
    prompt_ids = _default_prompts(conn)
    checkin_id = _next_id(conn, CheckInRow.id)
    checkins: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    adjustments: list[dict[str, Any]] = []
    for number, index in enumerate(weeks):
        # A streak with a few gaps, but the latest weeks are always done.
        if len(weeks) - number > 4 and rng.random() >= density.checkin_share:
            continue
        mood = _mood_of_week(days[index : index + 7])
        connection, reliance, alignment = (rng.choice(r) for r in _RATINGS[mood])
        completed_at = _at(first + dt.timedelta(days=index + 6), 18 * 60 + rng.randrange(150))
        checkins.append(
            {
                "id": checkin_id,
                "week_start": first + dt.timedelta(days=index),
                "status": CheckInStatus.COMPLETED,
                "facts_json": "{}",
                "rating_connection": connection,
                "rating_reliance": reliance,
                "rating_alignment": alignment,
                "completed_at": completed_at,
                "updated_at": completed_at,
            }
        )
        for prompt_id, choices in zip(prompt_ids, _ANSWERS[mood], strict=True):
            answers.append(
                {"checkin_id": checkin_id, "prompt_id": prompt_id, "text": rng.choice(choices)}
            )
        # Goals and rules set during the week were decided in its check-in.
        for goal_id, plan in goal_plans:
            if index <= plan.first < index + 7:
                adjustments.append(_adjustment(checkin_id, "goal", goal_id, "created", plan))
            is_paused = plan.value.status is GoalStatus.PAUSED
            if is_paused and plan.last is not None and index <= plan.last < index + 7:
                adjustments.append(_adjustment(checkin_id, "goal", goal_id, "paused", plan))
        for rule_id, set_at in rules:
            if set_at > 0 and index <= set_at < index + 7:
                adjustments.append(
                    {
                        "checkin_id": checkin_id,
                        "target": "rule",
                        "target_id": rule_id,
                        "action": "created",
                        "description": "Added a boundary rule.",
                    }
                )
        checkin_id += 1
    written = _insert_chunks(conn, CheckInRow, iter(checkins))
    _insert_chunks(conn, CheckInAnswerRow, iter(answers))
    _insert_chunks(conn, AdjustmentRow, iter(adjustments))
    return written


def _adjustment(
    checkin_id: int, target: str, target_id: int, action: str, plan: GoalPlan
) -> dict[str, Any]:
    verb = "Set a new goal" if action == "created" else "Paused the goal"
    return {
        "checkin_id": checkin_id,
        "target": target,
        "target_id": target_id,
        "action": action,
        "description": f"{verb}: {plan.value.title}",
    }
