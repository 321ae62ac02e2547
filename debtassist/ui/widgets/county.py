"""CountyCombo: one of Taiwan's 22 counties and cities (縣市), chosen by the person, never pre-selected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from debtassist.i18n import DEFAULT_LANG, Lang
from debtassist.reference.areas import Area, County, area_for_county, counties, county_by_name
from debtassist.ui.widgets.base import accessible_text


def _county_name(county: County, lang: Lang) -> str:
    return county.text(lang)


class CountyCombo(QComboBox):
    """The counties and cities in the order of the reference table, after an empty "choose" entry.

    The empty entry is selected at first and can be chosen again to clear the field. Names are shown in the
    widget's ``lang`` (臺北市 / Taipei City); :meth:`county` is always the Chinese name (``""`` when none is
    chosen) and ``countyChanged`` carries it.
    """

    countyChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, label: str = "", lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._county = ""
        if label:
            self.setAccessibleName(accessible_text(label))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem("", "")
        for county in counties():
            self.addItem(_county_name(county, lang), county.name)
        self._retranslate()
        self.setCurrentIndex(0)
        self.currentIndexChanged.connect(self._on_index_changed)

    def county(self) -> str:
        """The chosen county's Chinese name as in the reference table (``臺北市``), or ``""``."""
        return self._county

    def setCounty(self, name: str | None) -> bool:
        """Choose the county named ``name`` (臺/台, full-width and English names accepted). ``""`` or ``None``
        clears the choice; an unknown name clears it too and returns False."""
        county = county_by_name(name) if name else None
        index = 0 if county is None else self.findData(county.name)
        self.setCurrentIndex(max(index, 0))
        return county is not None or not name

    def area(self) -> Area | None:
        """The living-expense area of the chosen county, or ``None``."""
        return area_for_county(self._county) if self._county else None

    def areaText(self) -> str:
        """The name of that area for display (``臺灣省`` for 彰化縣; English when ``lang`` is ``"en"``)."""
        area = self.area()
        if area is None:
            return ""
        return area.text(self._lang)

    @property
    def lang(self) -> Lang:
        return self._lang

    @lang.setter
    def lang(self, lang: Lang) -> None:
        if lang == self._lang:
            return
        self._lang = lang
        for index, county in enumerate(counties(), start=1):
            self.setItemText(index, _county_name(county, lang))

    def _on_index_changed(self, index: int) -> None:
        data = self.itemData(index) if index >= 0 else ""
        county = data if isinstance(data, str) else ""
        if county != self._county:
            self._county = county
            self.countyChanged.emit(county)

    def _retranslate(self) -> None:
        self.setItemText(0, QCoreApplication.translate("Widgets", "Choose a county or city…"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
