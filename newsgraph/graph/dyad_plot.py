"""Draw a :class:`~newsgraph.graph.dyads.Dyad` as a chart: events by quad class per period
(stacked bars) and the mean Goldstein score (a line on its own axis), titled and labelled
so that it reads without the terminal. matplotlib runs headless (the Agg backend).
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

from ..errors import NewsGraphError
from .dyads import Dyad, Quad, filled
from .output import open_output
from .render import clean_text

__all__ = ["FORMATS", "QUAD_COLORS", "plot_dyad"]

#: File suffixes the chart can be written as.
FORMATS = (".png", ".svg")
#: Cooperation in greens, conflict in reds; the material class darker than the verbal one.
QUAD_COLORS = {
    Quad.VERBAL_COOPERATION: "#a1d99b",
    Quad.MATERIAL_COOPERATION: "#31a354",
    Quad.VERBAL_CONFLICT: "#fc9272",
    Quad.MATERIAL_CONFLICT: "#de2d26",
}
_LINE = "#1f3b73"


def plot_dyad(dyad: Dyad, path: str | Path) -> Path:
    """Write the chart of ``dyad`` to ``path`` (.png or .svg); returns the path."""
    out = Path(path)
    if out.suffix.lower() not in FORMATS:
        raise NewsGraphError(f"cannot draw {str(out)!r}: name a .png or .svg file")
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend
    from matplotlib.ticker import MaxNLocator

    periods = filled(dyad.periods, dyad.by)
    names = [p.period or "undated" for p in periods]
    a_label, b_label = _plain(dyad.a_label), _plain(dyad.b_label)
    fig = Figure(figsize=(min(16.0, max(7.5, 1.5 + 0.35 * len(periods))), 5.0), dpi=110)
    ax = fig.add_subplot()
    xs = list(range(len(periods)))
    bottom = [0] * len(periods)
    for quad in Quad:
        heights = [p.counts[quad] for p in periods]
        ax.bar(xs, heights, bottom=bottom, color=QUAD_COLORS[quad], width=0.7, label=quad.title)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    step = max(1, math.ceil(len(periods) / 24))  # at most about 24 tick labels
    ax.set_xticks(
        xs[::step],
        names[::step],
        rotation=45 if len(periods) > 6 else 0,
        ha="right" if len(periods) > 6 else "center",
    )
    ax.set_xlabel({"day": "day", "week": "ISO week", "month": "month", "year": "year"}[dyad.by])
    ax.set_ylabel("events (by quad class)")
    ax.set_ylim(0, max([*bottom, 1]) * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    line = ax.twinx()
    # A period without events has no mean: NaN breaks the line there, so it joins neighbours only.
    dated = [
        (x, math.nan if p.goldstein is None else p.goldstein)
        for x, p in zip(xs, periods, strict=True)
        if p.period
    ]
    if any(not math.isnan(g) for _, g in dated):
        line.plot(
            [x for x, _ in dated],
            [g for _, g in dated],
            color=_LINE,
            marker="o",
            linewidth=2,
            label="mean Goldstein score",
        )
    undated = [
        (x, p.goldstein) for x, p in zip(xs, periods, strict=True) if not p.period and p.goldstein is not None
    ]
    if undated:  # not joined to the dated periods: it has no place in time
        line.plot(
            [x for x, _ in undated],
            [g for _, g in undated],
            color=_LINE,
            marker="o",
            linestyle="none",
            label=None if dated else "mean Goldstein score",
        )
    line.axhline(0, color="#999999", linewidth=0.8, linestyle=":")
    line.set_ylim(-10.5, 10.5)
    line.set_ylabel("mean Goldstein score\n(-10 conflict ... +10 cooperation)")
    scope = "states, with the persons and organizations acting for them" if dyad.states else "actors"
    fig.suptitle(f"{a_label} \u2194 {b_label}: events by {dyad.by}", fontweight="bold")
    moves = dyad.direction_counts()
    subtitle = (
        f"{len(dyad.events)} events between the {scope}: "
        f"{a_label} \u2192 {b_label} {moves['a->b']}, "
        f"{b_label} \u2192 {a_label} {moves['b->a']}"
        + (f", joint {moves['joint']}" if moves["joint"] else "")
        + (
            f"; {negated} negated (listed, not counted)"
            if (negated := sum(p.negated for p in periods))
            else ""
        )
        + ("; asserted events only" if dyad.asserted_only else "")
    )
    width = int(fig.get_figwidth() * 13)  # characters of 9-point text across the figure
    ax.set_title("\n".join(textwrap.wrap(subtitle, width)), fontsize=9, color="#444444")
    handles, labels = ax.get_legend_handles_labels()
    more, more_labels = line.get_legend_handles_labels()
    fig.legend(
        handles + more,
        labels + more_labels,
        loc="lower center",
        fontsize=8,
        ncols=5,
        frameon=False,
        columnspacing=1.0,
        handlelength=1.4,
    )
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    with open_output(out) as fh:  # through a temporary file: never half a picture
        fig.savefig(
            fh,
            format=out.suffix.lower()[1:],
            metadata={"Date": None} if out.suffix.lower() == ".svg" else None,
        )
    return out


def _plain(text: str) -> str:
    """A label as literal text: no control characters, and ``$`` escaped so that article
    text never switches matplotlib to mathtext (which would fail on unbalanced input)."""
    return clean_text(text).replace("\\", "\\\\").replace("$", r"\$")
