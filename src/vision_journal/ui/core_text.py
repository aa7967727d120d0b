"""The core's English words, translated on the UI side (the core stays Qt-free).

Three kinds of text come from the core:

- validation messages (`FieldError.message`), English sentences that may hold a number or a
  list: `message()` matches them against the templates below, with ``%1``, ``%2`` standing
  for what varies, and returns the translated template filled with the same values;
- the balance index's facts (`balance.Fact`): a key and parameters, worded here by
  `fact_text()` from translatable templates instead of `Fact.english`;
- the names of the index's components and levels.

Everything is translated in the context "core". A message or fact this module does not know
is shown in English, so a new core message is never lost, only untranslated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from vision_journal.core.balance import ComponentKey, Fact, FactKey, Level
from vision_journal.core.checkins import DEFAULT_PROMPTS
from vision_journal.core.operations import Label
from vision_journal.core.records import GoalStatus
from vision_journal.ui.formatting import format_date, format_number
from vision_journal.ui.labels import label
from vision_journal.ui.translations import QT_TRANSLATE_NOOP

_CONTEXT = "core"


#: The core's validation messages (core/validation.py, circles.py, checkins.py,
#: settings_store.py) as templates: %1, %2 stand for the numbers or names in the message.
MESSAGE_TEMPLATES: tuple[str, ...] = (
    # What an import skips on purpose (core/imports/sessions.py).
    QT_TRANSLATE_NOOP("core", "system and tool messages"),
    QT_TRANSLATE_NOOP(
        "core", "hidden messages (custom instructions and context the service added)"
    ),
    QT_TRANSLATE_NOOP("core", "earlier versions of edited or regenerated messages"),
    QT_TRANSLATE_NOOP("core", "empty conversations"),
    QT_TRANSLATE_NOOP("core", "conversations that appear twice in the export"),
    QT_TRANSLATE_NOOP("core", "time in other apps and websites"),
    QT_TRANSLATE_NOOP("core", "time away from the keyboard"),
    QT_TRANSLATE_NOOP("core", "window switches without time spent"),
    QT_TRANSLATE_NOOP("core", "other kinds of ActivityWatch data (editors, input)"),
    QT_TRANSLATE_NOOP("core", "Enter a name."),
    QT_TRANSLATE_NOOP("core", "Keep the name under %1 characters."),
    QT_TRANSLATE_NOOP("core", "This text is %1 characters long; keep it under %2."),
    QT_TRANSLATE_NOOP("core", "This text contains characters that cannot be saved."),
    QT_TRANSLATE_NOOP("core", "Enter the minutes."),
    QT_TRANSLATE_NOOP("core", "Minutes must be more than 0."),
    QT_TRANSLATE_NOOP("core", "That is more than 24 hours; split it over several days."),
    QT_TRANSLATE_NOOP("core", "Choose a date from 1970 on."),
    QT_TRANSLATE_NOOP("core", "Choose a date at most a year ahead."),
    # The pause between background syncs (core/capture/sync.py).
    QT_TRANSLATE_NOOP("core", "Enter whole minutes from 1 to 1440 (a day), such as 5."),
    # A found session's start and minutes, corrected in the Inbox (core/capture/inbox.py).
    QT_TRANSLATE_NOOP("core", "This start is still to come; choose a time that has passed."),
    QT_TRANSLATE_NOOP("core", "With these minutes the session would end after now."),
    QT_TRANSLATE_NOOP("core", "Choose a tool from the list; this one does not exist."),
    QT_TRANSLATE_NOOP("core", "Choose a circle from the list; this one does not exist."),
    QT_TRANSLATE_NOOP("core", "Choose a goal from the list; this one does not exist."),
    QT_TRANSLATE_NOOP("core", "Choose a value from %1 to %2."),
    QT_TRANSLATE_NOOP("core", "The end is before the start."),
    QT_TRANSLATE_NOOP("core", "Choose every 1 to 3650 days, or no cadence."),
    QT_TRANSLATE_NOOP("core", "The source id is too long."),
    QT_TRANSLATE_NOOP("core", "Enter a title."),
    QT_TRANSLATE_NOOP("core", "Choose both what to count and over which period."),
    QT_TRANSLATE_NOOP("core", "Enter a target for the measure."),
    QT_TRANSLATE_NOOP("core", "The target cannot be negative."),
    QT_TRANSLATE_NOOP("core", "Progress cannot be negative."),
    QT_TRANSLATE_NOOP("core", "A budget needs more than 0 minutes."),
    QT_TRANSLATE_NOOP("core", "A budget can be at most 24 hours."),
    QT_TRANSLATE_NOOP("core", "Add at least one time window."),
    QT_TRANSLATE_NOOP("core", "A window must end at another time than it starts."),
    QT_TRANSLATE_NOOP("core", "Times must lie within the day."),
    QT_TRANSLATE_NOOP("core", "Choose at least one weekday."),
    QT_TRANSLATE_NOOP("core", "Choose at least one kind of AI help."),
    QT_TRANSLATE_NOOP("core", "Choose a share from 0 to 100 %."),
    QT_TRANSLATE_NOOP("core", "That name is already taken."),
    QT_TRANSLATE_NOOP("core", "This circle is used by %1; keep it."),
    QT_TRANSLATE_NOOP("core", "AI uses are logged with this tool; keep it."),
    QT_TRANSLATE_NOOP("core", "A budget rule is about this tool; keep it."),
    QT_TRANSLATE_NOOP("core", "Write the question."),
    QT_TRANSLATE_NOOP("core", "Choose a rating from 1 to 5."),
    QT_TRANSLATE_NOOP("core", "An adjustment is to a goal or a rule."),
    QT_TRANSLATE_NOOP("core", "An adjustment creates, changes or pauses."),
    QT_TRANSLATE_NOOP("core", "Choose an hour from 0 to 12."),
    QT_TRANSLATE_NOOP("core", "The Watch level must lie below Balanced."),
    QT_TRANSLATE_NOOP("core", "Weights must be 0 or more, and not all 0."),
    QT_TRANSLATE_NOOP("core", "Choose a weekday and a time of day."),
    QT_TRANSLATE_NOOP("core", "Say why this use does not count."),
)

#: Words the core puts into a message's list (what still uses a circle).
MESSAGE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "connections"),
    QT_TRANSLATE_NOOP("core", "AI uses"),
    QT_TRANSLATE_NOOP("core", "goals"),
    QT_TRANSLATE_NOOP("core", "boundary rules"),
)

#: The default check-in questions (core/checkins.py), shown translated while unchanged.
PROMPT_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "What went well this week?"),
    QT_TRANSLATE_NOOP("core", "Where did AI help a relationship?"),
    QT_TRANSLATE_NOOP("core", "Where did AI get in the way?"),
    QT_TRANSLATE_NOOP("core", "Any concerns?"),
    QT_TRANSLATE_NOOP("core", "What will you adjust next week?"),
)

#: The names of the core's operations (core/operations/), as the Edit menu shows them.
STEP_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Import %1 AI-use sessions"),
    QT_TRANSLATE_NOOP("core", "Import %1 records of data"),
    QT_TRANSLATE_NOOP("core", "Log AI use"),
    QT_TRANSLATE_NOOP("core", "Confirm found sessions (%1)"),
    QT_TRANSLATE_NOOP("core", "Dismiss found sessions (%1)"),
    QT_TRANSLATE_NOOP("core", "Edit AI use"),
    QT_TRANSLATE_NOOP("core", "Delete AI use"),
    QT_TRANSLATE_NOOP("core", "Log connection"),
    QT_TRANSLATE_NOOP("core", "Edit connection"),
    QT_TRANSLATE_NOOP("core", "Delete connection"),
    QT_TRANSLATE_NOOP("core", "New goal “%1”"),
    QT_TRANSLATE_NOOP("core", "Edit goal “%1”"),
    QT_TRANSLATE_NOOP("core", "Delete goal “%1”"),
    QT_TRANSLATE_NOOP("core", "Mark “%1” as %2"),
    QT_TRANSLATE_NOOP("core", "Add progress to “%1”"),
    QT_TRANSLATE_NOOP("core", "Remove progress from “%1”"),
    QT_TRANSLATE_NOOP("core", "New circle “%1”"),
    QT_TRANSLATE_NOOP("core", "Edit circle “%1”"),
    QT_TRANSLATE_NOOP("core", "Delete circle “%1”"),
    QT_TRANSLATE_NOOP("core", "New AI tool “%1”"),
    QT_TRANSLATE_NOOP("core", "Edit AI tool “%1”"),
    QT_TRANSLATE_NOOP("core", "Delete AI tool “%1”"),
    QT_TRANSLATE_NOOP("core", "Add starter set"),
    QT_TRANSLATE_NOOP("core", "New rule"),
    QT_TRANSLATE_NOOP("core", "Edit rule"),
    QT_TRANSLATE_NOOP("core", "Pause rule"),
    QT_TRANSLATE_NOOP("core", "Resume rule"),
    QT_TRANSLATE_NOOP("core", "Delete rule"),
    QT_TRANSLATE_NOOP("core", "Keep a reason"),
    QT_TRANSLATE_NOOP("core", "Save the vision"),
    QT_TRANSLATE_NOOP("core", "Change settings"),
    QT_TRANSLATE_NOOP("core", "Guided setup"),
    QT_TRANSLATE_NOOP("core", "Complete check-in of %1"),
    QT_TRANSLATE_NOOP("core", "Reopen check-in of %1"),
    QT_TRANSLATE_NOOP("core", "Record adjustment"),
    QT_TRANSLATE_NOOP("core", "Add question"),
    QT_TRANSLATE_NOOP("core", "Reorder questions"),
    QT_TRANSLATE_NOOP("core", "Retire question"),
    QT_TRANSLATE_NOOP("core", "Import %1 sessions from %2"),
    QT_TRANSLATE_NOOP("core", "Import %1 sessions"),
)

#: Longest name a step's text shows in full.
MAX_NAME_IN_STEP = 40

_NUMBER = re.compile(r"-?\d[\d,]*")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _fill(template: str, *values: str) -> str:
    # Highest number first, so %1 does not eat the start of %10.
    for i in range(len(values), 0, -1):
        template = template.replace(f"%{i}", values[i - 1])
    return template


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"%\d", template)
    return re.compile("(.+?)".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


def _value(text: str) -> str:
    """A captured value in the person's words: a number in the locale, a list word by word."""
    if _NUMBER.fullmatch(text):
        return format_number(int(text.replace(",", "")))
    words = text.split(", ")
    if all(w in MESSAGE_WORDS for w in words):
        return QCoreApplication.translate("rules", ", ").join(_t(w) for w in words)
    return text


