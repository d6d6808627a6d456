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
        f"{s.title}\nline {s.line_length_km:.1f} km, "
        f"widths {', '.join(f'{w:g}' for w in s.widths_km)} km, "
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


@app.command(name="map")
def map_command(
    zones: Annotated[
        list[Path], typer.Argument(help="Zones files (GeoJSON or GeoPackage) to draw.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML page to write.")],
    title: Annotated[str | None, typer.Option(help="Page title.")] = None,
) -> None:
    """Render zones files as the offline comparison map.

    Example: geozone map maps/idlib-2018.geojson -o idlib.html
    """
    from .pipeline import map_files

    try:
        page, summary = map_files(zones, out, title)
    except GeozoneError as exc:
        _fail(exc)
        return
    size_kb = page.stat().st_size / 1024
    typer.echo(f"wrote {page} ({size_kb:,.0f} KB, {len(summary)} variants)")


@app.command()
def export(
    zones: Annotated[
        list[Path], typer.Argument(help="Zones files (GeoJSON or GeoPackage) geozone wrote.")
    ],
    fmt: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="geojson, gpkg or csv; repeatable (default: all)."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("."),
) -> None:
    """Write zones as styled layers for QGIS: GeoJSON + QML per layer, GeoPackage, CSV.

    Example: geozone export maps/idlib-2018.geojson --format gpkg -o exports
    """
    from .pipeline import EXPORT_FORMATS, export_files

    try:
        files = export_files(zones, out, [f.lower() for f in fmt] if fmt else EXPORT_FORMATS)
    except GeozoneError as exc:
        _fail(exc)
        return
    for path in files:
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


@app.command()
def claims(
    paths: Annotated[list[Path], typer.Argument(help="Report files (.txt) or folders of them.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the JSON object other tools read.")
    ] = False,
    date: Annotated[
        str | None,
        typer.Option(help="YYYY-MM-DD: date for reports that do not state their own."),
    ] = None,
    scenario: Annotated[
        str | None,
        typer.Option(
            help="Check routes against this scenario's (default: the scenario that reads these "
            "reports, if any)."
        ),
    ] = None,
) -> None:
    """Read the widths, deadlines and routes that reports state, with quotes.

    Example: geozone claims seeds/ --json
    """
    import datetime as dt
    import json

    from .claims import claims_table, read_reports, report_files
    from .errors import InputError
    from .scenario import known_routes, scenario_reading

    try:
        reference = None
        if date is not None:
            try:
                reference = dt.date.fromisoformat(date)
            except ValueError:
                raise InputError(
                    f"--date {date!r}", "is not a date", "write it as YYYY-MM-DD"
                ) from None
        files = report_files(paths)
        where = scenario if scenario is not None else scenario_reading(files)
        routes = known_routes(where) if where is not None else []
        result = read_reports(files, reference=reference, known_routes=routes)
    except GeozoneError as exc:
        _fail(exc)
        return
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(claims_table(result), nl=False)


def run() -> None:
    """Entry point of the ``geozone`` console script."""
    app()


if __name__ == "__main__":
    run()
