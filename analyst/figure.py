"""One indicator across provinces over time, drawn with matplotlib: SVG, PNG, or an HTML page that
holds the SVG and the table of figures (no script, nothing fetched: it opens offline).

Pure apart from :func:`write_chart`, which writes the file.
"""
from __future__ import annotations

import io
import sys
from collections import defaultdict
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: the chart is a file, never a window

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

# Fonts that hold the Han characters of the labels, in order of preference: Debian's
# fonts-noto-cjk, Adobe's name for the same design, WenQuanYi (older Linux), then macOS and
# Windows system fonts. The first one matplotlib can find is used.
CJK_FONTS = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "SimHei", "Arial Unicode MS",
)
FORMATS = {".svg": "svg", ".png": "png", ".html": "html", ".htm": "html"}

LINESTYLES = ("-", "--", ":")
MARKERS = ("o", "s", "^")

_warned = False


def cjk_font() -> str | None:
    """The first installed font of :data:`CJK_FONTS`, or None (one warning on stderr, once)."""
    global _warned
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    if not _warned:
        _warned = True
        print("gxt: no Chinese font found, labels will show as boxes; install one "
              "(Debian/Ubuntu: apt-get install fonts-noto-cjk) and remove ~/.cache/matplotlib", file=sys.stderr)
    return None


def lines_by_province(rows: Iterable[dict[str, Any]]) -> dict[str, list[tuple[int, float]]]:
    """``{province: [(year, value), ...]}`` from chart_data.series rows, years in order."""
    lines: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for row in rows:
        if row.get("value") is not None:
            lines[row["province"]].append((int(row["year"]), float(row["value"])))
    return {province: sorted(points) for province, points in sorted(lines.items())}


def _style() -> dict[str, Any]:
    font = cjk_font()
    return {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"], "axes.unicode_minus": False,
            "svg.fonttype": "path"}  # glyphs as paths: the SVG shows Chinese on a machine without the font


def _draw(rows: list[dict[str, Any]], title: str, y_label: str) -> Figure:
    lines = lines_by_province(rows)
    fig = Figure(figsize=(10, 5.6), layout="constrained")
    ax = fig.add_subplot()
    colours = plt.get_cmap("tab10")
    for i, (province, points) in enumerate(lines.items()):
        years, values = zip(*points)
        # ten colours, then the same ten dashed, then dotted: 30 provinces stay apart
        ax.plot(years, values, marker=MARKERS[i // 10 % 3], markersize=4, linewidth=1.8, label=province, gid=f"line-{province}",
                color=colours(i % 10), linestyle=LINESTYLES[i // 10 % 3])
    ax.set_title(title)
    ax.set_xlabel("年份")
    ax.set_ylabel(y_label)
    ax.grid(True, alpha=0.3)
    ax.axhline(0, color="grey", linewidth=0.8)
    all_years = sorted({year for points in lines.values() for year, _ in points})
    if all_years:
        ax.set_xticks(all_years)
    if lines:
        ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False, title="省份")
    else:
        ax.text(0.5, 0.5, "没有数据", ha="center", va="center", transform=ax.transAxes)
    return fig


def render(rows: list[dict[str, Any]], title: str, y_label: str, fmt: str) -> bytes:
    """A line per province, the year on the x axis (a province with one year is a dot), as SVG or
    PNG bytes."""
    buffer = io.BytesIO()
    with plt.rc_context(_style()):
        fig = _draw(rows, title, y_label)
        fig.savefig(buffer, format=fmt, dpi=144 if fmt == "png" else None,
                    metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()


def html_page(svg: bytes, title: str, rows: list[dict[str, Any]]) -> str:
    """A self-contained page: the SVG inline and the figures with their evidence and source links."""
    body_rows = "\n".join(
        f"<tr><td>{escape(str(r['province']))}</td><td>{r['year']}</td><td>{r['value']:g}</td>"
        f"<td>{escape(str(r.get('unit') or ''))}</td><td>{escape(str(r.get('evidence') or ''))}</td>"
        f"<td><a href=\"{escape(str(r.get('source_url') or ''))}\">{escape(str(r.get('source_title') or r.get('source_url') or ''))}</a></td></tr>"
        for r in rows
    )
    svg_text = svg.decode("utf-8")
    svg_text = svg_text[svg_text.index("<svg"):]  # drop the XML prolog and doctype inside HTML
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>body{{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;"
        "margin:2em}table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ccc;padding:4px 8px;"
        "text-align:left;vertical-align:top}svg{max-width:100%;height:auto}</style></head><body>\n"
        f"<h1>{escape(title)}</h1>\n{svg_text}\n<table><thead><tr><th>省份</th><th>年份</th><th>数值</th><th>单位</th>"
        f"<th>原文</th><th>来源</th></tr></thead><tbody>\n{body_rows}\n</tbody></table>\n</body></html>\n"
    )


def chart_format(out: Path) -> str:
    """svg, png or html from the file's suffix; ValueError naming the suffixes otherwise."""
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise ValueError(f"{out}: the chart is written as .svg, .png or .html (the suffix says which)")
    return fmt


def write_chart(rows: list[dict[str, Any]], out: Path, title: str, y_label: str) -> Path:
    """Draw ``rows`` and write them to ``out`` in the format its suffix names."""
    fmt = chart_format(out)
    if fmt == "html":
        out.write_text(html_page(render(rows, title, y_label, "svg"), title, rows), encoding="utf-8")
    else:
        out.write_bytes(render(rows, title, y_label, fmt))
    return out
