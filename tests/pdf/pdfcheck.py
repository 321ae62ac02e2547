"""Reusable checks for packet PDFs (design §3 and §5): each returns a list of problems, empty when the PDF passes,
so a test can report every problem at once.

Only pip-installed libraries are used, so the checks run on a machine with nothing but Python: pikepdf (qpdf's
library: the structure check of ``qpdf --check``, fonts, annotations, content-stream operators and resources),
PDFium through pypdfium2 (text extraction and rendering, the same engine as Chrome's viewer) and fontTools (the
embedded font programs parse). Each function names the command-line check it replaced and what it asserts.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from struct import error as struct_error

import pikepdf
import pypdfium2 as pdfium
from fontTools.ttLib import TTFont, TTLibError
from PIL import Image, ImageChops

from debtassist.cli import main
from debtassist.examples import example_text
from debtassist.forms.definition import FormDef, form_definition, table_cell_name
from debtassist.forms.fonts import font_for, missing_placeholder, register_fonts
from debtassist.forms.layout import FilledRect, PageJob
from debtassist.forms.packet import Packet, PacketOptions, build_packet
from debtassist.model.case import Case, ExpenseMode, Route
from debtassist.model.codec import case_from_json
from debtassist.reference.living_expense import load_living_expense_table
from debtassist.rules.check import CheckReport, check_case
from debtassist.rules.figures import is_financial_institution_debt
from tests.rules import personas

MM_PER_INCH = 25.4
MM_PT = 72 / MM_PER_INCH  # points per millimetre
PAGE_H_PT = 297 * MM_PT  # A4
INK_DPI = 150
INK_SHRINK_MM = 0.5
DARK = 128  # grayscale value below which a pixel counts as ink
RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals: a sign of a broken text map
TODAY = personas.TODAY  # every case is checked on the personas' fixed "today"
TABLE = load_living_expense_table(None)  # the bundled table only: nothing depends on a user's data folder
COPY_STAMP = re.compile(r"繕本\s*COPY\s*(\d+)\s*/\s*(\d+)")
DRAFT_WATERMARK = "草稿 DRAFT"


# ---- cases ------------------------------------------------------------------------------------------------------


def check(case: Case) -> CheckReport:
    return check_case(case, TABLE, TODAY)


def example_case(name: str) -> Case:
    return case_from_json(example_text(name))[0]


def _persona_builders() -> dict[str, Callable[[], Case]]:
    """Every persona of tests/rules/personas.py: its functions that return a Case and need no argument, plus the
    variants the rules tests use (Kinmen with the figure confirmed, Taipei 2025 with itemized expenses)."""
    found: dict[str, Callable[[], Case]] = {}
    for name, function in vars(personas).items():
        if not inspect.isfunction(function) or function.__module__ != personas.__name__:
            continue
        signature = inspect.signature(function)
        defaulted = all(p.default is not inspect.Parameter.empty for p in signature.parameters.values())
        if defaulted and signature.return_annotation in (Case, "Case"):
            found[name] = function
    found["kinmen_confirmed"] = lambda: personas.kinmen(personas.KINMEN_CONFIRMED)
    found["taipei_2025_itemized"] = lambda: personas.taipei_2025(ExpenseMode.ITEMIZED, 3_000)
    return found


PERSONAS = _persona_builders()


def persona_case(name: str) -> Case:
    return PERSONAS[name]()


# ---- files -----------------------------------------------------------------------------------------------------


class PdfFile:
    """A PDF's bytes written once to a temporary file (the packet as a user gets it)."""

    def __init__(self, data: bytes, folder: Path) -> None:
        self.data = data
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "packet.pdf"
        self.path.write_bytes(data)


# ---- 1. structure ---------------------------------------------------------------------------------------------


def qpdf_problems(path: Path) -> list[str]:
    """What ``qpdf --check`` reports, without the qpdf command: pikepdf opens the file with qpdf's own library
    and ``Pdf.check_pdf_syntax`` runs the steps of ``qpdf --check`` (document structures, every stream decoded,
    every page's content parsed) and returns its errors *and* warnings — a repaired cross-reference table, for
    example, is a warning that ``qpdf --check`` exits 3 for. Any of them is a problem, as any warning or a
    non-zero exit was before."""
    problems = []
    try:
        with pikepdf.open(path) as pdf:
            problems += [f"qpdf check: {line}" for line in pdf.check_pdf_syntax()]
            if len(pdf.pages) == 0:
                problems.append("pikepdf: no pages")
    except pikepdf.PdfError as exc:
        problems.append(f"pikepdf cannot open the file: {exc}")
    return problems


