"""Writer process of the crash-safety test: saves two versions of a case, alternately, until it is killed.

    store_crash_writer.py raw <target> <a.json> <b.json>
        writes the exact bytes of a and b with ``atomic_write_bytes``
    store_crash_writer.py library <root> <case_id> <a.json> <b.json> [<passphrase>]
        opens the case in a ``CaseLibrary`` and saves a and b through the handle (lock, backups, cleanup);
        with a passphrase the case is a protected one, and every save is encrypted

It prints ``ready`` once its first save is complete, so the parent's kill lands in the save loop.
"""

from __future__ import annotations

import sys
from pathlib import Path


def raw(target: Path, versions: list[bytes]) -> None:
    # Only the standard-library atomic writer is imported: starting fast leaves more time for kills.
    from debtassist.store.atomic import atomic_write_bytes, remove_stale_temps

    # This process is the only writer (the parent waits for the previous one to die), so like a lock holder
    # it may remove every temp file a killed predecessor left.
    remove_stale_temps(target.parent, target.name, older_than=0)
    count = 0
    while True:
        atomic_write_bytes(target, versions[count % 2])
        if count == 0:
            print("ready", flush=True)
        count += 1


def library(root: Path, case_id: str, versions: list[bytes], passphrase: str | None = None) -> None:
    from debtassist.model.codec import case_from_json
    from debtassist.store.library import CaseLibrary

    cases = [case_from_json(data)[0].replace(case_id=case_id) for data in versions]
    handle = CaseLibrary(root).open(case_id, passphrase)  # the lock of a killed predecessor must not block
    count = 0
    while True:
        handle.save(cases[count % 2])
        if count == 0:
            print("ready", flush=True)
        count += 1


def main(argv: list[str]) -> None:
    mode, *args = argv
    if mode == "raw":
        raw(Path(args[0]), [Path(args[1]).read_bytes(), Path(args[2]).read_bytes()])
    elif mode == "library":
        passphrase = args[4] if len(args) > 4 else None
        library(Path(args[0]), args[1], [Path(args[2]).read_bytes(), Path(args[3]).read_bytes()], passphrase)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
