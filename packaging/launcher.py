"""Entry script of the PyInstaller bundle: the same `main()` as the `vision-journal` command."""

import sys

from vision_journal.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
