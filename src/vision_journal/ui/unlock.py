"""The start-up flow of the key: find or create it, then open the journal.

With a keyring the journal opens without a prompt. Every keyring call is limited to two
seconds (`core.keys`); when the keyring is missing or fails, the flow falls back to the
passphrase if the journal has one and says why ("no keyring" and "keyring failed" read
differently). Nothing is deleted on any failure. A journal that cannot be opened gets its
clear message, and the newest backup is offered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from vision_journal import APP_NAME
from vision_journal.core import backup
from vision_journal.core.db.migrate import refuse_keyless
from vision_journal.core.errors import DamagedJournalError, JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.keys import (
    CreatedMeanwhileError,
    KeyringAccess,
    KeyringFailedError,
    KeyStore,
    KeyUnavailableError,
    MissingKeyFileError,
    NoKeyringError,
    Protection,
    has_encrypted_database,
)
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.dialogs.unlock_dialog import ProtectionDialog, UnlockDialog

#: Builds the passphrase dialog; tests swap in one they drive.
UnlockDialogFactory = Callable[[KeyStore, str, QWidget | None], UnlockDialog]
ProtectionDialogFactory = Callable[[bool, str, QWidget | None], ProtectionDialog]


class KeyFlow:
    """Obtains the journal key, asking the person only when needed."""

    def __init__(
        self,
        paths: JournalPaths,
        keyring: KeyringAccess | None = None,
        parent: QWidget | None = None,
        unlock_dialog: UnlockDialogFactory = UnlockDialog,
        protection_dialog: ProtectionDialogFactory = ProtectionDialog,
        known_key: bytes | None = None,
    ) -> None:
        self.store = KeyStore(paths, keyring)
        #: The key the keyring gave the first frame already (`ui/start.py`): not asked again.
        self._known_key = known_key
        self._parent = parent
        self._unlock_dialog = unlock_dialog
        self._protection_dialog = protection_dialog
        #: Why the keyring was not used this time ("" when it was, or was not needed).
        self.keyring_problem = ""
        #: The key once obtained: the daily backup and a restore need it after opening.
        self.key: bytes | None = None

    def obtain_key(self) -> bytes | None:
        """The journal key, or None when the person cancelled or it cannot be had."""
        if self._known_key is not None:
            return self._known_key
        info = self.store.info()
        if info is None:
            if has_encrypted_database(self.store.paths):
                # A journal without its key file: say so, never offer to make a new key.
                refuse_keyless(self.store.paths)
            return self._create_key()
        if info.current.protection is Protection.KEYRING or (
            info.pending is not None and info.pending.in_keyring
        ):
            try:
                return self.store.key_from_keyring()
            except NoKeyringError as error:
                self.keyring_problem = self.tr_no_keyring(str(error))
            except KeyringFailedError as error:
                self.keyring_problem = self.tr_failed(str(error))
            if not self.store.has_passphrase():
                QMessageBox.critical(
                    self._parent,
                    APP_NAME,
                    f"{self.keyring_problem}\n\nThe journal's key is kept only in the "
                    "keyring, so the journal cannot be opened now. Nothing was changed or "
                    "deleted; try again once the keyring is unlocked.",
                )
                return None
        return self._ask_passphrase()

    @staticmethod
    def tr_no_keyring(detail: str) -> str:
        """The message for "no keyring" (distinct from a failing one)."""
        return f"No keyring: {detail}"

    @staticmethod
    def tr_failed(detail: str) -> str:
        """The message for "keyring failed"."""
        return f"Keyring failed: {detail}"

    def _ask_passphrase(self) -> bytes | None:
        dialog = self._unlock_dialog(self.store, self.keyring_problem, self._parent)
        try:
            if dialog.exec() != UnlockDialog.DialogCode.Accepted.value:
                return None
            return dialog.key()
        finally:
            dialog.deleteLater()

    def _create_key(self) -> bytes | None:
        note = ""
        while True:
            is_available = self.store.keyring.is_available()
            dialog = self._protection_dialog(is_available, note, self._parent)
            try:
                if dialog.exec() != ProtectionDialog.DialogCode.Accepted.value:
                    return None
                protection, passphrase = dialog.protection(), dialog.passphrase()
            finally:
                dialog.deleteLater()
            try:
                if protection is Protection.PASSPHRASE:
                    return self.store.create_with_passphrase(passphrase)
                return self.store.create_with_keyring()
            except CreatedMeanwhileError:
                # A command made this journal while the dialog was open: unlock that one.
                return self.obtain_key()
            except MissingKeyFileError:
                raise
            except KeyUnavailableError as error:
                # Offer the choice again, with the keyring's trouble explained.
                note = self.tr_failed(str(error))


def open_journal(
    paths: JournalPaths,
    parent: QWidget | None = None,
    keyring: KeyringAccess | None = None,
    flow: KeyFlow | None = None,
) -> Journal | None:
    """Unlock and open the journal at `paths`; None when it was not opened (told why)."""
    flow = flow or KeyFlow(paths, keyring, parent)
    try:
        key = flow.obtain_key()
    except JournalOpenError as error:
        QMessageBox.critical(parent, APP_NAME, str(error))
        return None
    if key is None:
        return None
    flow.key = key
    try:
        return Journal.open(paths, key)
    except DamagedJournalError as error:
        return _offer_backup(paths, key, str(error), parent)
    except (JournalOpenError, OSError) as error:
        QMessageBox.critical(parent, APP_NAME, str(error))
        return None


def _offer_backup(
    paths: JournalPaths, key: bytes, message: str, parent: QWidget | None
) -> Journal | None:
    latest = backup.latest_backup(paths)
    if latest is None:
        QMessageBox.critical(parent, APP_NAME, f"{message}\n\nThere is no backup to restore.")
        return None
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        f"{message}\n\nRestore the latest backup, taken {latest.taken_at:%Y-%m-%d %H:%M}? "
        "The damaged file is kept beside it.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        backup.restore(paths, key, latest.path)
        return Journal.open(paths, key)
    except (JournalOpenError, OSError) as error:
        QMessageBox.critical(parent, APP_NAME, str(error))
        return None