# ---- 2. fonts -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    encoding: str
    embedded: bool
    subset: bool
    unicode: bool
    object_id: tuple[int, int]

    @property
    def subset_tag(self) -> str | None:
        match = re.match(r"^([A-Z]{6})\+", self.name)
        return match.group(1) if match else None


#: Resource categories whose objects carry their own /Resources (form XObjects, tiling patterns).
_NESTED_RESOURCES = ("/XObject", "/Pattern")


def _font_type(font: pikepdf.Dictionary) -> str:
    """The font's type as ``pdffonts`` names it (Type 1, Type 1C, Type 3, TrueType, CID Type 0, CID TrueType…)."""
    subtype = str(font.get("/Subtype", ""))
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts", pikepdf.Array())
        descendant = descendants[0] if len(descendants) else pikepdf.Dictionary()
        kind = "CID TrueType" if descendant.get("/Subtype") == pikepdf.Name.CIDFontType2 else "CID Type 0"
        file3 = descendant.get("/FontDescriptor", pikepdf.Dictionary()).get("/FontFile3")
        return kind + ("C" if file3 is not None and kind == "CID Type 0" else "")
    names = {"/Type1": "Type 1", "/MMType1": "Type 1", "/Type3": "Type 3", "/TrueType": "TrueType"}
    kind = names.get(subtype, subtype.lstrip("/") or "unknown")
    if kind == "Type 1" and font.get("/FontDescriptor", pikepdf.Dictionary()).get("/FontFile3") is not None:
        kind = "Type 1C"
    return kind


def _font_row(font: pikepdf.Dictionary) -> FontRow:
    name = str(font.get("/BaseFont", "")).lstrip("/") or "[none]"
    kind = _font_type(font)
    if kind.startswith("CID"):
        descendant = font.DescendantFonts[0]
        descriptor = descendant.get("/FontDescriptor", pikepdf.Dictionary())
    else:
        descriptor = font.get("/FontDescriptor", pikepdf.Dictionary())
    embedded = kind == "Type 3" or any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    encoding = font.get("/Encoding")
    encoding_name = (
        "Custom" if isinstance(encoding, pikepdf.Dictionary) else str(encoding or "Builtin").lstrip("/")
    )
    return FontRow(
        name,
        kind,
        encoding_name,
        embedded,
        bool(re.match(r"^[A-Z]{6}\+", name)),
        "/ToUnicode" in font,
        font.objgen,
    )


def _appearance_streams(annot: pikepdf.Object) -> list[pikepdf.Object]:
    """The appearance streams of an annotation: /AP /N, /R, /D, each a stream or a dictionary of states."""
    streams: list[pikepdf.Object] = []
    for key in ("/N", "/R", "/D"):
        entry = annot.get("/AP", pikepdf.Dictionary()).get(key)
        if isinstance(entry, pikepdf.Stream):
            streams.append(entry)
        elif isinstance(entry, pikepdf.Dictionary):
            streams += [state for _, state in entry.items() if isinstance(state, pikepdf.Stream)]
    return streams


