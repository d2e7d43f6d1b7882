"""Charts as inline SVG drawn on the server: they print, and need no JavaScript."""

from __future__ import annotations

from markupsafe import Markup, escape

from app.engine.entry import format_minutes
from app.engine.summary import Split

COLOURS = {"marketing": "#1f6fb2", "sales": "#b5531a", "other": "#5b6b3a",
           "unclassified": "#9a9a9a"}


def split_chart(split: Split, width: int = 640) -> Markup:
    """One stacked bar of the week's hours per label, each part labelled in words."""
    height, x, parts = 56, 0.0, []
    for label, minutes in split.minutes:
        if not minutes:
            continue
        w = width * minutes / split.total
        parts.append(
            f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="28" fill="{COLOURS[label]}" '
            f'stroke="#fff"><title>{label}: {format_minutes(minutes)}</title></rect>')
        if w > 60:
            parts.append(f'<text x="{x + 4:.1f}" y="46" font-size="12">{label} '
                         f'{split.share(label)}%</text>')
        x += w
    title = ", ".join(f"{label} {share}%" for label, share in split.shares)
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="Hours by label: {escape(title)}">{"".join(parts)}</svg>')


def weekly_chart(weeks: list[tuple[str, int, int]], width: int = 640) -> Markup:
    """Marketing and sales hours per week, side by side, with the week under each pair."""
    if not weeks:
        return Markup("")
    height, top, base = 180, 16, 150
    peak = max(max(m, s) for _, m, s in weeks) or 60
    slot = width / len(weeks)
    bar = min(28.0, slot / 3)
    parts = []
    for i, (name, marketing, sales) in enumerate(weeks):
        x = i * slot + slot / 2 - bar
        for j, (label, minutes) in enumerate((("marketing", marketing), ("sales", sales))):
            h = (base - top) * minutes / peak
            parts.append(f'<rect x="{x + j * bar:.1f}" y="{base - h:.1f}" width="{bar - 2:.1f}" '
                         f'height="{h:.1f}" fill="{COLOURS[label]}"><title>{escape(name)} '
                         f'{label}: {format_minutes(minutes) if minutes else "0h"}</title></rect>')
        parts.append(f'<text x="{i * slot + slot / 2:.1f}" y="{base + 16}" font-size="11" '
                     f'text-anchor="middle">{escape(name)}</text>')
    parts.append(f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="#333"/>')
    return Markup(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
                  f'aria-label="Marketing and sales hours per week">{"".join(parts)}</svg>')
