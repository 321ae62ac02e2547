"""The desktop interface (PySide6): windows, widgets and the table models behind them."""
