"""The two dialogs around the journal key: unlocking with a passphrase, and the first-run
choice of how the journal is protected.

The unlock dialog checks the passphrase itself and stays open after a wrong one, with a
message that says so; it closes only with the key in hand, or on Cancel.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vision_journal.core.errors import JournalOpenError
from vision_journal.core.keys import (
    MIN_PASSPHRASE_LENGTH,
    KeyStore,
    Protection,
    WrongPassphraseError,
)


class UnlockDialog(QDialog):
    """Asks for the passphrase until it unlocks the journal key (or the person cancels)."""

    def __init__(self, store: KeyStore, reason: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._key: bytes | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Unlock your journal"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the passphrase that protects your journal."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason_label = QLabel(reason)
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        layout.addWidget(self.reason_label)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase_edit)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Unlock message"))
        self.message_label.setStyleSheet("color: palette(highlight);")
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def key(self) -> bytes | None:
        """The unlocked journal key, once the dialog was accepted."""
        return self._key

    def _on_buttons_accepted(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.message_label.setText(self.tr("Please type your passphrase."))
            return
        self.attempts += 1
        try:
            self._key = self._store.key_from_passphrase(passphrase)
        except WrongPassphraseError as error:
            self.passphrase_edit.clear()
            self.message_label.setText(str(error))
            self.passphrase_edit.setFocus()
            return
        except JournalOpenError as error:
            self.message_label.setText(str(error))
            return
        self.accept()


class ProtectionDialog(QDialog):
    """The first-run choice: keep the key in the keyring, or protect it with a passphrase."""

    def __init__(self, is_keyring_available: bool, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How should your journal be protected?"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "The system keyring opens your journal without a prompt whenever you are "
                "logged in, but anyone using your unlocked account can read it. A passphrase "
                "is asked for at every start and protects the journal even then, but if you "
                "forget it nobody can recover the journal."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.keyring_button = QRadioButton(self.tr("Keep the key in the system keyring"))
        self.passphrase_button = QRadioButton(self.tr("Protect it with a passphrase"))
        layout.addWidget(self.keyring_button)
        if not is_keyring_available:
            self.keyring_button.setEnabled(False)
            note = note or self.tr("No secure keyring was found on this system.")
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        layout.addWidget(self.passphrase_button)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Repeat:"), self.repeat_edit)
        layout.addLayout(form)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.keyring_button.toggled.connect(self._on_keyring_button_toggled)
        (self.keyring_button if is_keyring_available else self.passphrase_button).setChecked(True)
        self._on_keyring_button_toggled(self.keyring_button.isChecked())

    def _on_keyring_button_toggled(self, is_checked: bool) -> None:
        self.passphrase_edit.setEnabled(not is_checked)
        self.repeat_edit.setEnabled(not is_checked)

    def protection(self) -> Protection:
        """What the person chose."""
        return Protection.KEYRING if self.keyring_button.isChecked() else Protection.PASSPHRASE

    def passphrase(self) -> str:
        """The new passphrase (when a passphrase was chosen)."""
        return self.passphrase_edit.text()

    def _on_buttons_accepted(self) -> None:
        if self.protection() is Protection.PASSPHRASE:
            if len(self.passphrase_edit.text()) < MIN_PASSPHRASE_LENGTH:
                self.message_label.setText(
                    self.tr(
                        "Choose a passphrase of at least %n characters.", "", MIN_PASSPHRASE_LENGTH
                    )
                )
                return
            if self.passphrase_edit.text() != self.repeat_edit.text():
                self.message_label.setText(self.tr("The two passphrases differ."))
                return
        self.accept()
