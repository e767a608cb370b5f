"""The published report (insights/report.py, insights/svg.py): what a maintainer opening the
folder sees. Built from example Results in the shape compute() returns, so these tests do not
depend on the questions or the engines.

WHEN this runs: in the pytest process; the browser test starts one headless Chromium on a
file:// URL (no network) and ends it, by its process group, if it outlives its timeout.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

from freecad_telemetry.insights import svg
from freecad_telemetry.insights.report import TITLE, write_report

SVG_NS = "{http://www.w3.org/2000/svg}"
CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_BROWSER = "FREECAD_TELEMETRY_REQUIRE_BROWSER"
SCREENSHOT_DIR = "FCT_SCREENSHOT_DIR"

# Names as they may come from the data: markup, ampersands, both quotes, other scripts.
SCRIPT_LABEL = "<script>alert('x')</script>"
QUOTED_LABEL = "A & B \"quoted\" 'single'"
OTHER_SCRIPTS = ("山田 build", "Иван-dev", "Müller ü")
VERSIONS = [
    ("1.1.0", 4210),
    ("1.0.2", 3105),
    ("1.0.1", 1877),
    ("0.21.2", 1502),
    (SCRIPT_LABEL, 990),
    (QUOTED_LABEL, 640),
    (OTHER_SCRIPTS[0], 410),
    (OTHER_SCRIPTS[1], 233),
    (OTHER_SCRIPTS[2], 120),
    ("0.20.2", 87),
    ("0.19.4", 12),
    ("other", 55),  # folded cells come last, whatever their size
]
WEEKS = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09"]
RULES = [
    "An active install started FreeCAD (freecad_startup) on at least 2 distinct days and "
    "reports session_sequence >= 2.",
    "Events are counted once per uuid; ids sending scripted traffic are left out.",
    "Every published cell counts at least k distinct installs.",
]


def _share_rows() -> List[List[Any]]:
    rows = []
    for i, week in enumerate(WEEKS):
        for version, n in (("1.1.0", 100 + 80 * i), ("1.0.2", 400 - 30 * i), ("other", 40)):
            rows.append([week, version, n])
    return rows


def example_results() -> Dict[str, Any]:
    """Results as compute() returns them: a bar, a share, a two-dimension table, a rate."""
    return {
        "period": {"start": "2026-01-01", "end": "2026-04-01"},
        "k": 10,
        "engine": "duckdb",
        "rules": RULES,
        "questions": [
            {
                "name": "installs_by_version",
                "title": "Active installs by FreeCAD version",
                "about": "Distinct active installs per FreeCAD version & their sessions.",
                "chart": "bar",
                "columns": ["version", "installs", "sessions"],
                "rows": [[v, n, n * 7] for v, n in VERSIONS],
                "notes": {"folded_cells": 3, "suppressed_cells": 0},
            },
            {
                "name": "release_share",
                "title": "Share of active installs per release, by week",
                "about": "How long to support a release.",
                "chart": "share",
                "columns": ["week", "version", "installs"],
                "rows": _share_rows(),
                "notes": {"folded_cells": 1, "suppressed_cells": 2},
            },
            {
                "name": "addons_by_version",
                "title": "Add-ons by FreeCAD version",
                "about": "Installs that have the add-on, per FreeCAD version: API-change impact.",
                "chart": "table",
                "columns": ["addon", "freecad_version", "installs", "sessions"],
                "rows": [
                    ["Assembly4", "1.0.2", 420, 3000],
                    ["Assembly4", "1.1.0", 388, 2710],
                    ["A2plus & <co>", "1.1.0", 31, 200],
                    ["fasteners", None, 12, 64],
                ],
                "notes": {"folded_cells": 0, "suppressed_cells": 2},
            },
            {
                "name": "unclean_by_version",
                "title": "Unclean shutdowns by FreeCAD version",
                "about": "freecad_unclean_shutdown over freecad_startup.",
                "chart": "bar",
                "columns": ["version", "installs", "startups", "unclean_rate"],
                "rows": [["1.1.0", 300, 9000, 0.052], ["1.0.2", 200, 4000, 0.1234]],
                "notes": {"folded_cells": 0, "suppressed_cells": 0, "duplicates_collapsed": 1203},
            },
        ],
    }


def shown(value: Any) -> str:
    """How a figure must read on the page: thousands separated, decimals as given."""
    if value is None:
        return "(not reported)"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return repr(value)
    return str(value)


VOID_TAGS = frozenset({"meta", "img", "br", "hr", "link", "input"})


class Page(HTMLParser):
    """index.html as a maintainer's browser would read it: per section its tables' rows (cell
    texts), images, links and list items; and any tag closed out of order."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.open: List[str] = []
        self.misnested: List[str] = []
        self.tags: List[Tuple[str, Dict[str, Optional[str]]]] = []
        self.sections: Dict[str, Dict[str, List[Any]]] = {}
        self.ids: List[str] = []
        self.text: List[str] = []
        self.items: List[str] = []
        self._section: Optional[Dict[str, List[Any]]] = None
        self._cell: Optional[List[str]] = None
        self._item: Optional[List[str]] = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        named = dict(attrs)
        self.tags.append((tag, named))
        if tag not in VOID_TAGS:
            self.open.append(tag)
        if named.get("id"):
            self.ids.append(str(named["id"]))
        if tag == "section":
            self._section = self.sections.setdefault(
                str(named["id"]), {"rows": [], "head": [], "imgs": [], "links": [], "notes": []}
            )
        if self._section is not None:
            if tag == "tr":
                self._section["rows"].append([])
            elif tag in ("td", "th"):
                self._cell = []
            elif tag == "img":
                self._section["imgs"].append(named)
            elif tag == "a":
                self._section["links"].append(named.get("href"))
        if tag == "li":
            self._item = []

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.misnested.append(tag)
        if tag in ("td", "th") and self._cell is not None and self._section is not None:
            self._section["rows"][-1].append("".join(self._cell))
            self._cell = None
        if tag == "li" and self._item is not None:
            self.items.append("".join(self._item))
            if self._section is not None:
                self._section["notes"].append(self.items[-1])
            self._item = None
        if tag == "section":
            self._section = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for sink in (self._cell, self._item):
            if sink is not None:
                sink.append(data)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """An example report folder."""
    write_report(example_results(), tmp_path / "report")
    return tmp_path / "report"


