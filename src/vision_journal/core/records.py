"""Frozen records handed to callers of the core, the domain enums, and the input shapes.

The UI and the command line only ever see these: never ORM objects or sessions. Inputs
(`...Input`) carry what a person typed; records carry what the journal holds, with ids.
Times are local wall-clock times without a zone (`started_at`), as a person reads them; the
journal "day" of a time follows the day-start setting (04:00 by default).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

_In = TypeVar("_In")


def _input_of(record: object, kind: type[_In]) -> _In:
    """`kind` (an input dataclass) filled from the record's fields of the same names."""
    names = [f.name for f in fields(kind)]  # type: ignore[arg-type]
    values: dict[str, Any] = {n: getattr(record, n) for n in names if hasattr(record, n)}
    return kind(**values)


class Sphere(StrEnum):
    """The two areas of life a vision, circle or goal belongs to."""

    PERSONAL = "personal"
    PROFESSIONAL = "professional"


class VisionPurpose(StrEnum):
    """Why a person integrates AI at all."""

    EFFICIENCY = "efficiency"
    CONVENIENCE = "convenience"
    COMMUNICATION = "communication"
    LEARNING = "learning"
    CREATIVITY = "creativity"
    OTHER = "other"


class ToolKind(StrEnum):
    """What kind of AI tool a tool is."""

    CHAT_ASSISTANT = "chat_assistant"
    WRITING_ASSISTANT = "writing_assistant"
    COMPANION = "companion"
    MEETING_TRANSCRIPTION = "meeting_transcription"
    CODING = "coding"
    SEARCH = "search"
    OTHER = "other"


class UsePurpose(StrEnum):
    """What an AI use was for."""

    DRAFT_MESSAGE = "draft_message"
    EDIT_POLISH = "edit_polish"
    TRANSLATE = "translate"
    SUMMARISE = "summarise"
    RELATIONSHIP_ADVICE = "relationship_advice"
    EMOTIONAL_SUPPORT = "emotional_support"
    PLANNING = "planning"
    RESEARCH_LEARNING = "research_learning"
    WORK_TASK = "work_task"
    CREATIVE = "creative"


#: Purposes whose minutes count as "companionship" in the connection balance.
COMPANIONSHIP_PURPOSES = frozenset({UsePurpose.EMOTIONAL_SUPPORT, UsePurpose.RELATIONSHIP_ADVICE})


class Mediation(StrEnum):
    """How far AI stood between a person and the recipient of a message."""

    NONE = "none"
    AI_DRAFTED = "ai_drafted"
    AI_EDITED = "ai_edited"
    AI_TRANSLATED = "ai_translated"
    AI_REPLIED = "ai_replied"


#: The mediation kinds that make a message AI-mediated.
MEDIATED_KINDS = frozenset(m for m in Mediation if m is not Mediation.NONE)


class Disclosure(StrEnum):
    """Whether the recipient was told that AI was involved."""

    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"


class UseSource(StrEnum):
    """Where an AI use came from."""

    MANUAL = "manual"
    CHATGPT = "chatgpt"
    CLAUDE = "claude"
    ACTIVITYWATCH = "activitywatch"
    JSON = "json"
    #: Found by capture (a live ActivityWatch or a browser history) and confirmed in the
    #: inbox; which sources found it is kept in `found_source`.
    CAPTURE = "capture"


class NeutralReason(StrEnum):
    """Why an AI use does not count toward balance (it stays visible everywhere)."""

    ACCESSIBILITY = "accessibility"
    TRANSLATION = "translation"
    OTHER = "other"


class MeasureSource(StrEnum):
    """Where a measured goal takes its progress from: what is logged, not typed by hand."""

    AI_USE = "ai_use"
    CONNECTION = "connection"


class ConnectionMode(StrEnum):
    """How a human moment happened."""

    IN_PERSON = "in_person"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"


class GoalKind(StrEnum):
    """`achieve`: at least the target; `limit`: at most the target."""

    ACHIEVE = "achieve"
    LIMIT = "limit"


class MeasureUnit(StrEnum):
    """What a goal's measure counts."""

    COUNT = "count"
    MINUTES = "minutes"


