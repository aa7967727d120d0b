"""The vision summary as one self-contained HTML file: inline CSS, charts as inline SVG.

Nothing is loaded from elsewhere (no fonts, scripts, images or style sheets), so the file
opens the same offline, in a mail attachment, or years later. Every piece of text is escaped
with `html.escape`. The charts are drawn here in Python as SVG: the weekly balance index over
faint level bands, like the dashboard's sparkline, and the AI minutes of each week as bars.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from vision_journal.core.export.summary import (
    STATUS_NAMES,
    BalanceSection,
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

ACCENT = "#2f6f9f"
WARNING = "#d97706"
TEXT = "#1f2328"
MUTED = "#6a737d"

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
  max-width: 46em; margin: 2.5em auto; padding: 0 1.2em; line-height: 1.5; font-size: 11pt; }
h1 { font-size: 1.9em; margin-bottom: 0.1em; font-weight: 600; }
h2 { font-size: 1.35em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em;
  margin-top: 1.8em; font-weight: 600; }
h3 { font-size: 1.1em; margin-bottom: 0.3em; font-weight: 600; }
h4 { font-size: 1em; margin-bottom: 0.2em; }
p.meta { color: #6a737d; margin-top: 0; }
.label { font-weight: 600; }
.muted, .empty { color: #6a737d; }
.empty { font-style: italic; }
ul.ethics, ul.goals, ul.plan { padding-left: 1.2em; }
ol.charter { padding-left: 1.4em; }
ol.charter li { margin-bottom: 0.6em; }
.tag { font-size: 0.8em; border: 1px solid #d0d7de; border-radius: 0.8em; padding: 0 0.5em;
  color: #57606a; white-space: nowrap; }
.tag.firm { border-color: #d97706; color: #9a5300; }
table { border-collapse: collapse; margin: 0.6em 0 1em; font-size: 0.95em; }
th, td { text-align: left; padding: 0.2em 0.8em 0.2em 0; border-bottom: 1px solid #eaeef2; }
td.num, th.num { text-align: right; }
figure { margin: 1em 0; }
figcaption { color: #6a737d; font-size: 0.9em; }
svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str) -> str:
    """Text with its paragraphs and line breaks, escaped."""
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    return "".join(f"<p>{_e(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def sparkline_svg(
    points: Sequence[float | None],
    labels: Sequence[str],
    thresholds: tuple[int, int],
    width: int = 640,
    height: int = 170,
) -> str:
    """The index (0-100) per week as an SVG line over level bands, with gaps for weeks
    without an index and the last point marked."""
    left, right, top, bottom = 34, 10, 8, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    watch, balanced = thresholds

    def y_of(value: float) -> float:
        return top + plot_h * (1 - max(0.0, min(100.0, value)) / 100)

    count = len(points)

    def x_of(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-label="Balance index per week">',
        f'<rect x="{left}" y="{_fmt(y_of(watch))}" width="{plot_w}" '
        f'height="{_fmt(top + plot_h - y_of(watch))}" fill="{WARNING}" fill-opacity="0.12"/>',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{_fmt(y_of(balanced) - top)}" '
        f'fill="{ACCENT}" fill-opacity="0.10"/>',
    ]
    for level in (0, watch, balanced, 100):
        y = _fmt(y_of(level))
        dash = ' stroke-dasharray="2 3"' if level in (watch, balanced) else ""
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{left + plot_w}" y2="{y}" stroke="{MUTED}" '
            f'stroke-opacity="0.5" stroke-width="0.8"{dash}/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y}" font-size="10" fill="{MUTED}" text-anchor="end" '
            f'dominant-baseline="middle">{level}</text>'
        )
    stretches: list[list[str]] = []
    current: list[str] = []
    for i, value in enumerate(points):
        if value is None:
            if current:
                stretches.append(current)
            current = []
            continue
        current.append(f"{_fmt(x_of(i))},{_fmt(y_of(value))}")
    if current:
        stretches.append(current)
    for stretch in stretches:
        parts.append(
            f'<polyline points="{" ".join(stretch)}" fill="none" stroke="{ACCENT}" '
            'stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>'
        )
    last = max((i for i, v in enumerate(points) if v is not None), default=None)
    for i, value in enumerate(points):
        if value is not None:
            radius = 4 if i == last else 2.2
            parts.append(
                f'<circle cx="{_fmt(x_of(i))}" cy="{_fmt(y_of(value))}" r="{radius}" '
                f'fill="{ACCENT}"/>'
            )
    parts.extend(_x_labels(labels, x_of, height - 6))
    parts.append("</svg>")
    return "".join(parts)


def _x_labels(labels: Sequence[str], x_of: Callable[[int], float], y: float) -> list[str]:
    """At most about eight labels, evenly spread, so they never overlap."""
    count = len(labels)
    if not count:
        return []
    step = max(1, -(-count // 8))
    chosen = list(range(0, count, step))
    return [
        f'<text x="{_fmt(x_of(i))}" y="{y}" font-size="10" fill="{MUTED}" '
        f'text-anchor="middle">{_e(labels[i])}</text>'
        for i in chosen
        if labels[i]
    ]


def bars_svg(
    values: Sequence[int],
    labels: Sequence[str],
    budget: int | None = None,
    width: int = 640,
    height: int = 170,
) -> str:
    """Bars of minutes with an optional dashed budget line; bars over it in the warning colour."""
    left, right, top, bottom = 40, 10, 10, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([*values, budget or 0, 1])
    scale = plot_h / (peak * 1.08)
    count = max(1, len(values))
    slot = plot_w / count
    bar_w = min(slot * 0.7, 40.0)
    base = top + plot_h

    def x_of(i: int) -> float:
        return left + slot * (i + 0.5)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="AI minutes per week">',
        f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="{MUTED}" '
        'stroke-width="0.8"/>',
        f'<text x="{left - 6}" y="{_fmt(base - peak * scale)}" font-size="10" fill="{MUTED}" '
        f'text-anchor="end" dominant-baseline="middle">{peak}</text>',
        f'<text x="{left - 6}" y="{base}" font-size="10" fill="{MUTED}" text-anchor="end" '
        'dominant-baseline="middle">0</text>',
    ]
    for i, value in enumerate(values):
        if value <= 0:
            continue
        h = value * scale
        color = WARNING if budget is not None and value > budget else ACCENT
        parts.append(
            f'<rect x="{_fmt(x_of(i) - bar_w / 2)}" y="{_fmt(base - h)}" width="{_fmt(bar_w)}" '
            f'height="{_fmt(h)}" fill="{color}" rx="1.5"><title>{_e(labels[i])}: {value} min'
            "</title></rect>"
        )
    if budget is not None and budget > 0:
        y = _fmt(base - budget * scale)
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{left + plot_w}" y2="{y}" stroke="{TEXT}" '
            'stroke-opacity="0.6" stroke-dasharray="4 3" stroke-width="1"/>'
        )
    parts.extend(_x_labels(labels, x_of, height - 6))
    parts.append("</svg>")
    return "".join(parts)


def week_label(day_text: str) -> str:
    """A short week label from an ISO date: "2026-03-02" -> "2 Mar"."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    _, month, day = (int(p) for p in day_text.split("-"))
    return f"{day} {months[month - 1]}"


