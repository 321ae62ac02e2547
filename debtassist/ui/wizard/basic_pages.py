"""Wizard pages 1-3: route, eligibility, applicant."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debtassist.model.case import PreviousNegotiation, Route
from debtassist.rules.check import CheckReport
from debtassist.rules.routes import is_proceeding
from debtassist.rules.venue import venue_options
from debtassist.ui.widgets import CountyCombo, FieldRow, NationalIdEdit, RocDateEdit, accessible_text
from debtassist.ui.widgets.wrapping import WrapRadio, titled_box
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.filing_fields import (
    HardshipBox,
    HomeLoanBox,
    PeopleBox,
    PlacesBox,
    PriorStepBox,
    VenueCombo,
    venue_basis,
)
from debtassist.ui.wizard.steps import numbered


def route_text(route: Route) -> tuple[str, str]:
    """Name and plain-words explanation of a route."""
    return {
        Route.BANK_NEGOTIATION: (
            t("Pre-negotiation with your largest creditor bank (前置協商)"),
            t(
                "A letter to the bank you owe most; it negotiates one repayment plan for all your bank debts. "
                "No court fee. Debts to private lenders, guarantees and asset-management companies are usually "
                "not included."
            ),
        ),
        Route.COURT_MEDIATION: (
            t("Pre-mediation at the district court (前置調解)"),
            t(
                "The court calls all your creditors, including non-bank ones, to agree on a plan. Fee NT$1,000."
            ),
        ),
        Route.TOWNSHIP_MEDIATION: (
            t("Mediation at your township's mediation committee"),
            t("Like court mediation, at the local mediation committee; free of charge."),
        ),
        Route.REHABILITATION: (
            t("Rehabilitation (更生)"),
            t(
                "The court approves a plan you can pay from your income, for at most 6 years (8 in some cases). "
                "Only when unsecured debt is NT$12,000,000 or less."
            ),
        ),
        Route.LIQUIDATION: (
            t("Liquidation (清算)"),
            t("Your assets are sold for the creditors and the rest of the debt may be discharged."),
        ),
    }[route]


class Choices(QWidget):
    """Radio buttons with no answer chosen until the person chooses one; each says its question to screen
    readers (``question: answer``)."""

    def __init__(self, answers: list[tuple[object, str]], question: str = "") -> None:
        super().__init__()
        # Two short answers side by side; three or more one under another, so long answers never widen the page.
        layout = QHBoxLayout(self) if len(answers) <= 2 else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[object, QRadioButton] = {}
        for value, text in answers:
            button = WrapRadio(text)
            if question:
                button.setAccessibleName(f"{accessible_text(question)}: {accessible_text(text)}")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        if question:
            self.setAccessibleName(accessible_text(question))

    def value(self) -> object:
        return next((value for value, button in self.buttons.items() if button.isChecked()), None)

    def set_value(self, value: object) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(value is not None and key == value)
        self.group.setExclusive(True)


class YesNo(Choices):
    """Yes or no, unchosen until chosen."""

    def __init__(self, yes: str, no: str, question: str = "") -> None:
        super().__init__([(True, yes), (False, no)], question)
        self.yes, self.no = self.buttons[True], self.buttons[False]

    def value(self) -> bool | None:
        value = super().value()
        return value if isinstance(value, bool) else None


class RoutePage(WizardPage):
    key = "route"
    paths = ("route", "filing_date", "venue")
    edits = ("notes",)

    def title(self) -> str:
        return numbered(t("{route}. Which procedure"))

    def why(self) -> str:
        return t(
            "The procedure decides which forms you need, where you send them and what they cost. You can change "
            "it later; everything you type is kept. For advice on which is right for you, ask the Legal Aid "
            "Foundation."
        )

    def build(self) -> None:
        self.buttons = QButtonGroup(self)
        box, layout = titled_box(t("Procedure"))
        self.radios: dict[Route, QRadioButton] = {}
        for route in Route:
            name, text = route_text(route)
            radio = WrapRadio(name)
            radio.setAccessibleDescription(text)
            explanation = QLabel(text)
            explanation.setWordWrap(True)
            explanation.setIndent(24)
            self.buttons.addButton(radio)
            self.radios[route] = radio
            layout.addWidget(radio)
            layout.addWidget(explanation)
            radio.toggled.connect(lambda on, r=route: self._set_route(r) if on else None)
        self.form.addWidget(box)
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setObjectName("hint")
        self.form.addWidget(self.hints)
        self.filing = RocDateEdit(label=t("Filing date"), lang=self.lang)
        self.filing.dateChanged.connect(self._set_filing)
        self.form.addWidget(
            FieldRow(
                t("Filing date (the day you send or file it)"),
                self.filing,
                hint=t(
                    "ROC or western: 115/12/7 or 2026-12-07. It sets the living-expense year and the "
                    "one-month limits of some documents."
                ),
            )
        )
        self.venue = VenueCombo()
        self.venue.setAccessibleName(t("Court or mediation committee"))
        self.venue.textEdited.connect(self._set_venue)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere else
        self.notes.setAccessibleName(t("Notes"))
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._set_notes)
        self.notes_row = FieldRow(
            t("Notes for yourself or your social worker"),
            self.notes,
            hint=t("Kept with the case; not printed on the forms."),
        )
        self.venue_row = FieldRow(
            t("Court or mediation committee"),
            self.venue,
            hint=t("Choose from the list (offered from your addresses) or type it."),
        )
        self.venue_basis = QLabel()
        self.venue_basis.setWordWrap(True)
        self.form.addWidget(self.venue_row)
        self.form.addWidget(self.venue_basis)
        self.form.addWidget(self.notes_row)

    def load(self) -> None:
        case = self.session.case
        self.buttons.setExclusive(False)
        for route, radio in self.radios.items():
            radio.setChecked(case.route is route)
        self.buttons.setExclusive(True)
        self.filing.setValue(case.filing_date)
        self.venue.offer(venue_options(case))
        self.venue.setText(case.venue)
        self.venue_basis.setText(venue_basis(case))
        if self.notes.toPlainText() != case.notes:
            self.notes.setPlainText(case.notes)
        self.venue_row.setVisible(case.route is not None and case.route is not Route.BANK_NEGOTIATION)
        self.venue_basis.setVisible(self.venue_row.isVisibleTo(self))

    def _set_route(self, route: Route) -> None:
        if self._loading:
            return
        self.session.case.route = route
        self.venue_row.setVisible(route is not Route.BANK_NEGOTIATION)
        self.venue.offer(venue_options(self.session.case))
        self.venue_basis.setText(venue_basis(self.session.case))
        self.venue_basis.setVisible(route is not Route.BANK_NEGOTIATION)
        self.changed()

    def _set_filing(self, value: object) -> None:
        if not self._loading:
            self.session.case.filing_date = value  # type: ignore[assignment]
            self.changed()

    def _set_notes(self) -> None:
        if not self._loading:
            self.session.case.notes = self.notes.toPlainText()
            self.changed()

    def _set_venue(self, text: str) -> None:
        self.session.case.venue = text
        self.changed()

    def report_changed(self, report: CheckReport) -> None:
        f = report.figures
        hints = []
        if f.financial_institution_debt == 0 and report.case.creditors:
            hints.append(
                t(
                    "You list no debt to a bank or other financial institution: pre-negotiation does "
                    "not apply; mediation can include all creditors."
                )
            )
        if not f.rehabilitation_ceiling_ok:
            hints.append(t("Your unsecured debt is over NT$12,000,000: rehabilitation is not available."))
        if f.consumer_eligible is False:
            hints.append(
                t("Your business turnover is over the limit: the Act's procedures may not apply to you.")
            )
        self.hints.setText("\n".join(hints) or t("Nothing in the case so far rules out a procedure."))


class EligibilityPage(WizardPage):
    key = "eligibility"
    paths = ("business.had_business", "history")
    edits = ("filing.hardship", "filing.home_loan_choice")

    def title(self) -> str:
        return numbered(t("{eligibility}. Before you start"))

    def why(self) -> str:
        return t(
            "Only a consumer can use the Act: no business in the last five years, or average monthly turnover "
            "of NT$200,000 or less (Art. 2). Banks also ask about earlier negotiations."
        )

    def build(self) -> None:
        # One question a row, its words wrapped above its answers; questions that do not apply to the
        # answers given are hidden (and never required: their findings only follow a shown question).
        q_business = t("Did you run a business in the last five years?")
        self.business = YesNo(t("Yes"), t("No"), q_business)
        self.business.group.buttonToggled.connect(lambda *_: self._save())
        self.business_row = FieldRow(q_business, self.business)
        q_2006 = t(
            "The 2006 (ROC 95) bank debt negotiation: did you take part, and was an agreement concluded?"
        )
        self.agreement_2006 = Choices(
            [
                ("concluded", t("Yes, an agreement was concluded")),
                ("not_concluded", t("I took part; no agreement")),
                ("never", t("I never negotiated then")),
            ],
            q_2006,
        )
        self.agreement_2006.group.buttonToggled.connect(lambda *_: self._save())
        self.agreement_row = FieldRow(q_2006, self.agreement_2006)
        self.previous = QComboBox()
        self.previous.addItem(t("Choose…"), None)
        labels = {
            PreviousNegotiation.NONE: t("Never applied"),
            PreviousNegotiation.CONCLUDED: t("Applied; an agreement was concluded"),
            PreviousNegotiation.FAILED: t("Applied; it failed"),
            PreviousNegotiation.DEEMED_NOT_REQUESTED: t("Applied; 'deemed not requested'"),
            PreviousNegotiation.RETURNED: t("Applied; returned for missing documents or eligibility"),
        }
        for value, label in labels.items():
            self.previous.addItem(label, value.value)
        self.previous.setAccessibleName(t("Earlier pre-negotiation"))
        self.previous.currentIndexChanged.connect(lambda *_: self._save())
        self.previous_row = FieldRow(t("Earlier pre-negotiation"), self.previous)
        self.previous_end = RocDateEdit(label=t("When it ended"), lang=self.lang, allow_future=False)
        self.previous_end.dateChanged.connect(lambda *_: self._save())
        self.previous_end_row = FieldRow(t("When it ended"), self.previous_end)
        q_difficulty = t("If an agreement was concluded: did paying become hard for reasons not your fault?")
        self.difficulty = YesNo(t("Yes"), t("No"), q_difficulty)
        self.difficulty.group.buttonToggled.connect(lambda *_: self._save())
        self.difficulty_row = FieldRow(q_difficulty, self.difficulty)
        self.mediation_failed = RocDateEdit(
            label=t("Mediation failed on"), lang=self.lang, allow_future=False
        )
        self.mediation_failed.dateChanged.connect(lambda *_: self._save())
        self.mediation_row = FieldRow(t("If a mediation failed: on which day"), self.mediation_failed)
        for row in (
            self.business_row,
            self.agreement_row,
            self.previous_row,
            self.previous_end_row,
            self.difficulty_row,
            self.mediation_row,
        ):
            self.form.addWidget(row)
        self.prior_step = PriorStepBox(self.lang, self.changed)
        self.form.addWidget(self.prior_step)
        self.hardship = HardshipBox(self.changed)
        self.form.addWidget(self.hardship)
        self.home_loan = HomeLoanBox(self.changed)
        self.form.addWidget(self.home_loan)
        note = QLabel(
            numbered(
                t("Pending enforcement or wage garnishment is entered with each creditor (page {creditors}).")
            )
        )
        note.setWordWrap(True)
        self.form.addWidget(note)

    def _show_what_applies(self) -> None:
        case = self.session.case
        previous = case.history.previous_negotiation
        applied = previous is not None and previous is not PreviousNegotiation.NONE
        self.previous_end_row.setVisible(applied)
        concluded = previous is PreviousNegotiation.CONCLUDED or case.history.concluded_2006_agreement is True
        self.difficulty_row.setVisible(concluded)
        self.mediation_row.setVisible(
            is_proceeding(case.route) or case.history.mediation_failed_date is not None
        )

    def load(self) -> None:
        case = self.session.case
        history = case.history
        self.business.set_value(case.business.had_business)
        answer_2006: str | None = None
        if history.concluded_2006_agreement is True:
            answer_2006 = "concluded"
        elif history.concluded_2006_agreement is False:
            answer_2006 = "never" if history.negotiated_2006 is False else "not_concluded"
        self.agreement_2006.set_value(answer_2006)
        value = history.previous_negotiation.value if history.previous_negotiation else None
        self.previous.setCurrentIndex(max(0, self.previous.findData(value)) if value else 0)
        self.previous_end.setValue(history.previous_negotiation_end)
        self.difficulty.set_value(history.agreement_difficulty_not_attributable)
        self.mediation_failed.setValue(history.mediation_failed_date)
        self.prior_step.load(case)
        self.hardship.load(case)
        self.home_loan.load(case)
        self._show_what_applies()

    def _save(self) -> None:
        if self._loading:
            return
        case = self.session.case
        case.business.had_business = self.business.value()
        history = case.history
        answer_2006 = self.agreement_2006.value()
        history.concluded_2006_agreement = None if answer_2006 is None else answer_2006 == "concluded"
        history.negotiated_2006 = None if answer_2006 is None else answer_2006 != "never"
        data = self.previous.currentData()
        history.previous_negotiation = PreviousNegotiation(data) if data else None
        history.previous_negotiation_end = self.previous_end.value()
        history.agreement_difficulty_not_attributable = self.difficulty.value()
        history.mediation_failed_date = self.mediation_failed.value()
        self._show_what_applies()
        self.changed()


class ApplicantPage(WizardPage):
    key = "applicant"
    paths = ("applicant",)
    edits = ("filing.legal_representative", "filing.agent", "filing.service_recipient", "filing.preparer")

    def title(self) -> str:
        return numbered(t("{applicant}. About you"))

    def why(self) -> str:
        return t(
            "The forms name you exactly as on your ID card; the court and banks write to your mailing address. "
            "Your county sets the living-expense standard used for your necessary expenses (Art. 64-2)."
        )

    def build(self) -> None:
        self.name = QLineEdit()
        self.national_id = NationalIdEdit(label=t("National ID number"), lang=self.lang)
        self.birth = RocDateEdit(label=t("Date of birth"), lang=self.lang, allow_future=False)
        self.phone = QLineEdit()
        self.mobile = QLineEdit()
        self.email = QLineEdit()
        self.registered = QLineEdit()
        self.mailing = QLineEdit()
        self.county = CountyCombo(label=t("County or city where you live"), lang=self.lang)
        self.employer = QLineEdit()
        self.occupation = QLineEdit()
        rows = [
            (t("Name (as on your ID card)"), self.name, ""),
            (
                t("National ID number"),
                self.national_id,
                t("One letter and nine digits; checked as you type."),
            ),
            (t("Date of birth"), self.birth, ""),
            (t("Phone"), self.phone, ""),
            (t("Mobile phone"), self.mobile, t("At least one phone number is needed.")),
            (t("E-mail"), self.email, ""),
            (t("Registered address (戶籍地址)"), self.registered, ""),
            (t("Mailing address"), self.mailing, t("Leave empty if it is the registered address.")),
            (t("County or city where you live"), self.county, ""),
            (t("Employer"), self.employer, ""),
            (t("Occupation"), self.occupation, ""),
        ]
        for label, widget, hint in rows:
            widget.setAccessibleName(label)
            self.form.addWidget(FieldRow(label, widget, hint=hint))
        for line in (
            self.name,
            self.phone,
            self.mobile,
            self.email,
            self.registered,
            self.mailing,
            self.employer,
            self.occupation,
        ):
            line.textEdited.connect(lambda *_: self._save())
        self.places = PlacesBox(self.lang, self.changed)
        self.form.addWidget(self.places)
        self.people = PeopleBox(self.changed)
        self.form.addWidget(self.people)
        self.national_id.idChanged.connect(lambda *_: self._save())
        self.birth.dateChanged.connect(lambda *_: self._save())
        self.county.countyChanged.connect(lambda *_: self._save())

    def load(self) -> None:
        a = self.session.case.applicant
        self.name.setText(a.name)
        self.national_id.setValue(a.national_id)
        self.birth.setValue(a.birth_date)
        self.phone.setText(a.phone)
        self.mobile.setText(a.mobile)
        self.email.setText(a.email)
        self.registered.setText(a.registered_address)
        self.mailing.setText(a.mailing_address)
        self.county.setCounty(a.residence_county)
        self.employer.setText(a.employer)
        self.occupation.setText(a.occupation)
        self.places.load(self.session.case)
        self.people.load(self.session.case)

    def _save(self) -> None:
        if self._loading:
            return
        a = self.session.case.applicant
        a.name = self.name.text().strip()
        a.national_id = self.national_id.value()
        a.birth_date = self.birth.value()
        a.phone = self.phone.text().strip()
        a.mobile = self.mobile.text().strip()
        a.email = self.email.text().strip()
        a.registered_address = self.registered.text().strip()
        a.mailing_address = self.mailing.text().strip()
        a.residence_county = self.county.county()
        a.employer = self.employer.text().strip()
        a.occupation = self.occupation.text().strip()
        self.places.show_reading(self.session.case)
        self.changed()
