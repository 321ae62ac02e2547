"""DebtAssist: offline paperwork assistant for Taiwan's Consumer Debt Clearance Act."""

# The one place that holds the version (pyproject reads it from here).
__version__ = "0.1.0"
