"""The first-run plan: what a person chose in the guided setup, applied in one go.

The wizard only collects choices; `apply_plan` writes them, skipping circles and tools the
journal already has, so running the setup again never duplicates anything.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    BudgetParams,
    CircleInput,
    CurfewParams,
    DisclosureParams,
    Mediation,
    NoMediationParams,
    PurposeLimitParams,
    RuleInput,
    RuleParams,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
    Vision,
)


class SuggestedRule(StrEnum):
    """Boundary rules the setup suggests; the ones about a circle need that circle."""

    DAILY_BUDGET = "daily_budget"
    EVENING_CURFEW = "evening_curfew"
    NO_DRAFTS_TO_PROTECTED = "no_drafts_to_protected"
    DISCLOSE_AT_WORK = "disclose_at_work"
    NO_EMOTIONAL_SUPPORT = "no_emotional_support"


@dataclass(frozen=True, slots=True)
class SetupPlan:
    """Everything the guided setup collected; any part may be empty (skipped)."""

    vision: Vision = Vision()
    circles: tuple[CircleInput, ...] = ()
    tools: tuple[AiToolInput, ...] = ()
    rules: frozenset[SuggestedRule] = frozenset()


def suggested_rule(
    rule: SuggestedRule, circles: dict[str, tuple[int, Sphere, bool]]
) -> RuleInput | None:
    """The rule behind a suggestion, or None when the circle it needs is missing.

    `circles` maps circle names to (id, sphere, is_protected).
    """
    params: RuleParams
    if rule is SuggestedRule.DAILY_BUDGET:
        params = BudgetParams(45)
        return RuleInput("Daily AI budget", params, Severity.NUDGE, "Time for people first.")
    if rule is SuggestedRule.EVENING_CURFEW:
        params = CurfewParams((TimeWindow(21 * 60, 7 * 60),))
        return RuleInput("Evenings without AI", params, Severity.NUDGE, "Evenings are for us.")
    if rule is SuggestedRule.NO_EMOTIONAL_SUPPORT:
        params = PurposeLimitParams(UsePurpose.EMOTIONAL_SUPPORT)
        return RuleInput(
            "People for comfort", params, Severity.NUDGE, "Comfort comes from people I trust."
        )
    if rule is SuggestedRule.NO_DRAFTS_TO_PROTECTED:
        protected = [
            (cid, name) for name, (cid, _, is_protected) in circles.items() if is_protected
        ]
        personal = [c for c in protected if circles[c[1]][1] is Sphere.PERSONAL]
        candidates = personal or protected
        if not candidates:
            return None
        choice = candidates[0]
        params = NoMediationParams(
            choice[0], frozenset({Mediation.AI_DRAFTED, Mediation.AI_REPLIED})
        )
        return RuleInput(
            f"My own words to {choice[1]}", params, Severity.FIRM, "They deserve my own words."
        )
    work = [cid for _, (cid, sphere, _) in sorted(circles.items()) if sphere is Sphere.PROFESSIONAL]
    if not work:
        return None
    return RuleInput(
        "Open about AI at work", DisclosureParams(work[0]), Severity.NUDGE, "Trust needs candour."
    )


def apply_plan(journal: Journal, plan: SetupPlan) -> None:
    """Write what the setup collected, and remember that the setup was done."""
    if plan.vision != Vision():
        journal.save_vision(plan.vision)
    have_circles = {c.name.casefold() for c in journal.circles()}
    for circle in plan.circles:
        if circle.name.casefold() not in have_circles:
            journal.save_circle(circle)
    have_tools = {t.name.casefold() for t in journal.tools()}
    for tool in plan.tools:
        if tool.name.casefold() not in have_tools:
            journal.save_tool(tool)
    circles = {c.name: (c.id, c.sphere, c.is_protected) for c in journal.circles()}
    have_rules = {r.name for r in journal.rules()}
    for suggestion in sorted(plan.rules):
        rule = suggested_rule(suggestion, circles)
        if rule is not None and rule.name not in have_rules:
            journal.save_rule(rule)
    mark_setup_done(journal)


def mark_setup_done(journal: Journal) -> None:
    """Remember that the guided setup ran (or was skipped), so it is not offered again."""
    journal.save_settings(dataclasses.replace(journal.settings(), has_completed_setup=True))
