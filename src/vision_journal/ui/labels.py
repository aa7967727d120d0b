"""Translated, human words for the core's enum values."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from vision_journal.core.records import (
    BudgetPeriod,
    ConnectionMode,
    Disclosure,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    RuleKind,
    Severity,
    Sphere,
    ToolKind,
    UsePurpose,
    VisionPurpose,
)


def label(value: StrEnum) -> str:
    """The translated label of an enum value."""
    # StrEnum members compare as their strings, so members of different enums that share a
    # value ("day", "week", "other") share one key: their labels must agree, and they do.
    texts: dict[StrEnum, str] = {
        Sphere.PERSONAL: QCoreApplication.translate("labels", "Personal"),
        Sphere.PROFESSIONAL: QCoreApplication.translate("labels", "Professional"),
        UsePurpose.DRAFT_MESSAGE: QCoreApplication.translate("labels", "Draft a message"),
        UsePurpose.EDIT_POLISH: QCoreApplication.translate("labels", "Edit or polish"),
        UsePurpose.TRANSLATE: QCoreApplication.translate("labels", "Translate"),
        UsePurpose.SUMMARISE: QCoreApplication.translate("labels", "Summarise"),
        UsePurpose.RELATIONSHIP_ADVICE: QCoreApplication.translate("labels", "Relationship advice"),
        UsePurpose.EMOTIONAL_SUPPORT: QCoreApplication.translate("labels", "Emotional support"),
        UsePurpose.PLANNING: QCoreApplication.translate("labels", "Planning"),
        UsePurpose.RESEARCH_LEARNING: QCoreApplication.translate("labels", "Research and learning"),
        UsePurpose.WORK_TASK: QCoreApplication.translate("labels", "Work task"),
        UsePurpose.CREATIVE: QCoreApplication.translate("labels", "Creative"),
        Mediation.NONE: QCoreApplication.translate("labels", "No message"),
        Mediation.AI_DRAFTED: QCoreApplication.translate("labels", "AI drafted"),
        Mediation.AI_EDITED: QCoreApplication.translate("labels", "AI edited"),
        Mediation.AI_TRANSLATED: QCoreApplication.translate("labels", "AI translated"),
        Mediation.AI_REPLIED: QCoreApplication.translate("labels", "AI replied for me"),
        Disclosure.YES: QCoreApplication.translate("labels", "Disclosed"),
        Disclosure.NO: QCoreApplication.translate("labels", "Not disclosed"),
        Disclosure.NOT_APPLICABLE: QCoreApplication.translate("labels", "Not applicable"),
        ToolKind.CHAT_ASSISTANT: QCoreApplication.translate("labels", "Chat assistant"),
        ToolKind.WRITING_ASSISTANT: QCoreApplication.translate("labels", "Writing assistant"),
        ToolKind.COMPANION: QCoreApplication.translate("labels", "Companion"),
        ToolKind.MEETING_TRANSCRIPTION: QCoreApplication.translate(
            "labels", "Meeting and transcription"
        ),
        ToolKind.CODING: QCoreApplication.translate("labels", "Coding"),
        ToolKind.SEARCH: QCoreApplication.translate("labels", "Search"),
        ToolKind.OTHER: QCoreApplication.translate("labels", "Other"),
        ConnectionMode.IN_PERSON: QCoreApplication.translate("labels", "In person"),
        ConnectionMode.CALL: QCoreApplication.translate("labels", "Call"),
        ConnectionMode.VIDEO: QCoreApplication.translate("labels", "Video"),
        ConnectionMode.MESSAGE: QCoreApplication.translate("labels", "Message I wrote myself"),
        GoalKind.ACHIEVE: QCoreApplication.translate("labels", "At least (achieve)"),
        GoalKind.LIMIT: QCoreApplication.translate("labels", "At most (limit)"),
        GoalStatus.ACTIVE: QCoreApplication.translate("labels", "Active"),
        GoalStatus.PAUSED: QCoreApplication.translate("labels", "Paused"),
        GoalStatus.ACHIEVED: QCoreApplication.translate("labels", "Achieved"),
        GoalStatus.DROPPED: QCoreApplication.translate("labels", "Dropped"),
        MeasureUnit.COUNT: QCoreApplication.translate("labels", "Times"),
        MeasureUnit.MINUTES: QCoreApplication.translate("labels", "Minutes"),
        MeasurePeriod.DAY: QCoreApplication.translate("labels", "per day"),
        MeasurePeriod.WEEK: QCoreApplication.translate("labels", "per week"),
        MeasurePeriod.MONTH: QCoreApplication.translate("labels", "per month"),
        Severity.NUDGE: QCoreApplication.translate("labels", "Nudge"),
        Severity.FIRM: QCoreApplication.translate("labels", "Firm line"),
        RuleKind.BUDGET: QCoreApplication.translate("labels", "Time budget"),
        RuleKind.CURFEW: QCoreApplication.translate("labels", "Curfew"),
        RuleKind.NO_MEDIATION: QCoreApplication.translate("labels", "No AI-mediated messages"),
        RuleKind.DISCLOSURE: QCoreApplication.translate("labels", "Disclose AI help"),
        RuleKind.PURPOSE_LIMIT: QCoreApplication.translate("labels", "Purpose limit"),
        RuleKind.MEDIATION_SHARE: QCoreApplication.translate("labels", "Mediation share"),
        BudgetPeriod.DAY: QCoreApplication.translate("labels", "per day"),
        BudgetPeriod.WEEK: QCoreApplication.translate("labels", "per week"),
        BudgetPeriod.ROLLING_7_DAYS: QCoreApplication.translate("labels", "in any 7 days"),
        VisionPurpose.EFFICIENCY: QCoreApplication.translate("labels", "Efficiency"),
        VisionPurpose.CONVENIENCE: QCoreApplication.translate("labels", "Convenience"),
        VisionPurpose.COMMUNICATION: QCoreApplication.translate("labels", "Enhanced communication"),
        VisionPurpose.LEARNING: QCoreApplication.translate("labels", "Learning"),
        VisionPurpose.CREATIVITY: QCoreApplication.translate("labels", "Creativity"),
        VisionPurpose.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return texts.get(value, value.value)


def found_by(sources: Sequence[str]) -> str:
    """ "ActivityWatch and your ChatGPT export": who found a use, each source once, translated."""
    words = {
        "chatgpt": QCoreApplication.translate("labels", "your ChatGPT export"),
        "claude": QCoreApplication.translate("labels", "your Claude export"),
        "manual": QCoreApplication.translate("labels", "your own log"),
        "json": QCoreApplication.translate("labels", "a data file"),
    }
    from vision_journal.core.capture.inbox import SOURCE_LABELS

    names = list(dict.fromkeys(words.get(s, SOURCE_LABELS.get(s, s)) for s in sources))
    if len(names) < 2:
        return "".join(names)
    return (
        QCoreApplication.translate("labels", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )
