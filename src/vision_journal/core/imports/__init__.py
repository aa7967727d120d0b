"""Importers of AI-use sessions from real data exports: metadata only, never message text.

Each format has its own module and one entry point taking a path and returning an
`ImportReport`: `parse_chatgpt` (ChatGPT `conversations.json` or export zip), `parse_claude`
(Claude `conversations.json` or export zip) and `parse_activitywatch` (ActivityWatch JSON
export, matched against `ToolPattern`s). The grouping into sessions and the minutes estimate
live in `sessions` and are described in `docs/importers.md`. Qt-free: a GUI worker passes a
`progress(done, total)` callback and an `is_cancelled()` check.
"""

from __future__ import annotations

from vision_journal.core.imports.activitywatch import (
    DEFAULT_BROWSER_APP_REGEX,
    DEFAULT_TOOL_PATTERNS,
    ToolPattern,
    parse_activitywatch,
    parse_activitywatch_data,
)
from vision_journal.core.imports.chatgpt import parse_chatgpt, parse_chatgpt_data
from vision_journal.core.imports.claude import parse_claude, parse_claude_data
from vision_journal.core.imports.errors import ImportCancelled, ImportFormatError
from vision_journal.core.imports.reading import DEFAULT_MAX_BYTES
from vision_journal.core.imports.sessions import (
    CHAT_TAIL_MINUTES,
    DEFAULT_GAP_MINUTES,
    CancelCheck,
    ImportedSession,
    ImportReport,
    ProgressCallback,
    Rejection,
    Skipped,
)

__all__ = [
    "CHAT_TAIL_MINUTES",
    "DEFAULT_BROWSER_APP_REGEX",
    "DEFAULT_GAP_MINUTES",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TOOL_PATTERNS",
    "CancelCheck",
    "ImportCancelled",
    "ImportFormatError",
    "ImportReport",
    "ImportedSession",
    "ProgressCallback",
    "Rejection",
    "Skipped",
    "ToolPattern",
    "parse_activitywatch",
    "parse_activitywatch_data",
    "parse_chatgpt",
    "parse_chatgpt_data",
    "parse_claude",
    "parse_claude_data",
]
