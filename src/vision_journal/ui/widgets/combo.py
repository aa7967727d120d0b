"""Combo boxes that hold enum values or record ids as item data."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from vision_journal.ui.labels import label

E = TypeVar("E", bound=StrEnum)


def enum_combo(values: Iterable[StrEnum], name: str, parent: QWidget | None = None) -> QComboBox:
    """A combo box of translated enum labels, each holding its enum value."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


def current_enum(combo: QComboBox, kind: type[E]) -> E:
    """The enum value selected in an `enum_combo`."""
    return kind(combo.currentData())


def select_data(combo: QComboBox, data: object) -> None:
    """Select the item holding `data` (enum value or id), if there is one."""
    value = data.value if isinstance(data, StrEnum) else data
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def current_id(combo: QComboBox) -> int | None:
    """The record id held by the selected item, or None for a "none" item."""
    data = combo.currentData()
    return int(data) if isinstance(data, int) and data >= 0 else None
