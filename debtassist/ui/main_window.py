"""The main window: the case desk, and one case open at a time in the wizard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
)

from debtassist import __version__
from debtassist.examples import example_text
from debtassist.i18n import DEFAULT_LANG, Lang, known_lang, langs, language_name, tr
from debtassist.logs import log
from debtassist.model.case import Case
from debtassist.model.codec import case_from_json
from debtassist.rules.filenames import suggested_name
from debtassist.store.crypto import Passphrase
from debtassist.store.errors import (
    CaseLockedError,
    CaseUnreadableError,
    PassphraseRequiredError,
    StoreError,
    WrongPassphraseError,
)
from debtassist.store.library import CaseLibrary
from debtassist.ui.desk import DeskWidget
from debtassist.ui.desk_actions import DeskActions, mark_as_copy
from debtassist.ui.i18n import Translators, file_dialog_options
from debtassist.ui.settings import save_lang

if TYPE_CHECKING:  # the wizard (all its pages) and the checking rules load with the first case opened
    from debtassist.ui.case_view import CaseView
    from debtassist.ui.session import CaseSession

T = TypeVar("T")


def t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, library: CaseLibrary, lang: Lang, translators: Translators | None = None) -> None:
        super().__init__()
        self.library = library
        self.lang: Lang = lang
        self.translators = translators
        self.case_view: CaseView | None = None
        self.passphrases: dict[str, Passphrase] = {}  # kept in memory only, for this session
        self.desk_actions = DeskActions(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.resize(1280, 820)
        self._build()

    # -- building (again after a language switch) ----------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(t("DebtAssist — consumer debt paperwork"))
        self.menuBar().clear()
        file_menu = self.menuBar().addMenu(t("&File"))
        new = QAction(t("&New case"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_case)
        file_menu.addAction(new)
        to_desk = QAction(t("&Case list"), self)
        to_desk.triggered.connect(self.show_desk)
        file_menu.addAction(to_desk)
        quit_action = QAction(t("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        language = self.menuBar().addMenu(t("&Language"))
        for code in langs():  # every language with a catalog folder, by its own name
            action = QAction(language_name(code), self)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language.addAction(action)
        case_menu = self.menuBar().addMenu(t("&Case"))
        for text, handler in (
            (t("&Protect with a passphrase…"), self.protect_case),
            (t("&Change the passphrase…"), self.change_passphrase),
            (t("&Remove the passphrase…"), self.unprotect_case),
        ):
            action = QAction(text, self)
            action.triggered.connect(handler)
            case_menu.addAction(action)
        help_menu = self.menuBar().addMenu(t("&Help"))
        about = QAction(t("&About DebtAssist"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.desk = DeskWidget(self.library, self.lang, unlock=self.desk_actions.unlocked_case)
        self.desk.openRequested.connect(self.open_case)
        self.desk.newRequested.connect(self.new_case)
        self.desk.exampleRequested.connect(self.new_from_example)
        self.desk.duplicateRequested.connect(self.duplicate)
        self.desk.exportRequested.connect(self.export_case)
        self.desk.importRequested.connect(self.import_case)
        self.desk.deleteRequested.connect(self.delete_case)
        self.desk.trashRequested.connect(self.show_trash)
        actions = self.desk_actions
        self.desk.progressRequested.connect(actions.edit_progress)
        self.desk.handoutRequested.connect(actions.handout)
        self.desk.archiveRequested.connect(actions.export_archive)
        self.desk.deleteManyRequested.connect(actions.trash_many)
        self.desk.calendarRequested.connect(actions.export_calendar)
        self.desk.backupRequested.connect(actions.backup_desk)
        self.desk.restoreRequested.connect(actions.restore_desk)
        self.stack.addWidget(self.desk)
        self.case_view = None

    def set_language(self, lang: str) -> None:
        reopen = self.case_view.session.case_id if self.case_view else None
        if not self.close_case():
            return
        self.lang = lang if known_lang(lang) else DEFAULT_LANG
        save_lang(self.lang)
        if self.translators is not None:
            self.translators.install(self.lang)
        self._build()
        if reopen:
            self.open_case(reopen)

    # -- dialogs, replaceable in tests ---------------------------------------------------------------------

    def inform(self, text: str) -> None:
        QMessageBox.information(self, "DebtAssist", text)

    def confirm(self, text: str) -> bool:
        """Yes/No; No is the default button, so Enter never confirms a destructive step by accident."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, "DebtAssist", text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_passphrase(self, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, "DebtAssist", prompt, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def ask_new_passphrase(self) -> str | None:
        """Ask twice, after the honest warning that a lost passphrase cannot be recovered."""
        warning = tr("store.passphrase_warning", self.lang)
        first = self.ask_passphrase(warning + "\n\n" + t("New passphrase:"))
        if first is None:
            return None
        if self.ask_passphrase(t("Type the new passphrase again:")) != first:
            self.inform(t("The two passphrases are not the same; nothing was changed."))
            return None
        return first

    def ask_save_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            t("Export case file"),
            suggested,
            t("Case files (*.json)"),
            "",
            file_dialog_options(self.lang),
        )
        return Path(path) if path else None

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, t("Import case file"), "", t("Case files (*.json)"), "", file_dialog_options(self.lang)
        )
        return Path(path) if path else None

    # -- cases -----------------------------------------------------------------------------------------------

    def show_desk(self) -> None:
        if self.close_case():
            self.desk.reload()
            self.stack.setCurrentWidget(self.desk)

    def close_case(self) -> bool:
        if self.case_view is None:
            return True
        if not self.case_view.close_session():
            if self.case_view.unreadable_entries():
                self.inform(self.case_view.blocked.text())
            else:
                self.inform(t("The last changes could not be saved; they are still on screen. Try again."))
            return False
        self.stack.removeWidget(self.case_view)
        self.case_view.deleteLater()
        self.case_view = None
        return True

    def _with_passphrase(self, action: Callable[[Passphrase | None], T], case_id: str) -> T | None:
        """Run ``action``; when the case is protected, ask for its passphrase (again after a wrong one)."""
        passphrase: Passphrase | None = self.passphrases.get(case_id)
        for _ in range(4):
            try:
                result = action(passphrase)
            except PassphraseRequiredError:
                pass
            except WrongPassphraseError as exc:
                self.inform(exc.message(self.lang))
            else:
                if passphrase is not None:
                    self.passphrases[case_id] = passphrase
                return result
            text = self.ask_passphrase(t("This case is protected. Passphrase:"))
            if text is None:
                return None
            passphrase = Passphrase(text)
        return None

    def open_case(self, case_id: str) -> bool:
        if not self.close_case():
            return False
        try:
            handle = self._with_passphrase(lambda p: self.library.open(case_id, passphrase=p), case_id)
            if handle is None:
                return False
        except CaseLockedError as exc:
            log.info("case %s is open elsewhere", case_id)
            self.inform(exc.message(self.lang))
            return False
        except CaseUnreadableError as exc:
            log.warning(
                "case %s unreadable (%s); backup available: %s", case_id, exc.load_kind, bool(exc.backup)
            )
            if exc.backup is None:
                self.inform(exc.message(self.lang))
                return False
            question = t("Restore the newest good backup?") + "\n\n" + self.desk_actions.name(case_id)
            if not self.confirm(exc.message(self.lang) + "\n\n" + question):
                return False
            backup = exc.backup.path
            restored = self._with_passphrase(
                lambda p: self.library.restore_backup(case_id, backup, passphrase=p), case_id
            )
            return restored is not None and self.open_case(case_id)
        except StoreError as exc:
            self.inform(exc.message(self.lang))
            return False
        log.info("case %s opened%s", case_id, " read-only" if handle.read_only else "")
        from debtassist.ui.case_view import CaseView
        from debtassist.ui.session import CaseSession

        session = CaseSession(self.library, handle)
        self.case_view = CaseView(session, self.lang)
        self.case_view.closeRequested.connect(self.show_desk)
        self.stack.addWidget(self.case_view)
        self.stack.setCurrentWidget(self.case_view)
        if handle.read_only:
            self.inform(
                tr("robust.store.opened_read_only", self.lang, path=self.library.layout.case_dir(case_id))
            )
        self.case_view.steps.setFocus()  # the desk that had the focus is gone: the keyboard starts at the steps
        return True

    def new_case(self) -> None:
        case_id = self.library.create(Case())
        self.desk.reload()
        self.open_case(case_id)

    def new_from_example(self, name: str) -> str:
        case, _ = case_from_json(example_text(name))
        case_id = self.library.create(case.replace(case_id=""))
        self.desk.reload()
        self.open_case(case_id)
        return case_id

    def open_example(self, name: str) -> str:
        """Open the bundled example ``name``, adding it to the library the first time (under its own id)."""
        case, _ = case_from_json(example_text(name))
        if not self.library.exists(case.case_id):
            self.library.create(case)
            self.desk.reload()
        self.open_case(case.case_id)
        return case.case_id

    def duplicate(self, case_id: str) -> None:
        try:
            new_id = self._with_passphrase(lambda p: self.library.duplicate(case_id, passphrase=p), case_id)
        except StoreError as exc:
            self.inform(exc.message(self.lang))
            return
        if new_id is None:
            return
        mark_as_copy(self, case_id, new_id)
        self.desk.reload()
        self.desk.select_case(new_id)

    def export_case(self, case_id: str) -> None:
        name, route = "", None
        if not self.library.is_protected(case_id):  # a protected case exports as it is stored: encrypted
            try:
                loaded = self.library.load(case_id)
            except StoreError as exc:
                self.inform(exc.message(self.lang))
                return
            name, route = loaded.applicant.name, loaded.route
        what = tr("wizard.file.case", self.lang)
        path = self.ask_save_path(suggested_name(name, route, what, "debtassist.json", self.lang))
        if path is None:
            return
        try:
            self.library.export_case(case_id, path)
        except StoreError as exc:
            self.inform(exc.message(self.lang))

    def import_case(self) -> str | None:
        path = self.ask_open_path()
        if path is None:
            return None
        try:
            case_id = self._with_passphrase(lambda p: self.library.import_case(path, passphrase=p), "")
        except StoreError as exc:
            self.inform(exc.message(self.lang))
            return None
        if case_id is None:
            return None
        self.desk.reload()
        self.desk.select_case(case_id)
        return case_id

    def delete_case(self, case_id: str) -> None:
        name = self.desk_actions.name(case_id)
        if not self.confirm(
            t("Move this case to the trash? You can restore it from the trash later.") + "\n\n" + name
        ):
            return
        try:
            self.library.delete(case_id)
        except StoreError as exc:
            self.inform(exc.message(self.lang))
        self.desk.reload()

    # -- passphrases -------------------------------------------------------------------------------------------

    def _open_session(self) -> CaseSession | None:
        if self.case_view is None:
            self.inform(t("Open a case first."))
            return None
        if not self.case_view.session.flush():
            return None
        return self.case_view.session

    def protect_case(self) -> bool:
        session = self._open_session()
        if session is None:
            return False
        if session.handle.protected:
            self.inform(t("This case is already protected. Use Change the passphrase."))
            return False
        new = self.ask_new_passphrase()
        if new is None:
            return False
        return self._passphrase_step(lambda: session.handle.set_passphrase(Passphrase(new)), session, new)

    def change_passphrase(self) -> bool:
        session = self._open_session()
        if session is None or not session.handle.protected:
            return False
        current = self.ask_passphrase(t("Current passphrase:"))
        new = self.ask_new_passphrase() if current else None
        if current is None or new is None:
            return False
        return self._passphrase_step(
            lambda: session.handle.set_passphrase(Passphrase(new), Passphrase(current)), session, new
        )

    def unprotect_case(self) -> bool:
        session = self._open_session()
        if session is None or not session.handle.protected:
            return False
        current = self.ask_passphrase(t("Current passphrase (the case will be stored without one):"))
        if current is None:
            return False
        return self._passphrase_step(
            lambda: session.handle.remove_passphrase(Passphrase(current)), session, None
        )

    def _passphrase_step(self, step: Callable[[], None], session: CaseSession, new: str | None) -> bool:
        try:
            step()
        except StoreError as exc:
            self.inform(exc.message(self.lang))
            return False
        if new is None:
            self.passphrases.pop(session.case_id, None)
        else:
            self.passphrases[session.case_id] = Passphrase(new)
            # (A packet built before protection is plaintext: the library removed it; the packet page rebuilds
            # it in memory.)
        log.info("case %s: passphrase %s", session.case_id, "set" if new else "removed")
        self.inform(t("Done."))
        return True

    def restore_trashed(self, name: str) -> bool:
        case_id = name.split(".")[0]
        restored = self._with_passphrase(
            lambda p: self.library.restore_from_trash(name, passphrase=p), case_id
        )
        self.desk.reload()
        return restored is not None

    def wipe_trashed(self, name: str) -> bool:
        """Erase a trashed case with all its backups, after a clear question."""
        case_id = name.split(".")[0]
        entry = next((e for e in self.library.trashed() if e.name == name), None)
        who = entry.summary.applicant_name if entry and entry.summary.applicant_name else case_id
        if not self.confirm(
            t("Erase this case and all its backups for good? This cannot be undone.") + "\n\n" + who
        ):
            return False
        try:
            self.library.erase_from_trash(name)
        except StoreError as exc:
            self.inform(exc.message(self.lang))
            return False
        log.info("case %s wiped", case_id)
        return True

    def show_trash(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(t("Trash"))
        entries = QListWidget()
        for entry in self.library.trashed():
            item = QListWidgetItem(
                f"{entry.summary.applicant_name or entry.case_id} — {entry.deleted:%Y-%m-%d %H:%M}"
            )
            item.setData(256, entry.name)
            entries.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        restore = buttons.addButton(t("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        wipe = buttons.addButton(t("Erase for good…"), QDialogButtonBox.ButtonRole.DestructiveRole)

        def act(handler: Callable[[str], bool]) -> None:
            item = entries.currentItem()
            if item is not None and handler(item.data(256)):
                entries.takeItem(entries.row(item))

        restore.clicked.connect(lambda: act(self.restore_trashed))
        wipe.clicked.connect(lambda: act(self.wipe_trashed))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(entries)
        layout.addWidget(buttons)
        dialog.exec()

    def about(self) -> None:
        self.inform(
            t(
                "DebtAssist %1\n\nPrepares the paperwork for Taiwan's Consumer Debt Clearance Act. It informs and "
                "computes; it is not legal advice. For advice, contact the Legal Aid Foundation. Everything stays "
                "on this computer."
            ).replace("%1", __version__)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_case():
            event.accept()
        else:
            event.ignore()
