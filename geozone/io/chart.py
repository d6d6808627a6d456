"""The sweep's time-series chart (PNG): area, population and crossed share per reading and width."""

from __future__ import annotations

import io

import pandas as pd


def chart_png(figures: pd.DataFrame) -> bytes:
    """A PNG chart of a sweep's figures over time.

    Parameters
    ----------
    figures : pandas.DataFrame
        One row per zone with ``date`` (YYYY-MM-DD), ``semantics``,
        ``width_km``, ``area_km2`` and, where known, ``population_inside``
        and ``crossed_pct``.

    Returns
    -------
    bytes
        The PNG: one panel each for area (km²), population inside (people
        in places with a figure; gaps where none is known) and the share of
        the reference zone beyond the line (%), when those are known; one
        line per reading and width.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    frame = figures.copy()
    frame["when"] = pd.to_datetime(frame["date"])
    panels = [("area_km2", "Zone area (km²)")]
    if frame.get("population_inside") is not None and frame["population_inside"].notna().any():
        panels.append(("population_inside", "Population of places inside"))
    if frame.get("crossed_pct") is not None and frame["crossed_pct"].notna().any():
        ref = frame["reference_date"].dropna().iloc[0] if "reference_date" in frame else ""
        panels.append(("crossed_pct", f"Share of the {ref} zone\n(toward side) crossed (%)"))
    fig, axes = plt.subplots(
        len(panels), 1, figsize=(11, 3.2 * len(panels) + 0.8), sharex=True, squeeze=False
    )
    groups = list(frame.groupby(["semantics", "width_km"], sort=True))
    cmap = plt.get_cmap("tab10")
    styles = {
        s: ls for s, ls in zip(sorted(frame.semantics.unique()), ["-", "--", ":"] * 3, strict=False)
    }
    for ax, (col, label) in zip(axes[:, 0], panels, strict=True):
        for i, ((sem, width), g) in enumerate(groups):
            g = g.sort_values("when")
            ax.plot(
                g["when"],
                g[col],
                styles[sem],
                marker="o",
                color=cmap(i % 10),
                label=f"{sem.replace('_', '-')} {width:g} km",
            )
        values = frame[col].dropna()
        if col == "population_inside" and values.min() > 0 and values.max() > 20 * values.min():
            ax.set_yscale("log")  # a city inside some zones would flatten the rest
            label += "\n(log scale)"
        ax.set_ylabel(label)
        ax.grid(True, which="both", alpha=0.3)
        ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
        ax.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper right", title="reading, width", fontsize="small")
    locator = mdates.AutoDateLocator(minticks=5, maxticks=12)
    axes[-1, 0].xaxis.set_major_locator(locator)
    axes[-1, 0].xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes[-1, 0].set_xlabel("date of the line (one marker per line)")
    fig.suptitle(f"Zones along {frame['date'].nunique()} dated lines", x=0.4)
    fig.tight_layout(rect=(0, 0, 0.85, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()
