"""The journal key: made at random, kept in a secure keyring or wrapped by a passphrase.

The database is encrypted with a random 256-bit key. That key lives

- in the system keyring, when a secure one exists (an allow-list: Secret Service, KWallet,
  macOS Keychain, Windows Credential Locker; never `null`, which drops secrets, nor a plaintext
  file backend), or
- wrapped by a passphrase the person chooses: Argon2id derives a wrapping key, AES-256-GCM
  seals the journal key, and the result sits in the key file beside the database.

The key file (`journal.key`, JSON, 0600, replaced atomically) always exists once a journal
has a key. It holds the key's fingerprint, an HMAC of a fixed label under the key: SQLCipher
says "file is not a database" both for a wrong key and for a damaged first page, and the
fingerprint tells those apart without touching the database.

Keyring calls run in a worker thread and are abandoned after `KEYRING_TIMEOUT_S` seconds: a
keyring daemon that hangs (a locked collection waiting for a prompt nobody sees) must not
freeze the window. Such a call is reported as "keyring failed", distinct from "no keyring".

Changing the passphrase re-wraps the same key; one atomic file replace makes it crash-safe.
`KeyStore.rekey` also changes the database key: the new key is first recorded as *pending*
in the key file, then `PRAGMA rekey` rewrites the database in one transaction, then the key
file is finalised. After a crash anywhere in between exactly one of the two keys opens the
database, and `KeyStore.settle` finds out which.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import hashlib
import hmac
import json
import os
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from vision_journal.core.errors import JournalOpenError
from vision_journal.core.paths import JournalPaths

KEY_BYTES = 32
KEY_FILE_FORMAT = 1
#: The partial files of a key file being replaced (`write_private_file`).
PARTIAL_KEY_FILES = ".journal.key.*.part"
#: The shortest passphrase accepted for a new journal (the window and the command line).
MIN_PASSPHRASE_LENGTH = 8
KEYRING_SERVICE = "vision-journal"
KEYRING_TIMEOUT_S = 2.0
_FINGERPRINT_LABEL = b"vision-journal key fingerprint v1"
_WRAP_AAD = b"vision-journal wrapped key v1"

#: The keyring backends that keep a secret encrypted and bound to the person's login.
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)

#: A backend class may vouch for itself with this attribute (used by test doubles).
TRUSTED_MARKER = "vision_journal_trusted"

T = TypeVar("T")


# --- errors -------------------------------------------------------------------------------


class KeyUnavailableError(JournalOpenError):
    """The journal key could not be obtained; nothing was changed or deleted."""


class NoKeyringError(KeyUnavailableError):
    """This system has no secure keyring (none at all, or only an insecure one)."""


class KeyringFailedError(KeyUnavailableError):
    """A secure keyring exists but failed: an error, locked, too slow, or a wrong key."""


class PassphraseRequiredError(KeyUnavailableError):
    """The key is wrapped by a passphrase; the person has to type it."""


class WrongPassphraseError(JournalOpenError):
    """The passphrase does not unwrap this journal's key."""


class WrongKeyError(JournalOpenError):
    """The key offered is not this journal's key (its fingerprint differs)."""


class KeyFileError(JournalOpenError):
    """The key file is damaged or of an unknown format; it was not changed."""


class MissingKeyFileError(KeyUnavailableError):
    """The database exists but its key file does not: never a reason to make a new key."""


class CreatedMeanwhileError(KeyUnavailableError):
    """Another process created this journal's key first; open that journal instead."""


def has_encrypted_database(paths: JournalPaths) -> bool:
    """True when a database that needs a key file is there (not a journal from before
    encryption, which is plain SQLite and gets its first key when it is encrypted)."""
    try:
        with paths.database.open("rb") as file:
            return file.read(16) != b"SQLite format 3\x00"
    except FileNotFoundError:
        return False
    except OSError:
        return True


def missing_key_message(paths: JournalPaths) -> str:
    """What to say when the key file beside an existing journal is gone."""
    return (
        f"The journal's key is missing: its key file was expected at {paths.key_file}. "
        "Without it the journal cannot be opened. Put the key file back (from a copy of the "
        "journal folder); the journal was not changed and no new key was made."
    )


