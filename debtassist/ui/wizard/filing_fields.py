"""Wizard inputs for the filing itself: the venue offered from the addresses, the domicile and residence
districts, the people beside the applicant (legal representative, agent, service recipient, preparer), the
Art. 151 step tried before, and the debtor's own account of why they cannot pay.

Each group reads from and writes to the session's case and calls ``on_change`` after a user edit; loading
never counts as an edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debtassist.i18n import Lang, tr
from debtassist.model.case import Case, Person, Route
from debtassist.reference.courts import districts_in
from debtassist.rules.fields import asked
from debtassist.rules.routes import is_proceeding
from debtassist.rules.venue import competent_committees, competent_courts, places
from debtassist.ui.widgets import CountyCombo
from debtassist.ui.widgets.base import CheckedLineEdit, accessible_text
from debtassist.ui.widgets.field_row import ErrorLabel
from debtassist.ui.wizard.base import t
from debtassist.ui.wizard.field_layout import FieldLayout
from debtassist.ui.wizard.steps import numbered


def _framed(box: QGroupBox, title: str) -> QVBoxLayout:
    """``box``'s layout, headed by ``title`` as a word-wrapped label (a QGroupBox title never wraps, and at a
    20 pt font these titles are wider than the page); the box is named for screen readers by the title."""
    box.setAccessibleName(accessible_text(title))
    layout = QVBoxLayout(box)
    heading = QLabel(title)
    heading.setObjectName("tableTitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    return layout


def _add_row(layout: QVBoxLayout, text: str, field: QWidget) -> ErrorLabel | None:
    """``text`` as a word-wrapped label above ``field`` (its buddy): the rows stack, never side by side, so a
    long label or a large font never widens the page. Under a checked field (a date), the same inline
    message as every other such field; it is returned."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    if not isinstance(field, CheckedLineEdit):
        return None
    message = ErrorLabel(field)
    layout.addWidget(message)
    return message


class VenueCombo(QComboBox):
    """An editable list of the competent courts (or committees) for the case; typing stays possible."""

    textEdited = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        line = self.lineEdit()
        assert line is not None
        line.textEdited.connect(self.textEdited.emit)
        self.activated.connect(lambda index: self.textEdited.emit(self.itemText(index)))

    def setText(self, text: str) -> None:
        self.setEditText(text)

    def text(self) -> str:
        return self.currentText()

    def offer(self, options: list[str]) -> None:
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(options)
        self.setEditText(current)
        self.blockSignals(False)


def venue_basis(case: Case) -> str:
    """Why these venues are offered, in the interface language."""
    if case.route is Route.TOWNSHIP_MEDIATION:
        names = [d.committee for d in competent_committees(case)]
        if not names:
            return numbered(
                t(
                    "Enter your address (page {applicant}) so that the committee of your district can be offered."
                )
            )
        return t("Offered from your residence (and domicile): %1").replace("%1", "、".join(names))
    if case.route is None or not case.route.is_court:
        return ""
    found = competent_courts(case)
    if not found:
        return numbered(
            t("Enter your address (page {applicant}) so that the competent district court can be offered.")
        )
    basis = {"both": t("domicile and residence"), "domicile": t("domicile"), "residence": t("residence")}
    parts = [f"{court.name}（{basis[b]}）" for court, b in found]
    return t("Courts that serve your domicile or residence (Art. 5): %1").replace("%1", "、".join(parts))


