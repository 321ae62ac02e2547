"""What the desk's buttons do beyond open/new/import: progress, handout, archives, trash for several cases, the
calendar file, the whole-desk backup and its restore. Every confirmation names the case(s) it acts on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from debtassist.logs import log
from debtassist.model.case import Case, Lifecycle
from debtassist.rules.rocdate import roc_text
from debtassist.store.atomic import atomic_write_bytes
from debtassist.store.desk_backup import RestoreReport, restore_archive, write_archive
from debtassist.store.errors import CaseLockedError, StoreError, write_reason_text
from debtassist.ui.desk import case_display_name

if TYPE_CHECKING:
    from debtassist.ui.desk_lifecycle import LifecycleDialog
    from debtassist.ui.main_window import MainWindow


def t(text: str) -> str:
    return QCoreApplication.translate("DeskActions", text)


class DeskActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.today: date | None = None  # tests fix the day

    # -- dialogs, replaceable in tests ---------------------------------------------------------------------

    def ask_save(self, title: str, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, pattern)
        return Path(path) if path else None

    def ask_open(self, title: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", pattern)
        return Path(path) if path else None

    def ask_optional_passphrase(self, prompt: str) -> str | None:
        """A passphrase, or "" for none; None if cancelled."""
        text, ok = QInputDialog.getText(self.window, "DebtAssist", prompt, QLineEdit.EchoMode.Password)
        return text if ok else None

    def run_lifecycle(self, dialog: LifecycleDialog) -> bool:
        return dialog.exec() == dialog.DialogCode.Accepted

    def ask_overwrite(self, text: str) -> bool:
        """Yes/No with No as the default: replacing a newer case is destructive."""
        box = QMessageBox(QMessageBox.Icon.Warning, "DebtAssist", text, parent=self.window)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- helpers ---------------------------------------------------------------------------------------------------

    def unlocked_case(self, case_id: str) -> Case | None:
        """A protected case whose passphrase was given in this session (kept in memory only), else None."""
        passphrase = self.window.passphrases.get(case_id)
        if passphrase is None:
            return None
        try:
            return self.window.library.load(case_id, passphrase=passphrase)
        except StoreError:
            return None

    def name(self, case_id: str) -> str:
        return case_display_name(self.window.desk.row(case_id), case_id)

    def names(self, case_ids: list[str]) -> str:
        return "\n".join(f"• {self.name(case_id)}" for case_id in case_ids)

    def _load(self, case_id: str) -> Case | None:
        try:
            return self.window._with_passphrase(
                lambda p: self.window.library.load(case_id, passphrase=p), case_id
            )
        except StoreError as exc:
            self.window.inform(exc.message(self.window.lang))
            return None

    # -- actions ---------------------------------------------------------------------------------------------------

    def edit_progress(self, case_id: str) -> bool:
        case = self._load(case_id)
        if case is None:
            return False
        from debtassist.ui.desk_lifecycle import LifecycleDialog  # with its date widgets: not at start-up

        dialog = LifecycleDialog(case, self.window.lang, self.name(case_id), self.today, self.window)
        if not self.run_lifecycle(dialog):
            return False
        edited = dialog.result_case()
        try:
            handle = self.window._with_passphrase(
                lambda p: self.window.library.open(case_id, passphrase=p), case_id
            )
            if handle is None:
                return False
            with handle:
                fresh = handle.case  # saved over what is on disk now, touching only the lifecycle
                handle.save(fresh.replace(lifecycle=edited.lifecycle))
        except (CaseLockedError, StoreError) as exc:
            self.window.inform(exc.message(self.window.lang))
            return False
        log.info("case %s: progress saved (%d events)", case_id, len(edited.lifecycle.events))
        self.window.desk.reload()
        self.window.desk.select_case(case_id)
        return True

    def ask_handout_action(self, name: str) -> str | None:
        """ "print", "save" or None (cancelled; the default button)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "DebtAssist",
            t("The documents-to-bring handout for %1: print it, or save it as a PDF?").replace("%1", name),
            parent=self.window,
        )
        print_button = box.addButton(t("&Print…"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(t("&Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "print" if clicked is print_button else "save" if clicked is save_button else None

    def ask_printer(self, name: str) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(t("Documents to bring — %1").replace("%1", name))
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def handout(self, case_id: str) -> Path | int | None:
        """Print the handout (returns the pages printed) or save it as a PDF (returns the path)."""
        from debtassist.forms.handout import build_handout

        case = self._load(case_id)
        if case is None:
            return None
        if case.route is None:
            self.window.inform(t("Choose the procedure first: the documents depend on it."))
            return None
        name = self.name(case_id)
        action = self.ask_handout_action(name)
        if action is None:
            return None
        handout = build_handout(case, self.window.lang, self.today or date.today())
        if action == "print":
            from debtassist.ui.wizard.final_pages import print_pdf

            printer = self.ask_printer(name)
            if printer is None:
                return None
            try:
                return print_pdf(handout.pdf, printer)
            except OSError as exc:
                self.window.inform(str(exc))
                return None
        path = self.ask_save(
            t("Save the documents-to-bring handout for %1").replace("%1", name),
            t("documents-to-bring.pdf"),
            t("PDF files (*.pdf)"),
        )
        if path is None:
            return None
        try:
            atomic_write_bytes(path, handout.pdf)
        except OSError as exc:
            reason = write_reason_text(exc, self.window.lang)
            self.window.inform(t("Could not write %1: %2").replace("%1", str(path)).replace("%2", reason))
            return None
        self.window.inform(
            t("The handout for %1 is saved as %2.").replace("%1", name).replace("%2", str(path))
        )
        return path

    def export_archive(self, case_ids: list[str]) -> Path | None:
        path = self.ask_save(
            t("Export %1 case(s) to one archive").replace("%1", str(len(case_ids))),
            "debtassist-cases.zip",
            t("DebtAssist archives (*.zip)"),
        )
        if path is None:
            return None
        try:
            count = write_archive(self.window.library, path, case_ids)
        except StoreError as exc:
            self.window.inform(exc.message(self.window.lang))
            return None
        self.window.inform(
            t("%1 case(s) exported to %2:").replace("%1", str(count)).replace("%2", str(path))
            + "\n"
            + self.names(case_ids)
        )
        return path

    def trash_many(self, case_ids: list[str]) -> int:
        text = t("Move these %1 cases to the trash? You can restore them from the trash later.").replace(
            "%1", str(len(case_ids))
        )
        if not self.window.confirm(text + "\n\n" + self.names(case_ids)):
            return 0
        moved = 0
        for case_id in case_ids:
            try:
                self.window.library.delete(case_id)
                moved += 1
            except StoreError as exc:
                self.window.inform(self.name(case_id) + "\n" + exc.message(self.window.lang))
        self.window.desk.reload()
        return moved

    def export_calendar(self) -> Path | None:
        from debtassist.store.desk_calendar import deadlines_calendar

        library = self.window.library
        cases: list[Case] = []
        skipped = 0
        for row in self.window.desk.model.rows:
            if not row.readable:
                continue
            try:
                case = library.load(row.case_id, passphrase=self.window.passphrases.get(row.case_id))
            except StoreError:  # protected, and not unlocked in this session
                skipped += 1
                continue
            cases.append(case)
        path = self.ask_save(
            t("Export all deadlines"), "debtassist-deadlines.ics", t("Calendar files (*.ics)")
        )
        if path is None:
            return None
        try:
            atomic_write_bytes(path, deadlines_calendar(cases, self.window.lang))
        except OSError as exc:
            reason = write_reason_text(exc, self.window.lang)
            self.window.inform(t("Could not write %1: %2").replace("%1", str(path)).replace("%2", reason))
            return None
        text = t(
            "The deadlines of %1 case(s) are saved in %2. The calendar file holds no ID numbers: each entry names "
            "the applicant by the first character of the name, the label and the case number."
        )
        text = text.replace("%1", str(len(cases))).replace("%2", str(path))
        if skipped:
            text += "\n" + t(
                "%1 case(s) are not included (protected and not opened in this session, or unreadable)."
            ).replace("%1", str(skipped))
        self.window.inform(text)
        return path

    def backup_desk(self) -> Path | None:
        path = self.ask_save(t("Back up the whole desk"), "debtassist-desk-backup.zip", t("Backups (*.zip)"))
        if path is None:
            return None
        passphrase = self.ask_optional_passphrase(
            t(
                "Protect the backup with a passphrase (leave empty for none). A lost passphrase cannot be recovered."
            )
        )
        if passphrase is None:
            return None
        try:
            count = write_archive(self.window.library, path, None, passphrase or None)
        except StoreError as exc:
            self.window.inform(exc.message(self.window.lang))
            return None
        self.window.inform(
            t("%1 case(s) backed up to %2.").replace("%1", str(count)).replace("%2", str(path))
        )
        return path

    def restore_desk(self) -> RestoreReport | None:
        path = self.ask_open(
            t("Restore from a backup or archive"), t("Backups (*.zip *.backup);;All files (*)")
        )
        if path is None:
            return None
        passphrase: str | None = None
        for _ in range(4):
            try:
                report = restore_archive(self.window.library, path, passphrase, self._ask_newer)
                break
            except StoreError as exc:
                if exc.kind in ("passphrase_required", "wrong_passphrase"):
                    if exc.kind == "wrong_passphrase":
                        self.window.inform(exc.message(self.window.lang))
                    passphrase = self.window.ask_passphrase(t("This backup is protected. Passphrase:"))
                    if passphrase is None:
                        return None
                    continue
                self.window.inform(exc.message(self.window.lang))
                return None
        else:
            return None
        self.window.desk.reload()
        lines = [
            t("Restored from %1:").replace("%1", str(path)),
            t("added: %1").replace("%1", str(len(report.added))),
            t("replaced by the backup's version: %1").replace("%1", str(len(report.replaced))),
            t("already the same: %1").replace("%1", str(len(report.same))),
            t("kept (newer on this computer): %1").replace("%1", str(len(report.kept))),
        ]
        if report.locked:
            lines.append(t("left alone (open in a window): %1").replace("%1", str(len(report.locked))))
        self.window.inform("\n".join(lines))
        return report

    def _ask_newer(self, case_id: str, name: str) -> bool:
        who = name or case_id
        return self.ask_overwrite(
            t(
                "The case %1 on this computer was changed after the backup was made. Replace it with the older "
                "version from the backup? (The newer one is kept as a backup of the case.)"
            ).replace("%1", who)
        )


def mark_as_copy(window: MainWindow, source_id: str, copy_id: str) -> None:
    """A duplicate is a new draft named as a copy: its desk note says whose copy it is (the applicant's name,
    which goes on paper, is left as it was) and it starts with no progress of its own (the label is kept)."""
    source = window.desk.row(source_id)
    who = case_display_name(source, source_id)
    note = t("Copy of %1, made %2").replace("%1", who).replace("%2", roc_text(date.today()))
    try:
        handle = window._with_passphrase(lambda p: window.library.open(copy_id, passphrase=p), copy_id)
        if handle is None:
            return
        with handle:
            lifecycle = Lifecycle(label=handle.case.lifecycle.label, desk_note=note)
            handle.save(handle.case.replace(lifecycle=lifecycle))
    except StoreError as exc:
        window.inform(exc.message(window.lang))
