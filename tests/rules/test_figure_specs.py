"""The figure registry (debtassist.rules.figure_specs) against what is computed and what the faces print: every
registered figure is computed and shows where it claims to, every figure a face prints is registered, every
label exists in both languages, every figure with a value has its trail; and each dependent's amount is
computed once, with the figures, and read — never recomputed — by the findings and the printed statement."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from debtassist.cli import _print_report
from debtassist.examples import EXAMPLES, example_text
from debtassist.forms import cover
from debtassist.forms.bindings import BOX_BINDINGS, COMPOSED_FIGURE_BOXES, FillContext, box_value, table_rows
from debtassist.forms.flow import Flow
from debtassist.i18n import catalog, langs
from debtassist.model.case import Case, Dependent, MonthlyIncome, Route
from debtassist.model.codec import case_from_json
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.figure_specs import BY_NAME, FIGURES, Face, Kind, face_rows, face_specs
from debtassist.rules.figures import Figures
from tests.rules import personas
from tests.rules.personas import TODAY, november_2026_table

TABLE = november_2026_table()
ROOT = Path(__file__).resolve().parents[2]


def _persona_cases() -> list[Case]:
    makers = [
        getattr(personas, name)
        for name, value in vars(personas).items()
        if callable(value)
        and getattr(value, "__module__", "") == personas.__name__
        and value.__annotations__.get("return") in (Case, "Case")
        and not value.__code__.co_argcount
    ]
    return [make() for make in makers]


def _cases() -> list[Case]:
    """The three examples under every route, and every persona."""
    cases = []
    for name in EXAMPLES:
        for route in Route:
            case = case_from_json(example_text(name))[0]
            case.route = route
            cases.append(case)
    return cases + _persona_cases()


REPORTS = [check_case(case, TABLE, TODAY) for case in _cases()]


def test_the_cases_reach_every_figure_group() -> None:
    assert len(REPORTS) > 20
    assert any(r.figures.court and r.figures.court.plan for r in REPORTS)  # a rehabilitation plan
    assert any(r.figures.court and r.figures.court.discharge_outlook for r in REPORTS)  # a liquidation
    assert any(r.figures.dependent_amounts for r in REPORTS)


def test_every_registered_figure_is_computed_and_is_the_json_key() -> None:
    for report in REPORTS:
        out = report.figures.to_json("en")
        assert list(out) == [spec.name for spec in FIGURES] + ["because"]
        json.dumps(out)  # every value is plain JSON


def test_every_registered_figure_has_a_label_in_both_languages() -> None:
    for spec in FIGURES:
        for key in filter(None, (spec.label_key, spec.short)):
            assert all(catalog(lang).get(key, "").strip() for lang in langs()), key


def _empty(value: object) -> bool:
    return value is None or value == 0 or value in ("", [], {}) or (isinstance(value, float) and not value)


def test_every_figure_with_a_value_has_its_trail_or_says_why_not() -> None:
    trails = {name for report in REPORTS for name in report.figures.trail}
    for spec in FIGURES:
        assert spec.trail or spec.untrailed, spec.name
        assert set(spec.trail) <= trails, spec.name  # no trail name that nothing writes
    for report in REPORTS:
        f = report.figures
        for spec in FIGURES:
            if spec.untrailed or not spec.present(f) or _empty(spec.value(f)):
                continue
            assert any(f.trail.get(name) for name in spec.trail), (spec.name, report.case.applicant.name)


def test_positions_on_a_face_are_unique() -> None:
    for face in Face:
        positions = [spec.faces[face] for spec in face_specs(face)]
        assert len(positions) == len(set(positions)), face
        assert face_specs(face), face  # every face shows something


def test_every_figures_field_is_read_by_the_registry_or_is_internal() -> None:
    """A field added to Figures without a spec would be computed and never shown: the registry names it."""
    internal = {"trail", "court", "bad_shares", "dependent_amounts", "business_months", "living"}
    internal |= {"largest_creditor"}  # read as three figures: name, amount, confirmed
    fields = set(Figures._fields)
    read = {spec.name for spec in FIGURES if not spec.court}
    assert fields - internal <= read, fields - internal - read
    assert {"living_expense_area", "minimum_living_expense", "largest_creditor_amount"} <= read


def _cli_rows(report: CheckReport, lang: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    _print_report(report, lang)
    out = capsys.readouterr().out.splitlines()
    start = out.index(_figures_title(lang)) + 1
    end = out.index("", start)
    return [line.strip().split(": ")[0] for line in out[start:end] if not line.startswith("      ←")]


def _figures_title(lang: str) -> str:
    from debtassist.i18n import tr

    return tr("cli.check.figures", lang)


@pytest.mark.parametrize("lang", langs())
def test_the_cli_prints_exactly_the_registered_figures(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    for report in REPORTS[:15]:
        rows = face_rows(Face.CLI, report.figures)
        assert _cli_rows(report, lang, capsys) == [spec.label(lang) for spec in rows]
    rehabilitation = next(r for r in REPORTS if r.figures.court and r.figures.court.plan)
    assert {"plan", "suggested_plan", "liquidation_value"} <= {
        s.name for s in face_rows(Face.CLI, rehabilitation.figures)
    }


def test_the_cli_prints_each_figures_trail_once(capsys: pytest.CaptureFixture[str]) -> None:
    report = REPORTS[0]
    _print_report(report, "en")
    out = capsys.readouterr().out
    for spec in face_rows(Face.CLI, report.figures):
        for name in spec.trail:
            for step in report.figures.explain(name, "en"):
                assert out.count(f"← {step}") == 1


def test_form_boxes_of_figures_are_the_registered_ones() -> None:
    figure_boxes = {key for key in BOX_BINDINGS if key.startswith("figures.")}
    registered = {f"figures.{spec.name}" for spec in face_specs(Face.BINDING)}
    assert figure_boxes - COMPOSED_FIGURE_BOXES == registered
    for report in REPORTS[:10]:
        ctx = FillContext(report.case, report)
        for spec in face_specs(Face.BINDING):
            if spec.kind is Kind.MONEY:
                value = spec.value(report.figures) if spec.present(report.figures) else None
                assert box_value(f"figures.{spec.name}", ctx) == ("" if value is None else f"{value:,}")


def test_the_cover_prints_its_figures_trails(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [s.name for s in face_specs(Face.COVER)] == ["court_fee", "postage_estimate"]
    report = next(r for r in REPORTS if r.figures.postage_estimate and r.case.route is Route.REHABILITATION)
    printed: list[str] = []
    monkeypatch.setattr(Flow, "paragraph", lambda self, text, **_: printed.append(text))
    monkeypatch.setattr(Flow, "heading", lambda self, text: None)
    cover._fees(Flow("cover", "x"), FillContext(report.case, report), "en")
    for name in ("court_fee", "postage_estimate"):
        for step in report.figures.explain(name, "en"):
            assert "• " + step in printed
    assert any(f"{report.figures.postage_estimate:,}" in line for line in printed)


def test_no_face_names_a_figure_label_of_its_own() -> None:
    """Figure labels are looked up through the registry only: no ``"figure.<name>"`` literal elsewhere."""
    offenders = []
    for path in (ROOT / "debtassist").rglob("*.py"):
        if path.name == "figure_specs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # f-strings' parts too
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith("figure.")
            ):
                offenders.append(f"{path.name}: {node.value}")
    assert offenders == []


def test_every_registered_figure_is_documented() -> None:
    text = (ROOT / "docs" / "check-json.md").read_text(encoding="utf-8")
    sections = text[text.index("\n## Figures") :]
    documented = {
        key
        for line in sections.splitlines()
        if line.startswith("| `")
        for key in re.findall(r"`(\w+)`", line.split("|")[1])
    }
    assert {spec.name for spec in FIGURES} - documented == set()


def test_a_name_in_the_registry_is_unique() -> None:
    assert len(BY_NAME) == len(FIGURES)


# --- each dependent's amount: computed once, read everywhere ---------------------------------------------


def _household(*dependents: Dependent) -> CheckReport:
    case = personas.taipei_single()
    case.dependents = list(dependents)
    case.income.monthly = [MonthlyIncome(amount=60_000)]
    return check_case(case, TABLE, TODAY)


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\t"])
def test_a_blank_share_drops_nothing_silently_and_every_reader_agrees(blank: str) -> None:
    report = _household(
        Dependent(name="甲", support_share="1/2"),
        Dependent(name="乙", support_share=blank),
        Dependent(name="丙", support_share="1/3", monthly_amount=9_000),
        Dependent(name="丁", supported=False, support_share="1/2"),
    )
    f = report.figures
    exact = f.debtor_standard_expense_exact
    assert exact is not None and f.bad_shares == [1]
    amounts = f.dependent_amounts
    assert sorted(amounts) == [0, 1, 2]  # the one not supported has none
    assert amounts[0].standard == round(exact / 2) and amounts[0].amount == amounts[0].standard
    assert amounts[1].share is None and amounts[1].amount is None  # reported, not assumed
    assert amounts[2].amount == 9_000
    assert f.dependents_expense == amounts[0].amount + 9_000
    assert f.need_per_month == (f.debtor_necessary_expense or 0) + f.dependents_expense
    assert f.court is not None and f.court.need_per_month == f.need_per_month
    # The statement's rows print the same amounts, and they add up to the 扶養費 box.
    ctx = FillContext(report.case, report)
    rows = table_rows("dependents", ctx)
    assert [row["monthly"] for row in rows[:3]] == [f"{amounts[0].standard:,}", "", "9,000"]
    printed = sum(int(row["monthly"].replace(",", "")) for row in rows[:3] if row["monthly"])
    assert f"{printed:,}" == box_value("figures.dependents_expense", ctx)
    codes = [(x.code, x.path) for x in report.findings]
    assert ("SHARE_MISSING", "dependents[1].support_share") in codes


def test_a_claim_over_the_standard_share_is_noted_with_the_computed_amount() -> None:
    report = _household(Dependent(name="母", support_share="1/4", monthly_amount=20_000))
    standard = report.figures.dependent_amounts[0].standard
    [note] = [x for x in report.findings if x.code == "DEPENDENT_CLAIMED_OVER_STANDARD"]
    assert note.params["standard"] == f"{standard:,}"
    assert report.figures.dependents_expense == 20_000  # the amount entered counts
