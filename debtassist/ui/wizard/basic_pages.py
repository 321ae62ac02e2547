"""Wizard pages 1-3: route, eligibility, applicant."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
)

from debtassist.model.case import PreviousNegotiation, Route
from debtassist.rules.check import CheckReport
from debtassist.rules.routes import is_proceeding
from debtassist.rules.venue import venue_options
from debtassist.ui.widgets import FieldRow, RocDateEdit
from debtassist.ui.widgets.wrapping import WrapRadio, titled_box
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.field_layout import Choices, YesNo
from debtassist.ui.wizard.filing_fields import (
    PRIOR_STEP_FIELDS,
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


class RoutePage(WizardPage):
    key = "route"
    paths = ("route", "filing_date", "venue")
    edits = ("notes",)
    fields = ("filing_date",)

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
        self.filing = self.editor("filing_date", RocDateEdit)
        self.field_rows.add_to(self.form)
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
    #: The 2006 question (two fields in one answer) goes between the first and the second of these; the
    #: prior step and the home loan are in their own boxes.
    fields = (
        "business.had_business",
        "history.previous_negotiation",
        "history.previous_negotiation_end",
        "history.agreement_difficulty_not_attributable",
        "history.mediation_failed_date",
        *PRIOR_STEP_FIELDS,
        "filing.home_loan_choice",
    )

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
        self.business = self.editor("business.had_business", YesNo)
        self.previous = self.editor("history.previous_negotiation", QComboBox)
        self.field_rows.add_to(self.form, self.fields[:1])
        self.form.addWidget(self.agreement_row)
        self.field_rows.add_to(self.form, self.fields[1:5])
        rows = self.field_rows.rows
        self.previous_end_row = rows["history.previous_negotiation_end"]
        self.difficulty_row = rows["history.agreement_difficulty_not_attributable"]
        self.mediation_row = rows["history.mediation_failed_date"]
        self.prior_step = PriorStepBox(self.field_rows)
        self.form.addWidget(self.prior_step)
        self.hardship = HardshipBox(self.changed)
        self.form.addWidget(self.hardship)
        self.home_loan = HomeLoanBox(self.field_rows)
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
        answer_2006: str | None = None
        if history.concluded_2006_agreement is True:
            answer_2006 = "concluded"
        elif history.concluded_2006_agreement is False:
            answer_2006 = "never" if history.negotiated_2006 is False else "not_concluded"
        self.agreement_2006.set_value(answer_2006)
        self.prior_step.load(case)
        self.hardship.load(case)
        self.home_loan.load(case)
        self._show_what_applies()

    def report_changed(self, report: CheckReport) -> None:
        # Which questions apply also follows answers given on other steps (the route on step 1, a home loan
        # on the creditors' step): the page is shown again with every new report, so it looks again.
        case = self.session.case
        self.prior_step.load(case)
        self.home_loan.load(case)
        self._show_what_applies()

    def fields_edited(self) -> None:
        self._show_what_applies()
        self.changed()

    def _save(self) -> None:
        if self._loading:
            return
        history = self.session.case.history
        answer_2006 = self.agreement_2006.value()
        history.concluded_2006_agreement = None if answer_2006 is None else answer_2006 == "concluded"
        history.negotiated_2006 = None if answer_2006 is None else answer_2006 != "never"
        self._show_what_applies()
        self.changed()


class ApplicantPage(WizardPage):
    key = "applicant"
    paths = ("applicant",)
    edits = ("filing.legal_representative", "filing.agent", "filing.service_recipient", "filing.preparer")
    fields = (
        "applicant.name",
        "applicant.national_id",
        "applicant.birth_date",
        "applicant.phone",
        "applicant.mobile",
        "applicant.email",
        "applicant.registered_address",
        "applicant.mailing_address",
        "applicant.residence_county",
        "applicant.employer",
        "applicant.occupation",
    )

    def title(self) -> str:
        return numbered(t("{applicant}. About you"))

    def why(self) -> str:
        return t(
            "The forms name you exactly as on your ID card; the court and banks write to your mailing address. "
            "Your county sets the living-expense standard used for your necessary expenses (Art. 64-2)."
        )

    def build(self) -> None:
        self.field_rows.add_to(self.form)
        self.places = PlacesBox(self.lang, self.changed)
        self.form.addWidget(self.places)
        self.people = PeopleBox(self.changed)
        self.form.addWidget(self.people)

    def load(self) -> None:
        self.places.load(self.session.case)
        self.people.load(self.session.case)

    def fields_edited(self) -> None:
        self.places.show_reading(self.session.case)
        self.changed()