def page_of(folder: Path) -> Page:
    return Page((folder / "index.html").read_text(encoding="utf-8"))


def test_folder_holds_the_page_each_questions_data_and_the_charts(report: Path) -> None:
    results = example_results()
    assert (report / "index.html").is_file()
    for q in results["questions"]:
        data = json.loads((report / "data" / f"{q['name']}.json").read_text(encoding="utf-8"))
        assert data == {**q, "period": results["period"], "k": 10, "engine": "duckdb"}
    charts = sorted(p.name for p in (report / "charts").iterdir())
    # A table question has no chart: its numbers are the figure.
    assert charts == ["installs_by_version.svg", "release_share.svg", "unclean_by_version.svg"]
    for chart in charts:
        ET.parse(report / "charts" / chart)  # well-formed XML, or this raises


def test_page_states_period_k_engine_and_every_counting_rule(report: Path) -> None:
    page = page_of(report)
    words = " ".join("".join(page.text).split())
    assert TITLE in words
    assert "2026-01-01 to 2026-03-31" in words and "90 days" in words  # end day excluded
    assert "k = 10: every figure counts at least 10 distinct installs" in words
    assert "DuckDB" in words
    for rule in RULES:
        assert rule in page.items


def test_every_table_row_holds_exactly_the_results_figures(report: Path) -> None:
    page = page_of(report)
    assert page.misnested == [] and page.open == []
    for q in example_results()["questions"]:
        head, *body = page.sections[q["name"]]["rows"]
        assert len(body) == len(q["rows"])
        assert head[: len(q["columns"])] == [c.replace("_", " ") for c in q["columns"]]
        for cells, row in zip(body, q["rows"]):
            assert cells[: len(row)] == [shown(v) for v in row]


def test_share_table_adds_each_rows_share_of_its_week(report: Path) -> None:
    head, *body = page_of(report).sections["release_share"]["rows"]
    assert head[-1] == "share of week"
    first_week = [cells for cells in body if cells[0] == WEEKS[0]]
    # 100 + 400 + 40 installs published in the first week.
    assert [cells[-1] for cells in first_week] == ["18.5%", "74.1%", "7.4%"]


