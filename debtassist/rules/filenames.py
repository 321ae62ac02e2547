"""File names suggested to the person (the packet, an exported case): from the applicant's name and route,
cleaned of everything a file system or a terminal would misread (``debtassist.rules.safe_text.file_name_text``).
Pure Python, no Qt.
"""

from __future__ import annotations

from debtassist.model.case import Route
from debtassist.rules.safe_text import file_name_text

#: Short route words for file names, in both languages.
ROUTE_WORDS: dict[Route, dict[str, str]] = {
    Route.BANK_NEGOTIATION: {"zh-TW": "前置協商", "en": "pre-negotiation"},
    Route.COURT_MEDIATION: {"zh-TW": "法院前置調解", "en": "court-mediation"},
    Route.TOWNSHIP_MEDIATION: {"zh-TW": "調解委員會調解", "en": "township-mediation"},
    Route.REHABILITATION: {"zh-TW": "更生", "en": "rehabilitation"},
    Route.LIQUIDATION: {"zh-TW": "清算", "en": "liquidation"},
}


def suggested_name(
    applicant: str, route: Route | None, what: str, extension: str, lang: str = "zh-TW"
) -> str:
    """``王小明-前置協商-申請文件.pdf``: the applicant, the route and what the file is, cleaned; a name that
    cleans to nothing is left out (``DebtAssist`` is used when nothing at all is left)."""
    words = [applicant, ROUTE_WORDS[route][lang if lang == "en" else "zh-TW"] if route else "", what]
    parts = [file_name_text(word) for word in words]
    stem = file_name_text("-".join(part for part in parts if part)) or "DebtAssist"
    return f"{stem}.{extension.lstrip('.')}"
