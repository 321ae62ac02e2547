"""The longer fuzzing run, by hand: ``python scripts/fuzz_cli.py [--examples N] [--seed S]``.

Feeds generated adversarial case files (``tests/fuzz_cases.py``: versions 0, 1 and 2, hostile values in the
schema-2 sections) to every command (``check``, ``check --json``, ``packet``, ``deadlines --json``,
``deadlines --ics``, ``handout``) in both languages, in this process, each input bounded by a 60-second alarm and
the process by a 4 GiB address-space limit (so a loop or an allocation without bound shows as a failure, not a
hung machine). Prints how many inputs were tried and the exit codes seen; any exit outside 0/1/2, a traceback, a
hang or a memory error is listed with its input saved under the output folder. Runs with a temporary HOME and
data folders, so no real user data is touched. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="debtassist-fuzz-")))
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="debtassist-fuzz-home-"))
    for name in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    limit = 4 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGALRM, _alarm)

    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    from debtassist.cli import main as cli_main
    from tests.fuzz_cases import case_text
    from tests.test_fuzz import COMMANDS

    codes: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    tried = 0
    started = time.process_time()

    @seed(args.seed)
    @settings(
        max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(text=case_text(), command=st.sampled_from(COMMANDS), lang=st.sampled_from(["zh-TW", "en"]))
    def one(text: str, command: tuple[str, ...], lang: str) -> None:
        nonlocal tried
        tried += 1
        work = Path(tempfile.mkdtemp(dir=home))
        case = work / "case.json"
        case.write_text(text, encoding="utf-8", errors="surrogatepass")
        argv = [p.replace("CASE", str(case)).replace("OUT", str(work / "out")) for p in command]
        err = io.StringIO()
        signal.alarm(60)
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                code: int | str = cli_main([*argv, "--lang", lang])
        except Hang:
            code = "hang"
        except MemoryError:
            code = "memory"
        except BaseException as exc:  # any escape is a defect to count
            code = f"raised {type(exc).__name__}"
        finally:
            signal.alarm(0)
        flags = "".join(f" {flag}" for flag in ("--json", "--ics") if flag in command)
        codes[f"{command[0]}{flags}: {code}"] += 1
        if code not in (0, 1, 2) or "Traceback" in err.getvalue():
            saved = args.out / f"failure-{len(failures)}.json"
            saved.write_text(text, encoding="utf-8", errors="surrogatepass")
            failures.append(f"{' '.join(command)} --lang {lang}: {code} ({saved})")

    args.out.mkdir(parents=True, exist_ok=True)
    one()
    print(f"inputs tried: {tried} (seed {args.seed}), CPU {time.process_time() - started:.0f} s")
    for key, count in sorted(codes.items()):
        print(f"  {key}: {count}")
    print(f"failures: {len(failures)}")
    for line in failures:
        print(f"  {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
