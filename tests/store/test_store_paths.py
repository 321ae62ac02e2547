from __future__ import annotations

import sys
from pathlib import Path

import pytest
from platformdirs import user_data_path

from debtassist.store.errors import StoreError
from debtassist.store.paths import ENV_VAR, DataLayout, check_case_id, data_dir, ensure_dir

from .store_helpers import mode

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def test_env_var_overrides_data_dir(data_root: Path) -> None:
    assert data_dir() == data_root


def test_default_data_dir_is_the_platform_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR)
    assert data_dir() == user_data_path("debtassist", appauthor=False)
    monkeypatch.setenv(ENV_VAR, "  ")  # blank counts as unset
    assert data_dir() == user_data_path("debtassist", appauthor=False)


def test_layout(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path)
    assert layout.case_file("abc") == tmp_path / "cases" / "abc" / "case.json"
    assert layout.backups_dir("abc") == tmp_path / "cases" / "abc" / "backups"
    assert layout.trash == tmp_path / "trash"
    assert layout.reference == tmp_path / "reference"
    assert layout.lock_file("abc") == tmp_path / "locks" / "abc.lock"


@pytest.mark.parametrize("bad", ["", "../etc", "a/b", "a\\b", "..", "a b", "ü", "x" * 65, "a.b"])
def test_case_ids_that_are_not_safe_folder_names_are_refused(bad: str) -> None:
    with pytest.raises(StoreError) as info:
        check_case_id(bad)
    assert info.value.kind == "invalid_id"
    with pytest.raises(StoreError):
        DataLayout(Path("/x")).case_dir(bad)


@posix_only
@pytest.mark.usefixtures("open_umask")
def test_ensure_dir_creates_private_folders(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    target = tmp_path / "a" / "b" / "c"
    ensure_dir(target)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert mode(folder) == 0o700
    ensure_dir(target)  # idempotent
    assert mode(tmp_path) == 0o755  # a folder that existed is left as it is