def _sphere(part: SphereSection) -> str:
    out = [f"<h3>{_e(part.title)}</h3>"]
    if part.is_empty:
        return out[0] + '<p class="empty">Nothing written yet.</p>'
    if part.purposes:
        out.append(f'<p><span class="label">Why AI:</span> {_e(", ".join(part.purposes))}</p>')
    for label, text in (
        ("Purpose", part.purpose_statement),
        ("Values", part.values),
        ("Horizon", part.horizon),
    ):
        if text:
            out.append(f"<h4>{label}</h4>{_paragraphs(text)}")
    ethics = [c for c in part.ethics if c.commitment or c.note]
    if ethics:
        out.append('<h4>Ethical framework</h4><ul class="ethics">')
        for item in ethics:
            note = f' <span class="muted">{_e(item.note)}</span>' if item.note else ""
            out.append(
                f'<li><span class="label">{_e(item.label)}:</span> {_e(item.commitment)}{note}</li>'
            )
        out.append("</ul>")
    return "".join(out)


def _balance(balance: BalanceSection) -> str:
    labels = [week_label(w.first_day.isoformat()) for w in balance.weeks]
    out = ["<h2>Balance over the period</h2>"]
    out.append(
        f"<p>AI use: {balance.ai_minutes} minutes in {balance.uses} sessions. "
        f"Time with people: {balance.connection_minutes} minutes in "
        f"{balance.connections} moments.</p>"
    )
    latest = balance.latest
    if latest is not None:
        out.append(
            f"<p>Latest weekly index: <strong>{latest.score}</strong> "
            f"({_e(level_name(latest.level))}), week of {_e(date_text(latest.first_day))}.</p>"
        )
    out.append(
        "<figure>"
        + sparkline_svg(
            [w.index for w in balance.weeks],
            labels,
            (balance.watch_threshold, balance.balanced_threshold),
        )
        + f"<figcaption>Balance index per week (0–100). Above {balance.balanced_threshold}: "
        f"balanced; below {balance.watch_threshold}: over-reliant.</figcaption></figure>"
    )
    budget = balance.daily_budget * 7 if balance.daily_budget is not None else None
    caption = "AI minutes per week"
    if budget is not None:
        caption += f"; the dashed line is the daily budget × 7 ({budget} minutes)"
    out.append(
        "<figure>"
        + bars_svg([w.ai_minutes for w in balance.weeks], labels, budget)
        + f"<figcaption>{_e(caption)}.</figcaption></figure>"
    )
    out.append(
        '<table><thead><tr><th>Week of</th><th class="num">Index</th><th>Level</th>'
        '<th class="num">AI minutes</th><th class="num">Minutes with people</th></tr>'
        "</thead><tbody>"
    )
    for week in balance.weeks:
        score = "–" if week.score is None else str(week.score)
        out.append(
            f"<tr><td>{week.first_day.isoformat()}</td><td class='num'>{score}</td>"
            f"<td>{_e(level_name(week.level))}</td><td class='num'>{week.ai_minutes}</td>"
            f"<td class='num'>{week.connection_minutes}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _checkins(section: CheckInSection) -> str:
    out = ["<h2>Check-ins</h2>", f"<p>{section.completed} of {section.weeks} weeks checked in.</p>"]
    ratings = [
        ("Connection", section.average_connection),
        ("Reliance on AI", section.average_reliance),
        ("Alignment with the vision", section.average_alignment),
    ]
    known = [(name, value) for name, value in ratings if value is not None]
    if known:
        out.append('<table><thead><tr><th>Average rating (1–5)</th><th class="num"></th></tr>')
        out.append("</thead><tbody>")
        out += [
            f"<tr><td>{name}</td><td class='num'>{value:.1f}</td></tr>" for name, value in known
        ]
        out.append("</tbody></table>")
    for item in section.highlights:
        out.append(f"<h3>Week of {_e(date_text(item.week_start))}</h3>")
        for prompt, answer in item.answers:
            out.append(f'<p><span class="label">{_e(prompt)}</span> {_e(answer)}</p>')
    if section.adjustments:
        out.append("<h3>Adjustments</h3><ul>")
        out += [
            f"<li>{_e(date_text(a.week_start))}: {_e(a.description)}</li>"
            for a in section.adjustments
        ]
        out.append("</ul>")
    return "".join(out)


def render_html(summary: VisionSummary) -> str:
    """The summary as a self-contained HTML document."""
    scope = "Charter only, for sharing" if summary.is_charter_only else "Vision summary"
    body = [
        f"<h1>{_e(summary.title)}</h1>",
        f'<p class="meta">{scope} · {_e(period_text(summary.first_day, summary.last_day))} · '
        f"written {_e(date_text(summary.generated_at.date()))}</p>",
    ]
    if summary.shows_vision:
        body.append("<h2>Vision</h2>")
        if not summary.has_vision:
            body.append('<p class="empty">No vision written yet.</p>')
        else:
            body += [_sphere(part) for part in summary.spheres]

    if summary.shows(CharterSection.SHARING):
        body.append("<h2>Communication plan</h2>")
        if not summary.has_communication_plan:
            body.append('<p class="empty">No one named yet.</p>')
        for part in summary.spheres:
            if not part.stakeholders:
                continue
            body.append(f'<h3>{_e(part.title)}</h3><ul class="plan">')
            for person in part.stakeholders:
                rows = [
                    f'<br><span class="label">{label}:</span> {_e(text.strip())}'
                    for label, text in (
                        ("What to share", person.what_to_share),
                        ("Their concerns", person.concerns),
                        (answers_label(summary), person.answers),
                    )
                    if text.strip()
                ]
                body.append(f"<li><strong>{_e(person.name)}</strong>{''.join(rows)}</li>")
            body.append("</ul>")

    if summary.shows(CharterSection.GOALS):
        body.append("<h2>Goals</h2>")
        if not summary.goals:
            body.append('<p class="empty">No goals yet.</p>')
        for status in GoalStatus:
            lines = [g for g in summary.goals if g.status is status]
            if not lines:
                continue
            body.append(f'<h3>{STATUS_NAMES[status]}</h3><ul class="goals">')
            for goal in lines:
                details = [goal.target] if goal.target else []
                if goal.circle:
                    details.append(f"with {goal.circle}")
                if goal.strength_percent is not None:
                    details.append(f"strength {goal.strength_percent} %")
                detail = (
                    f' <span class="muted">({_e("; ".join(details))})</span>' if details else ""
                )
                why = f"<br>{_e(goal.why)}" if goal.why else ""
                body.append(f"<li><strong>{_e(goal.title)}</strong>{detail}{why}</li>")
            body.append("</ul>")

    if summary.shows(CharterSection.RULES):
        body.append("<h2>Charter</h2>")
        if not summary.charter:
            body.append('<p class="empty">No boundary rules yet.</p>')
        else:
            body.append(
                "<p>The lines I keep with AI. <em>Firm</em> lines ask me for a reason when I "
                'cross them.</p><ol class="charter">'
            )
            for rule in summary.charter:
                is_firm = rule.severity is Severity.FIRM
                tag = (
                    '<span class="tag firm">firm line</span>'
                    if is_firm
                    else '<span class="tag">nudge</span>'
                )
                if not rule.is_active:
                    tag += ' <span class="tag">paused</span>'
                why = (
                    f'<br><span class="muted">{_e(rule.rationale)}</span>' if rule.rationale else ""
                )
                body.append(f"<li><strong>{_e(rule.sentence)}</strong> {tag}{why}</li>")
            body.append("</ol>")

    if summary.balance is not None:
        body.append(_balance(summary.balance))
    if summary.checkins is not None:
        body.append(_checkins(summary.checkins))

    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(summary.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
