"""Entry point of the frozen program (PyInstaller): the same as the ``debtassist`` console command."""

import sys

from debtassist.launch import run

if __name__ == "__main__":
    sys.exit(run())
