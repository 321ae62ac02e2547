"""The packet's preview and printing: rendering PDF pages to images, printing them, the scrolling preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from debtassist.ui.wizard.base import t
from debtassist.ui.wizard.final_text import fill

PREVIEW_SCALE = 0.8  # preview pixels per PDF point (A4 is about 476 × 674)
PREVIEW_LIMIT = 60  # pages shown in the preview; the system viewer shows all
PREVIEW_EAGER = 2  # pages rendered at once; the others when they scroll into view
MAX_PRINT_DPI = 300


def render_page(page: Any, scale: float, grayscale: bool = False) -> QImage:
    """One PDF page (a pypdfium2 page) as an image owning its pixels."""
    bitmap = page.render(scale=scale, rev_byteorder=True, grayscale=grayscale)
    try:
        formats = {
            1: QImage.Format.Format_Grayscale8,
            3: QImage.Format.Format_RGB888,
            4: QImage.Format.Format_RGBA8888,
        }
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.n_channels])
        return image.copy()
    finally:
        bitmap.close()


class PrintCancelled(Exception):
    pass


def print_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint every page of the PDF ``data`` (or the range chosen in the print dialog) onto ``printer``, each
    rendered at the printer's resolution (at most 300 dpi) and fitted to the paper keeping its proportions.
    Returns the number of pages printed; raises OSError when the printer cannot be opened, PrintCancelled when
    ``progress`` (called with done, total) returns False."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        count = len(document)
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = min(printer.fromPage(), count)
            last = min(printer.toPage() or count, count)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(t("The printer could not be opened."))
        try:
            total = last - first + 1
            for done, number in enumerate(range(first, last + 1)):
                if progress is not None and not progress(done, total):
                    raise PrintCancelled
                if done:
                    printer.newPage()
                page = document[number - 1]
                try:
                    image = render_page(page, dpi / 72, grayscale)
                finally:
                    page.close()
                target = QRectF(painter.viewport())
                size = image.size().toSizeF().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = target.x() + (target.width() - size.width()) / 2
                y = target.y() + (target.height() - size.height()) / 2
                painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
            if progress is not None:
                progress(total, total)
        finally:
            painter.end()
        return total
    finally:
        document.close()


class PacketPreview(QScrollArea):
    """The first pages of a PDF, one label each; pages are rendered when they scroll into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumHeight(480)
        self.setAccessibleName(t("Preview of the packet"))
        self.container = QWidget()
        self.pages_layout = QVBoxLayout(self.container)
        self.pages_layout.setSpacing(12)
        self.setWidget(self.container)
        self.page_labels: list[QLabel] = []
        self.page_count = 0
        self._document: Any = None
        self._rendered: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.render_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())

    def clear(self) -> None:
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self._rendered = set()
        self.page_count = 0
        if self._document is not None:
            self._document.close()
            self._document = None

    def show_pdf(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        self.clear()
        self._document = pdfium.PdfDocument(data)
        self.page_count = len(self._document)
        for index in range(min(self.page_count, PREVIEW_LIMIT)):
            width, height = self._document.get_page_size(index)
            label = QLabel(fill(t("Page %1"), index + 1))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QFrame.Shape.Box)
            label.setFixedSize(round(width * PREVIEW_SCALE), round(height * PREVIEW_SCALE))
            label.setAccessibleName(fill(t("Page %1 of %2"), index + 1, self.page_count))
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        for index in range(min(PREVIEW_EAGER, len(self.page_labels))):
            self.render_page(index)
        self._timer.start()

    def rendered(self) -> int:
        return len(self._rendered)

    def is_rendered(self, index: int) -> bool:
        return index in self._rendered

    def render_page(self, index: int) -> None:
        if index in self._rendered or self._document is None:
            return
        label = self.page_labels[index]
        ratio = label.devicePixelRatioF()
        page = self._document[index]
        try:
            image = render_page(page, PREVIEW_SCALE * ratio)
        finally:
            page.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        label.setPixmap(pixmap)
        self._rendered.add(index)

    def render_visible(self) -> None:
        """Render the pages within a screen's height of what is shown. Where each page is follows from the
        fixed page sizes, so this does not depend on the layout having run yet."""
        if not self.isVisible() or not self.page_labels:
            return
        height = self.viewport().height()
        top = self.verticalScrollBar().value() - height
        bottom = top + 3 * height
        margins = self.pages_layout.contentsMargins()
        y = margins.top()
        for index, label in enumerate(self.page_labels):
            if y + label.height() >= top and y <= bottom:
                self.render_page(index)
            y += label.height() + self.pages_layout.spacing()
            if y > bottom:
                break

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._timer.start()
