"""Wizard step: print the packet (build it, save it, preview it, print it)."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QPageSize,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from debtassist.i18n import tr
from debtassist.logs import log
from debtassist.model.case import CaseStatus
from debtassist.rules.check import CheckReport
from debtassist.rules.filenames import suggested_name
from debtassist.store import paths
from debtassist.store.atomic import atomic_write_bytes
from debtassist.store.errors import write_reason_text
from debtassist.ui.i18n import file_dialog_options

if TYPE_CHECKING:  # the packet code (ReportLab, pypdf) and pypdfium2 load when the packet step needs them
    from debtassist.forms.packet import Packet, PacketOptions
from debtassist.ui.widgets import ErrorLabel
from debtassist.ui.widgets.flow import flow_row
from debtassist.ui.widgets.wrapping import WrapCheck
from debtassist.ui.wizard.base import WizardPage, t
from debtassist.ui.wizard.final_text import fill
from debtassist.ui.wizard.packet_preview import PacketPreview, PrintCancelled, print_pdf
from debtassist.ui.wizard.steps import numbered

PACKET_FILE = paths.PACKET_FILE  # declared by the store, which removes it when the case is protected
PACKET_STATE_FILE = "packet.state"  # JSON: the fingerprint and page counts of packet.pdf


class PacketPage(WizardPage):
    """Build the packet into the case folder, preview it, print it, open it elsewhere or save a copy.

    The container sets ``review_done`` (a callable saying whether the review page has been seen); nothing is
    built before it says True. ``ask_save_path``, ``ask_printer`` and ``open_url`` are the dialogs and the
    desktop hand-off, to be replaced in tests."""

    key = "packet"
    paths = ()

    def title(self) -> str:
        return numbered(t("{packet}. Print the packet"))

    def why(self) -> str:
        return t(
            "The packet is one PDF: a cover sheet for you (what to send where, the checklist, fees and "
            "deadlines), the filled forms and the copies. Check the preview, then print it or save it. "
            "Sign and stamp where the forms ask before sending."
        )

    def build(self) -> None:
        self.review_done: Callable[[], bool] | None = None
        self.packet: Packet | None = None
        self.pdf: bytes | None = None
        self._built_state: str | None = None
        self._counts: tuple[int, int, int] | None = None

        options = QVBoxLayout()
        self.duplex = WrapCheck(t("Printing on both sides (duplex): start every document on a front side"))
        self.copies = WrapCheck(t("One copy for each creditor"))
        self.copies.setChecked(True)
        self.draft = WrapCheck(t("Draft: make it although the case still has errors"))
        self.draft_hint = QLabel(
            t(
                "A draft has every page marked “草稿 DRAFT”. Use it to check the forms with a social worker or "
                "Legal Aid; do not file it."
            )
        )
        self.draft_hint.setObjectName("hint")
        self.draft_hint.setWordWrap(True)
        for box in (self.duplex, self.copies, self.draft):
            box.toggled.connect(lambda _on: self._update_state())
            options.addWidget(box)
        options.addWidget(self.draft_hint)
        self.form.addLayout(options)

        self.build_button = QPushButton(t("B&uild the packet"))
        self.print_button = QPushButton(t("&Print…"))
        self.open_button = QPushButton(t("&Open in the system viewer"))
        self.save_button = QPushButton(t("&Save as…"))
        self.build_button.clicked.connect(self.make_packet)
        self.print_button.clicked.connect(self.print_packet)
        self.open_button.clicked.connect(self.open_packet)
        self.save_button.clicked.connect(self.save_packet_as)
        self.form.addWidget(
            flow_row(self.build_button, self.print_button, self.open_button, self.save_button)
        )

        self.problem = ErrorLabel()
        self.form.addWidget(self.problem)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addWidget(self.status)
        self.preview = PacketPreview()
        self.form.addWidget(self.preview, 10)

    # -- state -----------------------------------------------------------------------------------------------

    @property
    def protected(self) -> bool:
        return self.session.handle.protected

    @property
    def packet_path(self) -> Path:
        return self.session.library.layout.case_dir(self.session.case_id) / PACKET_FILE

    def options(self) -> PacketOptions:
        from debtassist.forms.packet import PacketOptions, default_copies

        report = self.session.report
        copies = default_copies(report.case, report) if self.copies.isChecked() else 1
        draft = self.draft.isChecked() and bool(report.errors)
        return PacketOptions(
            lang=self.lang,
            draft=draft,
            duplex=self.duplex.isChecked(),
            copies=copies,
            forms_dir=self.session.library.layout.agency_forms(),
        )

    def _state(self) -> str:
        """A fingerprint of what the packet is made from: the case without its bookkeeping, and the options."""
        made_from = json.dumps(self.session.case.to_document(exclude={"meta"})) + repr(self.options())
        return hashlib.sha256(made_from.encode("utf-8")).hexdigest()

    @property
    def state_path(self) -> Path:
        """Beside the packet: what it was made from and how it adds up, so that reopening shows it again."""
        return self.packet_path.with_name(PACKET_STATE_FILE)

    def is_stale(self) -> bool:
        return self.pdf is not None and self._built_state != self._state()

    def load(self) -> None:
        self.pdf = None
        self.packet = None
        self._built_state = None
        self._counts = None  # pages a set, sets, cover pages
        self.preview.clear()
        self.problem.showError("")
        self.status.setText("")
        self._reopen_built_packet()
        self.report_changed(self.session.report)

    def _reopen_built_packet(self) -> None:
        """Show the packet built earlier (after reopening the case or switching the language): as it is when
        nothing changed since, else with the word that it is out of date and a one-click rebuild."""
        if self.protected or not self.packet_path.is_file() or not self.state_path.is_file():
            return
        try:
            stored = json.loads(self.state_path.read_text(encoding="utf-8"))
            pdf = self.packet_path.read_bytes()
            counts = (int(stored["pages_per_set"]), int(stored["copies"]), int(stored["cover_pages"]))
            built_state = str(stored["state"])
        except (OSError, ValueError, KeyError, TypeError):
            return  # no usable record: the page offers to build, as for a new case
        self.pdf, self._built_state, self._counts = pdf, built_state, counts
        self.preview.show_pdf(pdf)
        if not self.is_stale():
            self.status.setText(t("This is the packet built earlier.") + "\n" + self._count_text())

    def _count_text(self) -> str:
        """How the pages add up, the same numbers as the PDF: original set + copies for the creditors."""
        if self._counts is None:
            return ""
        per_set, sets, cover = self._counts
        copies = sets - 1
        total = per_set + copies * (per_set - cover)
        return fill(
            t(
                "%1 pages in all: the original (%2 pages, with the %3-page cover sheet for you) and %4 copies "
                "of %5 pages for the creditors."
            ),
            total,
            per_set,
            cover,
            copies,
            per_set - cover,
        )

    def report_changed(self, report: CheckReport) -> None:
        has_errors = bool(report.errors)
        self.draft.setEnabled(has_errors)
        self.draft_hint.setEnabled(has_errors)
        if not has_errors and self.draft.isChecked():
            self.draft.setChecked(False)
        if report.case.route is not None:
            from debtassist.forms.packet import default_copies

            self.copies.setText(
                fill(t("One copy for each creditor (%1 sets in all)"), default_copies(report.case, report))
            )
        self._update_state()

    def _update_state(self) -> None:
        stale = self.is_stale()
        self.print_button.setEnabled(self.pdf is not None and not stale)
        self.save_button.setEnabled(self.pdf is not None and not stale)
        self.open_button.setEnabled(
            self.packet_path.is_file() and not self.protected and not stale and not self.session.read_only
        )
        self.build_button.setText(t("Re&build the packet") if stale else t("B&uild the packet"))
        if stale:
            self.status.setText(
                t(
                    "This packet is out of date: the case, the options or the language changed after it was "
                    "built. Press “Rebuild the packet” to make it again; printing and saving wait until then."
                )
            )

    # -- actions ---------------------------------------------------------------------------------------------

    def refuse(self, message: str) -> bool:
        self.problem.showError(message)
        return False

    def make_packet(self) -> bool:
        """Build the packet, write it to the case folder and show it; False (with the reason shown) if not."""
        self.problem.showError("")
        report = self.session.report
        if self.review_done is None or not self.review_done():
            return self.refuse(t("Please go through the review first (step 13), then build the packet."))
        if report.case.route is None:
            return self.refuse(numbered(t("Choose a procedure on page {route} first.")))
        options = self.options()
        if report.errors and not options.draft:
            lines = [f"• {f.message(self.lang)}" for f in report.errors]
            return self.refuse(
                t(
                    "The case still has errors, so the packet cannot be made. Fix them, or tick “Draft” to make "
                    "a draft marked DRAFT on every page:"
                )
                + "\n"
                + "\n".join(lines)
            )
        from debtassist.forms.definition import FormDefinitionError  # the window starts without the forms

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from debtassist.forms.packet import build_packet

            state = self._state()
            packet = build_packet(report.case, report, options)
            if self.session.read_only:
                pass  # nothing can be written beside the case: it stays in memory, to print or save elsewhere
            elif self.protected:
                # A protected case never leaves its packet in plaintext on disk: it stays in memory until the
                # user prints it or saves it where they choose.
                self.packet_path.unlink(missing_ok=True)
                self.state_path.unlink(missing_ok=True)
            else:
                atomic_write_bytes(self.packet_path, packet.pdf)
        except FormDefinitionError as error:
            return self.refuse(tr("packet.bad_definition", self.lang, path=error.path, reason=error.reason))
        except OSError as error:
            return self.refuse(fill(t("The packet could not be saved in the case folder: %1"), error))
        except Exception as error:  # a form that cannot be filled must not take the window down
            log.exception("case %s: the packet could not be made", self.session.case_id)
            return self.refuse(fill(t("The packet could not be made: %1"), error))
        finally:
            QApplication.restoreOverrideCursor()
        log.info(
            "case %s: packet built, %d pages a set, %d bytes",
            self.session.case_id,
            packet.pages_per_set,
            len(packet.pdf),
        )
        self.packet, self.pdf, self._built_state = packet, packet.pdf, state
        cover = sum(1 for job in packet.jobs if job.kind == "cover")
        self._counts = (packet.pages_per_set, packet.copies, cover)
        if not self.protected:
            record = {"state": state, "pages_per_set": packet.pages_per_set, "copies": packet.copies}
            record["cover_pages"] = cover
            with contextlib.suppress(OSError):  # without it the packet is still there, only not reshown
                atomic_write_bytes(self.state_path, json.dumps(record).encode("utf-8"))
        self.preview.show_pdf(packet.pdf)
        lines = [
            t("The packet is ready.") + " " + self._count_text(),
            fill(t("Saved as %1."), self.packet_path)
            if not self.protected
            else t(
                "This case is protected, so the packet is kept in memory only: print it or save it where you "
                "choose."
            ),
        ]
        if self.preview.page_count > len(self.preview.page_labels):
            lines.append(
                fill(
                    t("The preview shows the first %1 pages; open the PDF to see all of them."),
                    len(self.preview.page_labels),
                )
            )
        if options.draft:
            lines.append(t("This is a draft: every page is marked DRAFT. Do not file it."))
        if packet.glyphs:
            lines.append(
                fill(
                    t(
                        "%1 character(s) are not in the bundled font; the cover sheet lists them. "
                        "Check them on the printout."
                    ),
                    len(packet.glyphs),
                )
            )
        self.status.setText("\n".join(lines))
        self._update_state()
        return True

    def _ready(self) -> bytes | None:
        if self.pdf is None:
            self.refuse(t("Build the packet first."))
            return None
        if self.is_stale():
            self.refuse(t("The case changed after the packet was built: build it again first."))
            return None
        return self.pdf

    def _mark_printed(self) -> None:
        meta = self.session.case.meta
        if meta.status is not CaseStatus.SUBMITTED and meta.status is not CaseStatus.PRINTED:
            meta.status = CaseStatus.PRINTED
            self.changed()

    def print_packet(self) -> bool:
        data = self._ready()
        if data is None:
            return False
        printer = self.ask_printer()
        if printer is None:
            return False
        dialog = QProgressDialog(t("Printing the packet…"), t("Cancel"), 0, 1, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(1500)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            return not dialog.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(data, printer, progress)
        except PrintCancelled:
            self.status.setText(t("Printing was cancelled."))
            return False
        except OSError as error:
            return self.refuse(fill(t("The packet could not be printed: %1"), error))
        finally:
            QApplication.restoreOverrideCursor()
            dialog.reset()
            dialog.deleteLater()
        self.problem.showError("")
        self.status.setText(fill(t("%1 pages were sent to the printer."), pages))
        self._mark_printed()
        return True

    def save_packet_as(self) -> bool:
        data = self._ready()
        if data is None:
            return False
        path = self.ask_save_path()
        if path is None:
            return False
        if not path.suffix:
            path = path.with_suffix(".pdf")
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            return self.refuse(fill(t("Could not save %1: %2"), path, write_reason_text(error, self.lang)))
        self.problem.showError("")
        self.status.setText(fill(t("Saved a copy as %1."), path))
        self._mark_printed()
        return True

    def open_packet(self) -> bool:
        path = self.packet_path
        if not path.is_file():
            return self.refuse(t("Build the packet first."))
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            return self.refuse(fill(t("No program to show PDF files was found. The packet is at %1"), path))
        return True

    # -- dialogs (replaced in tests) -----------------------------------------------------------------------

    def ask_save_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        case = self.session.case
        name = suggested_name(
            case.applicant.name, case.route, tr("wizard.file.packet", self.lang), "pdf", self.lang
        )
        suggested = str(Path(folder or Path.home()) / name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            t("Save the packet as"),
            suggested,
            t("PDF files (*.pdf)"),
            "",
            file_dialog_options(self.lang),
        )
        return Path(chosen) if chosen else None

    def ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(fill(t("DebtAssist packet %1"), self.session.case_id))
        if self.duplex.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(t("Print the packet"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.preview.page_count))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)