def font_dicts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every font the pages use, each object once, found where ``pdffonts`` looks: each page's /Resources, the
    resources of the form XObjects and patterns they use (recursively) and of the annotations' appearance
    streams."""
    # Indirect objects are told apart by their object numbers (a font or resource dictionary may be shared, and
    # resources may refer back to themselves). A direct one sits in one place only, so it needs no key: the id()
    # of pikepdf's wrapper is no key, since each access makes a new wrapper and a freed one's id comes back at
    # once (every page with direct resources after the first was skipped).
    found: dict[tuple[int, int], pikepdf.Dictionary] = {}
    direct: list[pikepdf.Dictionary] = []
    seen: set[tuple[int, int]] = set()

    def first_visit(obj: pikepdf.Object) -> bool:
        if not obj.is_indirect:
            return True
        if obj.objgen in seen:
            return False
        seen.add(obj.objgen)
        return True

    def scan(resources: pikepdf.Object | None) -> None:
        if not isinstance(resources, pikepdf.Dictionary) or not first_visit(resources):
            return
        for _, font in resources.get("/Font", pikepdf.Dictionary()).items():
            if isinstance(font, pikepdf.Dictionary):
                if font.is_indirect:
                    found.setdefault(font.objgen, font)
                else:
                    direct.append(font)
        for category in _NESTED_RESOURCES:
            for _, obj in resources.get(category, pikepdf.Dictionary()).items():
                if isinstance(obj, pikepdf.Stream | pikepdf.Dictionary) and first_visit(obj):
                    scan(obj.get("/Resources"))

    for page in pdf.pages:
        scan(page.obj.get("/Resources"))
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            for stream in _appearance_streams(annot):
                scan(stream.get("/Resources"))
    return [*found.values(), *direct]


def fonts(path: Path) -> list[FontRow]:
    """The rows ``pdffonts`` printed (name, type, encoding, embedded, subset, ToUnicode, object), read with
    pikepdf: embedded means the font's descriptor (the descendant's, for a CID font) holds a font program
    (/FontFile, /FontFile2 or /FontFile3); unicode means the font has a /ToUnicode map."""
    with pikepdf.open(path) as pdf:
        return [_font_row(font) for font in font_dicts(pdf)]


def font_problems(rows: Sequence[FontRow], allow_standard: bool = False) -> list[str]:
    """Every font embedded with a ToUnicode map; no subset tag shared by two font objects; no standard Type 1
    font (Helvetica & co.) — it would be the viewer's choice of font, and it has no Chinese."""
    problems = []
    for row in rows:
        standard = row.type.startswith("Type 1") and not row.embedded
        if standard and allow_standard:
            continue
        if not row.embedded:
            problems.append(f"font not embedded: {row.name} ({row.type}) object {row.object_id}")
        if not row.unicode:
            problems.append(f"font without ToUnicode: {row.name} object {row.object_id}")
        if row.type.startswith("Type 1") or "Helvetica" in row.name:
            problems.append(f"standard Type 1 font: {row.name} object {row.object_id}")
    owners: dict[str, set[tuple[int, int]]] = {}
    for number, row in enumerate(rows):
        if row.subset_tag:
            # A direct font object has no number ((0, 0), as pdffonts prints it): each row is one of its own.
            owner = row.object_id if row.object_id != (0, 0) else (0, -1 - number)
            owners.setdefault(row.subset_tag, set()).add(owner)
    for tag, objects in sorted(owners.items()):
        if len(objects) > 1:
            problems.append(f"subset tag {tag}+ shared by font objects {sorted(objects)}")
    if not rows:
        problems.append("no fonts at all")
    return problems


# ---- 3. widgets and forms -------------------------------------------------------------------------------------


def widget_count(pdf: pikepdf.Pdf) -> int:
    count = 0
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            if annot.get("/Subtype") == pikepdf.Name.Widget:
                count += 1
    return count


def print_copy_problems(data: bytes) -> list[str]:
    """A print copy is flat: no widget annotations, no /AcroForm (so no NeedAppearances either)."""
    problems = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        widgets = widget_count(pdf)
        if widgets:
            problems.append(f"{widgets} /Widget annotations in a print copy")
        if "/AcroForm" in pdf.Root:
            problems.append("/AcroForm in a print copy")
        problems += [f"standard font object in a print copy: {name}" for name in standard_fonts(pdf)]
    return problems


STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def standard_fonts(pdf: pikepdf.Pdf) -> list[str]:
    """Font objects anywhere in the file (used or not) that name one of the standard 14 fonts."""
    found = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font:
            base = str(obj.get("/BaseFont", ""))
            if base.lstrip("/").startswith(STANDARD_14):
                found.append(base)
    return found


def need_appearances(pdf: pikepdf.Pdf) -> bool:
    form = pdf.Root.get("/AcroForm")
    return form is not None and bool(form.get("/NeedAppearances", False))


