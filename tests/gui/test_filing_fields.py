"""The filing inputs in the wizard: the venue offered from the addresses, the districts, the people beside the
applicant, the Art. 151 step and the debtor's own account — typed in, saved to the case, shown in both
languages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from debtassist.model.case import PriorStepKind, Route
from debtassist.store.library import CaseLibrary
from debtassist.ui.app import create_app
from debtassist.ui.i18n import Translators
from debtassist.ui.main_window import MainWindow
from debtassist.ui.wizard.basic_pages import ApplicantPage, EligibilityPage, RoutePage
from tests.gui.typing import ime
from tests.gui.windows import go as page
from tests.gui.windows import make_window

SHOTS = os.environ.get("DEBTASSIST_SHOTS", "")  # a folder: save screenshots there to look at them


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, CaseLibrary(tmp_path / "data"))


def test_venue_is_offered_from_the_addresses_and_a_wrong_one_is_an_error(window: MainWindow, qtbot) -> None:
    window.new_case()
    assert window.case_view is not None
    session = window.case_view.session
    applicant = page(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    ime(applicant.editor("applicant.registered_address", QLineEdit), "臺北市士林區中山北路六段1號")
    ime(applicant.places.residence, "新北市板橋區文化路一段1號")
    assert session.case.applicant.residence_address == "新北市板橋區文化路一段1號"
    assert "臺灣士林地方法院" in applicant.places.reading.text()
    route = page(window, RoutePage)
    assert isinstance(route, RoutePage)
    route.radios[Route.REHABILITATION].click()
    options = [route.venue.itemText(i) for i in range(route.venue.count())]
    assert options == ["臺灣士林地方法院", "臺灣新北地方法院"]
    assert "Art. 5" in route.venue_basis.text()
    route.venue.setCurrentIndex(1)
    route.venue.activated.emit(1)
    assert session.case.venue == "臺灣新北地方法院"
    route.radios[Route.TOWNSHIP_MEDIATION].click()
    assert next(route.venue.itemText(i) for i in range(route.venue.count())) == "新北市板橋區調解委員會"
    codes = [f.code for f in session.report.errors]
    assert "VENUE_COURT_ON_TOWNSHIP" in codes


def test_district_people_prior_step_and_own_account_are_saved(window: MainWindow, qtbot) -> None:
    window.new_case()
    assert window.case_view is not None
    case = window.case_view.session.case
    applicant = page(window, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    applicant.places.domicile_county.setCounty("基隆市")
    applicant.places.domicile_district.setCurrentIndex(applicant.places.domicile_district.findData("中正區"))
    assert (case.applicant.domicile_county, case.applicant.domicile_district) == ("基隆市", "中正區")
    name, role, _address, _phone = applicant.people.lines["agent"]
    ime(name, "陳律師")
    ime(role, "律師")
    ime(applicant.people.preparer, "林社工")
    assert (case.filing.agent.name, case.filing.agent.role, case.filing.preparer) == (
        "陳律師",
        "律師",
        "林社工",
    )
    route = page(window, RoutePage)
    assert isinstance(route, RoutePage)
    route.radios[Route.LIQUIDATION].click()
    eligibility = page(window, EligibilityPage)
    assert isinstance(eligibility, EligibilityPage)
    eligibility.reload()
    assert eligibility.prior_step.isVisibleTo(eligibility)
    kind = eligibility.editor("history.prior_step", QComboBox)
    kind.setCurrentIndex(kind.findData("court_mediation"))
    ime(eligibility.editor("history.prior_step_body", QLineEdit), "臺灣基隆地方法院")
    ime(eligibility.editor("history.prior_step_case_number", QLineEdit), "115年度司消債調字第8號")
    assert case.history.prior_step is PriorStepKind.COURT_MEDIATION
    assert case.history.prior_step_case_number == "115年度司消債調字第8號"
    ime(eligibility.hardship.text, "失業後無力還款。")
    assert case.filing.hardship == "失業後無力還款。"


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_filing_groups_render_in_both_languages(qtbot, tmp_path: Path, lang: str) -> None:
    create_app()
    translators = Translators()
    assert translators.install(lang)
    win = MainWindow(CaseLibrary(tmp_path / "data"), lang, translators)
    qtbot.addWidget(win)
    win.show()
    win.open_example("court-private-amc")
    applicant = page(win, ApplicantPage)
    assert isinstance(applicant, ApplicantPage)
    widget: QWidget = applicant.places
    QApplication.processEvents()
    image = widget.grab()
    assert image.width() > 100
    if SHOTS:
        image.save(f"{SHOTS}/places-{lang}.png")
        eligibility = page(win, EligibilityPage)
        assert isinstance(eligibility, EligibilityPage)
        eligibility.grab().save(f"{SHOTS}/eligibility-{lang}.png")
        page(win, RoutePage).grab().save(f"{SHOTS}/route-{lang}.png")  # type: ignore[attr-defined]
        applicant.people.grab().save(f"{SHOTS}/people-{lang}.png")
    if lang == "zh-TW":
        assert "住所" in applicant.places.accessibleName()
    else:
        assert "Where you live" in applicant.places.accessibleName()


def test_the_boxes_of_step_2_follow_a_route_and_a_home_loan_chosen_later_in_the_session(
    window: MainWindow, qtbot
) -> None:
    """Choosing rehabilitation on step 1 shows the Art. 151 box when step 2 is shown next (not only after the
    case is reopened); a home loan entered on the creditors' step shows the home-loan box on the way back."""
    from debtassist.model.case import Creditor, CreditorKind

    window.new_case()
    assert window.case_view is not None
    case = window.case_view.session.case
    eligibility = page(window, EligibilityPage)
    assert isinstance(eligibility, EligibilityPage)
    assert not eligibility.prior_step.isVisibleTo(eligibility)
    route = page(window, RoutePage)
    assert isinstance(route, RoutePage)
    route.radios[Route.REHABILITATION].click()
    page(window, EligibilityPage)
    assert eligibility.prior_step.isVisibleTo(eligibility)
    assert eligibility.mediation_row.isVisibleTo(eligibility)
    assert page(window, RoutePage) is route
    route.radios[Route.BANK_NEGOTIATION].click()
    case.creditors.append(Creditor(kind=CreditorKind.BANK, name="臺灣銀行", home_loan=True))
    window.case_view.session.touch()
    page(window, EligibilityPage)
    assert not eligibility.prior_step.isVisibleTo(eligibility)
    assert eligibility.home_loan.isVisibleTo(eligibility)
