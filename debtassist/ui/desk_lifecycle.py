"""The progress dialog of a case: label and desk note, the dated events (add, change, remove) and the deadlines
they give, each with its rule and because-trail. Edits a copy; the caller saves it through the store."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.model.case import Case, Lifecycle, LifecycleEvent, Route, Stage
from debtassist.rules.deadlines import case_deadlines, missing_dates
from debtassist.rules.lifecycle import EVENT_FIELDS, STAGE_ORDER, current_stage, stage_label, timeline
from debtassist.rules.rocdate import roc_text
from debtassist.ui.desk import route_label
from debtassist.ui.widgets.dates import RocDateEdit


def t(text: str) -> str:
    return QCoreApplication.translate("DeskLifecycle", text)


class LifecycleDialog(QDialog):
    def __init__(
        self, case: Case, lang: Lang, name: str, today: date | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.lang = lang
        self.today = today or date.today()
        self.case = case.clone()
        self.events: list[LifecycleEvent] = timeline(self.case)
        self.setWindowTitle(t("Progress and deadlines — %1").replace("%1", name))
        self.resize(920, 760)

        self.label = QLineEdit(case.lifecycle.label)
        self.label.setAccessibleName(t("Label / caseworker"))
        self.desk_note = QLineEdit(case.lifecycle.desk_note)
        self.desk_note.setAccessibleName(t("One-line note for the desk"))
        self.desk_note.setMaxLength(200)
        top = QFormLayout()
        top.addRow(t("Label / caseworker:"), self.label)
        top.addRow(t("One-line note for the desk:"), self.desk_note)
        self.stage = QLabel()

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [t("Date"), t("What happened"), t("To / by whom"), t("Number"), t("Deadline set"), t("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._load_selected)

        self.kind = QComboBox()
        self.kind.setAccessibleName(t("What happened"))
        for stage in (*STAGE_ORDER, Stage.DATE):
            self.kind.addItem(stage_label(stage, lang), stage.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date = RocDateEdit(label=t("Date"), lang=lang)
        self.procedure = QComboBox()
        self.procedure.setAccessibleName(t("Which step"))
        self.procedure.addItem(t("The case's route"), None)
        for route in Route:
            self.procedure.addItem(route_label(route), route.value)
        self.body = QLineEdit()
        self.body.setAccessibleName(t("To / by whom (bank, court, committee)"))
        self.reference = QLineEdit()
        self.reference.setAccessibleName(t("Registered-mail or case number"))
        self.deadline = RocDateEdit(label=t("Deadline set"), lang=lang)
        self.note = QLineEdit()
        self.note.setAccessibleName(t("Note"))
        form = QFormLayout()
        self.rows: dict[str, QWidget] = {
            "kind": self.kind,
            "date": self.date,
            "procedure": self.procedure,
            "body": self.body,
            "reference": self.reference,
            "deadline": self.deadline,
            "note": self.note,
        }
        labels = {
            "kind": t("What happened:"),
            "date": t("Date:"),
            "procedure": t("Which step:"),
            "body": t("To / by whom (bank, court, committee):"),
            "reference": t("Registered-mail or case number:"),
            "deadline": t("Deadline (as the court set it, or your own date):"),
            "note": t("Note:"),
        }
        for key, widget in self.rows.items():
            form.addRow(labels[key], widget)
        self.form = form
        self.add_button = QPushButton(t("&Add as new entry"))
        self.add_button.clicked.connect(self.add_event)
        self.update_button = QPushButton(t("&Change selected entry"))
        self.update_button.clicked.connect(self.update_event)
        self.remove_button = QPushButton(t("Re&move selected entry"))
        self.remove_button.clicked.connect(self.remove_event)
        for button in (self.add_button, self.update_button, self.remove_button):
            button.setAutoDefault(False)
        edit_buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button):
            edit_buttons.addWidget(button)
        edit_buttons.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")

        self.deadlines = QTextBrowser()
        self.deadlines.setAccessibleName(t("Deadlines"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stage)
        layout.addWidget(self.table, 2)
        layout.addLayout(form)
        layout.addLayout(edit_buttons)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(t("Deadlines (with their rule):")))
        layout.addWidget(self.deadlines, 2)
        layout.addWidget(buttons)
        self._kind_changed()
        self._refresh()

    # -- editing -----------------------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = Stage(self.kind.currentData())
        shown = set(EVENT_FIELDS[kind]) | {"kind", "date"}
        for key, widget in self.rows.items():
            widget.setVisible(key in shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(key in shown)

    def _event_from_form(self) -> LifecycleEvent | None:
        kind = Stage(self.kind.currentData())
        day = self.date.value()
        if day is None and kind is not Stage.DATE:
            self.error.setText(t("Enter the date it happened."))
            return None
        deadline = self.deadline.value() if "deadline" in EVENT_FIELDS[kind] else None
        if kind is Stage.DATE and day is None and deadline is None:
            self.error.setText(t("Enter a date."))
            return None
        procedure = self.procedure.currentData() if "procedure" in EVENT_FIELDS[kind] else None
        self.error.setText("")
        return LifecycleEvent(
            kind=kind,
            date=day,
            procedure=Route(procedure) if procedure else None,
            body=self.body.text().strip() if "body" in EVENT_FIELDS[kind] else "",
            reference=self.reference.text().strip() if "reference" in EVENT_FIELDS[kind] else "",
            deadline=deadline,
            note=self.note.text().strip(),
        )

    def add_event(self) -> None:
        event = self._event_from_form()
        if event is not None:
            self.events.append(event)
            self._refresh(select=event.id)

    def update_event(self) -> None:
        row = self.table.currentRow()
        event = self._event_from_form()
        if event is None or not 0 <= row < len(self.events):
            return
        self.events[row] = event.replace(id=self.events[row].id)
        self._refresh(select=self.events[row].id)

    def remove_event(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.events):
            del self.events[row]
            self._refresh()

    def _load_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.events):
            return
        event = self.events[row]
        self.kind.setCurrentIndex(self.kind.findData(event.kind.value))
        self.date.setValue(event.date)
        self.procedure.setCurrentIndex(
            self.procedure.findData(event.procedure.value if event.procedure else None)
        )
        self.body.setText(event.body)
        self.reference.setText(event.reference)
        self.deadline.setValue(event.deadline)
        self.note.setText(event.note)

    # -- showing -----------------------------------------------------------------------------------------------

    def result_case(self) -> Case:
        lifecycle = Lifecycle(
            events=list(self.events), label=self.label.text().strip(), desk_note=self.desk_note.text().strip()
        )
        return self.case.replace(lifecycle=lifecycle)

    def _refresh(self, select: str | None = None) -> None:
        case = self.result_case()
        self.events = timeline(case)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            what = stage_label(event.kind, self.lang)
            if event.procedure is not None:
                what += f"（{route_label(event.procedure)}）"
            cells = [
                roc_text(event.date) if event.date else "—",
                what,
                event.body,
                event.reference,
                roc_text(event.deadline) if event.deadline else "",
                event.note,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        if select is not None:
            for row, event in enumerate(self.events):
                if event.id == select:
                    self.table.selectRow(row)
        self.stage.setText(t("Current stage: %1").replace("%1", stage_label(current_stage(case), self.lang)))
        html = []
        for deadline in case_deadlines(case):
            state = tr(f"desk.urgency.{deadline.urgency(self.today)}", self.lang)
            steps = "".join(f"<li>{escape(step)}</li>" for step in deadline.explain(self.lang))
            html.append(
                f"<p><b>{roc_text(deadline.due)}</b> [{escape(state)}] {escape(deadline.title(self.lang))}<br>"
                f"<i>{escape(deadline.rule_text(self.lang))}</i></p><ul>{steps}</ul>"
            )
        for key in missing_dates(case):
            html.append(f"<p>⚠ {escape(tr(key, self.lang))}</p>")
        self.deadlines.setHtml("".join(html) or t("No deadlines yet."))
        self.deadlines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def deadline_texts(self) -> str:
        return self.deadlines.toPlainText()