class DistrictCombo(QComboBox):
    """The 鄉鎮市區 of one county; the empty entry means "read it from the address"."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.fill("")

    def fill(self, county: str) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(t("(read from the address)"), "")
        for d in districts_in(county):
            self.addItem(d.district, d.district)
        index = self.findData(current) if current else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def district(self) -> str:
        return str(self.currentData() or "")

    def setDistrict(self, name: str) -> None:
        self.setCurrentIndex(max(self.findData(name), 0) if name else 0)


class PlacesBox(QGroupBox):
    """Domicile and residence for the venue: the residence address when it differs, and the districts when
    the addresses do not say them clearly."""

    def __init__(self, lang: Lang, on_change: Callable[[], None]) -> None:
        super().__init__()
        layout = _framed(self, t("Where you live (for the court or committee)"))
        self._on_change = on_change
        self._loading = False
        self.residence = QLineEdit()
        self.residence.setAccessibleName(t("Residence address (居所), if not the registered address"))
        _add_row(layout, t("Residence address (居所), if not the registered address"), self.residence)
        self.domicile_county = CountyCombo(label=t("Domicile county"), lang=lang)
        self.domicile_district = DistrictCombo()
        self.domicile_district.setAccessibleName(t("Domicile district (鄉鎮市區)"))
        _add_row(layout, t("Domicile county"), self.domicile_county)
        _add_row(layout, t("Domicile district (鄉鎮市區)"), self.domicile_district)
        self.residence_district = DistrictCombo()
        self.residence_district.setAccessibleName(t("Residence district (鄉鎮市區)"))
        _add_row(layout, t("Residence district (鄉鎮市區)"), self.residence_district)
        self.gender = QComboBox()
        self.gender.setAccessibleName(t("Gender (optional)"))
        for label, value in ((t("not stated"), ""), ("男", "男"), ("女", "女")):
            self.gender.addItem(label, value)
        _add_row(layout, t("Gender (optional)"), self.gender)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        layout.addWidget(self.reading)
        self.residence.textEdited.connect(lambda *_: self._save())
        self.domicile_county.countyChanged.connect(self._county_changed)
        self.domicile_district.currentIndexChanged.connect(lambda *_: self._save())
        self.residence_district.currentIndexChanged.connect(lambda *_: self._save())
        self.gender.currentIndexChanged.connect(lambda *_: self._save())
        self.case: Case | None = None

    def load(self, case: Case) -> None:
        self._loading = True
        try:
            self.case = case
            a = case.applicant
            self.residence.setText(a.residence_address)
            self.domicile_county.setCounty(a.domicile_county)
            self.domicile_district.fill(a.domicile_county)
            self.domicile_district.setDistrict(a.domicile_district)
            self.residence_district.fill(a.residence_county)
            self.residence_district.setDistrict(a.residence_district)
            self.gender.setCurrentIndex(max(self.gender.findData(a.gender), 0))
            self.show_reading(case)
        finally:
            self._loading = False

    def show_reading(self, case: Case) -> None:
        """What the venue rules read from the addresses, so a wrong reading is seen and corrected."""
        p = places(case)
        parts = []
        for label, place in ((t("Domicile"), p.domicile), (t("Residence"), p.residence)):
            if place.district is not None:
                parts.append(f"{label}：{place.district.place}（{place.district.court}）")
            else:
                parts.append(f"{label}：" + t("not clear from the address; choose the district"))
        self.residence_district.fill(case.applicant.residence_county)
        self.reading.setText("\n".join(parts))

    def _county_changed(self, county: str) -> None:
        self.domicile_district.fill(county)
        self._save()

    def _save(self) -> None:
        if self._loading or self.case is None:
            return
        a = self.case.applicant
        a.residence_address = self.residence.text().strip()
        a.domicile_county = self.domicile_county.county()
        a.domicile_district = self.domicile_district.district()
        a.residence_district = self.residence_district.district()
        a.gender = str(self.gender.currentData() or "")
        self.show_reading(self.case)
        self._on_change()


class PeopleBox(QGroupBox):
    """Optional lines of the party block (民事訴訟法 §116): legal representative, agent, service recipient,
    and who prepared the filing (撰狀人)."""

    ROLES = ("legal_representative", "agent", "service_recipient")

    def __init__(self, on_change: Callable[[], None]) -> None:
        super().__init__()
        layout = _framed(self, t("Someone acting for you (optional)"))
        self._on_change = on_change
        self._loading = False
        self.case: Case | None = None
        titles = {
            "legal_representative": t(
                "Legal representative (法定代理人): name, relationship, address, phone"
            ),
            "agent": t("Agent, e.g. a legal-aid lawyer (代理人): name, title, address, phone"),
            "service_recipient": t("Service recipient (送達代收人): name, —, service address, phone"),
        }
        self.lines: dict[str, tuple[QLineEdit, QLineEdit, QLineEdit, QLineEdit]] = {}
        for key in self.ROLES:
            title = QLabel(titles[key])
            title.setWordWrap(True)
            layout.addWidget(title)
            row = QWidget()
            grid = QVBoxLayout(row)
            grid.setContentsMargins(0, 0, 0, 0)
            edits = (QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit())
            for edit, label in zip(
                edits, (t("Name"), t("Relationship or title"), t("Address"), t("Phone")), strict=True
            ):
                edit.setAccessibleName(f"{titles[key]} — {label}")
                edit.textEdited.connect(lambda *_: self._save())
                _add_row(grid, label, edit)
            layout.addWidget(row)
            self.lines[key] = edits
        self.preparer = QLineEdit()
        self.preparer.setAccessibleName(t("Prepared by (撰狀人), if someone else wrote the filing"))
        self.preparer.textEdited.connect(lambda *_: self._save())
        _add_row(layout, t("Prepared by (撰狀人), if someone else wrote the filing"), self.preparer)

    def load(self, case: Case) -> None:
        self._loading = True
        try:
            self.case = case
            for key, edits in self.lines.items():
                person: Person = getattr(case.filing, key)
                for edit, value in zip(
                    edits, (person.name, person.role, person.address, person.phone), strict=True
                ):
                    edit.setText(value)
            self.preparer.setText(case.filing.preparer)
        finally:
            self._loading = False

    def _save(self) -> None:
        if self._loading or self.case is None:
            return
        for key, edits in self.lines.items():
            name, role, address, phone = (e.text().strip() for e in edits)
            setattr(self.case.filing, key, Person(name=name, role=role, address=address, phone=phone))
        self.case.filing.preparer = self.preparer.text().strip()
        self._on_change()


#: The Art. 151 step tried before, as the petition states it (rows of :class:`PriorStepBox`).
PRIOR_STEP_FIELDS = (
    "history.prior_step",
    "history.prior_step_date",
    "history.prior_step_body",
    "history.prior_step_case_number",
)


class PriorStepBox(QGroupBox):
    """Rehabilitation and liquidation: the Art. 151 step tried before, as the petition states it. Its rows are
    the page's fields (``PRIOR_STEP_FIELDS``), made, loaded and saved by the page's ``fields``."""

    def __init__(self, fields: FieldLayout) -> None:
        super().__init__()
        layout = _framed(self, t("Before going to court: negotiation or mediation (Art. 151)"))
        fields.add_to(layout, PRIOR_STEP_FIELDS, compact=True)

    def load(self, case: Case) -> None:
        self.setVisible(is_proceeding(case.route))


class HardshipBox(QGroupBox):
    """The debtor's own account of why they cannot pay, printed in the petition (事實及理由): the page's field
    ``filing.hardship`` under its question (the box's title) and its hint."""

    def __init__(self, fields: FieldLayout) -> None:
        super().__init__()
        spec = fields.specs["filing.hardship"]
        layout = _framed(self, tr(spec.label_key, fields.lang))
        hint = QLabel(tr(spec.hint_key or "", fields.lang))
        hint.setWordWrap(True)
        text = fields.widget("filing.hardship")
        assert isinstance(text, QPlainTextEdit)
        self.text = text
        layout.addWidget(hint)
        layout.addWidget(self.text)
        fields.rows["filing.hardship"] = self  # the field's row: its question, hint and editor


class HomeLoanBox(QGroupBox):
    """Bank pre-negotiation with an owner-occupied home loan: include it, or keep paying under the contract.
    Its row is the page's field ``filing.home_loan_choice``."""

    def __init__(self, fields: FieldLayout) -> None:
        super().__init__()
        layout = _framed(self, t("Your home loan in the negotiation"))
        fields.add_to(layout, ("filing.home_loan_choice",), compact=True)

    def load(self, case: Case) -> None:
        self.setVisible(asked(case, "filing.home_loan_choice"))
