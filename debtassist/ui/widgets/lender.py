"""LenderCombo: a creditor's name, typed freely or picked from the common lenders with completion."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.reference.areas import normalize_name
from debtassist.reference.lenders import Lender, LenderKind, creditor_kind_for, lender_by_name, lenders
from debtassist.ui.widgets.base import accessible_text

#: Item data role holding a lender's comparison key (normalize_name: 台 written 臺, width and case folded).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _LenderCompleter(QCompleter):
    """Completes on any part of a name, ignoring case, width and 台/臺 (``台灣`` finds 臺灣銀行).

    Matching compares the comparison keys; what is put into the field is still the name as listed.
    """

    def splitPath(self, path: str, /) -> list[str]:
        return [normalize_name(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex, /) -> str:
        name = index.data(Qt.ItemDataRole.DisplayRole)
        return name if isinstance(name, str) else ""


class LenderCombo(QComboBox):
    """An editable list of the lenders in ``financial-institutions.txt``; any other name may be typed.

    Nothing is chosen at first. :meth:`text` is what the person typed or picked and ``lenderChanged`` carries
    it; :meth:`kindFor` suggests the creditor kind for a name. Typed names are never added to the list.
    """

    lenderChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, label: str = "", lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._text = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if label:
            self.setAccessibleName(accessible_text(label))
            if (edit := self.lineEdit()) is not None:  # the part that has the keyboard focus
                edit.setAccessibleName(accessible_text(label))
        for index, lender in enumerate(lenders()):
            self.addItem(lender.name)
            self.setItemData(index, normalize_name(lender.name), KEY_ROLE)
            if lender.hint:
                self.setItemData(index, lender.hint, Qt.ItemDataRole.ToolTipRole)
        completer = _LenderCompleter(self)
        completer.setModel(self.model())
        completer.setCompletionRole(KEY_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)  # nothing may be pre-filled without the person choosing it
        self.clearEditText()
        self.editTextChanged.connect(self._on_text_changed)
        self._retranslate()

    def text(self) -> str:
        """The name as typed or picked (surrounding spaces removed)."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``: the listed entry when it is one, otherwise as typed."""
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(text)

    def lender(self) -> Lender | None:
        """The listed lender the text names (台/臺, width and short forms tolerated), or ``None``."""
        return lender_by_name(self._text) if self._text else None

    def kindFor(self, text: str | None = None) -> LenderKind | None:
        """The creditor kind suggested for ``text`` (default: the current text), or ``None`` for no guess."""
        name = self._text if text is None else text
        return creditor_kind_for(name) if name.strip() else None

    @property
    def lang(self) -> Lang:
        return self._lang

    @lang.setter
    def lang(self, lang: Lang) -> None:
        self._lang = lang  # the names are proper names; only the Qt-translated texts change (translator)

    def _on_text_changed(self, text: str) -> None:
        text = text.strip()
        if text != self._text:
            self._text = text
            self.lenderChanged.emit(text)

    def _retranslate(self) -> None:
        self.setToolTip(
            QCoreApplication.translate(
                "Widgets",
                "Type part of the name to see matching banks and companies, or type any other name.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
