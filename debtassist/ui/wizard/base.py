"""The wizard's page contract: a title, why it asks, which parts of the case it edits, and what blocks Next."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang
from debtassist.rules.check import CheckReport
from debtassist.rules.explain import Finding
from debtassist.ui.session import CaseSession
from debtassist.ui.wizard.field_layout import FieldLayout

W = TypeVar("W", bound=QWidget)


def t(text: str) -> str:
    return QCoreApplication.translate("Wizard", text)


def covers(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path == p or path.startswith((p + ".", p + "[")) for p in prefixes)


class WizardPage(QWidget):
    """Subclasses build their widgets in ``build()``, fill them from the case in ``load()``, write changes
    into ``self.session.case`` and call ``self.changed()``; ``paths`` are the case paths whose errors block
    Next on this page (every such field is on the page: no hidden question is ever required)."""

    key = ""
    paths: tuple[str, ...] = ()
    #: Further case paths edited on this page whose errors do not hold Next (with ``paths``: the fields this
    #: page owns; every leaf of the case belongs to exactly one page or to ``debtassist.rules.fields.INTERNAL``).
    edits: tuple[str, ...] = ()
    #: The page's single fields, by case path, in the order shown: made, loaded and saved by ``field_rows``
    #: (a :class:`FieldLayout`, which ``build()`` places with ``self.field_rows.add_to(self.form, ...)``);
    #: the review shows the same list.
    fields: tuple[str, ...] = ()
    edited = Signal()

    def __init__(self, session: CaseSession, lang: Lang) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.title())
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.why_label = QLabel(self.why())
        self.why_label.setObjectName("pageWhy")
        self.why_label.setWordWrap(True)
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area = scroll
        self.body = QWidget()
        self.form = QVBoxLayout(self.body)
        self.form.addWidget(self.why_label)  # scrolls with the page: a large font leaves the fields room
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.field_rows = FieldLayout(self.fields, lang, self.fields_edited)
        self.build()
        self.form.addStretch(1)
        # Tab always goes on to the next field (never trapped in a table or a text): arrows move inside.
        for view in self.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
        for text_edit in self.findChildren(QTextEdit):
            text_edit.setTabChangesFocus(True)
        for plain_edit in self.findChildren(QPlainTextEdit):
            plain_edit.setTabChangesFocus(True)
        for combo in self.findChildren(QComboBox):  # a long choice must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(min(combo.minimumContentsLength() or 12, 12))
        self.reload()

    # -- to override ---------------------------------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def why(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Show the case's values in the widgets."""

    def report_changed(self, report: CheckReport) -> None:
        """Update live figures shown on the page."""

    def fields_edited(self) -> None:
        """The person changed one of ``fields`` (already saved into the case)."""
        self.changed()

    # -- shared ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._loading = True
        try:
            self.field_rows.load(self.session.case)
            self.load()
        finally:
            self._loading = False

    def changed(self) -> None:
        if self._loading:
            return
        self.session.touch()
        self.edited.emit()

    def editor(self, path: str, kind: type[W]) -> W:
        """The editor of the single field ``path`` (one of ``fields``)."""
        widget = self.field_rows.widget(path)
        assert isinstance(widget, kind)
        return widget

    def blockers(self, report: CheckReport) -> list[Finding]:
        return [f for f in report.errors if covers(f.path, self.paths)]

    def field_errors(self) -> list[str]:
        """Errors shown by this page's input widgets (text that could not be read)."""
        errors = []
        for child in self.findChildren(QWidget):
            error = getattr(child, "error", None)
            if isinstance(error, str) and error and child.isVisibleTo(self):
                errors.append(error)
            problems = getattr(child, "problems", None)  # a table: cells holding text it could not store
            if isinstance(problems, list):
                errors += [p for p in problems if isinstance(p, str)]
        return errors