class MeasurePeriod(StrEnum):
    """The period a goal's measure is counted over."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class GoalStatus(StrEnum):
    """Where a goal stands."""

    ACTIVE = "active"
    PAUSED = "paused"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Severity(StrEnum):
    """A nudge only informs; a firm rule asks for a reason when it is broken."""

    NUDGE = "nudge"
    FIRM = "firm"


class RuleKind(StrEnum):
    """The six kinds of boundary rule."""

    BUDGET = "budget"
    CURFEW = "curfew"
    NO_MEDIATION = "no_mediation"
    DISCLOSURE = "disclosure"
    PURPOSE_LIMIT = "purpose_limit"
    MEDIATION_SHARE = "mediation_share"


class BudgetPeriod(StrEnum):
    """The period a budget counts minutes over."""

    DAY = "day"
    WEEK = "week"
    ROLLING_7_DAYS = "rolling_7_days"


class WeekStart(StrEnum):
    """Weeks start on Monday (ISO) unless the person chooses Sunday."""

    MONDAY = "monday"
    SUNDAY = "sunday"


class UseSort(StrEnum):
    """Columns the AI-use list can be sorted by."""

    STARTED_AT = "started_at"
    MINUTES = "minutes"
    TOOL = "tool"
    PURPOSE = "purpose"
    CIRCLE = "circle"
    MEDIATION = "mediation"


class CheckInStatus(StrEnum):
    """A check-in is a draft until completed; completing freezes its facts."""

    DRAFT = "draft"
    COMPLETED = "completed"


# --- Circles and tools -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CircleInput:
    """A circle as a person enters it."""

    name: str
    sphere: Sphere
    cadence_days: int | None = None
    is_protected: bool = False


@dataclass(frozen=True, slots=True)
class Circle:
    """A group of relationships (Partner, Family, Colleagues, ...)."""

    id: int
    name: str
    sphere: Sphere
    cadence_days: int | None
    is_protected: bool
    created_at: dt.datetime

    def as_input(self) -> CircleInput:
        """The input that would save this record as it is (to edit it, or to compare)."""
        return _input_of(self, CircleInput)


@dataclass(frozen=True, slots=True)
class AiToolInput:
    """An AI tool as a person enters it."""

    name: str
    kind: ToolKind
    retention_note: str = ""
    training_note: str = ""
    data_location_note: str = ""


@dataclass(frozen=True, slots=True)
class AiTool:
    """An AI tool with its privacy notes."""

    id: int
    name: str
    kind: ToolKind
    retention_note: str
    training_note: str
    data_location_note: str
    created_at: dt.datetime

    def as_input(self) -> AiToolInput:
        """The input that would save this record as it is (to edit it, or to compare)."""
        return _input_of(self, AiToolInput)


# --- Vision --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Commitment:
    """One part of the ethical framework: what the person commits to, and a note."""

    commitment: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Stakeholder:
    """Someone to share the vision with, what to share, their concerns and the answers."""

    name: str
    what_to_share: str = ""
    concerns: str = ""
    answers: str = ""


@dataclass(frozen=True, slots=True)
class SphereVision:
    """The vision for one sphere of life."""

    purposes: frozenset[VisionPurpose] = frozenset()
    purpose_statement: str = ""
    values: str = ""
    horizon: str = ""
    privacy: Commitment = Commitment()
    data_security: Commitment = Commitment()
    bias: Commitment = Commitment()
    stakeholders: tuple[Stakeholder, ...] = ()

    def is_empty(self) -> bool:
        """True when nothing at all has been written for this sphere."""
        return self == SphereVision()


@dataclass(frozen=True, slots=True)
class Vision:
    """The whole vision: one part per sphere."""

    personal: SphereVision = SphereVision()
    professional: SphereVision = SphereVision()

    def sphere(self, sphere: Sphere) -> SphereVision:
        """The part of the vision for `sphere`."""
        return self.personal if sphere is Sphere.PERSONAL else self.professional


@dataclass(frozen=True, slots=True)
class VisionRevision:
    """A saved version of the vision; the newest one is the current vision."""

    id: int
    saved_at: dt.datetime
    vision: Vision


# --- AI use and connections ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AiUseInput:
    """An AI use as a person logs it. Give `minutes`, or an `ended_at` to derive them."""

    started_at: dt.datetime
    minutes: int | None
    tool_id: int
    purpose: UsePurpose
    sphere: Sphere
    circle_id: int | None = None
    goal_id: int | None = None
    mediation: Mediation = Mediation.NONE
    disclosed: Disclosure = Disclosure.NOT_APPLICABLE
    planned_minutes: int | None = None
    feeling: int | None = None
    note: str = ""
    ended_at: dt.datetime | None = None
    source: UseSource = UseSource.MANUAL
    source_id: str | None = None
    neutral: NeutralReason | None = None
    neutral_note: str = ""


@dataclass(frozen=True, slots=True)
class AiUse:
    """One logged session of AI use."""

    id: int
    started_at: dt.datetime
    day: dt.date
    minutes: int
    tool_id: int
    purpose: UsePurpose
    sphere: Sphere
    circle_id: int | None
    goal_id: int | None
    mediation: Mediation
    disclosed: Disclosure
    planned_minutes: int | None
    feeling: int | None
    note: str
    source: UseSource
    source_id: str | None
    created_at: dt.datetime
    #: Set when the use does not count toward balance (budgets, shares, rules, the index).
    neutral: NeutralReason | None = None
    neutral_note: str = ""

    @property
    def is_neutral(self) -> bool:
        """True for a use marked as not counting toward balance."""
        return self.neutral is not None

    @property
    def is_mediated_message(self) -> bool:
        """True for an AI-mediated message to someone in a circle."""
        return self.circle_id is not None and self.mediation in MEDIATED_KINDS

    def as_input(self) -> AiUseInput:
        """The input that would save this record as it is (to edit it, or to compare)."""
        return _input_of(self, AiUseInput)


@dataclass(frozen=True, slots=True)
class ConnectionInput:
    """A human moment as a person logs it."""

    started_at: dt.datetime
    circle_id: int
    mode: ConnectionMode
    minutes: int | None
    quality: int = 3
    note: str = ""
    ended_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Connection:
    """A human moment without AI."""

    id: int
    started_at: dt.datetime
    day: dt.date
    circle_id: int
    mode: ConnectionMode
    minutes: int
    quality: int
    note: str
    created_at: dt.datetime

    def as_input(self) -> ConnectionInput:
        """The input that would save this record as it is (to edit it, or to compare)."""
        return _input_of(self, ConnectionInput)


@dataclass(frozen=True, slots=True)
class UseFilter:
    """What to show of the AI-use list.

    `text` matches tool name, circle name or note; `text_purposes` are the purposes whose
    (translated) label matched the text, which only the caller can know.
    """

    text: str = ""
    text_purposes: frozenset[UsePurpose] = frozenset()
    from_day: dt.date | None = None
    to_day: dt.date | None = None
    tool_id: int | None = None
    circle_id: int | None = None


# --- Goals -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalInput:
    """A goal as a person enters it."""

    title: str
    sphere: Sphere
    kind: GoalKind = GoalKind.ACHIEVE
    circle_id: int | None = None
    why: str = ""
    measure_unit: MeasureUnit | None = None
    measure_period: MeasurePeriod | None = None
    target_value: int | None = None
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    measure_source: MeasureSource | None = None
    measure_tool_id: int | None = None
    measure_purpose: UsePurpose | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    """Something a person wants to achieve, or to keep at most at a level."""

    id: int
    title: str
    sphere: Sphere
    kind: GoalKind
    circle_id: int | None
    why: str
    measure_unit: MeasureUnit | None
    measure_period: MeasurePeriod | None
    target_value: int | None
    target_date: dt.date | None
    status: GoalStatus
    created_at: dt.datetime
    #: Set for a goal measured from the journal (AI uses or connections, in `measure_unit`
    #: per `measure_period`, within `circle_id` and the tool and purpose given); None for a
    #: goal whose progress is entered by hand.
    measure_source: MeasureSource | None = None
    measure_tool_id: int | None = None
    measure_purpose: UsePurpose | None = None

    @property
    def is_measured(self) -> bool:
        """True when the goal's progress is read from the journal."""
        return self.measure_source is not None

    def as_input(self) -> GoalInput:
        """The input that would save this record as it is (to edit it, or to compare)."""
        return _input_of(self, GoalInput)


