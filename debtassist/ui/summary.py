"""The always-visible summary: the key figures and the open problems, updated as the user types."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from debtassist.i18n import Lang
from debtassist.rules.check import CheckReport
from debtassist.rules.deadlines import next_deadline
from debtassist.rules.figure_specs import Face, FigureSpec, Kind, face_specs
from debtassist.rules.figures import Figures
from debtassist.rules.lifecycle import current_stage, stage_label, stage_since
from debtassist.rules.rocdate import roc_text

MAX_PROBLEMS = 6


def t(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


def money(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def shown_text(spec: FigureSpec, figures: Figures) -> str:
    """A figure as the panel shows it: money with thousands separators, a name as it is; "—" when unknown."""
    value = spec.display(figures) if spec.present(figures) else None
    if value is None:
        return "—"
    return money(value) if spec.display_kind is Kind.MONEY else str(value) or "—"


def progress_texts(report: CheckReport, lang: Lang) -> dict[str, str]:
    """The case's stage (since when) and its next deadline, as the desk shows them (case.lifecycle)."""
    case = report.case
    since = stage_since(case)
    stage = stage_label(current_stage(case), lang) + (f" {roc_text(since)}" if since else "")
    deadline = next_deadline(case)
    due = f"{roc_text(deadline.due)} {deadline.title(lang).strip()}" if deadline else "—"
    return {"stage": stage, "deadline": due}


#: A web address in a message (ASCII up to the first space or non-ASCII character, e.g. a full-width bracket).
_ADDRESS = re.compile(r"https?://[!-~]+")


def breakable(text: str) -> str:
    """``text`` with a zero-width space after each ``/``, ``.``, ``-``, ``_``, ``?``, ``&`` and ``=`` of a web
    address: a label wraps only between words, and an address (a figure's source) is one long word that would
    make the narrow panel wider than its room (the numbers on the right were cut off at a 20 pt font)."""
    return _ADDRESS.sub(lambda m: re.sub(r"([/.\-_?&=])", "\\1\u200b", m[0]), text)


class _Content(QWidget):
    """The scrolled part of the panel. Its layout is laid out again on every resize: the scroll area resizes it
    to its height-for-width while a layout request is pending, and Qt then skipped the new size (the rows were
    squeezed into the old height at a 20 pt font)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.setGeometry(self.rect())


class SummaryPanel(QFrame):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang
        self.setObjectName("summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        # The panel scrolls up and down on its own (at a large font its rows are taller than the window), never
        # sideways: every label wraps to the panel's width, none is cut off.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setAccessibleName(t("Summary"))
        outer.addWidget(self.scroller)
        content = _Content()
        content.setObjectName("summaryContent")
        self.scroller.setWidget(content)
        layout = QVBoxLayout(content)
        title = QLabel(t("Summary"))
        title.setObjectName("panelTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        # One row per figure: its name (wrapping) and the number at the right; a long value (a bank's name, a
        # deadline's title) has a line of its own under its name. Plain boxes rather than a QFormLayout with
        # wrapped rows, whose height the scroll area did not get right (rows squeezed at a 20 pt font).
        # The figures come from the registry (debtassist.rules.figure_specs); the case's own rows follow.
        figures = [(spec.name, spec.label(lang, Face.SUMMARY)) for spec in face_specs(Face.SUMMARY)]
        long = {spec.name for spec in face_specs(Face.SUMMARY) if spec.kind is Kind.TEXT}
        self.values: dict[str, QLabel] = {}
        for key, label in (
            *figures,
            ("missing", t("Documents missing")),
            ("stage", t("Stage")),
            ("deadline", t("Next deadline")),
        ):
            name = QLabel(label)
            name.setWordWrap(True)
            value = QLabel("—")
            value.setAccessibleName(label)
            self.values[key] = value
            if key in long or key in ("deadline", "stage"):  # long: a line of its own
                value.setWordWrap(True)
                layout.addWidget(name)
                layout.addWidget(value)
            else:
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row = QHBoxLayout()
                row.addWidget(name, 1)
                row.addWidget(value, 0)
                layout.addLayout(row)
        self.problems_title = QLabel()
        self.problems_title.setObjectName("panelTitle")
        self.problems_title.setWordWrap(True)
        layout.addWidget(self.problems_title)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def update_report(self, report: CheckReport) -> None:
        f = report.figures
        shown = {
            **{spec.name: shown_text(spec, f) for spec in face_specs(Face.SUMMARY)},
            "missing": str(len(report.missing_attachments)),
            **progress_texts(report, self.lang),
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        errors, warnings = report.errors, report.warnings
        self.problems_title.setText(
            t("Open problems: %1 to fix, %2 to check")
            .replace("%1", str(len(errors)))
            .replace("%2", str(len(warnings)))
        )
        lines = [f"• {finding.message(self.lang)}" for finding in (errors + warnings)[:MAX_PROBLEMS]]
        more = len(errors) + len(warnings) - MAX_PROBLEMS
        if more > 0:
            lines.append(t("… and %1 more on the review page").replace("%1", str(more)))
        self.problems.setText(breakable("\n".join(lines)) or t("No problems found."))
