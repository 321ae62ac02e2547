"""Findings and "because" trails: the words the rules use to explain themselves."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple

from debtassist.i18n import Lang, tr


class Severity(StrEnum):
    ERROR = "error"  # the packet would be wrong or refused; `check` exits 1
    WARNING = "warning"  # likely to draw a court order to supply (補正) or a bank's return
    NOTE = "note"  # information the user should know


class Finding(NamedTuple):
    severity: Severity
    code: str  # stable, e.g. NOT_CONSUMER; the message key is "finding.<code>" unless ``key`` names another
    path: str  # where in the case, e.g. creditors[2].principal ("" for the whole case)
    rule: str  # rule id; its citation is "rule.<rule>" in the catalog
    params: Mapping[str, Any] = {}  # read only: the empty default is shared
    key: str = ""  # the message key where it is not "finding.<code>" (several codes that say one thing)

    @property
    def message_key(self) -> str:
        return self.key or f"finding.{self.code}"

    def message(self, lang: Lang) -> str:
        return tr(self.message_key, lang, **self.params)

    def rule_text(self, lang: Lang) -> str:
        return tr(f"rule.{self.rule}", lang)

    def to_json(self, lang: Lang) -> dict[str, str]:
        return {
            "path": self.path,
            "code": self.code,
            "rule": self.rule_text(lang),
            "message": self.message(lang),
        }


class Because(NamedTuple):
    """One step of how a figure was computed: a sentence (message key + inputs) and the rule it rests on."""

    key: str  # "because.<name>"
    params: Mapping[str, Any] = {}  # read only: the empty default is shared
    rule: str = ""
    source: str = ""  # where a figure came from (URL or the user's note)

    def text(self, lang: Lang) -> str:
        sentence = tr(self.key, lang, **self.params)
        if self.rule:
            sentence += f" ({tr(f'rule.{self.rule}', lang)})"
        if self.source:
            sentence += " " + tr("because.source", lang, source=self.source)
        return sentence
