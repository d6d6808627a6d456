"""The command line: parse, call one library function, print."""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
import warnings
from pathlib import Path
from typing import Annotated

import typer

from .errors import GeozoneError, GeozoneWarning, Interrupted, raise_interrupted
from .geometry.errors import ConvergenceError, GeometryError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn reported buffer zones into exact geodesic geometry.",
    pretty_exceptions_enable=False,
)


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    """Turn reported buffer zones into exact geodesic geometry."""
    del debug  # read by main() before parsing, so that usage errors honour it too


@app.command()
def build(
    scenario: Annotated[
        str, typer.Argument(help="Scenario folder or name under data/.")
    ] = "idlib-2018",
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("maps"),
) -> None:
    """Build a scenario's zones, map, layers and summary (the main job).

    Example: geozone build data/idlib-2018 --out maps
    """
    from .jobs.pipeline import SUMMARY_COLUMNS
    from .jobs.pipeline import build as run

    result = run(scenario, out)
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
    from .jobs.pipeline import map_files

    page, summary = map_files(zones, out, title)
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
    from .jobs.pipeline import EXPORT_FORMATS, export_files

    files = export_files(zones, out, [f.lower() for f in fmt] if fmt else EXPORT_FORMATS)
    for path in files:
        typer.echo(f"wrote {path}")


@app.command()
def buffer(
    line: Annotated[
        str,
        typer.Argument(
            help="File with one line (GeoJSON, GeoPackage, KML, shapefile), or - for GeoJSON "
            "on stdin."
        ),
    ],
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
    layer: Annotated[
        str | None, typer.Option(help="The layer to read, for a line file with several.")
    ] = None,
    cap: Annotated[
        str,
        typer.Option(
            help="How zones end beyond the line's ends: round, or flat (on the geodesic "
            "perpendiculars at the end vertices)."
        ),
    ] = "round",
) -> None:
    """Build zones of the given widths along any line.

    Example: geozone buffer line.geojson --width 15km --width 20km -o zones.geojson
    """
    from .io.atomic import output_file, write_atomic
    from .io.geojson import geojson_text
    from .io.lines import read_line
    from .jobs.pipeline import buffer as run
    from .units import parse_width

    widths = [parse_width(w) for w in width]
    if output != "-":
        output_file(output, (".geojson", ".json"), "output")
    xy, where = read_line(line, layer)
    text = geojson_text(run(xy, widths, semantics, toward, where=where, cap=cap))
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)
        typer.echo(f"wrote {output}", err=True)


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
    from .scenario.load import known_routes, scenario_reading

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
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(claims_table(result), nl=False)


_PARAM = re.compile(r"\b(toward|semantics|layer|format|out|output|width|cap)=")


def _one_line(text: str) -> str:
    """The message on one line, with the library's ``name=value`` written as the CLI's flags."""
    text = _PARAM.sub(r"--\1 ", " ".join(str(text).split()))
    return re.sub(r"\bwidths_km\b", "--width", text)


def _exit_code(exc: GeozoneError | GeometryError) -> int:
    """2 for bad input, 1 for a failure while running (see :mod:`geozone.errors`)."""
    if isinstance(exc, GeometryError):
        return 1 if isinstance(exc, ConvergenceError) else 2
    return exc.exit_code


def _show_note(message, category, *_args, **_kwargs) -> None:
    text = _one_line(message)
    if issubclass(category, GeozoneWarning):
        sys.stderr.write(f"geozone: note: {text}\n")
    else:
        sys.stderr.write(f"geozone: warning: {category.__name__}: {text}\n")


def _usage_errors() -> tuple[type[Exception], ...]:
    """The exception classes typer (or click, for older typer) raises for bad usage."""
    found: list[type[Exception]] = [typer.exceptions.TyperException]
    try:
        import click

        found.append(click.ClickException)
    except ImportError:
        pass
    return tuple(found)


def _usage_error(exc: Exception) -> str:
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "geozone"
    return f"{command}: {_one_line(exc.format_message()).rstrip('.')}; see {command} --help"


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code.

    Exit codes: 0 success, 1 failure while running (or interrupted), 2 bad
    input or usage. Errors are one line on stderr; ``--debug`` shows the
    traceback instead.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in args[: args.index("--")] if "--" in args else "--debug" in args
    previous = warnings.showwarning
    warnings.showwarning = _show_note
    on_main = threading.current_thread() is threading.main_thread()
    previous_sigint = signal.signal(signal.SIGINT, raise_interrupted) if on_main else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", GeozoneWarning)
            code = app(args=args, prog_name="geozone", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except (Interrupted, KeyboardInterrupt, typer.Abort):
        if debug:
            raise
        sys.stderr.write("geozone: interrupted; no output was written or changed\n")
        return 1
    except (GeozoneError, GeometryError) as exc:
        if debug:
            raise
        sys.stderr.write(f"geozone: error: {_one_line(exc)}\n")
        return _exit_code(exc)
    except _usage_errors() as exc:
        if debug:
            raise
        sys.stderr.write(f"geozone: error: {_usage_error(exc)}\n")
        return 2
    except BrokenPipeError:
        # the reader of our output went away (e.g. | head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        if debug:
            raise
        sys.stderr.write(
            f"geozone: error: unexpected failure ({type(exc).__name__}: {_one_line(exc)}); "
            "run again with --debug to see where, and report it\n"
        )
        return 1
    finally:
        warnings.showwarning = previous
        if previous_sigint is not None:
            signal.signal(signal.SIGINT, previous_sigint)


def run() -> None:
    """Run the command line and exit with its code (see also :mod:`geozone.console`)."""
    sys.exit(main())


if __name__ == "__main__":
    run()
