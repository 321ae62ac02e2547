"""A table header whose titles wrap onto more lines when a column is narrow (a large font, a long word),
instead of being cut off at both ends."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget


class WrapHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        self.sectionResized.connect(self._resized)

    def sectionSizeFromContents(self, logicalIndex: int, /) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logicalIndex, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        width = max(self.sectionSize(logicalIndex) - 2 * margin - 4, 1)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        needed = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        size.setHeight(max(size.height(), needed + 2 * margin + 4))
        return size

    def _resized(self, *_: object) -> None:
        # The height follows the widths: let Qt ask for the size hint again.
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
