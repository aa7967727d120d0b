"""Translated, human words for the core's enum values."""

from __future__ import annotations

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


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def label(value: StrEnum) -> str:
    """The translated label of an enum value."""
    # StrEnum members compare as their strings, so members of different enums that share a
    # value ("day", "week", "other") share one key: their labels must agree, and they do.
    texts: dict[StrEnum, str] = {
        Sphere.PERSONAL: _t("Personal"),
        Sphere.PROFESSIONAL: _t("Professional"),
        UsePurpose.DRAFT_MESSAGE: _t("Draft a message"),
        UsePurpose.EDIT_POLISH: _t("Edit or polish"),
        UsePurpose.TRANSLATE: _t("Translate"),
        UsePurpose.SUMMARISE: _t("Summarise"),
        UsePurpose.RELATIONSHIP_ADVICE: _t("Relationship advice"),
        UsePurpose.EMOTIONAL_SUPPORT: _t("Emotional support"),
        UsePurpose.PLANNING: _t("Planning"),
        UsePurpose.RESEARCH_LEARNING: _t("Research and learning"),
        UsePurpose.WORK_TASK: _t("Work task"),
        UsePurpose.CREATIVE: _t("Creative"),
        Mediation.NONE: _t("No message"),
        Mediation.AI_DRAFTED: _t("AI drafted"),
        Mediation.AI_EDITED: _t("AI edited"),
        Mediation.AI_TRANSLATED: _t("AI translated"),
        Mediation.AI_REPLIED: _t("AI replied for me"),
        Disclosure.YES: _t("Disclosed"),
        Disclosure.NO: _t("Not disclosed"),
        Disclosure.NOT_APPLICABLE: _t("Not applicable"),
        ToolKind.CHAT_ASSISTANT: _t("Chat assistant"),
        ToolKind.WRITING_ASSISTANT: _t("Writing assistant"),
        ToolKind.COMPANION: _t("Companion"),
        ToolKind.MEETING_TRANSCRIPTION: _t("Meeting and transcription"),
        ToolKind.CODING: _t("Coding"),
        ToolKind.SEARCH: _t("Search"),
        ToolKind.OTHER: _t("Other"),
        ConnectionMode.IN_PERSON: _t("In person"),
        ConnectionMode.CALL: _t("Call"),
        ConnectionMode.VIDEO: _t("Video"),
        ConnectionMode.MESSAGE: _t("Message I wrote myself"),
        GoalKind.ACHIEVE: _t("At least (achieve)"),
        GoalKind.LIMIT: _t("At most (limit)"),
        GoalStatus.ACTIVE: _t("Active"),
        GoalStatus.PAUSED: _t("Paused"),
        GoalStatus.ACHIEVED: _t("Achieved"),
        GoalStatus.DROPPED: _t("Dropped"),
        MeasureUnit.COUNT: _t("Times"),
        MeasureUnit.MINUTES: _t("Minutes"),
        MeasurePeriod.DAY: _t("per day"),
        MeasurePeriod.WEEK: _t("per week"),
        MeasurePeriod.MONTH: _t("per month"),
        Severity.NUDGE: _t("Nudge"),
        Severity.FIRM: _t("Firm line"),
        RuleKind.BUDGET: _t("Time budget"),
        RuleKind.CURFEW: _t("Curfew"),
        RuleKind.NO_MEDIATION: _t("No AI-mediated messages"),
        RuleKind.DISCLOSURE: _t("Disclose AI help"),
        RuleKind.PURPOSE_LIMIT: _t("Purpose limit"),
        RuleKind.MEDIATION_SHARE: _t("Mediation share"),
        BudgetPeriod.DAY: _t("per day"),
        BudgetPeriod.WEEK: _t("per week"),
        BudgetPeriod.ROLLING_7_DAYS: _t("in any 7 days"),
        VisionPurpose.EFFICIENCY: _t("Efficiency"),
        VisionPurpose.CONVENIENCE: _t("Convenience"),
        VisionPurpose.COMMUNICATION: _t("Enhanced communication"),
        VisionPurpose.LEARNING: _t("Learning"),
        VisionPurpose.CREATIVITY: _t("Creativity"),
        VisionPurpose.OTHER: _t("Other"),
    }
    return texts.get(value, value.value)
