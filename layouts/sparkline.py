"""A tiny trend line as an inline SVG image (no chart library, no extra request)."""

from __future__ import annotations

from urllib.parse import quote

WIDTH, HEIGHT, PAD = 96, 24, 2


def sparkline(points: list[tuple[int, float]], colour: str = "#444444", segments: list[tuple[int, int]] = ()) -> str | None:
    """A ``data:`` URI of an SVG polyline through ``(year, value)`` points; ``None`` with fewer than three.

    ``segments`` (the comparable runs of :func:`geo.series_breaks.segments`): one line per run, and a dashed
    vertical line between two runs, so no line crosses a series break.

    >>> sparkline([(2019, 1.0), (2020, 2.0)]) is None
    True
    >>> "polyline" in sparkline([(2019, 1.0), (2020, 3.0), (2021, 2.0)])
    True
    >>> cut = sparkline([(2019, 1.0), (2020, 3.0), (2021, 2.0)], segments=[(2019, 2020), (2021, 2021)])
    >>> cut.count("polyline"), "stroke-dasharray" in cut
    (1, True)
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

    runs = segments or [(x0, x1)]
    lines = []
    for first, last_year in runs:
        run = [xy(year, value) for year, value in points if first <= year <= last_year]
        if len(run) > 1:
            lines.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{" ".join(run)}"/>')
        elif run:
            x, y = run[0].split(",")
            lines.append(f'<circle cx="{x}" cy="{y}" r="1.2" fill="{colour}"/>')
    for (_, end), (start, _) in zip(runs, runs[1:]):
        x = xy((end + start) / 2, y0).split(",")[0]
        lines.append(f'<line x1="{x}" x2="{x}" y1="0" y2="{HEIGHT}" stroke="{colour}" stroke-width="1" stroke-dasharray="2,2"/>')
    last = xy(*points[-1]).split(",")
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">'
        + "".join(lines)
        + f'<circle cx="{last[0]}" cy="{last[1]}" r="2" fill="{colour}"/></svg>'
    )
    return "data:image/svg+xml;charset=utf-8," + quote(svg)
