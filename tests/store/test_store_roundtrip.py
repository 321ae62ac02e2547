"""Property: whatever text a user types survives a save and a load unchanged."""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debtassist.model.case import Creditor
from debtassist.model.limits import MAX_AMOUNT
from debtassist.store.library import CaseLibrary

from .store_helpers import make_case

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(
    name=st.text(),
    notes=st.text(),
    creditor=st.text(max_size=200),
    amount=st.none() | st.integers(-MAX_AMOUNT, MAX_AMOUNT),
)
def test_text_round_trips_through_save_and_load(
    tmp_path: Path, name: str, notes: str, creditor: str, amount: int | None
) -> None:
    library = CaseLibrary(tmp_path / uuid.uuid4().hex)
    case = make_case(notes, name=name)
    case.creditors.append(Creditor(name=creditor, principal=amount, note=creditor))
    case_id = library.create(case)
    loaded = library.load(case_id)
    assert loaded.applicant.name == name and loaded.notes == notes
    assert loaded.creditors[-1].name == creditor and loaded.creditors[-1].principal == amount
    assert loaded.to_document(exclude={"meta"}) == case.to_document(exclude={"meta"})
    with library.open(case_id) as handle:
        edited = handle.save(loaded.replace(notes=notes + name))
    assert library.load(case_id) == edited
    assert edited.notes == notes + name