@dataclass(frozen=True, slots=True)
class ProgressInput:
    """A progress entry as a person enters it."""

    day: dt.date
    value: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    """One progress entry of a goal."""

    id: int
    goal_id: int
    day: dt.date
    value: int
    note: str


# --- Boundary rules ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetParams:
    """At most `minutes` of AI per period, optionally scoped; unused time may roll over."""

    minutes: int
    period: BudgetPeriod = BudgetPeriod.DAY
    tool_id: int | None = None
    purpose: UsePurpose | None = None
    sphere: Sphere | None = None
    circle_id: int | None = None
    has_rollover: bool = False

    kind = RuleKind.BUDGET


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """A time window in minutes after midnight; `end <= start` means it crosses midnight."""

    start_minute: int
    end_minute: int

    def crosses_midnight(self) -> bool:
        """True when the window ends on the next calendar day."""
        return self.end_minute <= self.start_minute


#: Weekdays as Python counts them: Monday is 0, Sunday is 6.
ALL_WEEKDAYS = frozenset(range(7))


@dataclass(frozen=True, slots=True)
class CurfewParams:
    """No AI in the windows; a window applies on the weekdays on which it starts."""

    windows: tuple[TimeWindow, ...]
    weekdays: frozenset[int] = ALL_WEEKDAYS

    kind = RuleKind.CURFEW


