"""``python -m debtassist``: the ``debtassist`` command."""

from debtassist.launch import run

if __name__ == "__main__":
    run()
