"""Charts as inline SVG, written here rather than by a charting library.

The report's content-security-policy allows no inline `style` attributes, no stylesheet without the
page's nonce and no script but the page's own, so every shape here carries a class (coloured by
report.css, which follows dark mode and print) and plain geometry attributes, and nothing else. Each
chart is an `<svg role="img">` with a `<title>` and a `<desc>` that say in words what it shows; the
report puts the same numbers beside it in a table. All text passes through `escape`: labels come from
the template (translated) and numbers from the store, but nothing is trusted."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

Format = Callable[[int], str]

_ids = itertools.count(1)


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _num(x: float) -> str:
    """Coordinates with at most one decimal: short and stable output."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Series:
    css: str  # class suffix: the shape gets class "s-<css>"
    name: str  # shown in the legend (already translated)


@dataclass(frozen=True)
class Marker:
    """A dated event drawn over the timeline: a policy start (kind "policy") or an opt-out ("optout")."""

    date: str  # YYYY-MM-DD
    label: str
    kind: str = "policy"


def _open(width: int, height: int, title: str, desc: str, css: str) -> tuple[str, list[str]]:
    uid = f"chart{next(_ids)}"
    head = (f'<svg class="chart {css}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{uid}-t">{escape(title)}</title><desc id="{uid}-d">{escape(desc)}</desc>')
    return uid, [head]


def _legend(series: Sequence[Series], x: float, y: float, width: float) -> tuple[list[str], float]:
    """Legend entries laid left to right, wrapping at `width`; returns the parts and the height used."""
    parts: list[str] = []
    cx, cy = x, y
    for s in series:
        w = 22 + 6.8 * len(s.name)
        if cx + w > x + width and cx > x:
            cx, cy = x, cy + 20
        parts.append(f'<rect class="s-{s.css}" x="{_num(cx)}" y="{_num(cy)}" width="12" height="12" rx="2"/>'
                     f'<text class="lg" x="{_num(cx + 17)}" y="{_num(cy + 10.5)}">{escape(s.name)}</text>')
        cx += w + 12
    return parts, cy - y + 20


