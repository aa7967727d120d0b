"""The unlock flow: keyring without a prompt, the passphrase dialog surviving wrong attempts,
the first-run choice, and the fallback when the keyring fails."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.keys import KdfParams, KeyringAccess, KeyStore, Protection
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.dialogs.unlock_dialog import ProtectionDialog, UnlockDialog
from vision_journal.ui.unlock import KeyFlow, open_journal

FAST = KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)
PASSPHRASE = "a good long passphrase"


def test_keyring_journal_opens_without_a_prompt(paths: JournalPaths, qtbot: QtBot) -> None:
    Journal.open(paths).close()

    def no_dialog(*_: object) -> UnlockDialog:
        raise AssertionError("asked for a passphrase")

    flow = KeyFlow(paths, unlock_dialog=no_dialog)
    journal = open_journal(paths, flow=flow)
    assert journal is not None
    journal.close()


def test_unlock_dialog_survives_wrong_attempts(paths: JournalPaths, qtbot: QtBot) -> None:
    key = KeyStore(paths).create_with_passphrase(PASSPHRASE, FAST)
    dialog = UnlockDialog(KeyStore(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "not it")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "does not unlock" in dialog.message_label.text()
    assert dialog.passphrase_edit.text() == ""
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted.value
    assert dialog.key() == key
    assert dialog.attempts == 2


def test_first_run_choice_explains_and_disables_a_missing_keyring(qtbot: QtBot) -> None:
    dialog = ProtectionDialog(is_keyring_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.keyring_button.isEnabled()
    assert dialog.protection() is Protection.PASSPHRASE
    assert "No secure keyring" in dialog.note_label.text()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE + "x")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.message_label.text()


class _Failing:
    vision_journal_trusted = True

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("broken")


def test_failed_keyring_falls_back_to_the_passphrase_and_says_why(
    paths: JournalPaths, qtbot: QtBot
) -> None:
    store = KeyStore(paths)
    key = store.create_with_keyring()
    store.set_passphrase(key, PASSPHRASE, FAST)
    shown: list[str] = []

    def dialog(store: KeyStore, reason: str, parent: QWidget | None) -> UnlockDialog:
        shown.append(reason)
        made = UnlockDialog(store, reason, parent)
        qtbot.addWidget(made)

        def type_it() -> None:
            made.passphrase_edit.setText(PASSPHRASE)
            made.buttons.accepted.emit()

        QTimer.singleShot(0, type_it)
        return made

    flow = KeyFlow(paths, KeyringAccess(_Failing()), unlock_dialog=dialog)
    assert flow.obtain_key() == key
    assert shown
    assert shown[0].startswith("Keyring failed")
