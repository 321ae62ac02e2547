"""Make the README screenshots from the real window (offscreen), in both languages.

    .venv/bin/python scripts/screenshots.py      # writes docs/screenshots/*.png

Uses a temporary data folder, so no real case is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DEBTASSIST_DATA_DIR"] = tempfile.mkdtemp(prefix="debtassist-shots-")
os.environ.pop("DEBTASSIST_LANG", None)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def add_progress(window: object) -> None:
    """Give the desk shot a sent packet, a court order with its deadline, a label and a note."""
    from datetime import date, timedelta

    from debtassist.model.case import Lifecycle, LifecycleEvent, Route, Stage

    today = date.today()
    progress = {
        "example-single-cards": Lifecycle(
            label="林社工",
            desk_note="等銀行通知協商日期" if window.lang == "zh-TW" else "Waiting for the bank's date",  # type: ignore[attr-defined]
            events=[
                LifecycleEvent(
                    kind=Stage.SENT,
                    date=today - timedelta(days=26),
                    procedure=Route.BANK_NEGOTIATION,
                    body="國泰世華商業銀行",
                    reference="台北郵局 123456",
                )
            ],
        ),
        "example-parent-mortgage": Lifecycle(
            label="張社工",
            desk_note="協商中，下次面談" if window.lang == "zh-TW" else "Negotiating; next meeting",  # type: ignore[attr-defined]
            events=[
                LifecycleEvent(kind=Stage.SENT, date=today - timedelta(days=95), body="台新國際商業銀行"),
                LifecycleEvent(
                    kind=Stage.UNDER_WAY, date=today - timedelta(days=85), body="台新國際商業銀行"
                ),
            ],
        ),
    }
    library = window.library  # type: ignore[attr-defined]
    for case_id, lifecycle in progress.items():
        with library.open(case_id) as handle:
            handle.save(handle.case.replace(lifecycle=lifecycle))
    window.desk.reload()  # type: ignore[attr-defined]


def shoot(lang: str) -> list[Path]:
    from PySide6.QtCore import QSettings

    from debtassist.store.library import CaseLibrary
    from debtassist.ui.app import create_app
    from debtassist.ui.i18n import Translators
    from debtassist.ui.main_window import MainWindow
    from debtassist.ui.wizard.final_pages import PacketPage

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):  # not the real user's settings
        QSettings.setPath(QSettings.Format.IniFormat, scope, os.environ["DEBTASSIST_DATA_DIR"])
    app = create_app()
    translators = Translators()
    translators.install(lang)
    window = MainWindow(CaseLibrary(), lang, translators)
    window.resize(1366, 768)
    window.show()
    for name in ("single-cards", "parent-mortgage"):
        window.open_example(name)
        window.show_desk()
    add_progress(window)
    app.processEvents()
    written = []

    def grab(name: str) -> None:
        deadline = time.monotonic() + 0.4  # let layouts settle and lazy previews render
        while time.monotonic() < deadline:
            app.processEvents()
        path = OUT / f"{name}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)

    grab("desk")
    window.open_example("court-private-amc")
    view = window.case_view
    assert view is not None
    names = {"applicant": "wizard-applicant", "expenses": "wizard-expenses", "creditors": "wizard-creditors"}
    names |= {"review": "review", "packet": "packet"}
    for number, page in enumerate(view.pages, 1):  # every step, and the README's names for some of them
        view.go_to(number - 1)
        if isinstance(page, PacketPage):
            page.make_packet()
        if page.key in ("creditors", "assets"):
            table = page.table  # type: ignore[attr-defined]
            table.view.setCurrentIndex(table.model.index(0, 1))  # the detail form of the first row
        grab(f"step-{number:02d}-{page.key}")
        if page.key in names:
            grab(names[page.key])
    window.close()
    translators.remove()
    return written


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    lang = sys.argv[1] if len(sys.argv) > 1 else None
    for code in [lang] if lang else ["zh-TW", "en"]:
        for path in shoot(code):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
