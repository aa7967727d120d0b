"""The SQLCipher probe: which cipher library this installation (or packaged bundle) carries.

Run as `python -m vision_journal.core.probe`; prints the SQLCipher version and exits 0 only
for SQLCipher 4.x, so the packaging checks can run it inside the built bundle.
"""

from __future__ import annotations

import sys

from vision_journal.core.db.engine import sqlcipher_module


def cipher_version() -> str:
    """SQLCipher's own version string (e.g. "4.6.1 community"), from an in-memory database."""
    connection = sqlcipher_module().connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row and row[0] else ""


def main() -> int:
    """Print the cipher version; 0 when it is SQLCipher 4.x."""
    version = cipher_version()
    print(f"sqlcipher {version or 'missing'}")
    return 0 if version.startswith("4.") else 1


if __name__ == "__main__":
    sys.exit(main())