NO_KEYRING_MESSAGE = "No secure keyring is available on this system."
WRONG_PASSPHRASE_MESSAGE = "That passphrase does not unlock this journal. Please try again."
WRONG_KEY_MESSAGE = (
    "The key or passphrase does not fit this journal. The journal file was not changed."
)


# --- the key and its fingerprint ----------------------------------------------------------


def new_key() -> bytes:
    """A fresh random 256-bit journal key."""
    return secrets.token_bytes(KEY_BYTES)


def fingerprint(key: bytes) -> str:
    """An HMAC of a fixed label under `key`: names the key without revealing it."""
    return hmac.new(key, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()


# --- passphrase wrapping ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost; stored with each wrapped key so it can be raised later."""

    iterations: int = 3
    lanes: int = 4
    memory_cost_kib: int = 64 * 1024


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True, slots=True)
class WrappedKey:
    """A journal key sealed under a passphrase-derived key."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_cost_kib,
    ).derive(passphrase.encode("utf-8"))


def wrap_key(key: bytes, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> WrappedKey:
    """Seal `key` under `passphrase` (Argon2id + AES-256-GCM)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise ValueError("a passphrase must not be empty")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, key, _WRAP_AAD)
    return WrappedKey(kdf, salt, nonce, sealed)


def unwrap_key(wrapped: WrappedKey, passphrase: str) -> bytes:
    """The key sealed in `wrapped`; raises WrongPassphraseError for any other passphrase."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_derive(passphrase, wrapped.salt, wrapped.kdf)).decrypt(
            wrapped.nonce, wrapped.ciphertext, _WRAP_AAD
        )
    except InvalidTag:
        raise WrongPassphraseError(WRONG_PASSPHRASE_MESSAGE) from None


# --- the key file -------------------------------------------------------------------------


class Protection(enum.Enum):
    """How the person chose to protect the journal key."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
    #: The caller keeps the key itself (a throwaway demo, a test); nothing is stored.
    CALLER = "caller"


@dataclass(frozen=True, slots=True)
class KeySlot:
    """One key's record: its fingerprint and where it is kept."""

    fingerprint: str
    in_keyring: bool = False
    wrapped: WrappedKey | None = None

    @property
    def protection(self) -> Protection:
        """Keyring first: a passphrase beside a keyring entry is the fallback."""
        if self.in_keyring:
            return Protection.KEYRING
        if self.wrapped is not None:
            return Protection.PASSPHRASE
        return Protection.CALLER


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What the key file says: the current key and, during a rekey, the next one."""

    current: KeySlot
    pending: KeySlot | None = None

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the key that should open the database."""
        return self.current.fingerprint


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    data: dict[str, Any] = {"fingerprint": slot.fingerprint, "in_keyring": slot.in_keyring}
    if slot.wrapped is not None:
        w = slot.wrapped
        data["wrapped"] = {
            "kdf": "argon2id",
            "iterations": w.kdf.iterations,
            "lanes": w.kdf.lanes,
            "memory_cost_kib": w.kdf.memory_cost_kib,
            "salt": _b64(w.salt),
            "nonce": _b64(w.nonce),
            "ciphertext": _b64(w.ciphertext),
        }
    return data


def _slot_from_json(data: Any) -> KeySlot:
    if not isinstance(data, dict):
        raise ValueError("slot")
    fp = data["fingerprint"]
    in_keyring = data.get("in_keyring", False)
    if not isinstance(fp, str) or not isinstance(in_keyring, bool):
        raise ValueError("slot fields")
    raw = data.get("wrapped")
    wrapped = None
    if raw is not None:
        if not isinstance(raw, dict) or raw.get("kdf") != "argon2id":
            raise ValueError("kdf")
        kdf = KdfParams(int(raw["iterations"]), int(raw["lanes"]), int(raw["memory_cost_kib"]))
        wrapped = WrappedKey(
            kdf,
            base64.b64decode(raw["salt"], validate=True),
            base64.b64decode(raw["nonce"], validate=True),
            base64.b64decode(raw["ciphertext"], validate=True),
        )
        _check_wrapped(wrapped)
    return KeySlot(fp, in_keyring, wrapped)


