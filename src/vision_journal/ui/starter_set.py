"""The starter circles and AI tools offered on the first run and on an empty circles page.

The privacy notes are short summaries of what each provider said about its consumer
service when they were written; policies change, so each note says where to check. The
constants hold the English originals; `starter_circles()` and `starter_tools()` return them
translated, and `missing_circles()` / `missing_tools()` leave out what a journal already has.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from vision_journal.core.records import AiToolInput, CircleInput, Sphere, ToolKind
from vision_journal.ui.translations import QT_TRANSLATE_NOOP

_CONTEXT = "starter_set"


STARTER_CIRCLES: list[CircleInput] = [
    CircleInput(QT_TRANSLATE_NOOP("starter_set", "Partner"), Sphere.PERSONAL),
    CircleInput(
        QT_TRANSLATE_NOOP("starter_set", "Family"),
        Sphere.PERSONAL,
        cadence_days=7,
        is_protected=True,
    ),
    CircleInput(QT_TRANSLATE_NOOP("starter_set", "Friends"), Sphere.PERSONAL, cadence_days=14),
    CircleInput(QT_TRANSLATE_NOOP("starter_set", "Colleagues"), Sphere.PROFESSIONAL),
    CircleInput(
        QT_TRANSLATE_NOOP("starter_set", "Clients"), Sphere.PROFESSIONAL, is_protected=True
    ),
    CircleInput(
        QT_TRANSLATE_NOOP("starter_set", "Community"), Sphere.PROFESSIONAL, cadence_days=30
    ),
]

STARTER_TOOLS: list[AiToolInput] = [
    AiToolInput(
        "ChatGPT",
        ToolKind.CHAT_ASSISTANT,
        retention_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Chats stay in your history until you delete them; deleted and temporary chats "
            "are normally erased from OpenAI's systems within about 30 days.",
        ),
        training_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Personal accounts may be used to train models unless you switch off "
            "“Improve the model for everyone” in Data Controls. Business plans are excluded.",
        ),
        data_location_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Processed and stored by OpenAI, mostly in the United States. Check OpenAI's "
            "privacy policy for changes.",
        ),
    ),
    AiToolInput(
        "Claude",
        ToolKind.CHAT_ASSISTANT,
        retention_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Chats stay in your history until you delete them; Anthropic keeps deleted chats "
            "on its side for a limited time, and longer if you allow training.",
        ),
        training_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Personal accounts can be used for training only if you allow it in the privacy "
            "settings; you can change that choice. Work and API use is not trained on.",
        ),
        data_location_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Processed by Anthropic on cloud servers, mostly in the United States. Check "
            "Anthropic's privacy policy for changes.",
        ),
    ),
    AiToolInput(
        "Gemini",
        ToolKind.CHAT_ASSISTANT,
        retention_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Gemini activity is kept for 18 months by default (you can choose 3 or 36 months, "
            "or turn it off); even then, chats are held for up to 72 hours.",
        ),
        training_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "With activity kept, chats can help improve Google's models, and a sample is read "
            "by human reviewers. Do not enter anything you would not want a reviewer to see.",
        ),
        data_location_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Processed in Google's data centres around the world. Check the Gemini Apps "
            "privacy notice for changes.",
        ),
    ),
    AiToolInput(
        "Microsoft Copilot",
        ToolKind.CHAT_ASSISTANT,
        retention_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Conversation history is kept until you delete it (for up to 18 months); with a "
            "work account your organisation's retention rules apply.",
        ),
        training_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Personal conversations may be used to train models unless you opt out in the "
            "privacy settings. Microsoft 365 Copilot with a work account is not trained on.",
        ),
        data_location_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Processed in Microsoft's cloud; work accounts stay within the organisation's "
            "Microsoft 365 boundary. Check Microsoft's privacy statement for changes.",
        ),
    ),
    AiToolInput(
        "DeepL Write",
        ToolKind.WRITING_ASSISTANT,
        retention_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "The free version may store your texts for a while; with DeepL Pro they are "
            "deleted once the text has been processed.",
        ),
        training_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Texts from the free version may be used to improve DeepL's models; Pro texts are not.",
        ),
        data_location_note=QT_TRANSLATE_NOOP(
            "starter_set",
            "Processed by DeepL, a German company, mainly on servers in the EU under the "
            "GDPR. Check DeepL's privacy policy for changes.",
        ),
    ),
]


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def starter_circles() -> list[CircleInput]:
    """The starter circles with their names translated."""
    return [
        CircleInput(_t(c.name), c.sphere, c.cadence_days, c.is_protected) for c in STARTER_CIRCLES
    ]


def starter_tools() -> list[AiToolInput]:
    """The starter tools with their privacy notes translated (product names stay)."""
    return [
        AiToolInput(
            t.name,
            t.kind,
            _t(t.retention_note),
            _t(t.training_note),
            _t(t.data_location_note),
        )
        for t in STARTER_TOOLS
    ]


def _taken(names: Iterable[str]) -> set[str]:
    return {name.strip().casefold() for name in names}


def missing_circles(existing_names: Iterable[str]) -> list[CircleInput]:
    """The starter circles whose name the journal does not have yet (case ignored)."""
    taken = _taken(existing_names)
    return [c for c in starter_circles() if c.name.casefold() not in taken]


def missing_tools(existing_names: Iterable[str]) -> list[AiToolInput]:
    """The starter tools whose name the journal does not have yet (case ignored)."""
    taken = _taken(existing_names)
    return [t for t in starter_tools() if t.name.casefold() not in taken]
