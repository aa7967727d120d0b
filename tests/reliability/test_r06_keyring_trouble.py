"""R6: keyring trouble is survivable.

Fail, erroring, locked, null, plaintext, wrong-key and hanging backends: the passphrase is
the fallback, the key never goes to an insecure backend, "no keyring" reads differently from
"keyring failed", nothing is deleted, and no call blocks longer than two seconds.
"""

from __future__ import annotations

import threading
import time

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError

from vision_journal.core.journal import Journal
from vision_journal.core.keys import (
    KEYRING_TIMEOUT_S,
    KdfParams,
    KeyringAccess,
    KeyringFailedError,
    KeyStore,
    PassphraseRequiredError,
    new_key,
)
from vision_journal.core.keys import (
    NoKeyringError as NoSecureKeyringError,
)
from vision_journal.core.paths import JournalPaths

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)
PASSPHRASE = "correct horse battery"


class _Recording(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


class FailKeyring(_Recording):
    """Like keyring.backends.fail: no backend at all."""

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


class NullKeyring(_Recording):
    """Like keyring.backends.null: silently drops what it is given."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password  # recorded only to prove it never got it

    def get_password(self, service: str, username: str) -> str | None:
        return None


class PlaintextKeyring(_Recording):
    """Like keyrings.alt.file.PlaintextKeyring: works, but writes secrets in clear."""


class ErroringKeyring(_Recording):
    vision_journal_trusted = True  # an allow-listed backend that breaks

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus said no")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("D-Bus said no")


class LockedKeyring(_Recording):
    vision_journal_trusted = True

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


class WrongKeyKeyring(_Recording):
    vision_journal_trusted = True

    def get_password(self, service: str, username: str) -> str | None:
        return new_key().hex()


class HangingKeyring(_Recording):
    vision_journal_trusted = True

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)


INSECURE = [FailKeyring, NullKeyring, PlaintextKeyring]
FAILING = [ErroringKeyring, LockedKeyring, HangingKeyring]


@pytest.mark.parametrize("backend_class", INSECURE, ids=lambda c: c.__name__)
def test_insecure_backend_is_no_keyring_and_never_gets_the_key(
    paths: JournalPaths, backend_class: type[_Recording]
) -> None:
    backend = backend_class()
    store = KeyStore(paths, KeyringAccess(backend))
    assert not store.keyring.is_available()
    with pytest.raises(NoSecureKeyringError, match="No secure keyring"):
        store.create_with_keyring()
    key = store.create_with_passphrase(PASSPHRASE, FAST_KDF)  # the fallback
    Journal.open(paths, key).close()
    assert backend.stored == {}
    assert key.hex() not in paths.key_file.read_text()


@pytest.mark.parametrize("backend_class", FAILING, ids=lambda c: c.__name__)
def test_failing_backend_is_keyring_failed_within_two_seconds(
    paths: JournalPaths, backend_class: type[_Recording]
) -> None:
    backend = backend_class()
    store = KeyStore(paths, KeyringAccess(backend))
    started = time.monotonic()
    with pytest.raises(KeyringFailedError, match="keyring"):
        store.create_with_keyring()
    assert time.monotonic() - started < KEYRING_TIMEOUT_S + 0.5
    assert not paths.key_file.exists()  # nothing half-created
    if isinstance(backend, HangingKeyring):
        backend.release.set()


@pytest.mark.parametrize(
    "backend_class", [*FAILING, WrongKeyKeyring, FailKeyring], ids=lambda c: c.__name__
)
def test_keyring_journal_falls_back_to_its_passphrase_and_deletes_nothing(
    paths: JournalPaths, backend_class: type[_Recording]
) -> None:
    key = KeyStore(paths).create_with_keyring()  # the in-memory keyring of tests/conftest.py
    KeyStore(paths).set_passphrase(key, PASSPHRASE, FAST_KDF)  # its fallback
    Journal.open(paths, key).close()
    database, key_file = paths.database.read_bytes(), paths.key_file.read_bytes()
    backend = backend_class()
    store = KeyStore(paths, KeyringAccess(backend))
    started = time.monotonic()
    with pytest.raises((KeyringFailedError, NoSecureKeyringError)) as raised:
        store.key_from_keyring()
    assert time.monotonic() - started < KEYRING_TIMEOUT_S + 0.5
    expected = NoSecureKeyringError if backend_class is FailKeyring else KeyringFailedError
    assert type(raised.value) is expected
    assert store.key_from_passphrase(PASSPHRASE) == key
    Journal.open(paths, key).close()
    assert paths.key_file.read_bytes() == key_file
    assert len(paths.database.read_bytes()) >= len(database) > 0
    if isinstance(backend, HangingKeyring):
        backend.release.set()


def test_passphrase_journal_needs_the_passphrase_without_asking_the_keyring(
    paths: JournalPaths,
) -> None:
    KeyStore(paths).create_with_passphrase(PASSPHRASE, FAST_KDF)
    with pytest.raises(PassphraseRequiredError):
        Journal.open(paths)