@dataclass(frozen=True, slots=True)
class NoMediationParams:
    """No messages to the circle mediated by AI in any of the chosen ways."""

    circle_id: int
    mediations: frozenset[Mediation] = MEDIATED_KINDS

    kind = RuleKind.NO_MEDIATION


@dataclass(frozen=True, slots=True)
class DisclosureParams:
    """AI-mediated messages to the circle must be disclosed."""

    circle_id: int

    kind = RuleKind.DISCLOSURE


@dataclass(frozen=True, slots=True)
class PurposeLimitParams:
    """No AI for the purpose, optionally only within a circle."""

    purpose: UsePurpose
    circle_id: int | None = None

    kind = RuleKind.PURPOSE_LIMIT


@dataclass(frozen=True, slots=True)
class MediationShareParams:
    """AI-mediated messages to the circle stay at or under `max_percent` over 7 days."""

    circle_id: int
    max_percent: int

    kind = RuleKind.MEDIATION_SHARE


RuleParams = (
    BudgetParams
    | CurfewParams
    | NoMediationParams
    | DisclosureParams
    | PurposeLimitParams
    | MediationShareParams
)


@dataclass(frozen=True, slots=True)
class RuleInput:
    """A boundary rule as a person enters it."""

    name: str
    params: RuleParams
    severity: Severity = Severity.NUDGE
    rationale: str = ""
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class BoundaryRule:
    """A boundary rule: its kind is the type of `params`."""

    id: int
    name: str
    params: RuleParams
    severity: Severity
    rationale: str
    is_active: bool
    created_at: dt.datetime

    @property
    def kind(self) -> RuleKind:
        """The rule's kind."""
        return self.params.kind

    def as_input(self) -> RuleInput:
        """The input that would save this record as it is (to edit it, or to compare)."""
        return _input_of(self, RuleInput)


@dataclass(frozen=True, slots=True)
class BreachNote:
    """A reason a person gave for breaking a firm rule."""

    id: int
    rule_id: int
    use_id: int | None
    day: dt.date
    reason: str
    created_at: dt.datetime


# --- Check-ins ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prompt:
    """A reflection question asked in check-ins; retired prompts keep their old answers."""

    id: int
    text: str
    is_default: bool
    position: int
    is_retired: bool


@dataclass(frozen=True, slots=True)
class CheckInAnswer:
    """The answer to one prompt in one check-in."""

    prompt_id: int
    text: str


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A change decided in a check-in: a goal or rule created, changed or paused."""

    target: str  # "goal" or "rule"
    target_id: int
    action: str  # "created", "changed" or "paused"
    description: str


@dataclass(frozen=True, slots=True)
class CheckIn:
    """The weekly check-in of the week starting `week_start`."""

    id: int
    week_start: dt.date
    status: CheckInStatus
    facts_json: str
    rating_connection: int | None
    rating_reliance: int | None
    rating_alignment: int | None
    answers: tuple[CheckInAnswer, ...]
    adjustments: tuple[Adjustment, ...]
    completed_at: dt.datetime | None
    updated_at: dt.datetime


# --- Settings ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the balance index components."""

    budget: float = 0.3
    authorship: float = 0.25
    boundaries: float = 0.2
    connection: float = 0.15
    self_rating: float = 0.1


@dataclass(frozen=True, slots=True)
class Settings:
    """Journal settings that change what the numbers mean; kept inside the journal."""

    week_start: WeekStart = WeekStart.MONDAY
    day_start_hour: int = 4
    balanced_threshold: int = 70
    watch_threshold: int = 40
    weights: Weights = field(default_factory=Weights)
    reminder_weekday: int = 6
    reminder_minute: int = 18 * 60
    has_completed_setup: bool = False