def message(text: str) -> str:
    """A core validation message in the person's language (English when unknown)."""
    for template in MESSAGE_TEMPLATES:
        if "%" not in template:
            if text == template:
                return _t(template)
            continue
        found = _pattern(template).match(text)
        if found is not None:
            return _fill(_t(template), *(_value(v) for v in found.groups()))
    return text


def _step_value(value: str | int | dt.date) -> str:
    if isinstance(value, GoalStatus):
        return label(value).lower()  # "Mark “Read more” as paused"
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int):
        return format_number(value)
    text = " ".join(value.split())
    return text if len(text) <= MAX_NAME_IN_STEP else text[: MAX_NAME_IN_STEP - 1] + "…"


def step_text(name: Label) -> str:
    """The name of an undo step in the person's language: "Delete goal “Read more”"."""
    return _fill(_t(name.template), *(_step_value(v) for v in name.values))


def prompt_text(text: str) -> str:
    """A check-in question: a default one translated, the person's own as written."""
    return _t(text) if text in DEFAULT_PROMPTS else text


def component_name(key: ComponentKey) -> str:
    """The translated name of an index component."""
    names = {
        ComponentKey.BUDGET: QCoreApplication.translate("core", "Budget adherence"),
        ComponentKey.AUTHORSHIP: QCoreApplication.translate("core", "Human authorship"),
        ComponentKey.BOUNDARIES: QCoreApplication.translate("core", "Boundary keeping"),
        ComponentKey.CONNECTION: QCoreApplication.translate("core", "Connection balance"),
        ComponentKey.SELF_RATING: QCoreApplication.translate("core", "Self-rating"),
    }
    return names[key]