#: The bounds of a key file's Argon2id cost: a file outside them is damaged or hostile, and
#: deriving with it would take hours or all the memory there is.
MAX_KDF_ITERATIONS = 64
MAX_KDF_LANES = 64
MAX_KDF_MEMORY_KIB = 1024 * 1024


def _check_wrapped(wrapped: WrappedKey) -> None:
    kdf = wrapped.kdf
    if not (
        1 <= kdf.iterations <= MAX_KDF_ITERATIONS
        and 1 <= kdf.lanes <= MAX_KDF_LANES
        and 8 * kdf.lanes <= kdf.memory_cost_kib <= MAX_KDF_MEMORY_KIB
        and len(wrapped.salt) >= 8
        and len(wrapped.nonce) == 12
        and len(wrapped.ciphertext) == KEY_BYTES + 16
    ):
        raise ValueError("wrapped key parameters")


def read_key_info(paths: JournalPaths) -> KeyInfo | None:
    """The key file's content, or None when this journal has no key file yet."""
    try:
        text = paths.key_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(_key_file_message(paths)) from exc
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != KEY_FILE_FORMAT:
            raise ValueError("format")
        pending = data.get("pending")
        return KeyInfo(
            _slot_from_json(data["current"]),
            _slot_from_json(pending) if pending is not None else None,
        )
    except (ValueError, KeyError, TypeError, OverflowError, RecursionError) as exc:
        raise KeyFileError(_key_file_message(paths)) from exc


def _key_file_message(paths: JournalPaths) -> str:
    return (
        f"The key file {paths.key_file.name} is damaged or was written by a newer version. "
        "It was not changed."
    )


def write_key_info(paths: JournalPaths, info: KeyInfo) -> None:
    """Replace the key file atomically (0600): afterwards it holds the old or the new info."""
    data: dict[str, Any] = {"format": KEY_FILE_FORMAT, "current": _slot_to_json(info.current)}
    if info.pending is not None:
        data["pending"] = _slot_to_json(info.pending)
    write_private_file(paths.key_file, json.dumps(data, indent=1).encode("utf-8"))


