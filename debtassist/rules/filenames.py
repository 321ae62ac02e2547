"""File names suggested to the person (the packet, an exported case): from the applicant's name and route,
cleaned of everything a file system or a terminal would misread (``debtassist.rules.safe_text.file_name_text``).
Pure Python, no Qt.
"""

from __future__ import annotations

from debtassist.model.case import Route
from debtassist.rules.routes import route_spec
from debtassist.rules.safe_text import file_name_text


def suggested_name(
    applicant: str, route: Route | None, what: str, extension: str, lang: str = "zh-TW"
) -> str:
    """``王小明-前置協商-申請文件.pdf``: the applicant, the route and what the file is, cleaned; a name that
    cleans to nothing is left out (``DebtAssist`` is used when nothing at all is left)."""
    words = [applicant, route_spec(route).file_word_in(lang) if route else "", what]
    parts = [file_name_text(word) for word in words]
    stem = file_name_text("-".join(part for part in parts if part)) or "DebtAssist"
    return f"{stem}.{extension.lstrip('.')}"
