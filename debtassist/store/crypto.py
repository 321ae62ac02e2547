"""Passphrase protection of a case file: AES-256-GCM under a key derived with a memory-hard KDF.

A protected file is an *envelope*: one line of UTF-8 JSON, the marker first so that ``is_encrypted`` can tell
from the first bytes::

    {"debtassist_encrypted": 1, "case_id": "3f2a9c01be47",
     "kdf": {"name": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4, "salt": "<base64>"},
     "check": "<base64>", "nonce": "<base64>", "ciphertext": "<base64>"}

- The KDF is Argon2id (RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes) when the installed
  ``cryptography`` provides it (version 44 or later on OpenSSL 3.2 or later), else scrypt (n=2**15, r=8, p=1:
  32 MiB). Its parameters and the 16-byte random salt are stored, so a file is always read with the settings it
  was written with, and files written elsewhere with the other KDF still open when this build has it.
- The KDF turns the passphrase (NFC-normalized, UTF-8) and the salt into 48 bytes: the first 32 are the AES-256
  key, the last 16 are stored as ``check``. A mismatching check means a wrong passphrase (``wrong_passphrase``);
  a matching check with a failing GCM tag means the file was damaged or altered (``encrypted_damaged``). The
  check gives a guesser nothing the GCM tag would not: each guess still costs one full KDF run.
- The GCM associated data is the canonical JSON of the header (format version, case id, KDF parameters with the
  salt, check), so none of it can be changed, and a file cannot be moved to another case, unnoticed.
- The nonce is 12 random bytes, new for every encryption. A key is reused for the saves of one open case (deriving
  it costs a fraction of a second); random nonces are safe for far more messages than a case ever gets.

Everything happens in memory: callers write the envelope with ``atomic_write_bytes``, so no plaintext reaches the
disk. ``KdfParams`` read from a file are bounded by what this version writes plus a margin (Argon2id: memory at
most 4x, passes at most 2x, at most 8 lanes; scrypt: memory at most 4x, r and p at most 2x); a file asking for
more is refused before any derivation (``KdfTooCostlyError``, kind ``kdf_too_costly``), so a crafted file cannot
make each attempt allocate 1 GiB and run 16 passes.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, ClassVar, Final

from debtassist.store.errors import (
    EncryptedDamagedError,
    KdfTooCostlyError,
    StoreError,
    WrongPassphraseError,
)

# ``cryptography`` (13 ms of the window's start-up) is imported where a key is derived or used: only a session
# that protects or opens a protected case pays for it.

__all__ = [
    "ARGON2ID",
    "SCRYPT",
    "Argon2idParams",
    "CaseKey",
    "EncryptedDamagedError",
    "Envelope",
    "KdfParams",
    "KdfTooCostlyError",
    "Passphrase",
    "ScryptParams",
    "WrongPassphraseError",
    "argon2id_available",
    "decrypt",
    "encrypt",
    "is_encrypted",
    "new_kdf_params",
    "read_envelope",
]

MARKER: Final = "debtassist_encrypted"
FORMAT_VERSION: Final = 1
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
KEY_BYTES: Final = 32
CHECK_BYTES: Final = 16
_AD_PREFIX: Final = b"DebtAssist protected case\x00"

# The envelope's marker comes first; a UTF-8 byte order mark or white space before it is tolerated.
_HEAD: Final = re.compile(rb'(?:\xef\xbb\xbf)?[ \t\r\n]*\{[ \t\r\n]*"debtassist_encrypted"[ \t\r\n]*:')
HEAD_BYTES: Final = 256


@cache
def argon2id_available() -> bool:
    """Whether the installed ``cryptography`` can compute Argon2id (it needs version 44+ on OpenSSL 3.2+)."""
    from cryptography.exceptions import UnsupportedAlgorithm

    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=bytes(SALT_BYTES), length=KEY_BYTES, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


@dataclass(frozen=True)
class Argon2idParams:
    """Argon2id cost (memory in KiB, passes, lanes) and salt."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes = b""
    name: ClassVar[str] = "argon2id"

    @property
    def memory_bytes(self) -> int:
        return self.memory_kib * 1024

    def with_salt(self, salt: bytes) -> Argon2idParams:
        return replace(self, salt=salt)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
        }

    def derive(self, secret: bytes, length: int) -> bytes:
        if not argon2id_available():
            raise StoreError("encryption_unsupported")
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        kdf = Argon2id(
            salt=self.salt,
            length=length,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost (n, r, p) and salt; it uses 128 * n * r bytes of memory."""

    n: int
    r: int
    p: int
    salt: bytes = b""
    name: ClassVar[str] = "scrypt"

    @property
    def memory_bytes(self) -> int:
        return 128 * self.n * self.r

    def with_salt(self, salt: bytes) -> ScryptParams:
        return replace(self, salt=salt)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "n": self.n, "r": self.r, "p": self.p, "salt": _b64(self.salt)}

    def derive(self, secret: bytes, length: int) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=self.salt, length=length, n=self.n, r=self.r, p=self.p).derive(secret)


KdfParams = Argon2idParams | ScryptParams

# The cost of new keys (tests lower these with monkeypatch; files keep the parameters they were written with).
ARGON2ID = Argon2idParams(memory_kib=64 * 1024, iterations=3, lanes=4)
SCRYPT = ScryptParams(n=2**15, r=8, p=1)

# What a file may ask of the KDF when it is read: what this version writes plus a margin (a later version may
# choose somewhat stronger settings), and no more, so that a crafted file cannot make each attempt cost 1 GiB
# and many passes. Derived from the settings above as written here, not as a test may lower them.
MAX_ARGON2_MEMORY_KIB: Final = 4 * ARGON2ID.memory_kib  # 256 MiB
MAX_ARGON2_ITERATIONS: Final = 2 * ARGON2ID.iterations  # 6
MAX_ARGON2_LANES: Final = 8
MAX_SCRYPT_MEMORY: Final = 4 * SCRYPT.memory_bytes  # 128 MiB
MAX_SCRYPT_R: Final = 2 * SCRYPT.r  # 16
MAX_SCRYPT_P: Final = 2 * SCRYPT.p  # 2


def new_kdf_params() -> KdfParams:
    """Parameters for a new key: Argon2id if available, else scrypt, each with a fresh random salt."""
    base: KdfParams = ARGON2ID if argon2id_available() else SCRYPT
    return base.with_salt(secrets.token_bytes(SALT_BYTES))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, min_len: int, max_len: int) -> bytes:
    if not isinstance(value, str):
        raise EncryptedDamagedError()
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise EncryptedDamagedError() from None
    if not min_len <= len(data) <= max_len:
        raise EncryptedDamagedError()
    return data


def _int(doc: dict[str, Any], key: str, low: int, high: int | None) -> int:
    value = doc.get(key)
    if type(value) is not int or value < low or (high is not None and value > high):
        raise EncryptedDamagedError()
    return value


def _too_costly(what: str, asked: bool) -> None:
    if asked:
        raise KdfTooCostlyError(what)


def _kdf_from_json(doc: object) -> KdfParams:
    if not isinstance(doc, dict) or not isinstance(doc.get("name"), str):
        raise EncryptedDamagedError()
    name = doc["name"]
    if name not in (Argon2idParams.name, ScryptParams.name):
        raise StoreError("encryption_unsupported")  # a KDF of a newer DebtAssist
    salt = _unb64(doc.get("salt"), SALT_BYTES, 64)
    params: KdfParams
    # Shape first (a malformed file is damaged), then cost (a well-formed but crafted one is refused as such).
    if name == Argon2idParams.name:
        if set(doc) != {"name", "memory_kib", "iterations", "lanes", "salt"}:
            raise EncryptedDamagedError()
        lanes, memory, passes = (_int(doc, key, 1, None) for key in ("lanes", "memory_kib", "iterations"))
        if memory < 8 * lanes:
            raise EncryptedDamagedError()
        _too_costly(
            f"Argon2id {memory // 1024} MiB, {passes} passes, {lanes} lanes",
            memory > MAX_ARGON2_MEMORY_KIB or passes > MAX_ARGON2_ITERATIONS or lanes > MAX_ARGON2_LANES,
        )
        params = Argon2idParams(memory, passes, lanes, salt)
    else:
        if set(doc) != {"name", "n", "r", "p", "salt"}:
            raise EncryptedDamagedError()
        n, r, p = (_int(doc, key, 1, None) for key in ("n", "r", "p"))
        if n < 2 or n & (n - 1):
            raise EncryptedDamagedError()
        params = ScryptParams(n, r, p, salt)
        _too_costly(
            f"scrypt {params.memory_bytes >> 20} MiB, r={r}, p={p}",
            params.memory_bytes > MAX_SCRYPT_MEMORY or r > MAX_SCRYPT_R or p > MAX_SCRYPT_P,
        )
    return params


@dataclass(frozen=True)
class Envelope:
    """A parsed envelope. ``read_envelope`` checks its structure; only a key can check its content."""

    case_id: str
    kdf: KdfParams
    check: bytes
    nonce: bytes
    ciphertext: bytes

    def header(self) -> dict[str, Any]:
        return {
            MARKER: FORMAT_VERSION,
            "case_id": self.case_id,
            "kdf": self.kdf.to_json(),
            "check": _b64(self.check),
        }

    def associated_data(self) -> bytes:
        """What the GCM tag authenticates besides the ciphertext: the whole header, canonically."""
        canonical = json.dumps(self.header(), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        return _AD_PREFIX + canonical.encode("ascii")

    def to_bytes(self) -> bytes:
        doc = {**self.header(), "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}
        return (json.dumps(doc, ensure_ascii=True) + "\n").encode("ascii")


_ENVELOPE_KEYS = frozenset({MARKER, "case_id", "kdf", "check", "nonce", "ciphertext"})


def read_envelope(data: bytes) -> Envelope:
    """Parse an envelope. Raises ``EncryptedDamagedError`` if ``data`` is not a well-formed one, and
    ``StoreError("encryption_unsupported")`` if it is of a newer format than this program reads."""
    if not is_encrypted(data):
        raise EncryptedDamagedError()
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise EncryptedDamagedError() from None
    if not isinstance(doc, dict):
        raise EncryptedDamagedError()
    version = doc.get(MARKER)
    if type(version) is not int or version < 1:
        raise EncryptedDamagedError()
    if version > FORMAT_VERSION:
        raise StoreError("encryption_unsupported")
    case_id = doc.get("case_id")
    if set(doc) != _ENVELOPE_KEYS or not isinstance(case_id, str):
        raise EncryptedDamagedError()
    return Envelope(
        case_id=case_id,
        kdf=_kdf_from_json(doc["kdf"]),
        check=_unb64(doc["check"], CHECK_BYTES, CHECK_BYTES),
        nonce=_unb64(doc["nonce"], NONCE_BYTES, NONCE_BYTES),
        ciphertext=_unb64(doc["ciphertext"], 16, len(data)),
    )


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` is (the start of) an envelope. Looks at the first bytes only, parses nothing."""
    return _HEAD.match(data[:HEAD_BYTES]) is not None


class CaseKey:
    """A key derived from a passphrase for one set of KDF parameters (one salt). Seals any number of files."""

    __slots__ = ("_aead", "check", "kdf")

    def __init__(self, kdf: KdfParams, derived: bytes) -> None:
        self.kdf = kdf
        self.check = derived[KEY_BYTES:]
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(derived[:KEY_BYTES])

    def __repr__(self) -> str:
        return f"CaseKey({self.kdf.name})"  # never the key

    def seal(self, plaintext: bytes, case_id: str) -> bytes:
        """The envelope of ``plaintext``, bound to ``case_id``, with a fresh nonce."""
        envelope = Envelope(case_id, self.kdf, self.check, os.urandom(NONCE_BYTES), b"")
        ciphertext = self._aead.encrypt(envelope.nonce, plaintext, envelope.associated_data())
        return replace(envelope, ciphertext=ciphertext).to_bytes()

    def fits(self, envelope: Envelope) -> bool:
        return envelope.kdf == self.kdf and hmac.compare_digest(envelope.check, self.check)

    def open(self, envelope: Envelope, case_id: str) -> bytes:
        """The plaintext. ``WrongPassphraseError`` if this key is not the envelope's, ``EncryptedDamagedError``
        if the envelope belongs to another case or was damaged or altered."""
        if envelope.case_id != case_id:
            raise EncryptedDamagedError()
        if not self.fits(envelope):
            raise WrongPassphraseError()
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(envelope.nonce, envelope.ciphertext, envelope.associated_data())
        except InvalidTag:
            raise EncryptedDamagedError() from None


class Passphrase:
    """A passphrase held in memory, and the keys derived from it so far (one per salt), so that opening a case
    and its backups derives each key once. Pass one to the library instead of a ``str`` to reuse its keys."""

    __slots__ = ("_keys", "_secret")

    def __init__(self, text: str) -> None:
        # NFC: the same characters typed through different input methods give the same bytes.
        self._secret = unicodedata.normalize("NFC", text).encode("utf-8", "surrogatepass")
        self._keys: dict[KdfParams, CaseKey] = {}

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"

    @property
    def empty(self) -> bool:
        return not self._secret

    def key_for(self, kdf: KdfParams) -> CaseKey:
        key = self._keys.get(kdf)
        if key is None:
            from cryptography.exceptions import UnsupportedAlgorithm

            try:
                derived = kdf.derive(self._secret, KEY_BYTES + CHECK_BYTES)
            except (ValueError, MemoryError, UnsupportedAlgorithm) as exc:
                raise StoreError("encryption_unsupported") from exc
            key = self._keys[kdf] = CaseKey(kdf, derived)
        return key

    def new_key(self) -> CaseKey:
        """A key with a fresh salt and today's default cost. Raises ``StoreError("passphrase_empty")``."""
        if self.empty:
            raise StoreError("passphrase_empty")
        return self.key_for(new_kdf_params())

    def unlock(self, envelope: Envelope) -> CaseKey:
        """The key of ``envelope``; ``WrongPassphraseError`` if this passphrase is not its passphrase."""
        key = self.key_for(envelope.kdf)
        if not key.fits(envelope):
            raise WrongPassphraseError()
        return key

    def open(self, envelope: Envelope, case_id: str) -> bytes:
        return self.unlock(envelope).open(envelope, case_id)


def encrypt(plaintext: bytes, passphrase: str, case_id: str) -> bytes:
    """The envelope of ``plaintext`` under ``passphrase`` (a fresh salt and nonce), bound to ``case_id``."""
    return Passphrase(passphrase).new_key().seal(plaintext, case_id)


def decrypt(envelope: bytes, passphrase: str, case_id: str) -> bytes:
    """The plaintext of an envelope of ``case_id``. Raises ``WrongPassphraseError`` for a wrong passphrase (or an
    altered salt or KDF setting), ``EncryptedDamagedError`` for anything else that is not an intact envelope of
    this case, ``StoreError("encryption_unsupported")`` for a newer format; never anything else."""
    return Passphrase(passphrase).open(read_envelope(envelope), case_id)