def level_name(level: Level) -> str:
    """The translated name of an index level."""
    names = {
        Level.BALANCED: QCoreApplication.translate("core", "Balanced"),
        Level.WATCH: QCoreApplication.translate("core", "Watch"),
        Level.OVER_RELIANT: QCoreApplication.translate("core", "Over-reliant"),
    }
    return names[level]


def _weekday(value: object) -> str:
    # The core counts Monday as 0; QLocale as 1.
    return QLocale().dayName(int(str(value)) + 1, QLocale.FormatType.LongFormat)


def _num(value: object) -> str:
    if isinstance(value, int | float):
        return format_number(value)
    return str(value)


def _week(value: object) -> str:
    try:
        return format_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _budget_use(p: dict[str, object]) -> str:
    templates = {
        "day": QCoreApplication.translate(
            "core", "%1: you used AI for %2 min that day, against a budget of %3 min"
        ),
        "week": QCoreApplication.translate(
            "core", "%1: you used AI for %2 min so far that week, against a budget of %3 min"
        ),
    }
    template = templates.get(
        str(p["period"]),
        QCoreApplication.translate(
            "core", "%1: you used AI for %2 min over 7 days, against a budget of %3 min"
        ),
    )
    return _fill(template, str(p["rule"]), _num(p["used"]), _num(p["budget"]))


