"""Help for every step: what it is for, what to have at hand, where to get advice (F1 or the Help button).

The texts are data, once per step, in both languages: ``resources/translations/<lang>/core/wizard.json`` under
``wizard.help.<page key>.purpose`` / ``.have``; the advice (the Legal Aid Foundation, with its source) and the
warning about fee-charging "fake legal aid" are shared by every step.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from debtassist.i18n import Lang, catalog, tr


def has_help(key: str) -> bool:
    return f"wizard.help.{key}.purpose" in catalog() and f"wizard.help.{key}.have" in catalog()


def help_sections(key: str, lang: Lang) -> list[tuple[str, str]]:
    """(heading, text) of the help of step ``key``."""
    return [
        (tr("wizard.help.purpose_heading", lang), tr(f"wizard.help.{key}.purpose", lang)),
        (tr("wizard.help.have_heading", lang), tr(f"wizard.help.{key}.have", lang)),
        (
            tr("wizard.help.advice_heading", lang),
            "\n".join(
                tr(k, lang) for k in ("wizard.help.advice", "wizard.help.fake_aid", "wizard.help.source")
            ),
        ),
    ]


def help_html(key: str, lang: Lang) -> str:
    parts = []
    for heading, text in help_sections(key, lang):
        paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n"))
        parts.append(f"<h3>{escape(heading)}</h3>{paragraphs}")
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, key: str, step_title: str, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("wizard.help.title", lang, step=step_title))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.windowTitle())
        self.text.setOpenLinks(False)  # offline: the addresses are shown to copy, not opened
        self.text.setHtml(help_html(key, lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 70, metrics.lineSpacing() * 28)
