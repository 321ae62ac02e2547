"""The always-visible summary: the key figures and the open problems, updated as the user types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout

from debtassist.i18n import Lang
from debtassist.rules.check import CheckReport
from debtassist.rules.deadlines import next_deadline
from debtassist.rules.lifecycle import current_stage, stage_label, stage_since
from debtassist.rules.rocdate import roc_text

MAX_PROBLEMS = 6


def t(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


def money(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def progress_texts(report: CheckReport, lang: Lang) -> dict[str, str]:
    """The case's stage (since when) and its next deadline, as the desk shows them (case.lifecycle)."""
    case = report.case
    since = stage_since(case)
    stage = stage_label(current_stage(case), lang) + (f" {roc_text(since)}" if since else "")
    deadline = next_deadline(case)
    due = f"{roc_text(deadline.due)} {deadline.title(lang).strip()}" if deadline else "—"
    return {"stage": stage, "deadline": due}


class SummaryPanel(QFrame):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang
        self.setObjectName("summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        title = QLabel(t("Summary"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self.grid = QFormLayout()
        self.grid.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapLongRows
        )  # narrow: the label above its value
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("total_debt", t("Total debt")),
            ("unsecured_debt", t("Unsecured debt")),
            ("financial_institution_debt", t("Owed to banks")),
            ("largest_creditor", t("Largest creditor bank")),
            ("monthly_income", t("Monthly income")),
            ("necessary", t("Necessary expenses")),
            ("disposable_income", t("Left each month")),
            ("missing", t("Documents missing")),
            ("stage", t("Stage")),
            ("deadline", t("Next deadline")),
        ):
            value = QLabel("—")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self.values[key] = value
            if key in ("largest_creditor", "deadline"):  # long (a bank's name, a deadline's title): own line
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addRow(QLabel(label))
                self.grid.addRow(value)
            else:
                self.grid.addRow(label, value)
        layout.addLayout(self.grid)
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
        necessary = None
        if f.debtor_necessary_expense is not None and f.dependents_expense is not None:
            necessary = f.debtor_necessary_expense + f.dependents_expense
        shown = {
            "total_debt": money(f.total_debt),
            "unsecured_debt": money(f.unsecured_debt),
            "financial_institution_debt": money(f.financial_institution_debt),
            "largest_creditor": f.largest_creditor.name or "—",
            "monthly_income": money(f.monthly_income),
            "necessary": money(necessary),
            "disposable_income": money(f.disposable_income),
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
        self.problems.setText("\n".join(lines) or t("No problems found."))