# ---- 4. text ----------------------------------------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    """The text of every page as PDFium extracts it (it replaced ``pdftotext -raw``), one string per page.

    PDFium keeps content-stream order, as ``-raw`` did, so the lines of a value wrapped inside a table cell stay
    together instead of being interleaved with the neighbouring cells (南山人壽保險股份有限公 / Z987654321 / 司)."""
    return pdfium_texts(path.read_bytes())


def pdfium_texts(data: bytes) -> list[str]:
    """The text of every page as PDFium extracts it; it keeps diagonal text (the draft watermark) whole."""
    document = pdfium.PdfDocument(data)
    texts = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return texts


def squash(text: str) -> str:
    """Text without any whitespace: a value wrapped inside its box still matches."""
    return "".join(text.split())


@cache
def _printable(char: str) -> str:
    register_fonts()
    return char if font_for(char) is not None else missing_placeholder(char)


def reset_printable() -> None:
    """Forget which characters print as themselves (after the fallback fonts changed)."""
    _printable.cache_clear()


def as_printed(value: str) -> str:
    """How a value reads in the PDF: a character no font here can draw is printed as its code point."""
    return "".join(_printable(c) for c in value)


def missing_values(text: str, values: Iterable[tuple[str, str]]) -> list[str]:
    """The (label, value) pairs whose value is not in ``text`` (whitespace ignored on both sides)."""
    haystack = squash(text)
    return [f"{label}: {value!r}" for label, value in values if squash(as_printed(value)) not in haystack]


def radical_problems(text: str) -> list[str]:
    found = sorted({c for c in text if ord(c) in RADICALS})
    return [f"CJK radical U+{ord(c):04X} {c} in the text (broken ToUnicode map)" for c in found]


def money(value: int | None) -> str | None:
    return None if value is None else f"{value:,}"


def expected_values(case: Case, report: CheckReport) -> list[tuple[str, str]]:
    """Every name, address and amount of the case that the route's forms print, as (label, text).

    The bank route lists only the debts the JCIC list will not show (private, asset-management and guarantee
    debts) plus the largest financial-institution creditor it is addressed to; court routes list every creditor.
    The bank route's statement has no business section, so turnovers are checked on court routes only.
    """
    values: list[tuple[str, str | None]] = []
    a = case.applicant
    values += [("applicant.name", a.name), ("applicant.registered_address", a.registered_address)]
    if a.mailing_address:
        values.append(("applicant.mailing_address", a.mailing_address))
    bank = case.route is Route.BANK_NEGOTIATION
    for i, c in enumerate(case.creditors):
        if bank and is_financial_institution_debt(c):
            continue
        values += [
            (f"creditors[{i}].name", c.name),
            (f"creditors[{i}].address", c.address),
            (f"creditors[{i}].principal", money(c.principal)),
            (f"creditors[{i}].interest_fees", money(c.interest_fees)),
            (f"creditors[{i}].claim", money((c.principal or 0) + (c.interest_fees or 0))),
        ]
    if bank:
        largest = report.figures.largest_creditor
        values.append(("largest_creditor.name", largest.name))
        address = next((c.address for c in case.creditors if c.id in largest.creditor_ids), None)
        values.append(("largest_creditor.address", address))
    for i, d in enumerate(case.dependents):
        values += [(f"dependents[{i}].name", d.name), (f"dependents[{i}].monthly", money(d.monthly_amount))]
    for i, o in enumerate(case.own_debtors):
        values += [
            (f"own_debtors[{i}].name", o.name),
            (f"own_debtors[{i}].address", o.address),
            (f"own_debtors[{i}].amount", money(o.amount)),
        ]
    values += [(f"assets[{i}].value", money(s.value)) for i, s in enumerate(case.assets)]
    values += [(f"income.records[{i}].amount", money(r.amount)) for i, r in enumerate(case.income.records)]
    values += [(f"income.monthly[{i}].amount", money(m.amount)) for i, m in enumerate(case.income.monthly)]
    if case.expenses.mode is not None and case.expenses.mode.value == "itemized":
        values += [(f"expenses.items[{i}]", money(e.monthly)) for i, e in enumerate(case.expenses.items)]
    if not bank:
        values += [
            (f"business.periods[{i}].turnover", money(p.turnover))
            for i, p in enumerate(case.business.periods)
        ]
    return [(label, value) for label, value in values if value]


def filled_values(jobs: Sequence[PageJob]) -> list[tuple[str, str]]:
    """What the packet says it drew: every FilledRect's text, labelled with its page and box."""
    return [(f"page {n} {r.name}", r.text) for n, job in enumerate(jobs, 1) for r in job.filled]


# ---- 5. ink inside each filled box ------------------------------------------------------------------------------


def render_gray(document: pdfium.PdfDocument, index: int, dpi: int = INK_DPI) -> Image.Image:
    """One page in grayscale, annotations (widget appearances) included."""
    page = document[index]
    try:
        image: Image.Image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        page.close()
    return image


def _dark(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v < DARK else 0)


_blank_cache: dict[tuple[str, str, int, int], Image.Image] = {}


