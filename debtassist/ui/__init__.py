"""The desktop interface (PySide6): windows, widgets and the table models behind them."""

# Import the case model (and with it pydantic) before any PySide6 module: shiboken's import hook inspects
# modules imported after it, and pydantic's lazily-resolved attributes then fail with a circular import.
import debtassist.model.case  # noqa: F401
