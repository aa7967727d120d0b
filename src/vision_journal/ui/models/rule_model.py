"""The boundary rules as a table: the rule in words, its severity, active or paused, and today.

A journal holds tens of rules, not thousands, so the model keeps them all and sorts in
memory. Today's status comes from the core's rule evaluation and is handed in with the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vision_journal.core.records import BoundaryRule, BudgetParams, CurfewParams
from vision_journal.core.records import MediationShareParams as ShareParams
from vision_journal.core.rules import RuleState, RuleStatus
from vision_journal.ui.formatting import format_number
from vision_journal.ui.labels import label
from vision_journal.ui.rule_sentence import rule_sentence

Index = QModelIndex | QPersistentModelIndex
SortKey = Callable[[BoundaryRule], tuple[Any, int]]

#: The role that holds a row's rule id.
RULE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

SENTENCE, SEVERITY, ACTIVE, TODAY = range(4)

_STATE_ORDER = {RuleState.BREACHED: 0, RuleState.WARNING: 1, RuleState.OK: 2, RuleState.PAUSED: 3}


class RuleModel(QAbstractTableModel):
    """Boundary rules with their sentence and today's status, sortable by any column."""

    def __init__(self) -> None:
        super().__init__()
        self._headers = (self.tr("Rule"), self.tr("Severity"), self.tr("Active"), self.tr("Today"))
        self._rules: list[BoundaryRule] = []
        self._statuses: dict[int, RuleStatus] = {}
        self._circles: dict[int, str] = {}
        self._tools: dict[int, str] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- loading ---------------------------------------------------------------------------

    def set_rules(
        self,
        rules: Sequence[BoundaryRule],
        statuses: Mapping[int, RuleStatus],
        circles: Mapping[int, str],
        tools: Mapping[int, str],
    ) -> None:
        """Show `rules` (with today's `statuses` by rule id, which may leave rules out)."""
        self.beginResetModel()
        self._rules = list(rules)
        self._statuses = dict(statuses)
        self._circles = dict(circles)
        self._tools = dict(tools)
        if self._sort_column >= 0:
            self._rules.sort(key=self._sort_key(self._sort_column), reverse=self._reversed())
        self.endResetModel()

    def rule_at(self, row: int) -> BoundaryRule:
        """The rule shown in `row`."""
        return self._rules[row]

    def row_of(self, rule_id: int) -> int | None:
        """The row showing the rule `rule_id`, if it is shown."""
        return next((row for row, r in enumerate(self._rules) if r.id == rule_id), None)

    def status_of(self, rule_id: int) -> RuleStatus | None:
        """Today's status of a rule, when one was given."""
        return self._statuses.get(rule_id)

    def sentence(self, rule: BoundaryRule) -> str:
        """The rule in words, without its severity (that has its own column)."""
        return rule_sentence(rule, self._circles, self._tools, with_severity=False)

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rules):
            return None
        rule = self._rules[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(rule, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == SENTENCE:
            return rule.name
        if role == RULE_ID_ROLE:
            return rule.id
        return None

    def _display(self, rule: BoundaryRule, column: int) -> str:
        if column == SENTENCE:
            sentence = self.sentence(rule)
            name = rule.name.strip()
            # The person's own name for the rule comes first: warnings and the dashboard call
            # the rule by it. A name that only repeats the sentence is not said twice.
            if name and name.casefold() != sentence.casefold():
                return self.tr("%1: %2").replace("%1", name).replace("%2", sentence)
            return sentence
        if column == SEVERITY:
            return label(rule.severity)
        if column == ACTIVE:
            return self.tr("Active") if rule.is_active else self.tr("Paused")
        return status_text(rule, self._statuses.get(rule.id))

    # --- sorting ---------------------------------------------------------------------------

    def _reversed(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _sort_key(self, column: int) -> SortKey:
        if column == SEVERITY:
            return lambda r: (r.severity.value, r.id)
        if column == ACTIVE:
            return lambda r: (not r.is_active, r.id)
        if column == TODAY:
            return lambda r: (self._state_rank(r), r.id)
        return lambda r: (self.sentence(r).casefold(), r.id)

    def _state_rank(self, rule: BoundaryRule) -> int:
        status = self._statuses.get(rule.id)
        return _STATE_ORDER[status.state] if status is not None else len(_STATE_ORDER)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old = list(self._rules)
        self._rules.sort(key=self._sort_key(column), reverse=self._reversed())
        new_rows = {rule.id: row for row, rule in enumerate(self._rules)}
        moved_from: list[QModelIndex] = []
        moved_to: list[QModelIndex] = []
        for index in self.persistentIndexList():
            if not index.isValid():
                continue
            rule = old[index.row()]
            moved_from.append(index)
            moved_to.append(self.index(new_rows[rule.id], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()


def status_text(rule: BoundaryRule, status: RuleStatus | None) -> str:
    """Today's status of a rule in a few words: "20 of 45 min", "Broken today · 2 uses"."""
    if status is None:
        return ""
    if status.state is RuleState.PAUSED or not rule.is_active:
        return "—"  # the Active column already says it is paused
    params = rule.params
    if isinstance(params, BudgetParams) and status.limit is not None:
        amount = (
            QCoreApplication.translate("RuleModel", "%1 of %2 min")
            .replace("%1", format_number(round(status.used or 0)))
            .replace("%2", format_number(round(status.limit)))
        )
        if status.state is RuleState.BREACHED:
            return QCoreApplication.translate("RuleModel", "Over · %1").replace("%1", amount)
        if status.state is RuleState.WARNING:
            return QCoreApplication.translate("RuleModel", "Near the limit · %1").replace(
                "%1", amount
            )
        return QCoreApplication.translate("RuleModel", "Within · %1").replace("%1", amount)
    if isinstance(params, ShareParams):
        if status.used is None:
            return QCoreApplication.translate("RuleModel", "No messages in 7 days")
        share = QCoreApplication.translate("RuleModel", "%1 %").replace(
            "%1", format_number(float(status.used), 0)
        )
        if status.state is RuleState.BREACHED:
            return QCoreApplication.translate("RuleModel", "Over · %1 of messages").replace(
                "%1", share
            )
        return QCoreApplication.translate("RuleModel", "Within · %1 of messages").replace(
            "%1", share
        )
    if status.state is not RuleState.BREACHED:
        return QCoreApplication.translate("RuleModel", "Kept today")
    used = round(status.used or 0)
    if isinstance(params, CurfewParams):
        amount = QCoreApplication.translate("RuleModel", "%1 min in curfew").replace(
            "%1", format_number(used)
        )
    elif used == 1:
        amount = QCoreApplication.translate("RuleModel", "1 use")
    else:
        amount = QCoreApplication.translate("RuleModel", "%1 uses").replace(
            "%1", format_number(used)
        )
    return QCoreApplication.translate("RuleModel", "Broken today · %1").replace("%1", amount)
