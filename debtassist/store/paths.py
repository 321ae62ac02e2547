"""Where DebtAssist keeps its data, and the folder layout inside it.

::

    <data>/cases/<case_id>/case.json      the case
    <data>/cases/<case_id>/backups/       rolling backups, case-<UTC time>.json
    <data>/cases/<case_id>/packet.pdf     the last packet built in the window (not for a protected case)
    <data>/locks/<case_id>.lock           per-case lock (+ <case_id>.owner.json: who holds it)
    <data>/trash/<case_id>.<UTC time>/    deleted cases, restorable
    <data>/reference/                     user reference tables (debtassist.reference)

Locks live outside the case folder so that a case can be moved to the trash while its lock is held (Windows
cannot move a folder with an open file inside it).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path
from typing import NamedTuple

from debtassist.rules.safe_text import is_reserved_file_name
from debtassist.store.atomic import FILE_MODE

ENV_VAR = "DEBTASSIST_DATA_DIR"
DIR_MODE = 0o700
CASE_FILE = "case.json"
PACKET_FILE = "packet.pdf"  # the last packet built in the window, beside its case

# Case ids become folder names: keep them to characters that are safe on every file system.
_CASE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def data_dir() -> Path:
    """The data folder: ``$DEBTASSIST_DATA_DIR`` if set, else the platform's per-user data folder."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    from platformdirs import user_data_path  # only without the override: 3 ms with tempfile and shutil

    return user_data_path("debtassist", appauthor=False)


def is_valid_case_id(case_id: str) -> bool:
    return _CASE_ID.fullmatch(case_id) is not None and not is_reserved_file_name(case_id)
    # (a folder named as a Windows device, "CON" or "nul", cannot be made or opened there)


def check_case_id(case_id: str) -> str:
    if not is_valid_case_id(case_id):
        from debtassist.store.errors import StoreError  # the check reads a layout and needs no store errors

        raise StoreError("invalid_id", case_id=case_id)
    return case_id


def ensure_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents, each private (0o700) whatever the umask. Folders that already
    exist are left as they are (the user may have chosen a shared parent on purpose)."""
    missing: list[Path] = []
    probe = path
    while not probe.is_dir():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            make_private_dir(folder)
    return path


def make_private_dir(path: Path) -> None:
    """Create one folder, 0o700 whatever the umask; FileExistsError if it exists (so it can claim a name)."""
    os.mkdir(path, DIR_MODE)
    if sys.platform != "win32":
        os.chmod(path, DIR_MODE)


def chmod_private(path: Path) -> None:
    if sys.platform != "win32":
        os.chmod(path, FILE_MODE)


class DataLayout(NamedTuple):
    root: Path

    @property
    def cases(self) -> Path:
        return self.root / "cases"

    @property
    def trash(self) -> Path:
        return self.root / "trash"

    @property
    def locks(self) -> Path:
        return self.root / "locks"

    @property
    def reference(self) -> Path:
        return self.root / "reference"

    def agency_forms(self) -> Path | None:
        """The folder of an agency's own form definitions (docs/forms.md, "Using an official blank"), when there
        is one: both faces build packets with it."""
        folder = self.root / "forms"
        return folder if folder.is_dir() else None

    def case_dir(self, case_id: str) -> Path:
        return self.cases / check_case_id(case_id)

    def case_file(self, case_id: str) -> Path:
        return self.case_dir(case_id) / CASE_FILE

    def backups_dir(self, case_id: str) -> Path:
        return self.case_dir(case_id) / "backups"

    def lock_file(self, case_id: str) -> Path:
        return self.locks / f"{check_case_id(case_id)}.lock"


def default_layout() -> DataLayout:
    return DataLayout(data_dir())