def test_notes_say_in_words_what_was_folded_or_hidden(report: Path) -> None:
    sections = page_of(report).sections
    assert sections["installs_by_version"]["notes"] == ["3 small cells folded into “other”"]
    assert sections["release_share"]["notes"] == [
        "1 small cell folded into “other”",
        "2 cells below k = 10 not shown",
    ]
    assert sections["addons_by_version"]["notes"] == ["2 cells below k = 10 not shown"]
    assert sections["unclean_by_version"]["notes"] == [
        "Every cell reached k = 10 installs: nothing folded or hidden",
        "duplicates collapsed: 1,203",
    ]


def test_charts_are_images_with_alt_text_and_every_link_stays_in_the_folder(report: Path) -> None:
    page = page_of(report)
    bar = page.sections["installs_by_version"]["imgs"]
    assert [img["src"] for img in bar] == ["charts/installs_by_version.svg"]
    assert "installs by version" in str(bar[0]["alt"]) and "1.1.0 with 4,210" in str(bar[0]["alt"])
    share = page.sections["release_share"]["imgs"][0]
    assert "6 weeks from 2026-01-05 to 2026-02-09" in str(share["alt"])
    assert page.sections["addons_by_version"]["imgs"] == []
    for tag, attrs in page.tags:
        target = attrs.get("href") or attrs.get("src")
        if target is None:
            continue
        if target.startswith("#"):
            assert target[1:] in page.ids
        else:
            assert (report / target).is_file(), f"<{tag}> points at {target}"
    assert page.sections["release_share"]["links"] == ["data/release_share.json"]


def test_no_script_and_no_address_outside_the_folder_in_any_file(report: Path) -> None:
    files = [p for p in report.rglob("*") if p.is_file()]
    assert len(files) == 1 + 4 + 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text.lower(), path
        assert "url(" not in text and "@import" not in text, path
        # The SVG namespace is a name, never fetched; no other address may appear.
        assert set(re.findall(r"https?://[^\s\"'<>]*", text)) <= {"http://www.w3.org/2000/svg"}


def test_names_from_the_data_are_escaped_and_survive_in_page_and_charts(report: Path) -> None:
    page = page_of(report)
    assert "script" not in [tag for tag, _ in page.tags]
    labels = [row[0] for row in page.sections["installs_by_version"]["rows"][1:]]
    assert labels == [v for v, _ in VERSIONS]
    assert ["A2plus & <co>", "1.1.0", "31", "200"] in page.sections["addons_by_version"]["rows"]
    chart = ET.parse(report / "charts" / "installs_by_version.svg").getroot()
    tooltips = [t for t in chart.iter(f"{SVG_NS}text") if t.find(f"{SVG_NS}title") is not None]
    assert [visible(t) for t in tooltips] == [name for name, _ in VERSIONS]
    assert [t.findtext(f"{SVG_NS}title") for t in tooltips] == [name for name, _ in VERSIONS]
    raw = (report / "charts" / "installs_by_version.svg").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in raw and "&amp; B &quot;quoted&quot;" in raw
    for name in OTHER_SCRIPTS:
        assert name in raw


def test_characters_no_file_can_hold_are_replaced_not_fatal(tmp_path: Path) -> None:
    results = example_results()
    bad = "bad\x00name\ud800\x1b"
    results["questions"][0]["rows"][0][0] = bad
    write_report(results, tmp_path)
    expected = "bad\ufffdname\ufffd\ufffd"
    chart = ET.parse(tmp_path / "charts" / "installs_by_version.svg").getroot()
    assert expected in "".join(chart.itertext())
    assert page_of(tmp_path).sections["installs_by_version"]["rows"][1][0] == expected
    data = json.loads((tmp_path / "data" / "installs_by_version.json").read_text("utf-8"))
    assert data["rows"][0][0] == "bad\x00name\ufffd\x1b"  # JSON can say what HTML cannot


def visible(text: ET.Element) -> str:
    """What an SVG <text> shows: its characters without its <title> tooltip."""
    return (text.text or "") + "".join(child.tail or "" for child in text)


