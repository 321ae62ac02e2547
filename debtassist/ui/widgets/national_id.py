"""NationalIdEdit: a national ID (身分證統一編號) or resident certificate number, checked as it is typed."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QStyle, QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.rules.validators import IdCheck, check_national_id, normalize_national_id
from debtassist.ui.widgets.base import OK, CheckedLineEdit, Verdict, str_index, utf16_pos

IdState = Literal["empty", "incomplete", "valid", "invalid"]

ID_LENGTH = 10


class _Normalizing(QValidator):
    """Uppercase and half-width as typed, spaces dropped; typing stops at 10 characters.

    Pasted or program-set text longer than that is kept whole and explained by the error, rather than cut
    off where nobody sees what was lost; it can then be shortened but not typed into.
    """

    def __init__(self, edit: NationalIdEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._accepted_length = 0

    def validate(self, text: str, pos: int, /) -> object:
        normalized = normalize_national_id(text)
        if self._edit._is_typing and len(normalized) > max(ID_LENGTH, self._accepted_length):
            return QValidator.State.Invalid, text, pos
        self._accepted_length = len(normalized)
        # Normalizing works character by character, so the text before the cursor maps onto itself.
        before = normalize_national_id(text[: str_index(text, pos)])
        return QValidator.State.Acceptable, normalized, utf16_pos(before, len(before))


def _id_problem(check: IdCheck, *, live: bool) -> Verdict:
    return Verdict(lambda lang: check.message(lang) or "", live)


class NationalIdEdit(CheckedLineEdit):
    """A national ID or new-style resident certificate number (``A123456789``), checked with the check digit.

    ``state`` is ``"empty"``, ``"incomplete"`` (a possible start of an ID), ``"valid"`` or ``"invalid"``;
    ``stateChanged`` follows it. An invalid ID shows the core's message at once; an incomplete one is
    reported when editing finishes. ``value()`` is the normalized text even when it is not a valid ID (an
    older kind of number may still be what the card says); check ``state`` or :meth:`check` for validity.
    """

    idChanged = Signal(str)
    stateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, label: str = "", lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(parent, label=label, lang=lang)
        self._value = ""
        self._state: IdState = "empty"
        self._check = check_national_id("")
        self.setValidator(_Normalizing(self))
        self._retranslate()

    def value(self) -> str:
        return self._value

    def setValue(self, value: str) -> None:
        self.setText(value)

    @property
    def state(self) -> IdState:
        return self._state

    def check(self) -> IdCheck:
        """The core's verdict on the current text (``kind`` tells a citizen from a resident)."""
        return self._check

    # --- CheckedLineEdit ------------------------------------------------------------------------------

    def _interpret(self, text: str) -> Verdict:
        value = normalize_national_id(text)
        check = check_national_id(value)
        state: IdState
        verdict = OK
        if check.ok:
            state = "valid"
        elif not value:
            state = "empty"
        elif len(value) < ID_LENGTH and _could_continue(value):
            state = "incomplete"
            verdict = _id_problem(check, live=False)
        else:
            state = "invalid"
            verdict = _id_problem(check, live=True)
        self._check = check
        if value != self._value:
            self._value = value
            self.idChanged.emit(value)
        if state != self._state:
            self._state = state
            self._update_status()
            self.stateChanged.emit(state)
        return verdict

    def _canonical_text(self) -> str | None:
        return self._value

    def _status(self) -> tuple[QStyle.StandardPixmap, str] | None:
        if self._state == "valid":
            return (
                QStyle.StandardPixmap.SP_DialogApplyButton,
                QCoreApplication.translate("Widgets", "The check digit is right."),
            )
        return super()._status()

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setToolTip(
            QCoreApplication.translate(
                "Widgets", "One letter and 9 digits, as on the national ID card or resident certificate."
            )
        )


def _could_continue(prefix: str) -> bool:
    """True when typing more digits can still make ``prefix`` an ID of the right shape.

    The core judges it: the prefix is completed with 1s (a valid second character) and only the check digit
    may then be wrong. ``A`` and ``A12`` could continue; ``AB``, ``1`` and ``A3`` could not.
    """
    completed = prefix + "1" * (ID_LENGTH - len(prefix))
    return check_national_id(completed).problem in (None, "checksum")