def blank_dark(form: FormDef, page: int, dpi: int = INK_DPI) -> Image.Image:
    """The dark pixels of a blank form page (resources/forms/<blank_file>, or an agency's blank next to its
    definition), rendered once per test run."""
    key = (str(form.origin), form.blank_file, page, dpi)
    if key not in _blank_cache:
        document = pdfium.PdfDocument(form.blank_bytes())
        try:
            _blank_cache[key] = _dark(render_gray(document, page - 1, dpi))
        finally:
            document.close()
    return _blank_cache[key]


def rect_pixels(rect: FilledRect, dpi: int, shrink: float = INK_SHRINK_MM) -> tuple[int, int, int, int]:
    scale = dpi / MM_PER_INCH
    left = round((rect.x + shrink) * scale)
    top = round((rect.y + shrink) * scale)
    right = round((rect.x + rect.width - shrink) * scale)
    bottom = round((rect.y + rect.height - shrink) * scale)
    return left, top, max(right, left + 1), max(bottom, top + 1)


def new_ink(page_dark: Image.Image, base_dark: Image.Image | None, box: tuple[int, int, int, int]) -> bool:
    """Dark pixels inside ``box`` that the base (the blank form page, or a white page) does not have."""
    here = page_dark.crop(box)
    if base_dark is not None:
        here = ImageChops.subtract(here, base_dark.crop(box))
    return here.getbbox() is not None


def ink_problems(
    data: bytes, jobs: Sequence[PageJob], pages: Sequence[int] | None = None, dpi: int = INK_DPI
) -> list[str]:
    """For every FilledRect: new ink inside the rect (shrunk by 0.5 mm), compared with the blank form page for
    form pages and with a white page for generated pages. ``pages`` are the PDF page indexes (0-based) that show
    ``jobs`` (default: the original set, page i for job i); copies pass their own pages."""
    problems = []
    document = pdfium.PdfDocument(data)
    document.init_forms()  # an editable copy shows its values as field appearances
    try:
        for index, job in zip(pages if pages is not None else range(len(jobs)), jobs, strict=True):
            if not job.filled:
                continue
            page_dark = _dark(render_gray(document, index, dpi))
            base = None
            if job.kind == "form" and job.form is not None and job.form_page is not None:
                base = blank_dark(job.form, job.form_page, dpi)
                if base.size != page_dark.size:
                    problems.append(f"page {index + 1}: size {page_dark.size}, the blank's {base.size}")
                    continue
            for rect in job.filled:
                if not new_ink(page_dark, base, rect_pixels(rect, dpi)):
                    problems.append(
                        f"page {index + 1} ({job.kind}, {job.section}): no ink in {rect.name} {rect.text!r}"
                    )
    finally:
        document.close()
    return problems


def placement_problems(data: bytes, jobs: Sequence[PageJob], ignore: str = "") -> list[str]:
    """Every FilledRect's text is found by PDFium *inside its own rect*: nothing overflows into a neighbour or
    lands in the wrong box. Rects whose text holds a character of ``ignore`` are skipped."""
    problems = []
    document = pdfium.PdfDocument(data)
    try:
        for index, job in enumerate(jobs):
            page = document[index]
            textpage = page.get_textpage()
            for rect in job.filled:
                if any(char in rect.text for char in ignore):
                    continue
                inside = textpage.get_text_bounded(
                    left=rect.x * MM_PT,
                    bottom=PAGE_H_PT - (rect.y + rect.height) * MM_PT,
                    right=(rect.x + rect.width) * MM_PT,
                    top=PAGE_H_PT - rect.y * MM_PT,
                )
                if squash(as_printed(rect.text)) not in squash(inside):
                    problems.append(
                        f"page {index + 1} {rect.name}: {rect.text!r} is not inside its box ({inside!r})"
                    )
            textpage.close()
            page.close()
    finally:
        document.close()
    return problems


# ---- 6. rendering ---------------------------------------------------------------------------------------------


