"""One case: the step list, the current wizard page, the summary panel, and Back / Next."""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.rules.check import CheckReport
from debtassist.ui.session import CaseSession
from debtassist.ui.settings import SPLITTER_KEY, app_settings
from debtassist.ui.summary import SummaryPanel
from debtassist.ui.widgets.flow import flow_row
from debtassist.ui.wizard.base import WizardPage
from debtassist.ui.wizard.final_pages import EDIT_PAGES, PacketPage, PlanPage, ReviewPage
from debtassist.ui.wizard.help import HelpDialog

PAGE_TYPES: tuple[type[WizardPage], ...] = (*EDIT_PAGES, PlanPage, ReviewPage, PacketPage)


def t(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


class CaseView(QWidget):
    closeRequested = Signal()

    def __init__(self, session: CaseSession, lang: Lang) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.steps = QListWidget()
        self.steps.setAccessibleName(t("Steps"))

        self.stack = QStackedWidget()
        self.pages: list[WizardPage] = []
        for page_type in PAGE_TYPES:
            page = page_type(session, lang)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.steps.addItem(page.title())
        self.review = next(p for p in self.pages if isinstance(p, ReviewPage))
        self.review.editRequested.connect(self.go_to_key)
        packet = next(p for p in self.pages if isinstance(p, PacketPage))
        packet.review_done = lambda: self.review.reviewed
        self.summary = SummaryPanel(lang)
        # Widths follow the font, so large system fonts and high DPI keep the step names whole and leave the
        # page the room.
        metrics = self.steps.fontMetrics()
        widest = max(metrics.horizontalAdvance(page.title()) for page in self.pages)
        # At most about 18 characters wide: a longer step name wraps onto a second line rather than taking
        # the page's room (at a 20 pt font the names would otherwise need a third of a 1366 px screen).
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        digit = metrics.horizontalAdvance("0")  # CJK fonts report a wide average character
        limit = digit * (26 if digit <= 12 else 15)  # a large font: the names wrap, the page keeps its room
        self.steps.setFixedWidth(min(widest, limit) + digit * 3)
        self.summary.setMaximumWidth(metrics.averageCharWidth() * 48)

        self.back = QPushButton(t("< &Back"))
        self.back.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next = QPushButton(t("&Next >"))
        self.next.clicked.connect(self.try_next)
        self.help_button = QPushButton(t("Help (F1)"))
        self.help_button.setAccessibleName(t("Help for this step"))
        self.help_button.clicked.connect(self.show_help)
        self.help_dialog: HelpDialog | None = None
        self.close_button = QPushButton(t("Back to the case list"))
        self.close_button.clicked.connect(self.closeRequested)
        self.blocked = QLabel()
        self.blocked.setObjectName("blocked")
        self.blocked.setWordWrap(True)
        self.blocked.setTextFormat(Qt.TextFormat.PlainText)
        self.blocked.setMinimumHeight(
            self.blocked.fontMetrics().lineSpacing()
        )  # room kept: no jump for one line
        self.save_state = QLabel()
        self.save_state.setObjectName("hint")

        buttons = QHBoxLayout()
        buttons.addWidget(flow_row(self.close_button, self.help_button, self.save_state), 1)
        buttons.addWidget(self.back, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.next, 0, Qt.AlignmentFlag.AlignBottom)
        centre_widget = QWidget()
        centre = QVBoxLayout(centre_widget)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(self.stack, 1)
        centre.addWidget(self.blocked)
        centre.addLayout(buttons)
        # The summary sits in a splitter the person can move; its place is remembered (QSettings), and it
        # keeps its width while pages change and messages come and go.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("caseSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(centre_widget)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        # The summary's first width (until the person moves the splitter): about 26 characters, but never more
        # than 30 % of the room, so at a large font the page keeps most of it (see _place_splitter).
        self._summary_width = metrics.averageCharWidth() * 26
        self._splitter_placed = False
        state = app_settings().value(SPLITTER_KEY)
        if isinstance(state, QByteArray):
            self._splitter_placed = self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(self._remember_splitter)
        layout = QHBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.splitter, 1)

        self.steps.currentRowChanged.connect(self._show)
        session.reportChanged.connect(self._report_changed)
        session.saved.connect(self._saved)
        session.saveFailed.connect(self._save_failed)
        self._report_changed(session.report)
        start = next((i for i, p in enumerate(self.pages) if p.key == session.case.meta.wizard_page), 0)
        self.steps.setCurrentRow(start)
        self.last_switch_seconds = 0.0

    # -- navigation ------------------------------------------------------------------------------------------

    def current(self) -> WizardPage:
        return self.pages[self.stack.currentIndex()]

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.steps.setCurrentRow(index)

    def go_to_key(self, key: str) -> None:
        self.go_to(next((i for i, p in enumerate(self.pages) if p.key == key), self.stack.currentIndex()))

    def reasons_blocking_next(self) -> list[str]:
        page = self.current()
        reasons = page.field_errors()
        reasons += [f.message(self.lang) for f in page.blockers(self.session.report)]
        return list(dict.fromkeys(reasons))

    def try_next(self) -> bool:
        reasons = self.reasons_blocking_next()
        if reasons:
            self.blocked.setText(
                t("Before going on, please fix:") + "\n" + "\n".join(f"• {r}" for r in reasons)
            )
            return False
        self.blocked.clear()
        self.go_to(self.stack.currentIndex() + 1)
        return True

    def unreadable_entries(self) -> list[str]:
        """Text on the current page that could not be read (a field or a table cell): it lives only on
        screen, so the page is not left while there is any."""
        return list(dict.fromkeys(self.current().field_errors())) if self.pages else []

    def _refuse_to_leave(self, entries: list[str]) -> None:
        self.blocked.setText(
            t("This page has text that could not be read. Correct it or clear it before leaving the page:")
            + "\n"
            + "\n".join(f"• {entry}" for entry in entries)
        )

    def _show(self, index: int) -> None:
        if index != self.stack.currentIndex() and (entries := self.unreadable_entries()):
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.stack.currentIndex())
            self.steps.blockSignals(False)
            self._refuse_to_leave(entries)
            return
        start = time.perf_counter()
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        page.report_changed(self.session.report)
        self.blocked.clear()
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.pages) - 1)
        if self.session.case.meta.wizard_page != page.key:
            self.session.case.meta.wizard_page = page.key
            self.session.remember()  # not a change of the case: no new report, no "Saving…"
        self.last_switch_seconds = time.perf_counter() - start

    # -- live updates ----------------------------------------------------------------------------------------

    def _report_changed(self, report: CheckReport) -> None:
        self.summary.update_report(report)
        if self.pages:
            self.current().report_changed(report)
        if self.session.read_only:
            self.save_state.setText(tr("robust.store.read_only_state", self.lang))
        elif self.session.dirty:  # "Saving…" only while a change waits to be written
            self.save_state.setText(t("Saving…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F1 from anywhere on the step (fields leave it unhandled, so it arrives here).
        if event.key() == Qt.Key.Key_F1:
            self.show_help()
            return
        super().keyPressEvent(event)

    def show_help(self) -> None:
        """The help of the current step (F1): what it is for, what to have at hand, where to get advice."""
        page = self.current()
        self.help_dialog = HelpDialog(page.key, page.title(), self.lang, self)
        self.help_dialog.open()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_splitter()

    def _place_splitter(self) -> None:
        room = self.splitter.width()
        if self._splitter_placed or room <= self.summary.minimumWidth() * 2:
            return
        summary = max(self.summary.minimumWidth(), min(self._summary_width, int(room * 0.3)))
        self.splitter.setSizes([room - summary, summary])
        self._splitter_placed = True

    def _remember_splitter(self, *_: object) -> None:
        settings = app_settings()
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.sync()

    def _saved(self) -> None:
        self.save_state.setText(t("All changes saved"))

    def _save_failed(self, error: object) -> None:
        message = error.message(self.lang) if hasattr(error, "message") else str(error)
        self.save_state.setText(t("Not saved: ") + message)

    def commit_editors(self) -> None:
        """An open table cell editor keeps its text until it loses focus: make it commit before saving."""
        for page in self.pages:
            for view in page.findChildren(QAbstractItemView):
                editor = view.indexWidget(view.currentIndex()) if view.currentIndex().isValid() else None
                focus = QApplication.focusWidget()
                if focus is not None and view.isAncestorOf(focus) and focus is not view:
                    editor = focus
                if editor is not None and view.state() == QAbstractItemView.State.EditingState:
                    view.commitData(editor)
                    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def close_session(self) -> bool:
        self.commit_editors()
        if entries := self.unreadable_entries():
            self._refuse_to_leave(entries)
            return False
        return self.session.close()
