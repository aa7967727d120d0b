"""The journal key: wrapping, the key file, the keyring allow-list and the time limit."""

from __future__ import annotations

import stat
import threading
import time

import pytest

from vision_journal.core import keys
from vision_journal.core.paths import JournalPaths

FAST = keys.KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)


def test_wrapped_key_unwraps_only_with_its_passphrase() -> None:
    key = keys.new_key()
    wrapped = keys.wrap_key(key, "right passphrase", FAST)
    assert keys.unwrap_key(wrapped, "right passphrase") == key
    with pytest.raises(keys.WrongPassphraseError):
        keys.unwrap_key(wrapped, "wrong passphrase")


def test_fingerprint_is_stable_and_reveals_nothing_of_the_key() -> None:
    key = keys.new_key()
    assert keys.fingerprint(key) == keys.fingerprint(key)
    assert key.hex() not in keys.fingerprint(key)
    assert keys.fingerprint(key) != keys.fingerprint(keys.new_key())


def test_key_file_is_private_and_holds_no_key(paths: JournalPaths) -> None:
    key = keys.KeyStore(paths).create_with_passphrase("a passphrase", FAST)
    assert stat.S_IMODE(paths.key_file.stat().st_mode) == 0o600
    assert key.hex() not in paths.key_file.read_text()
    assert keys.KeyStore(paths).key_from_passphrase("a passphrase") == key


def test_an_existing_key_is_never_replaced(paths: JournalPaths) -> None:
    keys.KeyStore(paths).create_with_passphrase("a passphrase", FAST)
    with pytest.raises(keys.CreatedMeanwhileError):
        keys.KeyStore(paths).create_with_keyring()


def test_damaged_key_file_is_reported_and_left_alone(paths: JournalPaths) -> None:
    paths.ensure()
    paths.key_file.write_text("{not json")
    with pytest.raises(keys.KeyFileError, match="damaged"):
        keys.KeyStore(paths).info()
    assert paths.key_file.read_text() == "{not json"


def test_moving_between_keyring_and_passphrase_keeps_the_key(paths: JournalPaths) -> None:
    store = keys.KeyStore(paths)
    key = store.create_with_keyring()
    store.move_to_passphrase(key, "a passphrase", FAST)
    assert store.keyring.get(keys.fingerprint(key)) is None  # removed from the keyring
    assert store.key_from_passphrase("a passphrase") == key
    store.move_to_keyring(key)
    assert store.key_from_keyring() == key
    assert not store.has_passphrase()


def test_allow_list_refuses_null_fail_and_plaintext_backends() -> None:
    from keyring.backends import fail, null

    assert not keys.is_secure_backend(null.Keyring())
    assert not keys.is_secure_backend(fail.Keyring())
    assert "keyrings.alt.file.PlaintextKeyring" not in keys.SECURE_BACKENDS
    assert "keyring.backends.SecretService.Keyring" in keys.SECURE_BACKENDS


def test_a_hanging_call_is_abandoned_after_the_limit() -> None:
    release = threading.Event()
    started = time.monotonic()
    with pytest.raises(keys.KeyringFailedError, match="did not answer"):
        keys.call_with_timeout(lambda: release.wait(30), 0.2)
    assert time.monotonic() - started < 1
    release.set()
