"""One open case: the store handle (which holds the lock), the live check report, and debounced autosave."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from debtassist.logs import log
from debtassist.model.case import Case
from debtassist.reference.living_expense import LivingExpenseTable, load_living_expense_table
from debtassist.rules.check import CheckReport, check_case
from debtassist.store.errors import StoreError
from debtassist.store.library import CaseHandle, CaseLibrary

AUTOSAVE_MS = 600


class CaseSession(QObject):
    """Views edit ``case`` in place and call ``touch()``; the report is recomputed at once and the case is
    saved shortly after the last change (and on ``flush()``/``close()``)."""

    reportChanged = Signal(object)  # CheckReport
    saved = Signal()
    saveFailed = Signal(object)  # StoreError

    def __init__(
        self, library: CaseLibrary, handle: CaseHandle, table: LivingExpenseTable | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.handle = handle
        self.case: Case = handle.case
        self.table = table or load_living_expense_table(library.layout.reference)
        self.report: CheckReport = check_case(self.case, self.table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.dirty = False
        # Opened read-only (a read-only disk): edits stay on screen, nothing is saved and nothing fails.
        self.read_only = handle.read_only

    @property
    def case_id(self) -> str:
        return self.handle.case_id

    def touch(self) -> None:
        self.dirty = True
        self.report = check_case(self.case, self.table)
        self.reportChanged.emit(self.report)
        if not self.read_only:
            self._timer.start()

    def remember(self) -> None:
        """Save bookkeeping (the page the wizard is on) with the next save: no new report (no check reads it, so
        every page showing the report stays as it is), no "Saving…"."""
        self.dirty = True
        if not self.read_only:
            self._timer.start()

    def flush(self) -> bool:
        self._timer.stop()
        if not self.dirty or self.handle.closed or self.read_only:
            return True
        try:
            stored = self.handle.save(self.case)
        except StoreError as exc:  # disk full, read-only folder: the typed data stays in memory
            log.warning("case %s: save failed (%s)", self.case_id, exc.kind)
            self.saveFailed.emit(exc)
            return False
        log.debug("case %s saved", self.case_id)
        # The views hold references into ``self.case``: keep that object and take only the new meta.
        self.case.meta = stored.meta
        self.dirty = False
        self.saved.emit()
        return True

    def close(self) -> bool:
        """Save and release the case. If the save fails the case stays open (and locked), so what was typed
        can still be saved once the disk has room again."""
        if not self.flush():
            return False
        if not self.handle.closed:
            self.handle.close()
        return True