def _circle_messages(p: dict[str, object]) -> str:
    if p["messages"] == 1:
        template = QCoreApplication.translate("core", "%1 of 1 message to %2 was AI-mediated")
        return _fill(template, _num(p["mediated"]), str(p["circle"]))
    template = QCoreApplication.translate("core", "%1 of %2 messages to %3 were AI-mediated")
    return _fill(template, _num(p["mediated"]), _num(p["messages"]), str(p["circle"]))


def _rule_days(p: dict[str, object]) -> str:
    if _is_week(p):
        text = QCoreApplication.translate(
            "core", "%1 of %n rule-day(s) this week had a breach", "", _n(p["rule_days"])
        )
    else:
        text = QCoreApplication.translate(
            "core", "%1 of %n rule-day(s) had a breach", "", _n(p["rule_days"])
        )
    return _fill(text, _num(p["breached"]))


def _not_enough(p: dict[str, object]) -> str:
    if p["days"] == 1:
        return _fill(
            QCoreApplication.translate(
                "core", "Not enough data yet: 1 day with entries, %1 needed"
            ),
            _num(p["needed"]),
        )
    template = QCoreApplication.translate(
        "core", "Not enough data yet: %1 days with entries, %2 needed"
    )
    return _fill(template, _num(p["days"]), _num(p["needed"]))


def _change(p: dict[str, object], key: FactKey) -> str:
    last_week = p["compared_to"] == "last_week"
    templates = {
        FactKey.CHANGE_MORE: (
            QCoreApplication.translate("core", "%1 % more AI time than the same days last week"),
            QCoreApplication.translate("core", "%1 % more AI time than the 7 days before"),
        ),
        FactKey.CHANGE_LESS: (
            QCoreApplication.translate("core", "%1 % less AI time than the same days last week"),
            QCoreApplication.translate("core", "%1 % less AI time than the 7 days before"),
        ),
        FactKey.CHANGE_SAME: (
            QCoreApplication.translate("core", "About the same AI time as the same days last week"),
            QCoreApplication.translate("core", "About the same AI time as the 7 days before"),
        ),
        FactKey.CHANGE_NEW: (
            QCoreApplication.translate(
                "core", "%1 min of AI time, none on the same days last week"
            ),
            QCoreApplication.translate("core", "%1 min of AI time, none in the 7 days before"),
        ),
        FactKey.CHANGE_NONE: (
            QCoreApplication.translate(
                "core", "No AI time so far this week or on the same days last week"
            ),
            QCoreApplication.translate("core", "No AI time in these 7 days or the 7 days before"),
        ),
    }
    template = templates[key][0 if last_week else 1]
    value = p.get("percent") if key in (FactKey.CHANGE_MORE, FactKey.CHANGE_LESS) else None
    return _fill(template, _num(value if value is not None else p.get("minutes", "")))


def _n(value: object) -> int:
    return int(str(value))


def _is_week(p: dict[str, object]) -> bool:
    return p.get("period") == "week"


def _week_budget_days(p: dict[str, object]) -> str:
    days = QCoreApplication.translate(
        "core", "This week: %1 % adherence, the mean of its %n day(s) so far", "", _n(p["days"])
    )
    over = int(str(p["over_days"]))
    if over == 0:
        went = QCoreApplication.translate("core", "none went over budget")
    else:
        went = QCoreApplication.translate("core", "%n went over budget", "", _n(over))
    return _fill(days, _num(p["percent"])) + "; " + went


def _over_or_within(over: object) -> str:
    if int(str(over)) == 0:
        return QCoreApplication.translate("core", "within")
    return _fill(QCoreApplication.translate("core", "%1 min over"), _num(over))


def _week_day_budget(p: dict[str, object]) -> str:
    templates = {
        "day": QCoreApplication.translate(
            "core", "%1: %2, %3 min that day against %4 min (%5, %6 %)"
        ),
        "week": QCoreApplication.translate(
            "core", "%1: %2, %3 min so far that week against %4 min (%5, %6 %)"
        ),
    }
    template = templates.get(
        str(p["period"]),
        QCoreApplication.translate("core", "%1: %2, %3 min over 7 days against %4 min (%5, %6 %)"),
    )
    return _fill(
        template,
        _weekday(p["weekday"]),
        str(p["rule"]),
        _num(p["used"]),
        _num(p["budget"]),
        _over_or_within(p["over"]),
        _num(p["percent"]),
    )


