"""Translated, human words for the core's enum values."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from vision_journal.core.records import (
    ConnectionMode,
    Disclosure,
    Mediation,
    Sphere,
    ToolKind,
    UsePurpose,
    VisionPurpose,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def label(value: StrEnum) -> str:
    """The translated label of an enum value."""
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
        VisionPurpose.EFFICIENCY: _t("Efficiency"),
        VisionPurpose.CONVENIENCE: _t("Convenience"),
        VisionPurpose.COMMUNICATION: _t("Enhanced communication"),
        VisionPurpose.LEARNING: _t("Learning"),
        VisionPurpose.CREATIVITY: _t("Creativity"),
        VisionPurpose.OTHER: _t("Other"),
    }
    return texts.get(value, value.value)
