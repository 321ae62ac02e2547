"""Passphrase protection: the envelope (AES-256-GCM, memory-hard KDF) and the library's protected cases.

The KDF cost is lowered for every test here (``fast_kdf``); files keep the parameters they were written with, so
the library and the crash writer's child process read them at that cost too. The defaults are checked apart.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debtassist.i18n import langs, tr
from debtassist.model.case import Case
from debtassist.model.codec import case_from_json, case_to_json
from debtassist.store import crypto
from debtassist.store.crypto import decrypt, encrypt, is_encrypted
from debtassist.store.errors import (
    CaseLockedError,
    CaseUnreadableError,
    EncryptedDamagedError,
    PassphraseRequiredError,
    StoreError,
    WriteFailedError,
    WrongPassphraseError,
)
from debtassist.store.library import CaseLibrary

from .store_helpers import make_case, temp_files, without_meta

DEFAULT_ARGON2ID = crypto.ARGON2ID
DEFAULT_SCRYPT = crypto.SCRYPT
HAS_ARGON2ID = crypto.argon2id_available()

PW = "月光 下的 貓 correct horse"
OTHER_PW = "another passphrase 2"
NAME = "王小明"
NATIONAL_ID = "A123456789"
AMOUNT = 9_876_543
NOTE = "祕密備註：只在本機"
# What must never be found in the clear under the data folder once a case is protected.
SECRETS = [NAME.encode(), NATIONAL_ID.encode(), str(AMOUNT).encode(), NOTE.encode()]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "ARGON2ID", crypto.Argon2idParams(memory_kib=64, iterations=1, lanes=1))
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10, r=8, p=1))


@pytest.fixture(params=["argon2id", "scrypt"])
def kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "argon2id" and not HAS_ARGON2ID:
        pytest.skip("this cryptography build has no Argon2id")
    if request.param == "scrypt":
        monkeypatch.setattr(crypto, "argon2id_available", lambda: False)
    return str(request.param)


def secret_case(note: str = NOTE) -> Case:
    case = make_case(note, name=NAME, national_id=NATIONAL_ID)
    case.creditors[0].principal = AMOUNT
    return case


def plaintext_hits(root: Path) -> list[str]:
    """Every file under ``root`` (backups, temp files, damaged copies, locks) that holds a secret in UTF-8."""
    hits = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.relative_to(root)}: {text.decode()}" for text in SECRETS if text in data]
    return hits


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()
    }


def save_notes(library: CaseLibrary, case_id: str, notes: list[str], passphrase: str | None = None) -> None:
    with library.open(case_id, passphrase) as handle:
        for note in notes:
            handle.save(handle.case.replace(notes=note))


def backup_notes(library: CaseLibrary, case_id: str, passphrase: str) -> list[str]:
    return [
        case_from_json(decrypt(ref.path.read_bytes(), passphrase, case_id))[0].notes
        for ref in library.backups(case_id)
    ]


# -- the envelope ---------------------------------------------------------------------------------------------


def test_round_trip(kdf: str) -> None:
    plaintext = case_to_json(secret_case()).encode()
    envelope = encrypt(plaintext, PW, "case-1")
    assert is_encrypted(envelope)
    assert not any(text in envelope for text in SECRETS)
    doc = json.loads(envelope)
    assert list(doc) == ["debtassist_encrypted", "case_id", "kdf", "check", "nonce", "ciphertext"]
    assert doc["debtassist_encrypted"] == 1 and doc["case_id"] == "case-1"
    assert doc["kdf"]["name"] == kdf
    assert len(base64.b64decode(doc["kdf"]["salt"])) == 16
    assert len(base64.b64decode(doc["nonce"])) == 12
    assert decrypt(envelope, PW, "case-1") == plaintext
    again = json.loads(encrypt(plaintext, PW, "case-1"))
    assert again["kdf"]["salt"] != doc["kdf"]["salt"] and again["nonce"] != doc["nonce"]
    assert decrypt(encrypt(b"", PW, "x"), PW, "x") == b""


def test_passphrase_is_compared_in_nfc() -> None:
    composed, decomposed = "caf\u00e9 台灣", "cafe\u0301 台灣"
    assert decrypt(encrypt(b"data", composed, "c"), decomposed, "c") == b"data"


def test_one_key_seals_many_saves() -> None:
    key = crypto.Passphrase(PW).new_key()
    first, second = key.seal(b"one", "c"), key.seal(b"two", "c")
    assert json.loads(first)["kdf"] == json.loads(second)["kdf"]  # same salt, no new derivation
    assert json.loads(first)["nonce"] != json.loads(second)["nonce"]
    assert repr(crypto.Passphrase(PW)) == "Passphrase(<hidden>)" and PW not in repr(key)
    assert [decrypt(first, PW, "c"), decrypt(second, PW, "c")] == [b"one", b"two"]


def test_wrong_passphrase(kdf: str) -> None:
    envelope = encrypt(b"secret", PW, "c")
    for wrong in (OTHER_PW, "", PW + " ", PW.upper()):
        with pytest.raises(WrongPassphraseError) as info:
            decrypt(envelope, wrong, "c")
        assert info.value.kind == "wrong_passphrase"


def _flip(value: str) -> str:
    data = bytearray(base64.b64decode(value))
    data[len(data) // 2] ^= 0x01
    return base64.b64encode(bytes(data)).decode()


def _set(path: str, value: Callable[[Any], Any]) -> Callable[[dict[str, Any]], None]:
    *parents, last = path.split(".")

    def mutate(doc: dict[str, Any]) -> None:
        for part in parents:
            doc = doc[part]
        doc[last] = value(doc[last])

    return mutate


def _cost_key(kdf: dict[str, Any]) -> str:
    return "n" if "n" in kdf else "iterations"


TAMPERING: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "ciphertext": (_set("ciphertext", _flip), "encrypted_damaged"),
    "nonce": (_set("nonce", _flip), "encrypted_damaged"),
    "salt": (_set("kdf.salt", _flip), "wrong_passphrase"),
    "check": (_set("check", _flip), "wrong_passphrase"),
    "kdf cost": (_set("kdf", lambda kdf: {**kdf, _cost_key(kdf): 2}), "wrong_passphrase"),
    "case id": (_set("case_id", lambda _: "case-2"), "encrypted_damaged"),
    "short ciphertext": (
        _set("ciphertext", lambda _: base64.b64encode(b"x" * 8).decode()),
        "encrypted_damaged",
    ),
    "bad base64": (_set("nonce", lambda _: "not base64!"), "encrypted_damaged"),
    "extra field": (lambda doc: doc.update(hint="x"), "encrypted_damaged"),
    "huge kdf cost": (_set("kdf", lambda kdf: {**kdf, _cost_key(kdf): 2**30}), "kdf_too_costly"),
    "newer format": (_set("debtassist_encrypted", lambda _: 2), "encryption_unsupported"),
    "unknown kdf": (_set("kdf", lambda kdf: {**kdf, "name": "balloon"}), "encryption_unsupported"),
}


@pytest.mark.parametrize("what", list(TAMPERING))
def test_tampering_is_rejected(kdf: str, what: str) -> None:
    envelope = encrypt(b"the case", PW, "case-1")
    doc = json.loads(envelope)
    mutate, kind = TAMPERING[what]
    mutate(doc)
    with pytest.raises(StoreError) as info:
        decrypt(json.dumps(doc).encode(), PW, "case-1")
    assert info.value.kind == kind
    assert info.value.message("zh-TW").strip() and info.value.message("en").strip()


def test_associated_data_binds_the_case_id() -> None:
    # A file moved to another case and relabelled to match it still fails: the id is authenticated.
    doc = json.loads(encrypt(b"the case", PW, "case-1"))
    doc["case_id"] = "case-2"
    with pytest.raises(EncryptedDamagedError):
        decrypt(json.dumps(doc).encode(), PW, "case-2")
    with pytest.raises(EncryptedDamagedError):
        decrypt(encrypt(b"the case", PW, "case-1"), PW, "case-2")


@pytest.mark.parametrize("cut", [0, 1, 30, 100, -20, -2])
def test_cut_envelope(cut: int) -> None:
    envelope = encrypt(b"the case" * 50, PW, "c")
    with pytest.raises(EncryptedDamagedError):
        decrypt(envelope[:cut] if cut else b"", PW, "c")


@pytest.mark.skipif(not HAS_ARGON2ID, reason="this cryptography build has no Argon2id")
def test_argon2id_file_without_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    envelope = encrypt(b"x", PW, "c")
    monkeypatch.setattr(crypto, "argon2id_available", lambda: False)
    with pytest.raises(StoreError) as info:
        decrypt(envelope, PW, "c")
    assert info.value.kind == "encryption_unsupported"
    assert decrypt(encrypt(b"y", PW, "c"), PW, "c") == b"y"  # scrypt then


def test_default_kdf_is_memory_hard(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (DEFAULT_SCRYPT.n, DEFAULT_SCRYPT.r, DEFAULT_SCRYPT.p) == (2**15, 8, 1)
    assert DEFAULT_SCRYPT.memory_bytes >= 32 * 2**20
    assert (DEFAULT_ARGON2ID.memory_kib, DEFAULT_ARGON2ID.iterations, DEFAULT_ARGON2ID.lanes) == (65536, 3, 4)
    assert DEFAULT_ARGON2ID.memory_bytes >= 32 * 2**20
    monkeypatch.setattr(crypto, "ARGON2ID", DEFAULT_ARGON2ID)
    monkeypatch.setattr(crypto, "SCRYPT", DEFAULT_SCRYPT)
    params = crypto.new_kdf_params()
    assert params == (DEFAULT_ARGON2ID if HAS_ARGON2ID else DEFAULT_SCRYPT).with_salt(params.salt)
    assert len(params.salt) == 16
    envelope = encrypt(b"at full cost", PW, "c")  # one real derivation at the default cost
    assert json.loads(envelope)["kdf"] == params.with_salt(crypto.read_envelope(envelope).kdf.salt).to_json()
    assert decrypt(envelope, PW, "c") == b"at full cost"


def test_is_encrypted() -> None:
    envelope = encrypt(b"x", PW, "c")
    assert is_encrypted(envelope)
    assert is_encrypted(b"\xef\xbb\xbf \n" + envelope)
    assert is_encrypted(envelope[:40])  # a cut envelope is still one (a damaged one)
    assert not is_encrypted(case_to_json(make_case()).encode())
    assert not is_encrypted(b'{"schema_version": 1, "debtassist_encrypted": 1}')
    assert not is_encrypted(b"")
    assert not is_encrypted(b"\x00" * 10_000_000 + envelope)  # looks at the start only


def test_empty_passphrase_is_refused(library: CaseLibrary) -> None:
    with pytest.raises(StoreError) as info:
        encrypt(b"x", "", "c")
    assert info.value.kind == "passphrase_empty"
    case_id = library.create(make_case())
    with pytest.raises(StoreError) as info:
        library.set_passphrase(case_id, "")
    assert info.value.kind == "passphrase_empty"
    assert not library.is_protected(case_id)


def _errors_are_store_errors(envelope: bytes, expected: bytes | None = None) -> None:
    try:
        result = decrypt(envelope, PW, "c")
    except StoreError as exc:
        assert exc.kind in ("wrong_passphrase", "encrypted_damaged", "encryption_unsupported")
    else:
        assert result == expected  # a harmless change (white space in the JSON) still gives the plaintext


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash_decrypt(data: bytes) -> None:
    _errors_are_store_errors(data)
    _errors_are_store_errors(b'{"debtassist_encrypted": ' + data)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_fields = st.sampled_from(
    ["debtassist_encrypted", "case_id", "kdf", "check", "nonce", "ciphertext", "n", "salt"]
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_fields, _json_values, max_size=7))
def test_random_envelope_documents_never_crash_decrypt(doc: dict[str, Any]) -> None:
    _errors_are_store_errors(json.dumps({"debtassist_encrypted": 1, **doc}).encode())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_envelopes_never_crash_decrypt(data: st.DataObject) -> None:
    envelope = bytearray(encrypt(b"the plaintext", PW, "c"))
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(envelope) - 1))
        envelope[index] ^= data.draw(st.integers(1, 255))
    _errors_are_store_errors(bytes(envelope), b"the plaintext")


# -- protected cases in the library ---------------------------------------------------------------------------


def test_set_passphrase_leaves_no_plaintext(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case("v0 " + NOTE))
    save_notes(library, case_id, [f"v{i} {NOTE}" for i in range(1, 4)])
    case_dir = library.layout.case_dir(case_id)
    backups_dir = library.layout.backups_dir(case_id)
    # What earlier trouble can leave behind: a damaged version kept aside, temp files of killed writers.
    damaged = case_dir / "damaged-20240101T000000.000000Z.json"
    damaged.write_bytes(library.layout.case_file(case_id).read_bytes()[:300])
    (case_dir / ".case.json.0123456789abcdef.tmp").write_bytes(library.layout.case_file(case_id).read_bytes())
    (backups_dir / ".case-x.json.0123456789abcdef.tmp").write_bytes(NOTE.encode())
    before = library.load(case_id)
    assert len(plaintext_hits(data_root)) > 5

    library.set_passphrase(case_id, PW)

    assert plaintext_hits(data_root) == []
    assert library.is_protected(case_id)
    assert temp_files(case_dir, backups_dir) == []
    for path in [*case_dir.iterdir(), *backups_dir.iterdir()]:
        assert path.is_dir() or is_encrypted(path.read_bytes()), path
    # Backups were re-encrypted, not dropped; the damaged copy keeps its bytes, encrypted.
    assert backup_notes(library, case_id, PW) == [f"v{i} {NOTE}" for i in (2, 1, 0)]
    assert decrypt(damaged.read_bytes(), PW, case_id) == case_to_json(before).encode()[:300]
    assert library.load(case_id, PW) == before

    # Saving keeps it so: each backup is the previous encrypted file, byte for byte.
    with library.open(case_id, PW) as handle:
        assert handle.protected
        for i in (4, 5):
            previous = library.layout.case_file(case_id).read_bytes()
            handle.save(handle.case.replace(notes=f"v{i} {NOTE}"))
            assert library.backups(case_id)[0].path.read_bytes() == previous
    assert plaintext_hits(data_root) == []
    assert library.load(case_id, PW).notes == f"v5 {NOTE}"
    assert backup_notes(library, case_id, PW)[:2] == [f"v4 {NOTE}", f"v3 {NOTE}"]


def test_protected_case_needs_its_passphrase(library: CaseLibrary) -> None:
    case_id = library.create(secret_case())
    library.set_passphrase(case_id, PW)
    for action in (library.load, library.open, library.duplicate):
        with pytest.raises(PassphraseRequiredError) as info:
            action(case_id)
        assert info.value.kind == "passphrase_required" and info.value.case_id == case_id
        with pytest.raises(WrongPassphraseError):
            action(case_id, OTHER_PW)
    # A refused open keeps no lock, and a str or a reusable Passphrase both work.
    secret = crypto.Passphrase(PW)
    with library.open(case_id, secret) as handle:
        assert without_meta(handle.case) == without_meta(library.load(case_id, secret))
    assert library.load(case_id, PW).applicant.name == NAME


def test_list_cases_without_passphrase(library: CaseLibrary) -> None:
    plain_id = library.create(make_case("plain", name="林小姐"))
    protected_id = library.create(secret_case())
    library.set_passphrase(protected_id, PW)
    rows = {row.case_id: row for row in library.list_cases()}
    row = rows[protected_id]
    assert row.readable and row.protected and row.error_kind is None
    assert (
        row.applicant_name == "" and row.national_id_masked == "" and row.route is None and row.status is None
    )
    assert row.updated is not None and row.updated.tzinfo is not None
    assert rows[plain_id].applicant_name == "林小姐" and not rows[plain_id].protected
    assert [r.case_id for r in library.list_cases()] == [protected_id, plain_id]  # newest first still
    assert tr("store.protected", "zh-TW") and tr("store.protected", "en")


def test_unchanged_save_rewrites_nothing(library: CaseLibrary) -> None:
    case_id = library.create(secret_case())
    library.set_passphrase(case_id, PW)
    path = library.layout.case_file(case_id)
    before = path.read_bytes()
    with library.open(case_id, PW) as handle:
        handle.save(handle.case)
        handle.save(library.load(case_id, PW))
    assert path.read_bytes() == before and library.backups(case_id) == []


def test_export_of_a_protected_case_stays_encrypted(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(secret_case())
    library.set_passphrase(case_id, PW)
    stored = library.layout.case_file(case_id).read_bytes()
    out = tmp_path / "usb" / "case.json"
    out.parent.mkdir()
    library.export_case(case_id, out)
    assert out.read_bytes() == stored  # the same envelope, no passphrase needed
    library.export_case(case_id, out, PW)
    assert out.read_bytes() == stored
    out.unlink()
    for passphrase, error in ((OTHER_PW, WrongPassphraseError), (None, PassphraseRequiredError)):
        with pytest.raises(error):
            library.export_case(case_id, out, passphrase, decrypt_export=True)
        assert not out.exists()
    with pytest.raises(WrongPassphraseError):
        library.export_case(case_id, out, OTHER_PW)
    assert not out.exists()
    library.export_case(case_id, out, PW, decrypt_export=True)
    assert case_from_json(out.read_bytes())[0] == library.load(case_id, PW)


def test_import_needs_the_passphrase(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(secret_case())
    library.set_passphrase(case_id, PW)
    original = library.load(case_id, PW)
    export = tmp_path / "case.json"
    library.export_case(case_id, export)

    other = CaseLibrary(tmp_path / "other")
    for passphrase, error in ((None, PassphraseRequiredError), (OTHER_PW, WrongPassphraseError)):
        with pytest.raises(error):
            other.import_case(export, passphrase)
        assert other.list_cases() == []
        assert not other.layout.cases.exists() or os.listdir(other.layout.cases) == []
    assert other.import_case(export, PW) == case_id
    assert other.is_protected(case_id)
    assert other.load(case_id, PW) == original
    assert plaintext_hits(other.layout.root) == []

    copy_id = library.import_case(export, PW)  # the id is taken: a fresh one, and the files follow it
    assert copy_id != case_id and library.is_protected(copy_id)
    assert without_meta(library.load(copy_id, PW)) == {**without_meta(original), "case_id": copy_id}
    assert plaintext_hits(library.layout.root) == []

    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(export.read_bytes()[:-40])
    with pytest.raises(StoreError) as info:
        library.import_case(damaged, PW)
    assert info.value.kind == "import_failed" and "damaged" in info.value.message("en")


def test_change_passphrase(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case("v0"))
    save_notes(library, case_id, ["v1", "v2"])
    library.set_passphrase(case_id, PW)
    snapshot = tree(data_root / "cases")
    with pytest.raises(PassphraseRequiredError):
        library.set_passphrase(case_id, OTHER_PW)
    with pytest.raises(WrongPassphraseError):
        library.set_passphrase(case_id, OTHER_PW, current="not it")
    assert tree(data_root / "cases") == snapshot  # a refused change writes nothing

    library.set_passphrase(case_id, OTHER_PW, current=PW)
    assert library.load(case_id, OTHER_PW).notes == "v2"
    with pytest.raises(WrongPassphraseError):
        library.load(case_id, PW)
    for ref in library.backups(case_id):
        with pytest.raises(WrongPassphraseError):
            decrypt(ref.path.read_bytes(), PW, case_id)
    assert backup_notes(library, case_id, OTHER_PW) == ["v1", "v0"]
    assert plaintext_hits(data_root) == []


def test_remove_passphrase(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case("v0"))
    library.remove_passphrase(case_id, PW)  # not protected: nothing to do
    save_notes(library, case_id, ["v1", "v2"])
    library.set_passphrase(case_id, PW)
    snapshot = tree(data_root / "cases")
    with pytest.raises(WrongPassphraseError):
        library.remove_passphrase(case_id, OTHER_PW)
    assert tree(data_root / "cases") == snapshot

    library.remove_passphrase(case_id, PW)
    assert not library.is_protected(case_id)
    assert library.load(case_id).notes == "v2"
    assert [case_from_json(ref.path.read_bytes())[0].notes for ref in library.backups(case_id)] == [
        "v1",
        "v0",
    ]
    assert not any(is_encrypted(data) for data in tree(data_root / "cases").values())
    [row] = library.list_cases()
    assert row.applicant_name == NAME and not row.protected


def test_passphrase_of_an_open_case(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case("v0"))
    with library.open(case_id) as handle:
        assert not handle.protected
        with pytest.raises(CaseLockedError):
            library.set_passphrase(case_id, PW)  # the window that has it open does it
        handle.set_passphrase(PW)
        assert handle.protected and library.is_protected(case_id)
        handle.save(handle.case.replace(notes="v1 " + NOTE))
        assert plaintext_hits(data_root) == []
        with pytest.raises(WrongPassphraseError):
            handle.set_passphrase(OTHER_PW, current="nope")
        handle.set_passphrase(OTHER_PW, current=PW)
        handle.save(handle.case.replace(notes="v2"))
    assert library.load(case_id, OTHER_PW).notes == "v2"
    assert backup_notes(library, case_id, OTHER_PW) == ["v1 " + NOTE, "v0"]
    with library.open(case_id, OTHER_PW) as handle:
        handle.remove_passphrase(OTHER_PW)
        assert not handle.protected
        handle.save(handle.case.replace(notes="v3"))
    assert library.load(case_id).notes == "v3" and not library.is_protected(case_id)


def test_damaged_protected_case_offers_its_backup(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case("v0"))
    library.set_passphrase(case_id, PW)
    save_notes(library, case_id, ["v1", "v2"], PW)
    path = library.layout.case_file(case_id)
    doc = json.loads(path.read_bytes())
    doc["ciphertext"] = _flip(doc["ciphertext"])  # bit rot: still an envelope, passphrase still right
    path.write_text(json.dumps(doc))

    with pytest.raises(PassphraseRequiredError):
        library.load(case_id)
    with pytest.raises(CaseUnreadableError) as info:
        library.load(case_id, PW)
    error = info.value
    assert error.load_kind == "encrypted_damaged" and error.backup == library.backups(case_id)[0]
    assert "損毀" in error.message("zh-TW") and "backup" in error.message("en")
    [row] = library.list_cases()
    assert row.protected and row.readable  # the list cannot tell without the passphrase

    with pytest.raises(PassphraseRequiredError):
        library.recover(case_id)
    with pytest.raises(WrongPassphraseError):
        library.recover(case_id, OTHER_PW)
    case, backup = library.recover(case_id, PW)
    assert case.notes == "v1" and backup == error.backup.path
    with pytest.raises(PassphraseRequiredError):
        library.restore_backup(case_id, backup)
    assert library.restore_backup(case_id, backup, PW).notes == "v1"
    assert library.load(case_id, PW).notes == "v1" and library.is_protected(case_id)
    [kept] = [p for p in library.layout.case_dir(case_id).iterdir() if p.name.startswith("damaged-")]
    assert is_encrypted(kept.read_bytes())
    assert plaintext_hits(data_root) == []


def test_cut_protected_case_file(library: CaseLibrary) -> None:
    case_id = library.create(secret_case("v0"))
    library.set_passphrase(case_id, PW)
    save_notes(library, case_id, ["v1"], PW)
    path = library.layout.case_file(case_id)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(CaseUnreadableError) as info:
        library.load(case_id, PW)
    assert info.value.load_kind == "encrypted_damaged" and info.value.backup is not None
    [row] = library.list_cases()
    assert row.protected and not row.readable and row.error_kind == "encrypted_damaged"


def test_file_swapped_between_cases_is_refused(library: CaseLibrary) -> None:
    first = library.create(secret_case("first"))
    second = library.create(secret_case("second"))
    for case_id in (first, second):
        library.set_passphrase(case_id, PW)  # the same passphrase for both
    library.layout.case_file(second).write_bytes(library.layout.case_file(first).read_bytes())
    with pytest.raises(CaseUnreadableError) as info:
        library.load(second, PW)
    assert info.value.load_kind == "encrypted_damaged"
    rows = {row.case_id: row for row in library.list_cases()}
    assert not rows[second].readable and rows[second].error_kind == "encrypted_damaged"
    assert rows[first].readable


def test_duplicate_of_a_protected_case(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case())
    library.set_passphrase(case_id, PW)
    copy_id = library.duplicate(case_id, PW)
    assert copy_id != case_id and library.is_protected(copy_id)
    assert library.load(copy_id, PW).applicant.name == NAME
    assert plaintext_hits(data_root) == []


def test_restore_from_trash_under_a_new_id(library: CaseLibrary, tmp_path: Path) -> None:
    case_id = library.create(secret_case("v0"))
    save_notes(library, case_id, ["v1"])
    library.set_passphrase(case_id, PW)
    library.export_case(case_id, tmp_path / "x.json")
    name = library.delete(case_id)
    assert library.trashed()[0].summary.protected
    assert library.import_case(tmp_path / "x.json", PW) == case_id  # the id is taken again
    for passphrase, error in ((None, PassphraseRequiredError), (OTHER_PW, WrongPassphraseError)):
        with pytest.raises(error):
            library.restore_from_trash(name, passphrase)
        assert [entry.name for entry in library.trashed()] == [name]
    restored = library.restore_from_trash(name, PW)
    assert restored != case_id
    assert library.load(restored, PW).case_id == restored
    assert backup_notes(library, restored, PW) == ["v0"]
    assert library.load(case_id, PW).notes == "v1"


def test_failed_set_passphrase_changes_nothing(
    library: CaseLibrary, data_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = library.create(secret_case())
    save_notes(library, case_id, ["v1"])

    def enospc(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", enospc)
        with pytest.raises(WriteFailedError):
            library.set_passphrase(case_id, PW)
    assert not library.is_protected(case_id) and library.load(case_id).notes == "v1"
    library.set_passphrase(case_id, PW)  # a repeat finishes the job
    assert plaintext_hits(data_root) == []


def test_interrupted_protection_is_finished_by_a_repeat(library: CaseLibrary, data_root: Path) -> None:
    case_id = library.create(secret_case("v0"))
    save_notes(library, case_id, ["v1", "v2"])
    # As if a first set_passphrase died after re-encrypting one backup, before the case file.
    first = library.backups(case_id)[0].path
    first.write_bytes(encrypt(first.read_bytes(), PW, case_id))
    assert not library.is_protected(case_id)
    library.set_passphrase(case_id, PW)
    assert backup_notes(library, case_id, PW) == ["v1", "v0"]
    assert plaintext_hits(data_root) == []


def test_messages_of_the_new_kinds() -> None:
    errors = [
        PassphraseRequiredError("x"),
        WrongPassphraseError(),
        EncryptedDamagedError(),
        StoreError("encryption_unsupported"),
        StoreError("passphrase_empty"),
    ]
    for error in errors:
        for lang in langs():
            assert error.message(lang).strip()
        assert str(error) == error.message("en")
    warning = {lang: tr("store.passphrase_warning", lang) for lang in langs()}
    assert "無法找回" in warning["zh-TW"] and "任何人" in warning["zh-TW"] and "開發者" in warning["zh-TW"]
    assert "cannot be recovered" in warning["en"] and "nobody" in warning["en"] and "makers" in warning["en"]


# -- crash safety of encrypted saves ----------------------------------------------------------------------------

ENCRYPTED_KILLS = 40


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_encrypted_save_survives_sigkill(tmp_path: Path) -> None:
    from .test_crash_safety import _kill_writers, _versions

    data_a, data_b, path_a, path_b = _versions(tmp_path)
    library = CaseLibrary(tmp_path / "data")
    case_id = library.create(case_from_json(data_a)[0])
    library.set_passphrase(case_id, PW)  # at the test cost, which the writer reads from the file
    case_dir = library.layout.case_dir(case_id)
    names = ["王小明".encode(), "陳大文".encode(), "信用卡消費款".encode()]

    def content(case: Case) -> dict[str, object]:
        return {**without_meta(case), "case_id": None}

    expected = [content(case_from_json(data)[0]) for data in (data_a, data_b)]
    interrupted = 0
    args = ["library", str(library.layout.root), case_id, str(path_a), str(path_b), PW]
    for _ in _kill_writers(args, ENCRYPTED_KILLS, seed=20240503):
        assert content(library.load(case_id, PW)) in expected
        backups = library.backups(case_id)
        assert 1 <= len(backups) <= 11
        for ref in backups:
            assert content(case_from_json(decrypt(ref.path.read_bytes(), PW, case_id))[0]) in expected
        leftovers = temp_files(case_dir, case_dir / "backups")
        assert len(leftovers) <= 1, leftovers
        interrupted += len(leftovers)
        for path in library.layout.root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert not any(name in data for name in names), path  # temp files included
    with library.open(case_id, PW) as handle:
        handle.save(handle.case.replace(notes="after the crashes"))
    assert temp_files(case_dir, case_dir / "backups") == []
    print(f"\nencrypted library: {ENCRYPTED_KILLS} kills, {interrupted} in the middle of a write")


def test_restoring_into_a_damaged_plaintext_file_keeps_the_case_protected(
    library: CaseLibrary, data_root: Path
) -> None:
    case_id = library.create(secret_case("v0"))
    library.set_passphrase(case_id, PW)
    save_notes(library, case_id, ["v1"], PW)
    # Something replaced the protected file by a broken plaintext copy of the case.
    path = library.layout.case_file(case_id)
    path.write_bytes(case_to_json(secret_case("broken")).encode()[:-30])
    assert not library.is_protected(case_id)
    with pytest.raises(CaseUnreadableError) as info:
        library.load(case_id)
    backup = info.value.backup
    assert info.value.load_kind == "not_json" and backup is not None  # offered unverified: no passphrase
    with pytest.raises(PassphraseRequiredError):
        library.restore_backup(case_id, backup.path)
    assert library.restore_backup(case_id, backup.path, PW).notes == "v0"
    assert library.is_protected(case_id)
    assert plaintext_hits(data_root) == []  # the broken file was kept aside, encrypted


def test_restoring_an_encrypted_backup_into_an_unprotected_case(library: CaseLibrary) -> None:
    case_id = library.create(secret_case("v0"))
    save_notes(library, case_id, ["v1"])
    # A backup left encrypted by an interrupted set_passphrase; the case itself is not protected.
    [ref] = library.backups(case_id)
    ref.path.write_bytes(encrypt(ref.path.read_bytes(), PW, case_id))
    with pytest.raises(PassphraseRequiredError):
        library.restore_backup(case_id, ref.path)
    assert library.restore_backup(case_id, ref.path, PW).notes == "v0"
    assert not library.is_protected(case_id) and library.load(case_id).notes == "v0"


def test_backups_no_passphrase_opens_are_dropped_on_a_change(library: CaseLibrary) -> None:
    case_id = library.create(secret_case("v0"))
    save_notes(library, case_id, ["v1", "v2"])
    library.set_passphrase(case_id, PW)
    stray, kept = library.backups(case_id)
    stray.path.write_bytes(encrypt(b"under a forgotten passphrase", "forgotten", case_id))
    library.set_passphrase(case_id, OTHER_PW, current=PW)
    assert not stray.path.exists()  # it could not be re-encrypted, and must not keep a passphrase alive
    assert backup_notes(library, case_id, OTHER_PW) == ["v0"]
    assert library.backups(case_id)[0].path == kept.path
