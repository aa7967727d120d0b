"""Journal settings, stored as JSON values inside the journal itself."""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vision_journal.core.db.models import Setting
from vision_journal.core.errors import FieldError, ValidationError
from vision_journal.core.records import Settings, WeekStart, Weights


def load_settings(session: Session) -> Settings:
    """The settings, with defaults for anything never saved or unreadable."""
    stored: dict[str, Any] = {}
    for row in session.scalars(select(Setting)):
        try:
            stored[row.key] = json.loads(row.value_json)
        except ValueError:
            continue  # a damaged value falls back to its default
    defaults = Settings()
    try:
        weights = Weights(**{**dataclasses.asdict(defaults.weights), **stored.get("weights", {})})
        return Settings(
            week_start=WeekStart(stored.get("week_start", defaults.week_start)),
            day_start_hour=int(stored.get("day_start_hour", defaults.day_start_hour)),
            balanced_threshold=int(stored.get("balanced_threshold", defaults.balanced_threshold)),
            watch_threshold=int(stored.get("watch_threshold", defaults.watch_threshold)),
            weights=weights,
            reminder_weekday=int(stored.get("reminder_weekday", defaults.reminder_weekday)),
            reminder_minute=int(stored.get("reminder_minute", defaults.reminder_minute)),
            has_completed_setup=bool(stored.get("has_completed_setup", False)),
        )
    except (TypeError, ValueError):
        return defaults


def check_settings(value: Settings) -> None:
    """Raise ValidationError for settings that make no sense."""
    errors: list[FieldError] = []
    if not 0 <= value.day_start_hour <= 12:
        errors.append(FieldError("day_start_hour", "Choose an hour from 0 to 12."))
    if not 0 < value.watch_threshold < value.balanced_threshold <= 100:
        errors.append(FieldError("balanced_threshold", "The Watch level must lie below Balanced."))
    weights = dataclasses.astuple(value.weights)
    # NaN passes every comparison and infinity makes every share NaN: weights are finite.
    if not all(math.isfinite(w) and w >= 0 for w in weights) or not 0 < sum(weights) < math.inf:
        errors.append(FieldError("weights", "Weights must be 0 or more, and not all 0."))
    if not 0 <= value.reminder_weekday <= 6 or not 0 <= value.reminder_minute < 1440:
        errors.append(FieldError("reminder_minute", "Choose a weekday and a time of day."))
    if errors:
        raise ValidationError(errors)


def save_settings(session: Session, value: Settings) -> Settings:
    """Store every setting."""
    for key, item in dataclasses.asdict(value).items():
        row = session.get(Setting, key) or Setting(key=key)
        row.value_json = json.dumps(item)
        session.add(row)
    return value