def _bars(chart: ET.Element) -> List[Tuple[str, float, float, float]]:
    """(tooltip, y, x, width) of each bar, in drawing order."""
    return [
        (str(r.findtext(f"{SVG_NS}title")), float(r.get("y", 0)), float(r.get("x", 0)),
         float(r.get("width", 0)))
        for r in chart.iter(f"{SVG_NS}rect")
        if r.get("fill") in (svg.BAR, svg.OTHER_COLOUR)
    ]  # fmt: skip


def test_bars_keep_the_given_order_scale_to_the_largest_and_print_their_values(
    report: Path,
) -> None:
    chart = ET.parse(report / "charts" / "installs_by_version.svg").getroot()
    bars = _bars(chart)
    assert [tip for tip, *_ in bars] == [f"{v}: {n:,}" for v, n in VERSIONS]
    assert [y for _, y, _, _ in bars] == sorted(y for _, y, _, _ in bars)
    longest = max(width for *_, width in bars)
    for (_, _, _, width), (_, n) in zip(bars, VERSIONS):
        assert width == pytest.approx(longest * n / 4210, abs=0.1)
    values = {t.text: float(t.get("x", 0)) for t in chart.iter(f"{SVG_NS}text")}
    for (_, _, x, width), (_, n) in zip(bars, VERSIONS):
        assert values[f"{n:,}"] >= x + width  # printed past the bar's end
    # The largest bar spans the chart, its value printed just inside the right edge.
    right = max(x + w for _, _, x, w in bars) + svg.text_width("4,210", 12)
    assert int(chart.get("width", 0)) - 20 <= right <= int(chart.get("width", 0))


def _columns(chart: ET.Element) -> Dict[float, List[Tuple[str, float]]]:
    """Per week column (its x): (fill, height) of each segment from the top."""
    columns: Dict[float, List[Tuple[str, float]]] = {}
    for r in chart.iter(f"{SVG_NS}rect"):
        if r.find(f"{SVG_NS}title") is not None:
            columns.setdefault(float(r.get("x", 0)), []).append(
                (str(r.get("fill")), float(r.get("height", 0)))
            )
    return columns


def test_each_week_fills_the_share_chart_in_proportion_with_a_legend(report: Path) -> None:
    chart = ET.parse(report / "charts" / "release_share.svg").getroot()
    columns = _columns(chart)
    assert len(columns) == len(WEEKS)
    heights = [sum(h for _, h in segments) for segments in columns.values()]
    assert heights == pytest.approx([heights[0]] * len(WEEKS), abs=0.05)
    first = dict(columns[min(columns)])
    assert {"1.1.0", "1.0.2", "other"} <= {visible(t) for t in chart.iter(f"{SVG_NS}text")}
    assert first[svg.OTHER_COLOUR] == pytest.approx(heights[0] * 40 / 540, abs=0.05)


def test_share_chart_grows_with_many_weeks_and_long_names_and_keeps_all_inside() -> None:
    weeks = [f"2025-W{w:02d}" for w in range(1, 53)]
    series = ["FreeCAD weekly build 2025.1234 long name 山田 " + str(s) for s in range(10)]
    shares = [[0.1] * 10 for _ in weeks]
    chart = ET.fromstring(svg.share_chart("52 weeks", weeks, series, shares))
    width, height = float(chart.get("width", 0)), float(chart.get("height", 0))
    for r in chart.iter(f"{SVG_NS}rect"):
        assert float(r.get("x", 0)) + float(r.get("width", 0)) <= width
        assert float(r.get("y", 0)) + float(r.get("height", 0)) <= height
    labels = [t for t in chart.iter(f"{SVG_NS}text") if t.text in weeks]
    xs = [float(t.get("x", 0)) for t in labels]
    # Thinned week labels never overlap: each starts past the previous one's end.
    assert all(b - a >= svg.text_width(weeks[0], 10) for a, b in zip(xs, xs[1:]))
    assert len(labels) >= 5


