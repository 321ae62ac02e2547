"""The fields registry (debtassist.rules.fields): kinds come from the model, every declared label exists in
every language, and findings name fields by it."""

from __future__ import annotations

from debtassist.i18n import catalog, langs, tr
from debtassist.model.case import MONEY, Case, Creditor
from debtassist.model.part import fields_of
from debtassist.rules.fields import INTERNAL, LABELLED, Kind, case_leaves, field_label, kind_of, label_key


def test_kinds_are_read_from_the_model() -> None:
    leaves = case_leaves()
    assert kind_of("creditors[3].principal") is Kind.MONEY
    assert leaves["applicant.name"] is Kind.TEXT
    assert leaves["applicant.birth_date"] is Kind.DATE
    assert leaves["route"] is Kind.CHOICE
    assert leaves["dependents.supported"] is Kind.FLAG
    # Every amount the model marks as money is a MONEY leaf, and nothing else is.
    money_fields = {n for n, f in fields_of(Creditor).items() if MONEY in f.metadata}
    assert (
        money_fields
        and {p.split(".")[1] for p, k in leaves.items() if p.startswith("creditors.") and k is Kind.MONEY}
        == money_fields
    )
    assert all(isinstance(kind, Kind) and kind is not Kind.OTHER for kind in leaves.values()), [
        p for p, k in leaves.items() if k is Kind.OTHER
    ]
    assert set(fields_of(Case)) == {p.split(".")[0] for p in leaves}


def test_every_label_key_exists_in_every_language_and_names_a_leaf() -> None:
    messages = catalog()
    leaves = case_leaves()
    for path in LABELLED:
        assert path in leaves, path
        assert all(catalog(lang)[label_key(path)].strip() for lang in langs()), path
    assert {k for k in messages if k.startswith("field.")} == {label_key(p) for p in LABELLED} | {"field.row"}
    assert all(any(p == i or p.startswith(i + ".") for p in leaves) for i in INTERNAL)


def test_findings_name_a_row_field_by_its_label() -> None:
    def label(path: str, lang: str) -> str:
        return tr("finding.REQUIRED", lang, **field_label(path))

    assert label("creditors[2].name", "zh-TW") == "尚未填寫必填欄位：第3筆的債權人名稱"
    assert label("creditors[2].name", "en") == "Please fill in row 3: the creditor's name (required)."
    assert label("applicant.name", "zh-TW") == "尚未填寫必填欄位：姓名"
    assert (
        label("applicant.email", "en") == "Please fill in applicant.email (required)."
    )  # no label: the path
