"""Draw the application icon: a document with a check mark. One list of shapes makes both the SVG and the
raster icons (PNG 16-512, Windows .ico, macOS .icns), so they cannot drift apart.

    .venv/bin/python packaging/make_icons.py [--out resources/icons]

The shapes live on a 256 x 256 canvas. Rasters are drawn four times larger with Pillow and scaled down, which
gives smooth (anti-aliased) edges without an SVG renderer.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
NAME = "debtassist"
CANVAS = 256
SUPERSAMPLE = 4

#: PNG sizes shipped (the freedesktop hicolor sizes, plus 512 for macOS and stores).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

Point = tuple[float, float]

BLUE = "#2E6E8E"  # background: calm blue
PAPER = "#FFFFFF"
FOLD = "#C9DCE6"
INK = "#9DB7C6"  # the "text" lines on the page
GREEN = "#3E9E6F"  # the check badge


@dataclass(frozen=True)
class RoundRect:
    x: float
    y: float
    width: float
    height: float
    radius: float
    fill: str


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    fill: str


@dataclass(frozen=True)
class Stroke:
    """An open polyline with round caps and joins."""

    points: tuple[Point, ...]
    color: str
    width: float


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str
    outline: str
    outline_width: float


Shape = RoundRect | Polygon | Stroke | Circle

SHAPES: tuple[Shape, ...] = (
    RoundRect(8, 8, 240, 240, 48, BLUE),
    Polygon(((64, 36), (156, 36), (196, 76), (196, 212), (64, 212)), PAPER),
    Polygon(((156, 36), (156, 76), (196, 76)), FOLD),
    Stroke(((86, 100), (150, 100)), INK, 10),
    Stroke(((86, 126), (174, 126)), INK, 10),
    Stroke(((86, 152), (130, 152)), INK, 10),
    Circle(184, 188, 46, GREEN, PAPER, 8),
    Stroke(((162, 189), (177, 204), (206, 172)), PAPER, 12),
)


def _num(value: float) -> str:
    return f"{value:g}"


def _path(points: tuple[Point, ...], close: bool) -> str:
    first, *rest = points
    d = f"M{_num(first[0])} {_num(first[1])}" + "".join(f"L{_num(x)} {_num(y)}" for x, y in rest)
    return d + ("Z" if close else "")


def svg() -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
        f'viewBox="0 0 {CANVAS} {CANVAS}">',
        "  <title>DebtAssist</title>",
    ]
    for shape in SHAPES:
        if isinstance(shape, RoundRect):
            lines.append(
                f'  <rect x="{_num(shape.x)}" y="{_num(shape.y)}" width="{_num(shape.width)}" '
                f'height="{_num(shape.height)}" rx="{_num(shape.radius)}" fill="{shape.fill}"/>'
            )
        elif isinstance(shape, Polygon):
            lines.append(f'  <path d="{_path(shape.points, True)}" fill="{shape.fill}"/>')
        elif isinstance(shape, Stroke):
            lines.append(
                f'  <path d="{_path(shape.points, False)}" fill="none" stroke="{shape.color}" '
                f'stroke-width="{_num(shape.width)}" stroke-linecap="round" stroke-linejoin="round"/>'
            )
        else:
            lines.append(
                f'  <circle cx="{_num(shape.cx)}" cy="{_num(shape.cy)}" r="{_num(shape.r)}" '
                f'fill="{shape.fill}" stroke="{shape.outline}" stroke-width="{_num(shape.outline_width)}"/>'
            )
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def _disc(draw: ImageDraw.ImageDraw, center: Point, radius: float, color: str) -> None:
    x, y = center
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=color)


def render(size: int) -> Image.Image:
    """The icon as an RGBA image of ``size`` x ``size`` pixels."""
    big = size * SUPERSAMPLE
    k = big / CANVAS
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def at(point: Point) -> Point:
        return (point[0] * k, point[1] * k)

    for shape in SHAPES:
        if isinstance(shape, RoundRect):
            box = (shape.x * k, shape.y * k, (shape.x + shape.width) * k, (shape.y + shape.height) * k)
            draw.rounded_rectangle(box, radius=shape.radius * k, fill=shape.fill)
        elif isinstance(shape, Polygon):
            draw.polygon([at(p) for p in shape.points], fill=shape.fill)
        elif isinstance(shape, Stroke):
            width = shape.width * k
            draw.line([at(p) for p in shape.points], fill=shape.color, width=round(width), joint="curve")
            for point in (shape.points[0], shape.points[-1]):  # round caps
                _disc(draw, at(point), width / 2, shape.color)
        else:
            outer = shape.r + shape.outline_width / 2
            inner = shape.r - shape.outline_width / 2
            _disc(draw, at((shape.cx, shape.cy)), outer * k, shape.outline)
            _disc(draw, at((shape.cx, shape.cy)), inner * k, shape.fill)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def png_name(size: int) -> str:
    return f"{NAME}-{size}.png"


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    svg_path = out / f"{NAME}.svg"
    svg_path.write_text(svg(), encoding="utf-8")
    written.append(svg_path)
    images = {size: render(size) for size in PNG_SIZES}
    for size, image in images.items():
        path = out / png_name(size)
        image.save(path, optimize=True)
        written.append(path)
    largest = images[max(ICO_SIZES)]
    ico = out / f"{NAME}.ico"
    largest.save(ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES])
    written.append(ico)
    icns = out / f"{NAME}.icns"
    # .icns holds 16-512 and their @2x variants (up to 1024); give Pillow every size so none is upscaled.
    retina = render(1024)
    retina.save(icns, append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    written.append(icns)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: resources/icons)")
    args = parser.parse_args()
    for path in write_all(args.out):
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size:,} bytes"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
