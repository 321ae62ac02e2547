"""The behaviour shared by the checked line edits: error state, when to show it, language, status icon."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QIcon, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QStyle, QToolButton, QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.rules.validators import InputError

#: Renders a problem in a language. Core problems use the language; Qt-translated ones ignore it (the
#: installed translator decides) and are rendered again on every language change.
Render = Callable[[Lang], str]


@dataclass(frozen=True)
class Verdict:
    """What a text means for a field: its problem (``None`` when the text is fine or empty) and whether that
    problem is shown while the person is still typing (``live``) or only when editing finishes."""

    problem: Render | None = None
    live: bool = False


OK = Verdict()


def core_problem(error: InputError, *, live: bool = False) -> Verdict:
    """A problem explained by the core's message catalog (``InputError.message(lang)``)."""
    return Verdict(error.message, live)


_CJK_MNEMONIC = re.compile(r"\s*[(（]&[^&)）][)）]")


def utf16_pos(text: str, index: int) -> int:
    """The Qt cursor position (UTF-16 units) of the Python index ``index`` in ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def str_index(text: str, pos: int) -> int:
    """The Python index of the Qt cursor position ``pos``: they differ after characters beyond U+FFFF."""
    return len(text.encode("utf-16-le")[: 2 * max(pos, 0)].decode("utf-16-le", errors="ignore"))


def accessible_text(label: str) -> str:
    """A visible label as screen readers should say it: without ``&`` mnemonics (also the Chinese-style
    ``(&M)``) and a trailing colon."""
    text = _CJK_MNEMONIC.sub("", label)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


class CheckedLineEdit(QLineEdit):
    """A line edit whose text is read by a core parser, with an ``error`` message and a language.

    Subclasses implement :meth:`_interpret` (store the value, emit their own signal when it changes, return a
    :class:`Verdict`) and :meth:`_canonical_text` (the text to show once editing finishes).

    When a problem appears: a problem the person can still fix by typing on (``Verdict.live`` false) is held
    back while they type on the keyboard and shown when editing finishes (Enter, leaving the field) or
    :meth:`validate` is called. Text set by the program, pasted or dropped is judged at once. A problem that is
    already shown follows every change, and disappears as soon as the text is right.
    """

    #: The message of the current problem; ``""`` when it is gone.
    errorChanged = Signal(str)
    #: What the text was understood as (``"= 38,000 元"``) while that is not obvious from the text; ``""``
    #: when there is nothing to say.
    noteChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, label: str = "", lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._problem: Render | None = None
        self._error: str | None = None
        self._typing = False  # inside a key press or input-method commit that is not a paste
        self._status_action: QAction | None = None
        self._note = ""
        if label:
            self.setAccessibleName(accessible_text(label))
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)

    # --- public ---------------------------------------------------------------------------------------

    @property
    def error(self) -> str | None:
        """The current problem in the widget's language, or ``None``."""
        return self._error

    @property
    def note(self) -> str:
        """What the current text was understood as, when that is worth showing (``""`` otherwise)."""
        return self._note

    @property
    def lang(self) -> Lang:
        """The language of the core's messages (``"zh-TW"`` or ``"en"``)."""
        return self._lang

    @lang.setter
    def lang(self, lang: Lang) -> None:
        if lang != self._lang:
            self._lang = lang
            self._render()
            self._retranslate()

    def validate(self) -> bool:
        """Judge the text now (as when editing finishes): show any problem, tidy valid text into its usual
        form. True when there is no problem."""
        verdict = self._interpret(self.text())
        self._set_problem(verdict.problem)
        if verdict.problem is None:
            canonical = self._canonical_text()
            if canonical is not None and canonical != self.text():
                self.setText(canonical)
        return verdict.problem is None

    # --- for subclasses -------------------------------------------------------------------------------

    def _interpret(self, text: str) -> Verdict:
        """Read ``text``: store the value, emit the value signal if it changed, say what is wrong."""
        return OK

    def _canonical_text(self) -> str | None:
        """The usual form of the current value, or ``None`` to leave the text as it is."""
        return None

    def _understood(self) -> str:
        """What the current value is, said in words, when the text does not show it plainly; ``""``."""
        return ""

    def _retranslate(self) -> None:
        """Texts that come from the Qt translator or depend on ``lang`` (tooltips); called on changes."""
        self._update_status()

    def _status(self) -> tuple[QStyle.StandardPixmap, str] | None:
        """The icon and tooltip shown at the end of the field, or ``None``: a warning while there is an error."""
        if self._error is None:
            return None
        return QStyle.StandardPixmap.SP_MessageBoxWarning, self._error

    def _recheck(self) -> None:
        """Judge the text again after a setting changed (a limit, the date): the result is shown at once."""
        self._set_problem(self._interpret(self.text()).problem)

    @property
    def _is_typing(self) -> bool:
        return self._typing

    # --- machinery ------------------------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        verdict = self._interpret(text)
        if verdict.problem is None or verdict.live or self._problem is not None or not self._typing:
            self._set_problem(verdict.problem)
        else:
            self._update_note()

    def _on_editing_finished(self) -> None:
        self.validate()

    def _set_problem(self, problem: Render | None) -> None:
        self._problem = problem
        self._render()

    def _update_note(self) -> None:
        note = "" if self._problem is not None else self._understood()
        if note != self._note:
            self._note = note
            self.noteChanged.emit(note)

    def _render(self, *, force: bool = False) -> None:
        self._update_note()
        message = None if self._problem is None else self._problem(self._lang)
        if force or message != self._error:
            self._error = message
            self._update_status()
            self.errorChanged.emit(message or "")

    def _update_status(self) -> None:
        status = self._status()
        if status is None:
            if self._status_action is not None:
                self._status_action.setVisible(False)
            return
        pixmap, tip = status
        if self._status_action is None:
            self._status_action = self.addAction(QIcon(), QLineEdit.ActionPosition.TrailingPosition)
        self._status_action.setIcon(self.style().standardIcon(pixmap, None, self))
        self._status_action.setToolTip(tip)
        self._status_action.setVisible(True)
        for button in self.findChildren(QToolButton):  # the status icon speaks to screen readers too
            if button.defaultAction() is self._status_action:
                button.setAccessibleName(tip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A paste is judged at once like any text that arrives whole; typed characters are not.
        self._typing = not event.matches(QKeySequence.StandardKey.Paste)
        try:
            super().keyPressEvent(event)
        finally:
            self._typing = False

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._typing = True
        try:
            super().inputMethodEvent(event)
        finally:
            self._typing = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # Qt-translated messages ignore ``lang``: a new translator means rendering them afresh.
            self._render(force=self._problem is not None)
            self._retranslate()
