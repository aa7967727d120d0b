"""The vision summary as Markdown (CommonMark with pipe tables, as GitHub renders it).

Everything a person wrote is escaped, so a `*` or a `#` in a value stays a character and a
`|` cannot break a table. The balance is a table of weeks: Markdown has no charts.
"""

from __future__ import annotations

import re

from vision_journal.core.export.summary import (
    STATUS_NAMES,
    CharterSection,
    CheckInSection,
    SphereSection,
    VisionSummary,
    answers_label,
    date_text,
    level_name,
    period_text,
)
from vision_journal.core.records import GoalStatus, Severity

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)", re.MULTILINE)


def escape(text: str) -> str:
    """`text` with Markdown's special characters escaped; line breaks kept as hard breaks."""
    escaped = _SPECIAL.sub(r"\\\1", text.strip())
    escaped = _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", escaped)
    lines = [line.rstrip() for line in escaped.splitlines()]
    # Keep paragraphs; a single line break becomes a hard break (two spaces would be invisible).
    return "\n".join(
        line + "\\" if line and i < len(lines) - 1 and lines[i + 1] else line
        for i, line in enumerate(lines)
    )


def _cell(text: str) -> str:
    return escape(text).replace("\\\n", " ").replace("\n", " ")


def _sphere(part: SphereSection) -> list[str]:
    out = [f"### {part.title}", ""]
    if part.is_empty:
        return [*out, "_Nothing written yet._", ""]
    if part.purposes:
        out += [f"**Why AI:** {escape(', '.join(part.purposes))}", ""]
    for label, text in (
        ("Purpose", part.purpose_statement),
        ("Values", part.values),
        ("Horizon", part.horizon),
    ):
        if text:
            out += [f"**{label}.** {escape(text)}", ""]
    ethics = [c for c in part.ethics if c.commitment or c.note]
    if ethics:
        out += ["**Ethical framework**", ""]
        for item in ethics:
            line = f"- **{item.label}:** {escape(item.commitment)}"
            if item.note:
                line += f" _{escape(item.note)}_"
            out.append(line)
        out.append("")
    return out


def _checkins(section: CheckInSection) -> list[str]:
    out = [
        "## Check-ins",
        "",
        f"{section.completed} of {section.weeks} weeks checked in.",
        "",
    ]
    ratings = [
        ("Connection", section.average_connection),
        ("Reliance on AI", section.average_reliance),
        ("Alignment with the vision", section.average_alignment),
    ]
    known = [(name, value) for name, value in ratings if value is not None]
    if known:
        out += ["| Average rating (1–5) | |", "|---|---:|"]
        out += [f"| {name} | {value:.1f} |" for name, value in known]
        out.append("")
    for item in section.highlights:
        out += [f"### Week of {date_text(item.week_start)}", ""]
        for prompt, answer in item.answers:
            out += [f"**{escape(prompt)}** {escape(answer)}", ""]
    if section.adjustments:
        out += ["### Adjustments", ""]
        out += [
            f"- {date_text(a.week_start)}: {escape(a.description)}" for a in section.adjustments
        ]
        out.append("")
    return out


def render_markdown(summary: VisionSummary) -> str:
    """The summary as a Markdown document."""
    out = [f"# {escape(summary.title)}", ""]
    scope = "Charter only, for sharing" if summary.is_charter_only else "Vision summary"
    out += [
        f"{scope} · {period_text(summary.first_day, summary.last_day)} · "
        f"written {date_text(summary.generated_at.date())}",
        "",
    ]
    if summary.shows_vision:
        out += ["## Vision", ""]
        if not summary.has_vision:
            out += ["_No vision written yet._", ""]
        for part in summary.spheres:
            if not part.is_empty or summary.has_vision:
                out += _sphere(part)

    if summary.shows(CharterSection.SHARING):
        out += ["## Communication plan", ""]
        if not summary.has_communication_plan:
            out += ["_No one named yet._", ""]
        for part in summary.spheres:
            if not part.stakeholders:
                continue
            out += [f"### {part.title}", ""]
            for person in part.stakeholders:
                out += [f"#### {escape(person.name)}", ""]
                for label, text in (
                    ("What to share", person.what_to_share),
                    ("Their concerns", person.concerns),
                    (answers_label(summary), person.answers),
                ):
                    if text.strip():
                        out += [f"- **{label}:** {escape(text)}"]
                out.append("")

    if summary.shows(CharterSection.GOALS):
        out += ["## Goals", ""]
        if not summary.goals:
            out += ["_No goals yet._", ""]
        for status in GoalStatus:
            lines = [g for g in summary.goals if g.status is status]
            if not lines:
                continue
            out += [f"### {STATUS_NAMES[status]}", ""]
            for goal in lines:
                details = [goal.target] if goal.target else []
                if goal.circle:
                    details.append(f"with {goal.circle}")
                if goal.strength_percent is not None:
                    details.append(f"strength {goal.strength_percent} %")
                line = f"- **{escape(goal.title)}**"
                if details:
                    line += f" ({escape('; '.join(details))})"
                if goal.why:
                    line += f": {escape(goal.why)}"
                out.append(line)
            out.append("")

    if summary.shows(CharterSection.RULES):
        out += ["## Charter", ""]
        if not summary.charter:
            out += ["_No boundary rules yet._", ""]
        else:
            out += [
                "The lines I keep with AI. _Firm_ lines ask me for a reason when I cross them.",
                "",
            ]
        for number, rule in enumerate(summary.charter, start=1):
            tags = ["firm line" if rule.severity is Severity.FIRM else "nudge"]
            if not rule.is_active:
                tags.append("paused")
            out.append(f"{number}. **{escape(rule.sentence)}** _({', '.join(tags)})_")
            if rule.rationale:
                out.append(f"   {escape(rule.rationale)}")
        if summary.charter:
            out.append("")

    if summary.balance is not None:
        balance = summary.balance
        out += ["## Balance over the period", ""]
        latest = balance.latest
        out += [
            f"AI use: {balance.ai_minutes} minutes in {balance.uses} sessions. "
            f"Time with people: {balance.connection_minutes} minutes in "
            f"{balance.connections} moments.",
            "",
        ]
        if latest is not None:
            out += [
                f"Latest weekly index: **{latest.score}** ({level_name(latest.level)}), "
                f"week of {date_text(latest.first_day)}.",
                "",
            ]
        out += [
            "| Week of | Index | Level | AI minutes | Minutes with people |",
            "|---|---:|---|---:|---:|",
        ]
        for week in balance.weeks:
            score = "–" if week.score is None else str(week.score)
            out.append(
                f"| {week.first_day.isoformat()} | {score} | {level_name(week.level)} | "
                f"{week.ai_minutes} | {week.connection_minutes} |"
            )
        out.append("")
    if summary.checkins is not None:
        out += _checkins(summary.checkins)
    return "\n".join(out).rstrip("\n") + "\n"
