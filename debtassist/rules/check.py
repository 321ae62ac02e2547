"""One call that checks a case: findings, figures and the attachment checklist, as used by the CLI and GUI."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from debtassist.i18n import Lang
from debtassist.model.case import Case
from debtassist.rules.attachments import AttachmentCheck, attachment_checklist
from debtassist.rules.explain import Finding, Severity
from debtassist.rules.figures import Figures, compute_figures
from debtassist.rules.findings import collect_findings
from debtassist.rules.living import LivingExpenseSource


class CheckReport(NamedTuple):
    case: Case
    findings: list[Finding]
    figures: Figures
    attachments: list[AttachmentCheck]

    def of(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity]

    @property
    def errors(self) -> list[Finding]:
        return self.of(Severity.ERROR)

    @property
    def warnings(self) -> list[Finding]:
        return self.of(Severity.WARNING)

    @property
    def notes(self) -> list[Finding]:
        return self.of(Severity.NOTE)

    @property
    def missing_attachments(self) -> list[AttachmentCheck]:
        return [a for a in self.attachments if a.required and a.problem is not None]

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "schema_version": self.case.schema_version,
            "route": self.case.route.value if self.case.route else None,
            "errors": [f.to_json(lang) for f in self.errors],
            "warnings": [f.to_json(lang) for f in self.warnings],
            "notes": [f.to_json(lang) for f in self.notes],
            "attachments": [a.to_json(lang) for a in self.attachments],
            "missing_attachments": [a.id for a in self.missing_attachments],
            "figures": self.figures.to_json(lang),
        }


def check_case(case: Case, table: LivingExpenseSource, today: date | None = None) -> CheckReport:
    figures = compute_figures(case, table)
    attachments = attachment_checklist(case)
    findings = collect_findings(case, figures, attachments, today)
    return CheckReport(case, findings, figures, attachments)
