"""The command line: parse, call one library function, print."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import GeozoneError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn reported buffer zones into exact geodesic geometry.",
    pretty_exceptions_enable=False,
)
_state = {"debug": False}


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    """Turn reported buffer zones into exact geodesic geometry."""
    _state["debug"] = debug


def _fail(exc: GeozoneError) -> None:
    if _state["debug"]:
        raise exc
    typer.echo(f"geozone: error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)


@app.command()
def build(
    scenario: Annotated[
        str, typer.Argument(help="Scenario folder or name under data/.")
    ] = "data/idlib-2018",
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("maps"),
) -> None:
    """Build a scenario's zones, map, layers and summary (the main job).

    Example: geozone build data/idlib-2018 --out maps
    """
    from .pipeline import SUMMARY_COLUMNS
    from .pipeline import build as run

    try:
        result = run(scenario, out)
    except GeozoneError as exc:
        _fail(exc)
        return
    s = result.scenario
    typer.echo(
        f"{s.title}\nline {s.line_length_km:.1f} km, {len(s.widths)} widths, "
        f"{len(result.summary)} variants"
    )
    cols = [
        *SUMMARY_COLUMNS[:2],
        *[c for c in result.summary.columns if c.endswith("_km") and c != "width_km"],
        *[c for c in result.summary.columns if c.endswith("_share_pct")],
        *SUMMARY_COLUMNS[2:],
    ]
    typer.echo(result.summary[cols].to_string(index=False))
    for path in result.files:
        typer.echo(f"wrote {path}")


@app.command()
def buffer(
    line: Annotated[str, typer.Argument(help="GeoJSON file with one LineString, or - for stdin.")],
    width: Annotated[
        list[str], typer.Option("--width", "-w", help="Width with unit, e.g. 20km; repeatable.")
    ],
    semantics: Annotated[
        str, typer.Option(help="total (W in all), per-side (W each side) or depth (W on one side).")
    ] = "total",
    toward: Annotated[
        str | None, typer.Option(help="For depth: a place name or LON,LAT on the zone's side.")
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output GeoJSON, or - for stdout.")
    ] = "-",
) -> None:
    """Build zones of the given widths along any line.

    Example: geozone buffer line.geojson --width 15km --width 20km -o zones.geojson
    """
    from .atomic import write_atomic
    from .export import geojson_text
    from .lines import read_line
    from .pipeline import buffer as run
    from .units import parse_width

    try:
        widths = [parse_width(w) for w in width]
        frame = run(read_line(line), widths, semantics, toward)
        text = geojson_text(frame)
        if output == "-":
            sys.stdout.write(text)
        else:
            write_atomic(output, text)
            typer.echo(f"wrote {output}", err=True)
    except GeozoneError as exc:
        _fail(exc)


def run() -> None:
    """Entry point of the ``geozone`` console script."""
    app()


if __name__ == "__main__":
    run()
