"""A tiny trend line as an inline SVG image (no chart library, no extra request)."""

from __future__ import annotations

from urllib.parse import quote

WIDTH, HEIGHT, PAD = 96, 24, 2


def sparkline(points: list[tuple[int, float]], colour: str = "#444444") -> str | None:
    """A ``data:`` URI of an SVG polyline through ``(year, value)`` points; ``None`` with fewer than three.

    >>> sparkline([(2019, 1.0), (2020, 2.0)]) is None
    True
    >>> "polyline" in sparkline([(2019, 1.0), (2020, 3.0), (2021, 2.0)])
    True
    """
    if len(points) < 3:
        return None
    years = [p[0] for p in points]
    values = [p[1] for p in points]
    x0, x1 = min(years), max(years)
    y0, y1 = min(values), max(values)
    span_x, span_y = (x1 - x0) or 1, (y1 - y0) or 1

    def xy(year, value):
        x = PAD + (year - x0) / span_x * (WIDTH - 2 * PAD)
        y = HEIGHT - PAD - (value - y0) / span_y * (HEIGHT - 2 * PAD)
        return f"{x:.1f},{y:.1f}"

    line = " ".join(xy(year, value) for year, value in points)
    last = xy(*points[-1]).split(",")
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">'
        f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{line}"/>'
        f'<circle cx="{last[0]}" cy="{last[1]}" r="2" fill="{colour}"/></svg>'
    )
    return "data:image/svg+xml;charset=utf-8," + quote(svg)
