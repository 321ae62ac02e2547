"""Every leaf of the case belongs to exactly one wizard page (its ``paths`` and ``edits``) or to the declared
internal set (debtassist.rules.fields.INTERNAL)."""

from __future__ import annotations

from debtassist.rules.fields import INTERNAL, case_leaves
from debtassist.ui.case_view import PAGE_TYPES
from debtassist.ui.wizard.base import covers


def test_every_case_leaf_belongs_to_exactly_one_page_or_is_internal() -> None:
    owners: dict[str, list[str]] = {}
    for leaf in case_leaves():
        owners[leaf] = [page.key for page in PAGE_TYPES if covers(leaf, page.paths + page.edits)]
        if covers(leaf, INTERNAL):
            owners[leaf].append("internal")
    assert {leaf: keys for leaf, keys in owners.items() if len(keys) != 1} == {}


def test_a_page_declares_only_paths_of_the_case() -> None:
    leaves = case_leaves()
    for page in PAGE_TYPES:
        for prefix in page.paths + page.edits:
            assert any(covers(leaf, (prefix,)) for leaf in leaves), (page.key, prefix)