def stacked_bars(rows: Sequence[tuple[str, Sequence[int]]], series: Sequence[Series], title: str,
                 desc: str, fmt: Format = _fmt, width: int = 640, percent: bool = False,
                 legend: bool = True) -> Markup:
    """Horizontal stacked bars, one per row, segments per series. With `percent` every bar is the full
    width (shares); otherwise bars are scaled to the largest total. The total is written at the end.
    Without `legend` the caller shows the series (the report does, in HTML, where it wraps)."""
    # Room for labels and totals at the larger type phones get (see report.css).
    label_w = min(220, 14 + 11.5 * max((len(r[0]) for r in rows), default=4))
    bar_h, gap = 22, 10
    parts, legend_h = _legend(series, label_w, 0, width - label_w) if legend else ([], 0.0)
    top = legend_h + 8 if legend else 4
    height = int(top + len(rows) * (bar_h + gap) + 4)
    _, out = _open(width, height, title, desc, "bars")
    out.extend(parts)
    scale_w = width - label_w - 90
    biggest = max((sum(v) for _, v in rows), default=0) or 1
    for i, (label, values) in enumerate(rows):
        y = top + i * (bar_h + gap)
        total = sum(values)
        out.append(f'<text class="rl" x="{_num(label_w - 8)}" y="{_num(y + bar_h * .7)}" '
                   f'text-anchor="end">{escape(label)}</text>')
        full = scale_w if percent else scale_w * total / biggest
        x = float(label_w)
        for s, v in zip(series, values, strict=False):
            if not v or not total:
                continue
            w = full * v / total
            share = round(100 * v / total)
            out.append(f'<rect class="s-{s.css}" x="{_num(x)}" y="{y}" width="{_num(max(w, .8))}" '
                       f'height="{bar_h}"><title>{escape(label)}: {escape(s.name)} {escape(fmt(v))} '
                       f'({share}%)</title></rect>')
            if percent and w > 34:
                out.append(f'<text class="in" x="{_num(x + w / 2)}" y="{_num(y + bar_h * .7)}" '
                           f'text-anchor="middle">{share}%</text>')
            x += w
        out.append(f'<text class="tot" x="{_num(label_w + full + 6)}" y="{_num(y + bar_h * .7)}">'
                   f'{escape(fmt(total))}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _month_index(ym: str) -> int:
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def timeline(months: Sequence[tuple[str, Sequence[int]]], series: Sequence[Series], title: str,
             desc: str, markers: Sequence[Marker] = (), fmt: Format = _fmt, width: int = 880,
             height: int = 300, legend: bool = True) -> Markup:
    """Items per month as stacked columns (months given as YYYY-MM, any order, gaps allowed), with each
    marker drawn as a labelled dashed line at its date. An empty month range draws an empty frame."""
    parts, legend_h = _legend(series, 44, 0, width - 50) if legend else ([], 0.0)
    top, bottom, left, right = legend_h + (30 if markers else 14), 28, 44, 12
    plot_h = height - top - bottom
    plot_w = width - left - right
    _, out = _open(width, height, title, desc, "timeline")
    out.extend(parts)
    dated = sorted((m for m in months if len(m[0]) >= 7), key=lambda m: m[0])
    if not dated:
        out.append("</svg>")
        return Markup("".join(out))
    marker_months = [_month_index(m.date) for m in markers if len(m.date) >= 7]
    first = min([_month_index(dated[0][0])] + marker_months)
    last = max([_month_index(dated[-1][0])] + marker_months)
    first -= first % 12  # whole years on the axis read better
    last += 11 - last % 12
    span = last - first + 1
    col_w = plot_w / span
    peak = max(sum(v) for _, v in dated) or 1
    step = _nice_step(peak)
    ceiling = step * -(-peak // step)
    for tick in range(0, ceiling + 1, step):  # horizontal grid with values
        y = top + plot_h - plot_h * tick / ceiling
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{_num(y)}" y2="{_num(y)}"/>'
                   f'<text class="ax" x="{left - 6}" y="{_num(y + 4)}" text-anchor="end">'
                   f'{escape(fmt(tick))}</text>')
    years = span // 12
    every = max(1, -(-years * 40 // plot_w))  # a year label at least every 40 px
    for k in range(0, years, int(every)):
        x = left + k * 12 * col_w
        out.append(f'<line class="tick" x1="{_num(x)}" x2="{_num(x)}" y1="{top + plot_h}" '
                   f'y2="{top + plot_h + 5}"/><text class="ax" x="{_num(x + 2)}" y="{top + plot_h + 18}">'
                   f'{(first + k * 12) // 12}</text>')
    for ym, values in dated:
        x = left + (_month_index(ym) - first) * col_w
        y = float(top + plot_h)
        total = sum(values)
        for s, v in zip(series, values, strict=False):
            if not v:
                continue
            h = plot_h * v / ceiling
            y -= h
            out.append(f'<rect class="s-{s.css}" x="{_num(x + col_w * .1)}" y="{_num(y)}" '
                       f'width="{_num(max(col_w * .8, .6))}" height="{_num(max(h, .6))}"><title>{ym}: '
                       f'{escape(s.name)} {escape(fmt(v))} / {escape(fmt(total))}</title></rect>')
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
               f'y2="{top + plot_h}"/>')
    for number, m in enumerated_markers(markers):
        day = int(m.date[8:10]) if len(m.date) >= 10 else 1
        x = left + (_month_index(m.date) - first + (day - 1) / 31) * col_w
        # A numbered flag on each line; the report lists the numbers with their dates and words, which
        # wrap and translate where labels inside the chart would collide.
        out.append(f'<g class="mk mk-{escape(m.kind)}"><line x1="{_num(x)}" x2="{_num(x)}" y1="{top - 4}" '
                   f'y2="{top + plot_h}"/><circle cx="{_num(x)}" cy="{top - 12}" r="9"/>'
                   f'<text x="{_num(x)}" y="{top - 8}" text-anchor="middle">{number}</text>'
                   f'<title>{number}. {escape(m.date)}: {escape(m.label)}</title></g>')
    out.append("</svg>")
    return Markup("".join(out))


def enumerated_markers(markers: Sequence[Marker]) -> list[tuple[int, Marker]]:
    """Markers with a date, oldest first, numbered from 1 as the timeline flags them."""
    return list(enumerate(sorted((m for m in markers if len(m.date) >= 7), key=lambda m: m.date), 1))


def _nice_step(peak: int) -> int:
    """A round grid step giving three to six lines up to `peak`."""
    for magnitude in itertools.count():
        for base in (1, 2, 5):
            step = base * 10 ** magnitude
            if peak / step <= 5:
                return step
    raise AssertionError("unreachable")  # pragma: no cover
