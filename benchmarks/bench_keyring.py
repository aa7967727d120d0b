"""A keyring backend for benchmark journals only: keeps keys in a JSON file beside them.

The benchmark journals are throwaway data, and the machine that measures them may have no
Secret Service. Selected with `PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring` (with this
folder on `PYTHONPATH`) and `VISION_JOURNAL_BENCH_KEYRING=<file>`, so the app starts exactly
as a person's would, taking its key from "the keyring" without a prompt. Never use it for a
real journal: the key sits in a plain file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

#: The environment variable naming the file the keys are kept in.
KEYRING_FILE_ENV = "VISION_JOURNAL_BENCH_KEYRING"


class FileKeyring(KeyringBackend):
    """Secrets in a JSON file named by `VISION_JOURNAL_BENCH_KEYRING`."""

    priority = 1
    #: Vouches for itself to `core.keys` (benchmarks only, like the tests' memory keyring).
    vision_journal_trusted = True

    def _file(self) -> Path:
        return Path(os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._file()
        if not path.exists():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()}

    def get_password(self, service: str, username: str) -> str | None:
        """The secret stored for `service` and `username`, or None."""
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a secret."""
        data = self._load()
        data[f"{service}/{username}"] = password
        self._file().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        """Forget a secret."""
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._file().write_text(json.dumps(data), encoding="utf-8")
