"""The vision summary (Markdown, HTML) and the full-data JSON: golden files, privacy of the
charter-only export, and round trips that give back exactly the same journal.

Golden files live in `tests/fixtures/export/`; after a deliberate change of the layout,
rewrite them with `UPDATE_GOLDEN=1 pytest tests/core/test_export.py` and read the diff.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXED_NOW
from vision_journal.core.dashboard import load_dashboard
from vision_journal.core.db.models import AdjustmentRow, CheckInAnswerRow, CheckInRow, PromptRow
from vision_journal.core.export.charter import rule_sentence
from vision_journal.core.export.data_json import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    DataFormatError,
    JournalNotEmptyError,
    check_json,
    dumps_json,
    export_json,
    import_json,
    load_json_file,
    write_json_file,
)
from vision_journal.core.export.html import render_html
from vision_journal.core.export.markdown import escape, render_markdown
from vision_journal.core.export.summary import CharterChoice, CharterSection, build_summary
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BoundaryRule,
    BudgetParams,
    CheckInStatus,
    CircleInput,
    Commitment,
    ConnectionInput,
    ConnectionMode,
    CurfewParams,
    GoalInput,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    NoMediationParams,
    ProgressInput,
    RuleInput,
    Severity,
    Sphere,
    SphereVision,
    Stakeholder,
    TimeWindow,
    ToolKind,
    UsePurpose,
    Vision,
    VisionPurpose,
)
from vision_journal.demo import generate

GOLDEN = Path(__file__).parent.parent / "fixtures" / "export"
CANARY = "CANARY-private-7f3a"
FIRST_DAY = dt.date(2026, 10, 5)
LAST_DAY = dt.date(2026, 11, 17)


def fill_small_journal(journal: Journal) -> None:
    """A small, hand-made journal: every private log carries the canary."""
    partner = journal.save_circle(CircleInput("Sam", Sphere.PERSONAL, 3, is_protected=True))
    team = journal.save_circle(CircleInput("Team", Sphere.PROFESSIONAL))
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.save_vision(
        Vision(
            personal=SphereVision(
                purposes=frozenset({VisionPurpose.COMMUNICATION, VisionPurpose.LEARNING}),
                purpose_statement="I use AI to *learn* & to <b>plan</b> | never to speak for me.",
                values="Presence.\nHonesty: #1 rule.",
                horizon="Fewer screens at dinner in 2027.",
                privacy=Commitment("No photos of friends in prompts.", "Ask first."),
                stakeholders=(
                    Stakeholder("Sam [partner]", "The whole vision", "Late nights", "A curfew"),
                ),
            ),
            professional=SphereVision(purpose_statement="AI drafts; I decide and sign."),
        )
    )
    journal.save_goal(
        GoalInput(
            "Call Sam twice a week",
            Sphere.PERSONAL,
            GoalKind.ACHIEVE,
            circle_id=partner.id,
            why="We drift apart when we only text.",
            measure_unit=MeasureUnit.COUNT,
            measure_period=MeasurePeriod.WEEK,
            target_value=2,
        )
    )
    limit = journal.save_goal(
        GoalInput(
            "Less AI at work",
            Sphere.PROFESSIONAL,
            GoalKind.LIMIT,
            measure_unit=MeasureUnit.MINUTES,
            measure_period=MeasurePeriod.WEEK,
            target_value=300,
            target_date=dt.date(2026, 12, 31),
        )
    )
    journal.save_goal(GoalInput("Learn to touch-type", Sphere.PERSONAL, status=GoalStatus.PAUSED))
    journal.add_progress(limit.id, ProgressInput(dt.date(2026, 11, 10), 120, f"{CANARY} progress"))
    budget = journal.save_rule(
        RuleInput("Daily budget", BudgetParams(45), rationale="Enough for real help.")
    )
    journal.save_rule(
        RuleInput(
            "Weeknights",
            CurfewParams((TimeWindow(21 * 60, 7 * 60),), frozenset(range(5))),
            Severity.FIRM,
        )
    )
    journal.save_rule(
        RuleInput("My own words", NoMediationParams(partner.id), Severity.FIRM, is_active=False)
    )
    day = FIRST_DAY
    while day <= LAST_DAY:
        journal.log_use(
            AiUseInput(
                dt.datetime.combine(day, dt.time(10, 15)),
                20 + day.day,
                tool.id,
                UsePurpose.WORK_TASK,
                Sphere.PROFESSIONAL,
                circle_id=team.id if day.day % 3 == 0 else None,
                mediation=Mediation.AI_DRAFTED if day.day % 3 == 0 else Mediation.NONE,
                note=f"{CANARY} use note",
            )
        )
        if day.weekday() in (2, 6):
            journal.log_connection(
                ConnectionInput(
                    dt.datetime.combine(day, dt.time(19, 0)),
                    partner.id,
                    ConnectionMode.CALL,
                    30,
                    note=f"{CANARY} moment",
                )
            )
        day += dt.timedelta(days=1)
    use = journal.list_uses(limit=1)[0]
    journal.add_breach_note(budget.id, use.id, use.day, f"{CANARY} breach reason")
    with journal.session() as session:
        prompt = PromptRow(text="What went well?", is_default=True, position=0)
        session.add(prompt)
        session.flush()
        checkin = CheckInRow(
            week_start=dt.date(2026, 11, 9),
            status=CheckInStatus.COMPLETED,
            facts_json="{}",
            rating_connection=4,
            rating_reliance=2,
            rating_alignment=4,
            completed_at=dt.datetime(2026, 11, 15, 18, 0),
            updated_at=dt.datetime(2026, 11, 15, 18, 0),
        )
        session.add(checkin)
        session.flush()
        session.add(CheckInAnswerRow(checkin_id=checkin.id, prompt_id=prompt.id, text=CANARY))
        session.add(
            AdjustmentRow(
                checkin_id=checkin.id,
                target="goal",
                target_id=limit.id,
                action="changed",
                description=f"{CANARY} adjustment",
            )
        )


@pytest.fixture
def small(journal: Journal) -> Journal:
    fill_small_journal(journal)
    return journal


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_markdown_matches_the_golden_file(small: Journal) -> None:
    check_golden("summary.md", render_markdown(build_summary(small, FIRST_DAY, LAST_DAY)))


def test_html_matches_the_golden_file(small: Journal) -> None:
    check_golden("summary.html", render_html(build_summary(small, FIRST_DAY, LAST_DAY)))


def test_charter_markdown_matches_the_golden_file(small: Journal) -> None:
    summary = build_summary(small, FIRST_DAY, LAST_DAY, charter_only=True)
    check_golden("charter.md", render_markdown(summary))


def test_the_full_summary_shows_check_in_answers(small: Journal) -> None:
    summary = build_summary(small, FIRST_DAY, LAST_DAY)
    assert CANARY in render_markdown(summary)
    assert CANARY in render_html(summary)


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_charter_only_leaves_out_every_private_log(small: Journal, render: object) -> None:
    summary = build_summary(small, FIRST_DAY, LAST_DAY, charter_only=True)
    assert callable(render)
    text = render(summary)
    assert CANARY not in text
    assert summary.balance is None
    assert summary.checkins is None
    assert all(goal.strength_percent is None for goal in summary.goals)
    assert "Balance over the period" not in text
    assert "At most 45 minutes of AI a day." in text


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_a_charter_holds_commitments_never_private_reasons_or_others_concerns(
    small: Journal, render: object
) -> None:
    assert callable(render)
    text = render(build_summary(small, FIRST_DAY, LAST_DAY, charter_only=True))
    for promise in (
        "never to speak for me",  # purpose
        "Presence.",  # values
        "No photos of friends in prompts.",  # an ethical commitment
        "A curfew",  # what Sam can expect
        "At most 45 minutes of AI a day.",  # an active rule as a promise
    ):
        assert promise in text
    for private in (
        "We drift apart",  # a goal's why
        "Learn to touch-type",  # a paused goal
        "Late nights",  # Sam's concerns
        "Enough for real help.",  # a rule's rationale
        "Ask first.",  # the note under a commitment
        "No AI-mediated messages to Sam",  # a paused rule
        "Fewer screens at dinner",  # the horizon is not a commitment: out unless chosen
        "Call Sam twice a week",  # goals are shared only when picked
    ):
        assert private not in text


def test_the_person_chooses_spheres_sections_and_goals(small: Journal) -> None:
    call = next(g for g in small.goals() if g.title == "Call Sam twice a week")
    choice = CharterChoice(
        spheres=frozenset({Sphere.PERSONAL}),
        sections=frozenset({CharterSection.VALUES, CharterSection.GOALS}),
        goal_ids=frozenset({call.id}),
    )
    summary = build_summary(small, FIRST_DAY, LAST_DAY, charter=choice)
    text = render_markdown(summary)
    assert "Call Sam twice a week" in text
    assert "We drift apart" not in text
    assert "Less AI at work" not in text  # not picked (and of the other sphere)
    assert "Presence." in text
    assert "AI drafts; I decide" not in text  # the work sphere was left out
    assert "never to speak for me" not in text  # purpose not chosen
    assert "## Charter" not in text  # rules not chosen
    assert "## Communication plan" not in text


def test_html_is_self_contained_and_escaped(small: Journal) -> None:
    text = render_html(build_summary(small, FIRST_DAY, LAST_DAY))
    assert "&lt;b&gt;plan&lt;/b&gt;" in text
    assert "<b>plan</b>" not in text
    for outside in ("http://", "https://", "src=", "<link", "<script", "@import", "url("):
        assert outside not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert text.count("<svg") == 2
    for chart in re.findall(r"<svg.*?</svg>", text):
        ElementTree.fromstring(chart)  # well-formed SVG


def test_markdown_escapes_what_a_person_wrote() -> None:
    assert escape("*a* | <b> #1") == r"\*a\* \| \<b\> \#1"
    assert escape("- not a list") == r"\- not a list"


def test_summary_weeks_match_the_period(small: Journal) -> None:
    summary = build_summary(small, FIRST_DAY, LAST_DAY)
    assert summary.balance is not None
    weeks = summary.balance.weeks
    assert weeks[0].first_day == dt.date(2026, 10, 5)
    assert weeks[-1].first_day == dt.date(2026, 11, 16)
    assert sum(w.ai_minutes for w in weeks) == summary.balance.ai_minutes
    assert summary.balance.ai_minutes == sum(
        u.minutes for u in small.uses_between(FIRST_DAY, LAST_DAY)
    )


def test_summary_weeks_are_the_dashboards_numbers(journal: Journal) -> None:
    generate(journal, end=FIXED_NOW.date() - dt.timedelta(days=1), years=1.0)
    dashboard = load_dashboard(journal)
    summary = build_summary(journal, journal.today() - dt.timedelta(days=200), journal.today())
    assert summary.balance is not None
    weeks = summary.balance.weeks[-len(dashboard.history) :]
    assert [(w.first_day, w.index) for w in weeks] == [
        (h.first_day, h.index) for h in dashboard.history
    ]


def test_summary_refuses_a_period_that_ends_before_it_starts(small: Journal) -> None:
    with pytest.raises(ValueError, match="after it ends"):
        build_summary(small, LAST_DAY, FIRST_DAY)


def test_rule_sentences_are_plain_english(small: Journal) -> None:
    circles = {c.id: c.name for c in small.circles()}
    sentences = [rule_sentence(r, circles, {}) for r in small.rules()]
    assert sentences == [
        "At most 45 minutes of AI a day.",
        "No AI from 21:00 to 07:00 on weekdays.",
        "No AI-mediated messages to Sam.",
    ]
    orphan = BoundaryRule(9, "x", NoMediationParams(99), Severity.NUDGE, "", True, FIXED_NOW)
    assert rule_sentence(orphan, {}, {}) == "No AI-mediated messages to a deleted circle."


# --- JSON ---------------------------------------------------------------------------------


@pytest.fixture
def other_journal(tmp_path: Path) -> Iterator[Journal]:
    opened = Journal.open(JournalPaths(tmp_path / "copy"), clock=lambda: FIXED_NOW)
    yield opened
    opened.close()


def snapshot(journal: Journal) -> dict[str, object]:
    """Every record the facade gives back, by kind."""
    revisions = [journal.vision_revision(rid) for rid, _ in journal.vision_revisions()]
    return {
        "settings": journal.settings(),
        "circles": journal.circles(),
        "tools": journal.tools(),
        "vision": journal.vision(),
        "revisions": revisions,
        "goals": journal.goals(),
        "progress": journal.progress(),
        "rules": journal.rules(),
        "breach_notes": journal.breach_notes(),
        "uses": journal.list_uses(limit=1_000_000),
        "connections": journal.connections(limit=1_000_000),
    }


def test_json_round_trip_of_the_demo_journal(journal: Journal, other_journal: Journal) -> None:
    generate(journal, end=FIXED_NOW.date() - dt.timedelta(days=1), years=1.0)
    data = export_json(journal)
    assert data["format"] == FORMAT_NAME
    assert data["schema_version"] == SCHEMA_VERSION
    result = import_json(other_journal, json.loads(dumps_json(data)))
    assert result.counts["uses"] == journal.count_uses()
    before, after = snapshot(journal), snapshot(other_journal)
    for kind in before:
        assert after[kind] == before[kind], kind
    assert export_json(other_journal) == data


def test_json_file_round_trip(small: Journal, other_journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    write_json_file(small, path)
    import_json(other_journal, load_json_file(path))
    assert snapshot(other_journal) == snapshot(small)


def test_import_refuses_a_journal_that_is_not_empty(small: Journal) -> None:
    data = export_json(small)
    before = snapshot(small)
    with pytest.raises(JournalNotEmptyError, match="empty journal"):
        import_json(small, data)
    assert snapshot(small) == before


def broken(data: dict[str, object], path: tuple[object, ...], value: object) -> dict[str, object]:
    copied = copy.deepcopy(data)
    target: object = copied
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    return copied


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("format",), "something-else", "not a Vision Journal data export"),
        (("schema_version",), 99, "newer Vision Journal"),
        (("uses", 0, "minutes"), "ten", r"uses\[0\]\.minutes: expected a whole number"),
        (("uses", 1, "purpose"), "gossip", r"uses\[1\]\.purpose: 'gossip' is not one of"),
        (("uses", 2, "tool_id"), 999, r"uses\[2\]\.tool_id: refers to tool 999"),
        (("uses", 0, "started_at"), "yesterday", r"uses\[0\]\.started_at: 'yesterday'"),
        (("circles", 1, "id"), 1, "appears twice"),
        (("rules", 0, "params"), [], r"rules\[0\]\.params: expected an object"),
        (("uses", 3, "minutes"), 5000, "breaks a rule of the journal"),
        (("settings", "day_start_hour"), 20, "settings:"),
    ],
)
def test_malformed_data_is_refused_with_where_and_nothing_is_written(
    small: Journal, other_journal: Journal, path: tuple[object, ...], value: object, message: str
) -> None:
    data = broken(export_json(small), path, value)
    with pytest.raises(DataFormatError, match=message):
        import_json(other_journal, data)
    assert other_journal.count_uses() == 0
    assert other_journal.circles() == []
    assert other_journal.vision() is None


def test_check_json_writes_nothing(small: Journal) -> None:
    check_json(export_json(small))
    with pytest.raises(DataFormatError, match="expected an object"):
        check_json([1, 2])


def test_load_json_file_names_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(DataFormatError, match=r"bad\.json: is not valid JSON"):
        load_json_file(bad)
    with pytest.raises(DataFormatError, match="cannot be read"):
        load_json_file(tmp_path / "missing.json")
    with pytest.raises(DataFormatError, match="more than the limit"):
        load_json_file(bad, max_bytes=3)


# --- Hypothesis: generated small journals survive the round trip ---------------------------

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda s: s.strip() == s and s.strip())
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
moments = st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2026, 11, 17)).map(
    lambda m: m.replace(second=0, microsecond=0)
)


@st.composite
def small_journals(draw: st.DrawFn) -> dict[str, object]:
    circle_names = draw(st.lists(names, min_size=1, max_size=3, unique_by=str.casefold))
    tool_names = draw(st.lists(names, min_size=1, max_size=2, unique_by=str.casefold))
    return {
        "circles": [(n, draw(st.sampled_from(Sphere)), draw(st.booleans())) for n in circle_names],
        "tools": [(n, draw(st.sampled_from(ToolKind)), draw(texts)) for n in tool_names],
        "vision": draw(texts),
        "uses": draw(
            st.lists(
                st.tuples(
                    moments,
                    st.integers(1, 1440),
                    st.sampled_from(UsePurpose),
                    st.sampled_from(Mediation),
                    texts,
                    st.integers(0, 10),
                ),
                max_size=8,
            )
        ),
        "connections": draw(
            st.lists(st.tuples(moments, st.integers(1, 600), st.integers(1, 5), texts), max_size=5)
        ),
        "goal": draw(st.none() | st.tuples(names, texts, st.integers(0, 50))),
        "budget": draw(st.none() | st.integers(1, 600)),
    }


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=small_journals())
def test_generated_journals_survive_the_json_round_trip(plan: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Journal.open(JournalPaths(Path(folder) / "a"), clock=lambda: FIXED_NOW)
        target = Journal.open(JournalPaths(Path(folder) / "b"), clock=lambda: FIXED_NOW)
        try:
            circle_ids = [
                source.save_circle(CircleInput(n, s, is_protected=p)).id
                for n, s, p in plan["circles"]  # type: ignore[attr-defined]
            ]
            tool_ids = [
                source.save_tool(AiToolInput(n, k, retention_note=t)).id
                for n, k, t in plan["tools"]  # type: ignore[attr-defined]
            ]
            source.save_vision(Vision(personal=SphereVision(values=str(plan["vision"]))))
            for i, (start, minutes, purpose, mediation, note, pick) in enumerate(
                plan["uses"]  # type: ignore[arg-type]
            ):
                source.log_use(
                    AiUseInput(
                        start,
                        minutes,
                        tool_ids[pick % len(tool_ids)],
                        purpose,
                        Sphere.PERSONAL,
                        circle_id=circle_ids[pick % len(circle_ids)] if i % 2 else None,
                        mediation=mediation,
                        note=note,
                    )
                )
            for start, minutes, quality, note in plan["connections"]:  # type: ignore[attr-defined]
                source.log_connection(
                    ConnectionInput(
                        start, circle_ids[0], ConnectionMode.IN_PERSON, minutes, quality, note
                    )
                )
            if plan["goal"] is not None:
                title, why, value = plan["goal"]  # type: ignore[misc]
                goal = source.save_goal(GoalInput(title, Sphere.PERSONAL, why=why))
                source.add_progress(goal.id, ProgressInput(dt.date(2026, 1, 1), value, why))
            if plan["budget"] is not None:
                source.save_rule(RuleInput("Budget", BudgetParams(plan["budget"])))  # type: ignore[arg-type]
            data = json.loads(dumps_json(export_json(source)))
            import_json(target, data)
            assert snapshot(target) == snapshot(source)
        finally:
            source.close()
            target.close()


def test_exported_times_are_written_as_iso_8601(paths: JournalPaths) -> None:
    # The export reads stored text, not datetimes: its times must still be what
    # `datetime.isoformat` writes, with a fraction of a second only when there is one.
    now = [dt.datetime(2026, 11, 3, 9, 15)]
    journal = Journal.open(paths, clock=lambda: now[0])
    try:
        tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
        started = dt.datetime(2026, 11, 3, 8, 0)
        first = journal.log_use(
            AiUseInput(started, 10, tool.id, UsePurpose.PLANNING, Sphere.PROFESSIONAL)
        )
        now[0] = dt.datetime(2026, 11, 3, 9, 15, 0, 250)
        second = journal.log_use(
            AiUseInput(started, 5, tool.id, UsePurpose.PLANNING, Sphere.PROFESSIONAL)
        )
        exported = export_json(journal)["uses"]
    finally:
        journal.close()
    assert isinstance(exported, list)
    assert [(u["started_at"], u["day"], u["created_at"]) for u in exported] == [
        ("2026-11-03T08:00:00", "2026-11-03", "2026-11-03T09:15:00"),
        ("2026-11-03T08:00:00", "2026-11-03", "2026-11-03T09:15:00.000250"),
    ]
    assert [u["created_at"] for u in exported] == [
        first.created_at.isoformat(),
        second.created_at.isoformat(),
    ]


def test_the_written_file_is_the_export_made_by_sqlite_byte_for_byte(
    small: Journal, tmp_path: Path
) -> None:
    # Text that JSON must escape, in a use and in a connection.
    tool = small.tools()[0]
    awkward = 'quote " back \\ tab \t line \n bell \x07 unit \x1f del \x7f é 中 😀 </script>'
    small.log_use(
        AiUseInput(
            started_at=FIXED_NOW - dt.timedelta(hours=2),
            minutes=5,
            tool_id=tool.id,
            purpose=UsePurpose.PLANNING,
            sphere=Sphere.PERSONAL,
            note=awkward,
        )
    )
    small.log_connection(
        ConnectionInput(
            FIXED_NOW - dt.timedelta(hours=1),
            small.circles()[0].id,
            ConnectionMode.CALL,
            20,
            4,
            note=awkward,
        )
    )
    path = tmp_path / "data.json"
    count = write_json_file(small, path)
    assert path.read_bytes() == dumps_json(export_json(small))
    assert count == small.count_uses()
    uses = json.loads(path.read_bytes())["uses"]
    assert any(u["note"] == awkward for u in uses)
    # Date-times in the export's form, as `datetime.isoformat` writes them.
    assert all(
        dt.datetime.fromisoformat(u["created_at"]).isoformat() == u["created_at"] for u in uses
    )