#: Every content-stream operator of ISO 32000 with its number of operands (None: variable).
OPERATORS: dict[str, int | None] = {
    **dict.fromkeys(["b", "B", "b*", "B*", "BT", "BX", "EMC", "ET", "EX", "f", "F", "f*", "h", "n"], 0),
    **dict.fromkeys(["q", "Q", "s", "S", "T*", "W", "W*"], 0),
    **dict.fromkeys(["BMC", "CS", "cs", "Do", "G", "g", "gs", "i", "j", "J", "M", "MP", "ri", "sh"], 1),
    **dict.fromkeys(["Tc", "TJ", "Tj", "TL", "Tr", "Ts", "Tw", "Tz", "w", "'"], 1),
    **dict.fromkeys(["BDC", "d", "d0", "DP", "l", "m", "Td", "TD", "Tf"], 2),
    **dict.fromkeys(["RG", "rg", '"'], 3),
    **dict.fromkeys(["K", "k", "re", "v", "y"], 4),
    **dict.fromkeys(["c", "cm", "d1", "Tm"], 6),
    **dict.fromkeys(["SC", "sc", "SCN", "scn", "INLINE IMAGE"], None),
}
#: Operators that name a resource, and the resource category the name must be in.
RESOURCE_OPERATORS = {
    "Tf": "/Font",
    "Do": "/XObject",
    "gs": "/ExtGState",
    "sh": "/Shading",
    "cs": "/ColorSpace",
    "CS": "/ColorSpace",
    "scn": "/Pattern",
    "SCN": "/Pattern",
    "BDC": "/Properties",
    "DP": "/Properties",
}
DEVICE_SPACES = {"/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/Pattern"}


def _stream_problems(
    where: str, stream: pikepdf.Object, resources: pikepdf.Object, seen: set[tuple[int, int]]
) -> list[str]:
    """A content stream (a page or a form XObject) parses, uses only known operators with their number of
    operands, and every resource it names exists; form XObjects it draws are checked the same way."""
    try:
        instructions = pikepdf.parse_content_stream(stream)
    except pikepdf.PdfError as exc:
        return [f"{where}: the content does not parse: {exc}"]
    if not isinstance(resources, pikepdf.Dictionary):
        resources = pikepdf.Dictionary()
    problems = []
    for instruction in instructions:
        operator = str(instruction.operator)
        operands = list(getattr(instruction, "operands", []))
        if operator not in OPERATORS:
            problems.append(f"{where}: unknown operator {operator!r}")
            continue
        wanted = OPERATORS[operator]
        if wanted is not None and len(operands) != wanted:
            problems.append(f"{where}: {operator!r} with {len(operands)} operands, not {wanted}")
            continue
        category = RESOURCE_OPERATORS.get(operator)
        names = [o for o in operands if isinstance(o, pikepdf.Name)]
        if category is None or not names:
            continue
        name = str(
            names[-1] if operator in ("scn", "SCN") else names[0 if operator not in ("BDC", "DP") else -1]
        )
        if category == "/ColorSpace" and name in DEVICE_SPACES:
            continue
        if operator in ("BDC", "DP") and not isinstance(operands[-1], pikepdf.Name):
            continue  # inline property list
        table = resources.get(category, pikepdf.Dictionary())
        if name not in table:
            problems.append(f"{where}: {operator} {name} is not in the resources' {category}")
            continue
        target = table[name]
        if operator == "Do" and target.get("/Subtype") == pikepdf.Name.Form and target.objgen not in seen:
            seen.add(target.objgen)
            inner = target.get("/Resources", resources)
            problems += _stream_problems(f"{where} form {name}", target, inner, seen)
    return problems


def _font_program_problems(pdf: pikepdf.Pdf) -> list[str]:
    """Every embedded TrueType program (/FontFile2) parses with fontTools and has the glyphs' outlines."""
    problems = []
    for font in font_dicts(pdf):
        row = _font_row(font)
        descendant = font.DescendantFonts[0] if row.type.startswith("CID") else font
        program = descendant.get("/FontDescriptor", pikepdf.Dictionary()).get("/FontFile2")
        if program is None:
            continue
        try:
            face = TTFont(io.BytesIO(program.read_bytes()))
            if "glyf" not in face or "loca" not in face:
                problems.append(f"font {row.name}: the embedded TrueType has no glyf/loca table")
            else:
                face["glyf"]  # decompiles the glyph table against loca
        except (TTLibError, AssertionError, struct_error, ValueError, KeyError) as exc:
            problems.append(f"font {row.name}: the embedded TrueType does not parse: {exc!r}")
    return problems


