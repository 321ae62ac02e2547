"""Every form definition is consistent: inside A4, bound to values that exist, names unique."""

from __future__ import annotations

import pytest

from debtassist.examples import EXAMPLES, example_text
from debtassist.forms.bindings import BOX_BINDINGS, TABLE_SOURCES, FillContext, printable_field, table_rows
from debtassist.forms.definition import A4_MM, form_definition, form_ids, table_cell_name
from debtassist.model.case import Route
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import check_case

FORMS = form_ids()


@pytest.mark.parametrize("form_id", FORMS)
def test_every_bundled_binding_resolves(form_id: str) -> None:
    from debtassist.forms.definition import unknown_bindings

    assert unknown_bindings(form_definition(form_id)) == []


def test_every_route_form_is_defined() -> None:
    from debtassist.rules.routes import ROUTES

    # The petition and the bank application are laid out as pleadings in the packet; their definitions
    # remain as blanks to fill by hand.
    hand_only = {"court-petition", "bank-application"}
    named = {form_id for spec in ROUTES.values() for form_id in spec.packet_forms}
    assert named | hand_only == set(FORMS)


@pytest.mark.parametrize("form_id", FORMS)
def test_boxes_and_tables_lie_on_the_page_and_bind_to_known_values(form_id: str) -> None:
    form = form_definition(form_id)
    assert form.status in ("reconstructed", "confirmed") and form.status_note
    names: set[str] = set()
    for box in form.boxes:
        assert 1 <= box.page <= form.pages
        assert box.x - box.label_width >= 5 and box.x + box.width <= A4_MM[0] - 5, box.name
        assert box.y >= 5 and box.y + box.height <= 287, box.name
        assert box.bind in BOX_BINDINGS or printable_field(box.bind), box.bind
        assert box.font_size[0] <= box.font_size[1]
        assert box.name not in names
        names.add(box.name)
    for table in form.tables:
        assert 1 <= table.page <= form.pages
        assert table.x >= 5 and table.x + table.width <= A4_MM[0] - 5, table.name
        assert table.y + table.height <= 287, table.name
        assert table.source in TABLE_SOURCES
        for row in range(table.rows):
            for column in table.columns:
                name = table_cell_name(table, row, column.key)
                assert "." not in name and name not in names
                names.add(name)


@pytest.mark.parametrize("name", EXAMPLES)
def test_table_columns_bind_to_keys_the_rows_have(name: str) -> None:
    case, _ = case_from_json(example_text(name))
    ctx = FillContext(case, check_case(case, load_living_expense_table(None)))
    for form_id in FORMS:
        for table in form_definition(form_id).tables:
            for row in table_rows(table.source, ctx):
                for column in table.columns:
                    assert column.bind in row, (form_id, table.name, column.bind)


def test_numerals_for_sheet_and_attachment_numbers() -> None:
    from debtassist.forms.bindings import numeral

    assert [numeral(n) for n in (1, 10, 11, 20, 25, 100, 101, 110, 120, 999)] == [
        "一", "十", "十一", "二十", "二十五", "一百", "一百零一", "一百一十", "一百二十", "九百九十九",
    ]  # fmt: skip


def test_only_documents_in_hand_are_listed_as_enclosed() -> None:
    from debtassist.forms.bindings import box_value
    from debtassist.model.case import AttachmentStatus

    case, _ = case_from_json(example_text("single-cards"))
    ctx = FillContext(case, check_case(case, load_living_expense_table(None)))
    listed = box_value("attachments_list", ctx)
    assert "勞工保險被保險人投保資料表" not in listed  # only requested in the example
    case.attachments["labour_insurance"].status = AttachmentStatus.HAVE
    ctx = FillContext(case, check_case(case, load_living_expense_table(None)))
    assert "勞工保險被保險人投保資料表" in box_value("attachments_list", ctx)


def test_a_box_bound_to_a_question_the_route_does_not_ask_prints_nothing() -> None:
    """An agency's definition may bind a box to any single field, e.g. the bank route's home-loan question: on
    another route that box stays blank although the case keeps the answer."""
    from debtassist.forms.bindings import box_value

    case, _ = case_from_json(example_text("parent-mortgage"))
    assert case.route is Route.BANK_NEGOTIATION and case.filing.home_loan_choice is not None
    assert printable_field("filing.home_loan_choice")

    def printed() -> str:
        return box_value(
            "filing.home_loan_choice", FillContext(case, check_case(case, load_living_expense_table(None)))
        )

    assert printed() == "不納入，依原契約繼續繳款"
    for route in (Route.COURT_MEDIATION, Route.TOWNSHIP_MEDIATION, Route.REHABILITATION, Route.LIQUIDATION):
        case.route = route
        assert printed() == "", route
    case.route = Route.BANK_NEGOTIATION
    assert printed() == "不納入，依原契約繼續繳款"