def test_a_cell_below_k_or_a_per_install_column_stops_the_report(tmp_path: Path) -> None:
    below = example_results()
    below["questions"][1]["rows"][0][2] = 9
    with pytest.raises(ValueError, match="fewer than k = 10"):
        write_report(below, tmp_path / "below")
    raised = example_results()
    raised["k"] = 50  # k is raised: cells of 12 to 40 installs no longer pass
    with pytest.raises(ValueError, match="fewer than k = 50"):
        write_report(raised, tmp_path / "raised")
    per_install = example_results()
    per_install["questions"][2]["columns"][0] = "distinct_id"
    with pytest.raises(ValueError, match="per-install"):
        write_report(per_install, tmp_path / "per_install")
    lowered = example_results()
    lowered["k"] = 5
    with pytest.raises(ValueError, match="k of 10 or more"):
        write_report(lowered, tmp_path / "lowered")
    assert not any(p.is_file() for p in tmp_path.rglob("*"))  # nothing written at all


def test_a_report_written_over_an_older_one_keeps_nothing_it_does_not_show(
    report: Path,
) -> None:
    results = example_results()
    results["questions"] = copy.deepcopy(results["questions"][:2])
    results["questions"][1]["rows"] = []  # every cell below k this time
    write_report(results, report)
    assert sorted(p.name for p in (report / "data").iterdir()) == [
        "installs_by_version.json",
        "release_share.json",
    ]
    assert [p.name for p in (report / "charts").iterdir()] == ["installs_by_version.svg"]
    section = page_of(report).sections["release_share"]
    assert section["imgs"] == [] and section["rows"] == [["week", "version", "installs"]]
    assert "No cell reached k = 10 installs" in (report / "index.html").read_text("utf-8")


# --- in a real browser -------------------------------------------------------------------


def png_rows(data: bytes) -> Tuple[int, List[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG (what Chromium writes) into (bytes per pixel, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, bpp = 8, [], 0, 0, 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + size
    raw = zlib.decompress(b"".join(idat))
    stride, prev, rows = width * bpp, bytes(width * bpp), []
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        prev = _unfilter(line[0], bytearray(line[1:]), prev, bpp)
        rows.append(prev)
    return bpp, rows


def _unfilter(kind: int, cur: bytearray, prev: bytes, bpp: int) -> bytes:
    if kind == 0:
        return bytes(cur)
    if kind == 2:
        return bytes((a + b) & 255 for a, b in zip(cur, prev))
    for i in range(len(cur)):
        a = cur[i - bpp] if i >= bpp else 0
        if kind == 1:
            cur[i] = (cur[i] + a) & 255
        elif kind == 3:
            cur[i] = (cur[i] + ((a + prev[i]) >> 1)) & 255
        else:
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return bytes(cur)


def _colour_pixels(bpp: int, rows: List[bytes], hex_colour: str) -> int:
    pixel = bytes.fromhex(hex_colour.lstrip("#")) + (b"\xff" if bpp == 4 else b"")
    return sum(row.count(pixel) for row in rows)


def _screenshot(index: Path, png: Path, profile: Path) -> None:
    """Run Chromium once; on timeout end its process group (only what this call started)."""
    command = [
        str(CHROMIUM),
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--screenshot={png}",
        "--window-size=1280,2400",
        index.as_uri(),
    ]
    env = {**os.environ, "HOME": str(profile)}
    browser = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    try:
        _, err = browser.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(browser.pid, signal.SIGKILL)
        browser.communicate()
        pytest.fail("Chromium took more than 60 s for one screenshot")
    assert png.is_file(), err.decode(errors="replace")[-2000:]


def test_the_page_renders_in_a_browser_with_its_charts(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        if os.environ.get(REQUIRE_BROWSER, "") not in ("", "0"):
            pytest.fail(f"{CHROMIUM} is missing but {REQUIRE_BROWSER} requires it")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    index = write_report(example_results(), tmp_path / "report")
    png = tmp_path / "insights-report.png"
    _screenshot(index, png, tmp_path / "profile")
    data = png.read_bytes()
    assert len(data) > 20_000
    bpp, rows = png_rows(data)
    assert len(rows) == 2400 and len(rows[0]) == 1280 * bpp
    assert len(set(b"".join(rows[::50]))) > 16  # not a blank page
    # The SVG charts were drawn (a broken <img> shows none of their colours): the bars, and
    # the share chart's first two series and "other".
    for colour, least in ((svg.BAR, 5000), (svg.PALETTE[1], 2000), (svg.OTHER_COLOUR, 500)):
        assert _colour_pixels(bpp, rows, colour) >= least, colour
    keep = os.environ.get(SCREENSHOT_DIR)
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, Path(keep) / "insights-report-example.png")
