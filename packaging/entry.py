"""Entry point of the frozen program (PyInstaller): the same as the ``debtassist`` console command."""

import sys

from debtassist.cli import main

if __name__ == "__main__":
    sys.exit(main())