def render_problems(path: Path, dpi: int = 36) -> list[str]:
    """What ``pdftoppm`` reported on stderr (or with its exit code) while rendering every page, checked without
    poppler: every page's content stream and the form XObjects and annotation appearances it draws parse, with
    known operators and their operand counts and every named resource (font, XObject, graphics state, colour
    space, shading, pattern) defined — poppler's "Unknown font tag", "Unknown operator", "Too few args" errors;
    every embedded font program parses (its "Couldn't create a font"); and PDFium renders every page to a
    bitmap of the page's size (its exit code and page count)."""
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        problems += _font_program_problems(pdf)
        seen: set[tuple[int, int]] = set()
        for number, page in enumerate(pdf.pages, 1):
            resources = page.obj.get("/Resources", pikepdf.Dictionary())
            problems += _stream_problems(f"page {number}", page.obj, resources, seen)
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                for stream in _appearance_streams(annot):
                    own = stream.get("/Resources", pikepdf.Dictionary())
                    problems += _stream_problems(f"page {number} annotation", stream, own, seen)
        count = len(pdf.pages)
    try:
        document = pdfium.PdfDocument(path.read_bytes())
    except pdfium.PdfiumError as exc:
        return [*problems, f"PDFium cannot open the file: {exc}"]
    try:
        if len(document) != count:
            problems.append(f"PDFium sees {len(document)} pages of {count}")
        document.init_forms()
        for index in range(len(document)):
            try:
                page = document[index]
                width, height = page.get_size()
                bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
                if abs(bitmap.width - width * dpi / 72) > 1 or abs(bitmap.height - height * dpi / 72) > 1:
                    problems.append(f"page {index + 1}: rendered {bitmap.width}x{bitmap.height}")
                page.close()
            except pdfium.PdfiumError as exc:
                problems.append(f"page {index + 1}: PDFium cannot render it: {exc}")
    finally:
        document.close()
    return problems


# ---- page numbers, contents and continuation references ----------------------------------------------------------


def footer_problems(texts: Sequence[str], pages_per_set: int) -> list[str]:
    """The cover's pages say they are not filed; the filed set is numbered on its own: 第 N 頁／共 M 頁 from its
    first page (the petition or application)."""
    problems = []
    cover = sum(
        1
        for text in texts[:pages_per_set]
        if "封面（不隨件送出）" in squash(text) or "Cover(notfiled)" in squash(text)
    )
    filed = pages_per_set - cover
    for number, text in enumerate(texts[cover:pages_per_set], 1):
        if f"第{number}頁／共{filed}頁" not in squash(text):
            problems.append(f"filed page {number}: no footer 第 {number} 頁／共 {filed} 頁")
    if cover == 0:
        problems.append("no cover page marked as not filed")
    return problems


def expected_contents(jobs: Sequence[PageJob]) -> list[tuple[str, str]]:
    """(document, page range) of every document after the cover, blank back pages not counted."""
    pages: dict[str, list[int]] = {}
    filed = [job for job in jobs if job.section != jobs[0].section or jobs[0].kind != "cover"]
    for number, job in enumerate(filed, 1):
        if job.kind not in ("cover", "blank"):
            pages.setdefault(job.section, []).append(number)
    return [(name, f"{p[0]}–{p[-1]}" if len(p) > 1 else str(p[0])) for name, p in pages.items()]


def contents_problems(packet: Packet, texts: Sequence[str]) -> list[str]:
    """The cover's table of contents names every document with the pages it really has."""
    expected = expected_contents(packet.jobs)
    problems = []
    if packet.contents != expected:
        problems.append(f"contents {packet.contents} != pages in the packet {expected}")
    cover = squash("".join(t for t, job in zip(texts, packet.jobs, strict=False) if job.kind == "cover"))
    for title, pages in expected:
        # The English cover writes "English name (中文標題)" before the pages.
        if squash(title) + pages not in cover and squash(title) + ")" + pages not in cover:
            problems.append(f"the cover does not list {title} {pages}")
    return problems


NUMERAL = "一二三四五六七八九十百零"
REFERENCE = re.compile(rf"附表([{NUMERAL}]+)")
TOTALS_REFERENCE = re.compile(rf"合計（含(附表[{NUMERAL}]+)）")


def reference_problems(jobs: Sequence[PageJob], texts: Sequence[str]) -> list[str]:
    """Every 附表N a form refers to exists as a continuation sheet, and every continuation sheet is referred to.
    References are the boxes' texts (詳附表N, 第15筆以後詳附表N) and the totals label 合計（含附表N） that is
    printed over the blank's 合計."""
    referred = {m.group(0) for job in jobs for rect in job.filled for m in REFERENCE.finditer(rect.text)}
    for text, job in zip(texts, jobs, strict=False):
        if job.kind == "form":
            referred |= {m.group(1) for m in TOTALS_REFERENCE.finditer(squash(text))}
    # A continuation page may hold several sheets, each under its heading 「附表N　…」.
    sheets = {
        m.group(0)
        for job in jobs
        if job.kind == "continuation"
        for text in [job.section, *(rect.text for rect in job.filled)]
        if (m := REFERENCE.match(text))
    }
    problems = [f"{name} is referred to but not in the packet" for name in sorted(referred - sheets)]
    problems += [f"{name} is in the packet but no form refers to it" for name in sorted(sheets - referred)]
    unnamed = [job.section for job in jobs if job.kind == "continuation" and not REFERENCE.match(job.section)]
    problems += [f"continuation sheet without a number: {name}" for name in unnamed]
    return problems


