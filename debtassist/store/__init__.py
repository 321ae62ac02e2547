"""Storage of cases on disk: folders, atomic writes, locks, backups, trash, import and export.

Import from the modules: ``library`` (``CaseLibrary``, the entry point), ``errors``, ``lock``, ``atomic``,
``paths``. This package file stays empty so that ``atomic`` can be imported without the case model (the crash-safety
test starts a writer process hundreds of times). See ``docs/storage.md``.
"""