def write_private_file(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically, mode 0600 whatever the umask."""
    from vision_journal.core.locks import hold

    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        hold(fd)  # work in progress: not a leftover to remove (core.locks)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (folders cannot be opened like this on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the keyring --------------------------------------------------------------------------


def _class_path(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def is_secure_backend(backend: object) -> bool:
    """True for an allow-listed keyring backend (or a test double that vouches for itself)."""
    if getattr(type(backend), TRUSTED_MARKER, False) is True:
        return True
    return _class_path(backend) in SECURE_BACKENDS


def pick_secure_backend(backend: object) -> object | None:
    """The secure backend to use among `backend` (a chainer is searched), or None."""
    if is_secure_backend(backend):
        return backend
    children = getattr(backend, "backends", None)
    if _class_path(backend) == "keyring.backends.chainer.ChainerBackend" and children:
        return next((child for child in children if is_secure_backend(child)), None)
    return None


def call_with_timeout(call: Callable[[], T], timeout_s: float = KEYRING_TIMEOUT_S) -> T:
    """Run `call` in a daemon thread; give up after `timeout_s` (KeyringFailedError).

    A hung call is abandoned, not killed: Python cannot stop a thread, and a daemon thread
    does not keep the process alive at exit.
    """
    outcome: list[tuple[bool, Any]] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="keyring-call", daemon=True).start()
    if not done.wait(timeout_s):
        raise KeyringFailedError(
            f"The keyring did not answer within {timeout_s:g} seconds (it may be locked)."
        )
    is_ok, value = outcome[0]
    if not is_ok:
        raise value
    return value  # type: ignore[no-any-return]


def _username(fp: str) -> str:
    # Named by fingerprint, so a journal folder that moves keeps finding its key.
    return f"journal-key-{fp}"


class KeyringAccess:
    """Calls to the keyring, each limited to `timeout_s`, on the allow-listed backend only."""

    def __init__(self, backend: object | None = None, timeout_s: float = KEYRING_TIMEOUT_S):
        self._backend = backend
        self._timeout_s = timeout_s

    def _secure(self) -> Any:
        # keyring.get_keyring() itself may probe D-Bus, so it runs under the time limit too.
        def find() -> object | None:
            import keyring

            return pick_secure_backend(
                self._backend if self._backend is not None else keyring.get_keyring()
            )

        backend = call_with_timeout(find, self._timeout_s)
        if backend is None:
            raise NoKeyringError(NO_KEYRING_MESSAGE)
        return backend

    def is_available(self) -> bool:
        """True when a secure keyring exists (it may still fail when used)."""
        try:
            self._secure()
        except NoKeyringError:
            return False
        except KeyringFailedError:
            return True
        return True

    def _run(self, action: Callable[[Any], T], what: str) -> T:
        backend = self._secure()
        try:
            return call_with_timeout(lambda: action(backend), self._timeout_s)
        except KeyUnavailableError:
            raise
        except Exception as exc:
            # keyring's errors (KeyringLocked, a D-Bus failure) name no secret; only the
            # class name goes into the message.
            raise KeyringFailedError(
                f"The keyring failed while {what} ({type(exc).__name__})."
            ) from exc

    def get(self, fp: str) -> bytes | None:
        """The key stored for fingerprint `fp`, checked against it; None when absent."""
        value = self._run(
            lambda b: b.get_password(KEYRING_SERVICE, _username(fp)), "reading the key"
        )
        if value is None:
            return None
        try:
            key = bytes.fromhex(str(value))
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES or not hmac.compare_digest(fingerprint(key), fp):
            raise KeyringFailedError("The keyring returned a key that does not fit this journal.")
        return key

    def put(self, key: bytes) -> None:
        """Store `key` and read it back: a backend that drops secrets is caught here."""
        fp = fingerprint(key)
        self._run(
            lambda b: b.set_password(KEYRING_SERVICE, _username(fp), key.hex()), "storing the key"
        )
        if self.get(fp) != key:
            raise KeyringFailedError("The keyring did not keep the key.")

    def delete(self, fp: str) -> None:
        """Remove the entry for `fp` (only after the key is safely kept elsewhere)."""

        def remove(backend: Any) -> None:
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # already gone
                backend.delete_password(KEYRING_SERVICE, _username(fp))

        self._run(remove, "removing the key")


# --- one journal's key --------------------------------------------------------------------


class KeyStore:
    """Finds, creates and re-protects the key of the journal at `paths`."""

    def __init__(self, paths: JournalPaths, keyring: KeyringAccess | None = None) -> None:
        self.paths = paths
        self.keyring = keyring if keyring is not None else KeyringAccess()

    def info(self) -> KeyInfo | None:
        """The key file's content (None for a journal without a key yet)."""
        return read_key_info(self.paths)

    # Creating ------------------------------------------------------------------------------

    def create_with_keyring(self) -> bytes:
        """A new key kept in the keyring; raises NoKeyringError / KeyringFailedError, and
        CreatedMeanwhileError when another process made the journal's key first."""
        key = new_key()
        with self._creating():
            self.keyring.put(key)
            self._write(KeyInfo(KeySlot(fingerprint(key), in_keyring=True)))
        return key

    def create_with_passphrase(self, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
        """A new key wrapped by `passphrase` in the key file (CreatedMeanwhileError when
        another process made the journal's key first)."""
        key = new_key()
        wrapped = wrap_key(key, passphrase, kdf)
        with self._creating():
            self._write(KeyInfo(KeySlot(fingerprint(key), wrapped=wrapped)))
        return key

    def adopt(self, key: bytes) -> None:
        """Record the fingerprint of a key the caller keeps itself (demo, tests); the
        caller has checked that `key` opens the database, if there is one."""
        with contextlib.suppress(CreatedMeanwhileError), self._creating(has_database=True):
            self._write(KeyInfo(KeySlot(fingerprint(key))))

    @contextlib.contextmanager
    def _creating(self, *, has_database: bool = False) -> Iterator[None]:
        """Hold the folder's creation lock while a first key is written, after checking
        that there is still no key and no database.

        Two first starts at the same moment both come here; the first writes its key (and
        then its database, under the same lock), the second finds that key and is told to
        open the journal it belongs to. A database without a key file is never given a new
        key: that would lock it for good.
        """
        from vision_journal.core.locks import creation_lock

        self.paths.ensure()
        with creation_lock(self.paths.data_dir):
            if self.info() is not None:
                raise CreatedMeanwhileError("This journal already has a key; it was not replaced.")
            if has_encrypted_database(self.paths) and not has_database:
                raise MissingKeyFileError(missing_key_message(self.paths))
            yield

    def _forget(self, fp: str) -> None:
        # Best effort: an orphaned keyring entry is harmless, the key file no longer names it.
        with contextlib.suppress(KeyUnavailableError):
            self.keyring.delete(fp)

    def _write(self, info: KeyInfo) -> None:
        self.paths.ensure()
        write_key_info(self.paths, info)

    # Unlocking -----------------------------------------------------------------------------

    def _slots(self) -> list[KeySlot]:
        info = self.info()
        if info is None:
            if has_encrypted_database(self.paths):
                raise MissingKeyFileError(missing_key_message(self.paths))
            raise KeyUnavailableError("This journal has no key yet.")
        return [info.current] + ([info.pending] if info.pending is not None else [])

    def key_from_keyring(self) -> bytes:
        """The key from the keyring; raises NoKeyringError / KeyringFailedError."""
        slots = [slot for slot in self._slots() if slot.in_keyring]
        if not slots:
            raise KeyUnavailableError("This journal's key is not kept in the keyring.")
        found: dict[str, bytes] = {}
        for slot in slots:
            key = self.keyring.get(slot.fingerprint)
            if key is not None:
                found[slot.fingerprint] = key
        if not found:
            raise KeyringFailedError("The keyring has no key for this journal.")
        return self._settle(found, KeyringFailedError)

    def key_from_passphrase(self, passphrase: str) -> bytes:
        """The key unwrapped by `passphrase`; raises WrongPassphraseError."""
        slots = [slot for slot in self._slots() if slot.wrapped is not None]
        if not slots:
            raise KeyUnavailableError("This journal's key is not protected by a passphrase.")
        found: dict[str, bytes] = {}
        for slot in slots:
            assert slot.wrapped is not None
            try:
                found[slot.fingerprint] = unwrap_key(slot.wrapped, passphrase)
            except WrongPassphraseError:
                continue
        if not found:
            raise WrongPassphraseError(WRONG_PASSPHRASE_MESSAGE)
        return self._settle(found, WrongPassphraseError)

    def _settle(self, found: dict[str, bytes], error: type[JournalOpenError]) -> bytes:
        """Pick the key that opens the database, finishing a rekey a crash interrupted."""
        info = self.info()
        assert info is not None
        if info.pending is None:
            return found[info.fingerprint]
        # A rekey was interrupted: the database is under exactly one of the two keys.
        for slot in (info.pending, info.current):
            key = found.get(slot.fingerprint)
            if key is not None and _opens(self.paths.database, key):
                self._write(KeyInfo(slot))
                other = info.current if slot is info.pending else info.pending
                if other.in_keyring:
                    self._forget(other.fingerprint)
                return key
        if info.pending.fingerprint not in found:
            # What we were given unlocks only the old key, and the database no longer uses it.
            raise error(
                "The journal's key was changed; this is the old passphrase. Use the new one."
            )
        # Neither key opens the file: it is damaged, and the probe will say so.
        return found[info.pending.fingerprint]

    def has_passphrase(self) -> bool:
        """True when a passphrase can unlock the journal (alone or as the keyring's fallback)."""
        info = self.info()
        return info is not None and any(
            s.wrapped is not None for s in (info.current, info.pending) if s is not None
        )

    def unattended_key(self) -> bytes:
        """The key without asking anyone: from the keyring, or a new one kept there.

        For callers that cannot prompt (scripts, tests). Raises PassphraseRequiredError
        when only a passphrase unlocks the journal.
        """
        info = self.info()
        if info is None:
            if has_encrypted_database(self.paths):
                raise MissingKeyFileError(missing_key_message(self.paths))
            try:
                return self.create_with_keyring()
            except CreatedMeanwhileError:
                return self.unattended_key()
        if any(s.in_keyring for s in (info.current, info.pending) if s is not None):
            return self.key_from_keyring()
        if self.has_passphrase():
            raise PassphraseRequiredError("This journal is protected by a passphrase.")
        raise KeyUnavailableError(
            "The key of this journal was kept by the program that created it."
        )

    # Changing ------------------------------------------------------------------------------

    def _current(self, key: bytes) -> KeyInfo:
        info = self.info()
        if info is None or not hmac.compare_digest(info.fingerprint, fingerprint(key)):
            raise WrongKeyError(WRONG_KEY_MESSAGE)
        if info.pending is not None:
            raise KeyFileError("A key change was interrupted; unlock the journal first.")
        return info

    def set_passphrase(
        self, key: bytes, passphrase: str | None, kdf: KdfParams = DEFAULT_KDF
    ) -> None:
        """Wrap the key by a new passphrase (None: remove it, only while in the keyring).

        One atomic replace of the key file: afterwards the old or the new passphrase works,
        never neither.
        """
        info = self._current(key)
        if passphrase is None and not info.current.in_keyring:
            raise KeyUnavailableError("Without the keyring the journal needs a passphrase.")
        wrapped = wrap_key(key, passphrase, kdf) if passphrase is not None else None
        self._write(replace(info, current=replace(info.current, wrapped=wrapped)))

    def move_to_keyring(self, key: bytes, keep_passphrase: bool = False) -> None:
        """Keep the key in the keyring; the passphrase stays only if asked (as a fallback)."""
        info = self._current(key)
        self.keyring.put(key)  # stored and read back before the key file changes
        wrapped = info.current.wrapped if keep_passphrase else None
        self._write(replace(info, current=KeySlot(info.fingerprint, True, wrapped)))

    def move_to_passphrase(self, key: bytes, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Keep the key wrapped by `passphrase` only; the keyring entry goes last."""
        info = self._current(key)
        self._write(
            replace(info, current=KeySlot(info.fingerprint, False, wrap_key(key, passphrase, kdf)))
        )
        if info.current.in_keyring:
            self._forget(info.fingerprint)

    def rekey(
        self,
        key: bytes,
        passphrase: str | None,
        kdf: KdfParams = DEFAULT_KDF,
        *,
        after_pending: Callable[[], None] | None = None,
    ) -> bytes:
        """Re-encrypt the database under a new random key; returns the new key.

        The new key is kept like the old one (keyring and/or `passphrase`). Crash-safe: see
        the module docstring. The journal must not be open elsewhere (single instance).
        `after_pending` is a hook for tests that crash the process at that point.
        """
        from vision_journal.core.db.engine import connect_raw, raw_key

        info = self._current(key)
        if passphrase is None and not info.current.in_keyring:
            raise KeyUnavailableError("Without the keyring the journal needs a passphrase.")
        new = new_key()
        if info.current.in_keyring:
            self.keyring.put(new)
        slot = KeySlot(
            fingerprint(new),
            info.current.in_keyring,
            wrap_key(new, passphrase, kdf) if passphrase is not None else None,
        )
        self._write(KeyInfo(info.current, pending=slot))
        if after_pending is not None:
            after_pending()
        connection = connect_raw(self.paths.database, key)
        try:
            # One transaction inside SQLCipher: the file is wholly old-key or new-key.
            connection.execute(f'PRAGMA rekey = "{raw_key(new)}"')
        finally:
            connection.close()
        self._write(KeyInfo(slot))
        if info.current.in_keyring:
            self._forget(info.fingerprint)
        return new


def _opens(database: Path, key: bytes) -> bool:
    from vision_journal.core.db.engine import connect_raw

    try:
        connection = connect_raw(database, key, read_only=True)
    except Exception:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except Exception:
        return False
    finally:
        connection.close()