def _week_day_baseline(p: dict[str, object]) -> str:
    return _fill(
        QCoreApplication.translate("core", "%1: %2 min against your usual %3 min (%4, %5 %)"),
        _weekday(p["weekday"]),
        _num(p["used"]),
        _num(p["usual"]),
        _over_or_within(p["over"]),
        _num(p["percent"]),
    )


def _neutral_left_out(p: dict[str, object]) -> str:
    if _is_week(p):
        text = QCoreApplication.translate(
            "core",
            "%n use(s) marked as not counting (%1 min) left out this week",
            "",
            _n(p["uses"]),
        )
    else:
        text = QCoreApplication.translate(
            "core",
            "%n use(s) marked as not counting (%1 min) left out in the last 7 days",
            "",
            _n(p["uses"]),
        )
    return _fill(text, _num(p["minutes"]))


def fact_text(item: Fact) -> str:
    """A balance fact as a sentence in the person's language (`Fact.english` when unknown)."""
    p: dict[str, object] = dict(item.params)
    key = item.key
    simple: dict[FactKey, Callable[[], str]] = {
        FactKey.BUDGET_USE: lambda: _budget_use(p),
        FactKey.BASELINE_USE: lambda: _fill(
            QCoreApplication.translate(
                "core", "You used AI for %1 min; your usual for a %2 is %3 min"
            ),
            _num(p["used"]),
            _weekday(p["weekday"]),
            _num(p["usual"]),
        ),
        FactKey.NO_BASELINE: lambda: _fill(
            QCoreApplication.translate("core", "No usual amount for a %1 yet, and no budget rule"),
            _weekday(p["weekday"]),
        ),
        FactKey.BUDGET_SMOOTHED: lambda: _fill(
            QCoreApplication.translate(
                "core", "%1 % adherence on this day, %2 % over recent days (recent days weigh more)"
            ),
            _num(p["day"]),
            _num(p["smoothed"]),
        ),
        FactKey.NO_BUDGET_DATA: lambda: QCoreApplication.translate(
            "core", "No budget rule and no usual amount to compare with yet"
        ),
        FactKey.CIRCLE_MESSAGES: lambda: _circle_messages(p),
        FactKey.PROTECTED_DOUBLE: lambda: _fill(
            QCoreApplication.translate("core", "Messages to protected circles (%1) count double"),
            str(p["circles"]),
        ),
        FactKey.NO_MESSAGES: lambda: (
            QCoreApplication.translate("core", "No messages to people this week")
            if _is_week(p)
            else QCoreApplication.translate("core", "No messages to people in the last 7 days")
        ),
        FactKey.RULE_DAYS: lambda: _rule_days(p),
        FactKey.NO_RULES: lambda: QCoreApplication.translate("core", "No active boundary rules"),
        FactKey.CONNECTION_MINUTES: lambda: _fill(
            QCoreApplication.translate(
                "core",
                "%1 min with people and %2 min of AI for companionship or relationship "
                "advice this week",
            )
            if _is_week(p)
            else QCoreApplication.translate(
                "core",
                "%1 min with people and %2 min of AI for companionship or relationship "
                "advice in the last 7 days",
            ),
            _num(p["direct"]),
            _num(p["companionship"]),
        ),
        FactKey.NO_CONNECTION_MINUTES: lambda: (
            QCoreApplication.translate(
                "core", "No time with people and no AI companionship this week"
            )
            if _is_week(p)
            else QCoreApplication.translate(
                "core", "No time with people and no AI companionship in the last 7 days"
            )
        ),
        FactKey.WEEK_BUDGET_DAYS: lambda: _week_budget_days(p),
        FactKey.WEEK_DAY_BUDGET: lambda: _week_day_budget(p),
        FactKey.WEEK_DAY_BASELINE: lambda: _week_day_baseline(p),
        FactKey.NEUTRAL_LEFT_OUT: lambda: _neutral_left_out(p),
        FactKey.RELIANCE_RATING: lambda: _fill(
            QCoreApplication.translate(
                "core", "You rated your reliance on AI %1 of 5 in the check-in of the week of %2"
            ),
            _num(p["reliance"]),
            _week(p["week"]),
        ),
        FactKey.NO_CHECK_IN: lambda: QCoreApplication.translate(
            "core", "No completed check-in yet"
        ),
        FactKey.NOT_ENOUGH_DATA: lambda: _not_enough(p),
    }
    if key in simple:
        return simple[key]()
    if key.name.startswith("CHANGE_"):
        return _change(p, key)
    return item.english
