"""Hand-written SVG charts for the insights report: a horizontal bar chart and a stacked 100%
share chart over weeks. No dependency; plain <rect>, <line> and <text> with presentation
attributes (no CSS, no scripts, no external fonts), so any SVG viewer renders them.

Runs in the command-line process when ``report.write_report`` writes charts/<question>.svg.
Every label comes from the data: it goes through ``escape`` before it reaches the markup.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from typing import List, Sequence

OTHER = "other"
FONT = "system-ui, -apple-system, Segoe UI, DejaVu Sans, sans-serif"
WIDTH = 640
LEGEND_ROOM = 240
BAR = "#4e79a7"
OTHER_COLOUR = "#bdbdbd"
# Tableau 10 without its grey (kept for "other"): distinct on screen and in greyscale print.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
)
# Characters XML 1.0 forbids even as references, and lone surrogates (unencodable as UTF-8):
# a name from the data holding one would make the whole file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """The text with characters that cannot appear in an XML or HTML file replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def escape(value: object) -> str:
    """Any value as text safe inside an XML/HTML element or a double- or single-quoted
    attribute."""
    return html.escape(clean(label(value)), quote=True)


def label(value: object) -> str:
    """A cell of the data as a label: numbers formatted, a missing value named."""
    if value is None:
        return "(not reported)"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return str(value)


def number(value: float) -> str:
    """A figure as printed on the page: integers with thousands separators, other numbers to
    four significant digits without an exponent (the JSON files keep the exact values)."""
    if isinstance(value, int) or (math.isfinite(value) and float(value).is_integer()):
        return f"{int(value):,}"
    if not math.isfinite(value):
        return str(value)
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    digits = min(max(3 - magnitude, 0), 8)
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def text_width(text: str, size: float) -> float:
    """Estimated width in pixels: wide (CJK) characters take a full em, others ~0.6 em."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.6 for c in text)


def _fit(text: str, size: float, room: float) -> str:
    """The text, cut with an ellipsis if it would not fit in `room` pixels."""
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text + "…"


def _svg(width: float, height: float, title: str, body: List[str]) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}" font-size="12" '
        'role="img">'
    )
    heading = f'<text x="8" y="20" font-size="14" font-weight="bold">{escape(title)}</text>'
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            head,
            f"<title>{escape(title)}</title>",
            f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
            heading,
            *body,
            "</svg>",
            "",
        ]
    )


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float]) -> str:
    """Horizontal bars in the order given, the longest for the largest value, each value
    printed at its bar's end; "other" in grey."""
    row, top = 22, 34
    texts = [number(v) for v in values]
    label_room = min(max((text_width(t, 12) for t in labels), default=0) + 8, 240)
    value_room = max((text_width(t, 12) for t in texts), default=0) + 8
    bar_room = WIDTH - 8 - label_room - 4 - value_room
    largest = max((v for v in values if v > 0), default=1)
    body = []
    for i, (name, value, text) in enumerate(zip(labels, values, texts)):
        y = top + i * row
        length = bar_room * max(value, 0) / largest
        x = 8 + label_room
        colour = OTHER_COLOUR if name == OTHER else BAR
        body.append(
            f'<text x="{x - 6:.1f}" y="{y + 13}" text-anchor="end">'
            f"<title>{escape(name)}</title>{escape(_fit(name, 12, label_room - 6))}</text>"
        )
        body.append(
            f'<rect x="{x:.1f}" y="{y + 2}" width="{length:.1f}" height="16" fill="{colour}">'
            f"<title>{escape(name)}: {escape(text)}</title></rect>"
        )
        body.append(f'<text x="{x + length + 4:.1f}" y="{y + 14}">{escape(text)}</text>')
    return _svg(WIDTH, top + len(labels) * row + 8, title, body)


def share_chart(
    title: str, weeks: Sequence[str], series: Sequence[str], shares: Sequence[Sequence[float]]
) -> str:
    """One 100% column per week, stacked from the bottom in the order of `series`;
    ``shares[w][s]`` is series s's fraction of week w (each week's fractions add up to 1).
    A legend on the right names the colours; week labels are thinned so they never overlap."""
    left, top, plot_h, gap = 44, 34, 240, 2
    column = max(10.0, min(60.0, (WIDTH - left - 200) / max(len(weeks), 1)))
    legend_x = left + column * len(weeks) + 16
    legend_w = min(max((text_width(s, 12) for s in series), default=0), LEGEND_ROOM) + 24
    width = max(WIDTH, legend_x + legend_w + 8)
    height = max(top + plot_h + 40, top + 18 * len(series) + 8)
    body = _share_axes(left, top, plot_h, column * len(weeks))
    for w, week in enumerate(weeks):
        bottom = float(top + plot_h)
        for s, name in enumerate(series):
            part = plot_h * max(shares[w][s], 0.0)
            if part <= 0:
                continue
            bottom -= part
            body.append(
                f'<rect x="{left + w * column:.1f}" y="{bottom:.2f}" '
                f'width="{column - gap:.1f}" height="{part:.2f}" fill="{colour_of(name, s)}">'
                f"<title>{escape(week)}, {escape(name)}: {100 * shares[w][s]:.1f}%</title></rect>"
            )
    step = math.ceil((text_width(label(weeks[0]), 10) + 8) / column) if weeks else 1
    for w in range(0, len(weeks), step):
        x = left + w * column + (column - gap) / 2
        body.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 16}" font-size="10" text-anchor="middle">'
            f"{escape(weeks[w])}</text>"
        )
    body.append(f'<text x="{left}" y="{top + plot_h + 34}" font-size="10">week starting</text>')
    for s, name in enumerate(series):
        y = top + (len(series) - 1 - s) * 18  # top to bottom, as the columns stack
        body.append(
            f'<rect x="{legend_x:.1f}" y="{y}" width="12" height="12" '
            f'fill="{colour_of(name, s)}"/>'
            f'<text x="{legend_x + 18:.1f}" y="{y + 11}"><title>{escape(name)}</title>'
            f"{escape(_fit(name, 12, LEGEND_ROOM))}</text>"
        )
    return _svg(width, height, title, body)


def colour_of(name: str, index: int) -> str:
    """A series' colour: grey for "other", else the palette by position."""
    return OTHER_COLOUR if name == OTHER else PALETTE[index % len(PALETTE)]


def _share_axes(left: float, top: float, plot_h: float, plot_w: float) -> List[str]:
    """Gridlines and labels at 0, 25, 50, 75 and 100%."""
    lines = []
    for pct in (0, 25, 50, 75, 100):
        y = top + plot_h * (1 - pct / 100)
        lines.append(
            f'<line x1="{left - 4}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" '
            'stroke="#d0d0d0" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{pct}%</text>'
        )
    return lines