def form_values(jobs: Sequence[PageJob]) -> dict[str, str]:
    """``<form id>:<box or cell>`` -> text, for every value drawn on a form page."""
    return {f"{job.form.id}:{r.name}": r.text for job in jobs if job.form is not None for r in job.filled}


def consistency_problems(case: Case, jobs: Sequence[PageJob]) -> list[str]:
    """Forms that repeat a figure print the same text (design §1): the total debt is the sum of every claim and
    equals the creditor list's total; income, necessary expense and the largest creditor agree across forms."""
    v = form_values(jobs)
    total = f"{sum((c.principal or 0) + (c.interest_fees or 0) for c in case.creditors):,}"
    pairs: list[tuple[str, str | None]] = []
    if case.route is Route.BANK_NEGOTIATION:
        pass  # the other-creditors list holds only part of the debts: the application's sentence is checked
    else:
        form_id = (
            "court-creditor-list-rehabilitation"
            if case.route is Route.REHABILITATION
            else "court-creditor-list"
        )
        table = next(t for t in form_definition(form_id).tables if t.name == "creditors")
        list_total = v.get(f"{form_id}:{table_cell_name(table, table.rows, 'claim')}")  # totals row
        if list_total is not None:
            v["list:total"] = list_total
        pairs = [("list:total", total)]
    # The petition or application states the same figures in its running text.
    said = squash("".join(r.text for job in jobs if job.kind == "pleading" for r in job.filled))
    largest = v.get("court-creditor-list:largest") or v.get("court-creditor-list-rehabilitation:largest")
    statement = "bank-statement" if case.route is Route.BANK_NEGOTIATION else "court-statement"
    phrases = [
        f"債務總額新臺幣{total}元",
        f"每月收入新臺幣{v.get(f'{statement}:sum_income')}元",
        f"每月必要生活費用新臺幣{v.get(f'{statement}:sum_necessary')}元",
    ]
    if largest:
        phrases.append(f"最大債權金融機構為{largest}")
    problems = [f"{key} = {v.get(key)!r}, expected {want!r}" for key, want in pairs if v.get(key) != want]
    return problems + [f"the petition does not say {p}" for p in phrases if squash(p) not in said]


# ---- building and checking ----------------------------------------------------------------------------------------


@dataclass
class Checked:
    """A packet written to disk with its text extracted once, for the tests of one module."""

    packet: Packet
    case: Case
    report: CheckReport
    file: PdfFile
    texts: list[str]

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def text(self) -> str:
        return "\f".join(self.texts)


def checked(packet: Packet, case: Case, report: CheckReport, folder: Path) -> Checked:
    file = PdfFile(packet.pdf, folder)
    return Checked(packet, case, report, file, page_texts(file.path))


def build(case: Case, folder: Path, options: PacketOptions | None = None) -> Checked:
    report = check(case)
    return checked(build_packet(case, report, options or PacketOptions()), case, report, folder)


def run_cli(*args: str) -> tuple[int, str, str]:
    """``debtassist ARGS`` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def all_problems(c: Checked) -> list[str]:
    """Checks 1-6 on a print copy, and the page numbers, contents and references."""
    problems = qpdf_problems(c.path)
    problems += font_problems(fonts(c.path))
    problems += print_copy_problems(c.packet.pdf)
    problems += missing_values(c.text, expected_values(c.case, c.report))
    problems += missing_values(c.text, filled_values(c.packet.jobs))
    problems += radical_problems(c.text)
    problems += ink_problems(c.packet.pdf, c.packet.jobs)
    problems += placement_problems(c.packet.pdf, c.packet.jobs)
    problems += render_problems(c.path)
    problems += footer_problems(c.texts, c.packet.pages_per_set)
    problems += contents_problems(c.packet, c.texts)
    problems += reference_problems(c.packet.jobs, c.texts)
    problems += consistency_problems(c.case, c.packet.jobs)
    return problems
