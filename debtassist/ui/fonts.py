"""The bundled Noto Sans TC for the window, so a machine without Chinese fonts shows no boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from debtassist.resources_path import resource_file


def register_app_fonts(app: QApplication) -> str | None:
    """Register the bundled fonts and make the regular one the application font. Returns its family."""
    family: str | None = None
    for file in ("NotoSansTC-Regular.ttf", "NotoSansTC-Bold.ttf"):
        with resource_file("fonts", file) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return family
