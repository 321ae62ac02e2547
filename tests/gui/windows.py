"""The test window, made one way for every GUI test file: a main window on a library of the test's own, its
dialogs answered without a person (``inform`` quiet, ``confirm`` yes unless a test wants Qt's own), and a wizard
step reached by its page class."""

from __future__ import annotations

from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.main_window import MainWindow


def make_window(
    qtbot: object,
    library: CaseLibrary,
    lang: str = "en",
    *,
    size: tuple[int, int] | None = None,
    show: bool = True,
    confirm: bool = True,
) -> MainWindow:
    create_app()
    win = MainWindow(library, lang)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.inform = lambda text: None  # type: ignore[method-assign]
    if confirm:
        win.confirm = lambda text: True  # type: ignore[method-assign]
    if size is not None:
        win.resize(*size)
    if show:
        win.show()
    return win


def go(win: MainWindow, kind: type) -> object:
    """Switch the open case to the step whose page is a ``kind`` and return that page."""
    assert win.case_view is not None
    found = next(p for p in win.case_view.pages if isinstance(p, kind))
    win.case_view.go_to(win.case_view.pages.index(found))
    assert win.case_view.current() is found
    return found
