"""The known AI tools: which app names and web domains mean time in which journal tool.

The list ships as data (`known_ai_tools.json` next to this module), not code. A person can
add tools, correct an entry (other apps or domains, another journal tool to file it under) or
switch an entry off; their entries are kept in the journal (see `core.capture.config`) and
replace the shipped entry of the same name. Apps and domains that are in no entry create
nothing: capture never guesses that an unknown program is an AI tool.

Matching rules (documented in `docs/capture.md`):

* an **app** matches the whole app name, ignoring case, with an optional ".exe";
* a **domain** matches the host itself or any subdomain ("chatgpt.com" matches
  "chatgpt.com" and "www.chatgpt.com", never "notchatgpt.com"). Only hosts are compared:
  paths, titles and page text are never read for matching.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from vision_journal.core.imports.activitywatch import ToolPattern
from vision_journal.core.records import ToolKind

DATA_FILE = "known_ai_tools.json"
DATA_FORMAT = "vision-journal-known-ai-tools"

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True, slots=True)
class KnownTool:
    """One known AI tool: the journal tool it is filed under, its kind, apps and domains.

    `is_enabled` False switches a shipped entry off (a person's correction); `is_custom`
    marks an entry the person added or changed.
    """

    tool: str
    kind: ToolKind
    apps: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    is_enabled: bool = True
    is_custom: bool = False

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of the entry (the data file's, plus the switch)."""
        return {
            "tool": self.tool,
            "kind": self.kind.value,
            "apps": list(self.apps),
            "domains": list(self.domains),
            "enabled": self.is_enabled,
        }


class KnownToolError(ValueError):
    """An entry of the list cannot be used; the message says which and why."""


def tool_from_dict(data: object, *, is_custom: bool) -> KnownTool:
    """An entry from its JSON shape; raises `KnownToolError` naming what is wrong."""
    if not isinstance(data, dict):
        raise KnownToolError("an entry is not an object")
    name = data.get("tool")
    if not isinstance(name, str) or not name.strip():
        raise KnownToolError("an entry has no tool name")
    try:
        kind = ToolKind(data.get("kind", ToolKind.CHAT_ASSISTANT.value))
    except ValueError as error:
        raise KnownToolError(f"{name}: unknown kind {data.get('kind')!r}") from error
    apps = _strings(data.get("apps", []), name, "apps")
    domains = tuple(d.lower().strip() for d in _strings(data.get("domains", []), name, "domains"))
    for domain in domains:
        if not _DOMAIN.match(domain):
            raise KnownToolError(f"{name}: {domain!r} is not a domain such as chatgpt.com")
    enabled = data.get("enabled", True)
    return KnownTool(
        name.strip(),
        kind,
        tuple(a.strip() for a in apps if a.strip()),
        domains,
        is_enabled=bool(enabled),
        is_custom=is_custom,
    )


def _strings(value: object, name: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnownToolError(f"{name}: '{key}' must be a list of texts")
    return tuple(value)


def shipped_tools() -> tuple[KnownTool, ...]:
    """The list shipped with the app."""
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if data.get("format") != DATA_FORMAT:
        raise KnownToolError(f"{DATA_FILE} is not a list of known AI tools")
    return tuple(tool_from_dict(entry, is_custom=False) for entry in data["tools"])


def effective_tools(
    shipped: Sequence[KnownTool], custom: Iterable[KnownTool]
) -> tuple[KnownTool, ...]:
    """The shipped list with the person's entries applied; switched-off entries included."""
    by_name = {tool.tool.casefold(): tool for tool in shipped}
    for tool in custom:
        by_name[tool.tool.casefold()] = tool
    return tuple(by_name.values())


class ToolIndex:
    """Fast lookups over the enabled entries: host -> entry, app name -> entry."""

    def __init__(self, tools: Iterable[KnownTool]) -> None:
        self.tools = tuple(t for t in tools if t.is_enabled)
        self._domains: dict[str, KnownTool] = {}
        self._apps: dict[str, KnownTool] = {}
        for tool in self.tools:
            for domain in tool.domains:
                self._domains.setdefault(domain, tool)
            for app in tool.apps:
                self._apps.setdefault(app.casefold(), tool)

    def for_host(self, host: str) -> KnownTool | None:
        """The entry whose domain is `host` or a parent domain of it, or None."""
        host = host.lower().rstrip(".")
        while host:
            found = self._domains.get(host)
            if found is not None:
                return found
            _, dot, host = host.partition(".")
            if not dot:
                return None
        return None

    def for_app(self, app: str) -> KnownTool | None:
        """The entry whose app name is `app` (case-insensitive, ".exe" optional), or None."""
        key = app.casefold()
        found = self._apps.get(key)
        if found is None and key.endswith(".exe"):
            found = self._apps.get(key[:-4])
        return found

    def by_name(self, tool: str) -> KnownTool | None:
        """The enabled entry filed under journal tool `tool`, or None."""
        key = tool.casefold()
        return next((t for t in self.tools if t.tool.casefold() == key), None)

    def patterns(self) -> tuple[ToolPattern, ...]:
        """The entries as patterns for the ActivityWatch reader (apps and tab hosts only).

        Window titles are not matched: a title can hold a message's words, and the web
        watcher already reports the host of every browser tab.
        """
        patterns: list[ToolPattern] = []
        for tool in self.tools:
            app_regex = (
                "(?:" + "|".join(re.escape(a) for a in tool.apps) + r")(?:\.exe)?"
                if tool.apps
                else None
            )
            host_regex = (
                r"(?:.+\.)?(?:" + "|".join(re.escape(d) for d in tool.domains) + ")"
                if tool.domains
                else None
            )
            if app_regex or host_regex:
                patterns.append(ToolPattern(tool.tool, app_regex=app_regex, host_regex=host_regex))
        return tuple(patterns)
