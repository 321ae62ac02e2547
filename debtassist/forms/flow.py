"""A small flow layout for generated pages (the cover sheet): paragraphs and table rows placed top to bottom,
breaking to a new page when the next block does not fit."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from debtassist.forms.definition import Align
from debtassist.forms.draw import PAD_X, PAD_Y, draw_lines, pt_top, pt_x
from debtassist.forms.fit import LEADING, MM, Line, prepare, wrap
from debtassist.forms.fonts import BOLD, REGULAR, GlyphProblem
from debtassist.forms.layout import FilledRect, PageJob, PageKind
from debtassist.forms.textops import CellLook, cell_frame, set_fill_color

LEFT, RIGHT, TOP, BOTTOM = 15.0, 195.0, 15.0, 282.0
SHADE = Color(0.93, 0.93, 0.93)
RULE = Color(0.35, 0.35, 0.35)
CELL = CellLook(RULE, 0.5, SHADE, black)  # ruled 0.5 pt, shaded when a header, black text


@dataclass
class Flow:
    kind: PageKind
    section: str
    jobs: list[PageJob] = field(default_factory=list)
    glyphs: list[GlyphProblem] = field(default_factory=list)
    y: float = BOTTOM + 1  # forces a first page

    def _page(self) -> PageJob:
        job = PageJob(self.kind, self.section)
        self.jobs.append(job)
        self.y = TOP
        return job

    def _room(self, height: float) -> PageJob:
        if not self.jobs or self.y + height > BOTTOM:
            return self._page()
        return self.jobs[-1]

    def _lines(self, text: str, width: float, size: float, bold: bool) -> list[Line]:
        prepared = prepare(text, self.section, BOLD if bold else REGULAR)
        self.glyphs.extend(prepared.problems)
        return wrap(prepared.units, width * MM - 2 * PAD_X, size)

    def paragraph(
        self, text: str, size: float = 9.5, bold: bool = False, space: float = 1.5, align: Align = "left"
    ) -> None:
        lines = self._lines(text, RIGHT - LEFT, size, bold)
        per_line = size * LEADING / MM
        while lines:
            job = self._room(per_line)
            room = max(1, int((BOTTOM - self.y) // per_line))
            chunk, lines = lines[:room], lines[room:]
            y = self.y

            def op(canvas: Canvas, chunk: list[Line] = chunk, y: float = y) -> None:
                set_fill_color(canvas, black)
                draw_lines(
                    canvas, chunk, pt_x(LEFT) + PAD_X, pt_top(y), (RIGHT - LEFT) * MM - 2 * PAD_X, size, align
                )

            job.ops.append(op)
            job.filled.append(
                FilledRect(
                    "paragraph",
                    LEFT,
                    y,
                    RIGHT - LEFT,
                    len(chunk) * per_line,
                    "".join(u[0] for line in chunk for u in line),
                )
            )
            self.y += len(chunk) * per_line
        self.y += space

    def heading(self, text: str) -> None:
        if self.jobs and self.y + 20 > BOTTOM:  # keep a heading with what follows
            self._page()
        self.y += 1.5
        self.paragraph(text, size=11.5, bold=True, space=1.0)

    def row(self, cells: list[str], widths: list[float], size: float = 8.5, header: bool = False) -> None:
        fitted = [self._lines(text, w, size, header) for text, w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in fitted) * size * LEADING / MM + 2 * PAD_Y / MM + 0.6
        job = self._room(height)
        y = self.y
        x = LEFT
        for lines, w, text in zip(fitted, widths, cells, strict=True):

            def op(
                canvas: Canvas, lines: list[Line] = lines, x: float = x, w: float = w, y: float = y
            ) -> None:
                cell_frame(
                    canvas, CELL, pt_x(x), pt_top(y + height), w * MM, height * MM, 1, 1 if header else 0
                )
                draw_lines(canvas, lines, pt_x(x) + PAD_X, pt_top(y) - PAD_Y, w * MM - 2 * PAD_X, size)

            job.ops.append(op)
            if text:
                job.filled.append(FilledRect("cell", x, y, w, height, text))
            x += w
        self.y += height

    def gap(self, mm: float = 3.0) -> None:
        self.y += mm
