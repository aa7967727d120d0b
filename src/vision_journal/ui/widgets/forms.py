"""Form building blocks shared by the dialogs: rows with an error line, date-time fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from vision_journal.ui.formatting import date_pattern
from vision_journal.ui.widgets.field_errors import FieldErrors


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """A Qt date-time for a local wall-clock time."""
    return QDateTime(value)


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """A local wall-clock time from a Qt date-time, to the minute."""
    moment: dt.datetime = value.toPython()  # type: ignore[assignment]
    return moment.replace(second=0, microsecond=0)


def datetime_edit(owner: QWidget, name: str) -> QDateTimeEdit:
    """A date-time field in the window's one date style and the locale's short time.

    Its range is wide on purpose: the core, not the widget, explains dates out of range.
    """
    edit = QDateTimeEdit(owner)
    edit.setCalendarPopup(True)
    locale = owner.locale()
    time = locale.timeFormat(locale.FormatType.ShortFormat)
    edit.setDisplayFormat(f"{date_pattern(locale)} {time}")
    edit.setDateTimeRange(QDateTime(dt.datetime(1900, 1, 1)), QDateTime(dt.datetime(2999, 12, 31)))
    edit.setAccessibleName(name)
    return edit


def form_row(
    form: QFormLayout,
    errors: FieldErrors,
    caption: str | QWidget,
    field: QWidget | QLayout,
    name: str | tuple[str, ...],
    focus: QWidget,
) -> None:
    """Add a row whose field has, under it, the place for the core's messages about `name`
    (one field name, or several when one widget edits more than one field)."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setSpacing(2)
    box.setContentsMargins(0, 0, 0, 0)
    if isinstance(field, QWidget):
        box.addWidget(field)
    else:
        box.addLayout(field)
    for each in (name,) if isinstance(name, str) else name:
        box.addWidget(errors.label_for(each, focus))
    if isinstance(caption, str):
        label = QLabel(caption)
        label.setBuddy(focus)
        form.addRow(label, holder)
    else:
        form.addRow(caption, holder)
