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
from .io.atomic import forget_written, written_outputs

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn reported buffer zones into exact geodesic geometry.",
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"geozone {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=_print_version),
    ] = False,
) -> None:
    """Turn reported buffer zones into exact geodesic geometry."""
    del debug  # read by main() before parsing, so that usage errors honour it too


@app.command()
def build(
    scenario: Annotated[
        str, typer.Argument(help="Scenario folder or name under data/.")
    ] = "idlib-2018",
    out: Annotated[Path, typer.Option("--output", "--out", "-o", help="Output folder.")] = Path(
        "maps"
    ),
    figure: Annotated[
        bool, typer.Option("--figure/--no-figure", help="Also write <scenario>.png (300 dpi).")
    ] = True,
) -> None:
    """Build a scenario's zones, map, figure, layers and summary (the main job).

    Example: geozone build data/idlib-2018 --out maps
    """
    from .jobs.pipeline import SUMMARY_COLUMNS
    from .jobs.pipeline import build as run

    result = run(scenario, out, figure=figure)
    s = result.scenario
    typer.echo(
        f"{s.title}\nline {s.line_length_km:.1f} km ({s.line_name}), "
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
        list[Path],
        typer.Argument(
            help="Zones files (GeoJSON or GeoPackage) to draw; - reads GeoJSON on stdin."
        ),
    ],
    out: Annotated[
        Path,
        typer.Option("--output", "--out", "-o", help="The HTML page to write, or - for stdout."),
    ],
    title: Annotated[str | None, typer.Option(help="Page title.")] = None,
) -> None:
    """Render zones files as the offline comparison map.

    Example: geozone map maps/idlib-2018.geojson -o idlib.html
    """
    from .jobs.pipeline import map_files

    page, summary = map_files([str(z) for z in zones], str(out), title)
    if str(page) != "-":
        size_kb = page.stat().st_size / 1024
        typer.echo(f"wrote {page} ({size_kb:,.0f} KB, {len(summary)} variants)")


@app.command(name="figure")
def figure_command(
    zones: Annotated[
        list[Path], typer.Argument(help="Zones files (GeoJSON or GeoPackage) geozone wrote.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The figure to write: .png, .svg or .pdf.")
    ],
    small_multiples: Annotated[
        bool,
        typer.Option("--small-multiples", help="One panel per variant, same extent and scale."),
    ] = False,
    variant: Annotated[
        list[str] | None,
        typer.Option("--variant", help="A variant to draw, e.g. total-20km; repeatable."),
    ] = None,
    size: Annotated[
        str | None, typer.Option(help="WIDTHxHEIGHT in inches or cm, e.g. 7x8in or 18x20cm.")
    ] = None,
    extent: Annotated[
        str | None,
        typer.Option(help="MINLON,MINLAT,MAXLON,MAXLAT (degrees) the map shows at least."),
    ] = None,
    dpi: Annotated[int, typer.Option(help="PNG resolution, dots per inch.")] = 300,
    style: Annotated[
        str, typer.Option(help="default, or neutral: no English words of geozone's own.")
    ] = "default",
    title: Annotated[str | None, typer.Option(help="Title (default: the scenario).")] = None,
    date: Annotated[
        str | None, typer.Option(help="Date of the data, printed under the title.")
    ] = None,
) -> None:
    """Draw zones files as a print-quality static map (PNG at 300 dpi, SVG or PDF).

    Example: geozone figure maps/idlib-2018.geojson -o idlib.pdf
    """
    import time

    from .figure import FigureOptions, parse_extent, parse_size
    from .jobs.pipeline import figure_files

    start = time.perf_counter()
    options = FigureOptions(
        variants=tuple(variant or ()),
        size_in=parse_size(size) if size is not None else None,
        extent=parse_extent(extent) if extent is not None else None,
        dpi=dpi,
        style=style,
        small_multiples=small_multiples,
        title=title,
        date=date,
    )
    path, drawn = figure_files(zones, out, options)
    size_kb = path.stat().st_size / 1024
    typer.echo(
        f"wrote {path} ({size_kb:,.0f} KB, {len(drawn.variants)} variants, "
        f"{time.perf_counter() - start:.1f} s)"
    )


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
    width: Annotated[
        list[str], typer.Option("--width", "-w", help="Width with unit, e.g. 20km; repeatable.")
    ],
    line: Annotated[
        str | None,
        typer.Argument(
            help="File with one line (GeoJSON, GeoPackage, KML, GPX, shapefile, CSV or WKT "
            "text), or - for stdin; omit it with --via."
        ),
    ] = None,
    semantics: Annotated[
        str, typer.Option(help="total (W in all), per-side (W each side) or depth (W on one side).")
    ] = "total",
    toward: Annotated[
        str | None,
        typer.Option(
            help="For depth: a place name, LON,LAT, or north|south|east|west (relative to the "
            "line) on the zone's side."
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="Output GeoJSON or GeoPackage (.gpkg), or - for stdout."
        ),
    ] = "-",
    layer: Annotated[
        str | None, typer.Option(help="The layer to read, for a line file with several.")
    ] = None,
    clip: Annotated[
        str | None,
        typer.Option(help="Clip zones to land, or to countries: SYR, or KOR+PRK."),
    ] = None,
    via: Annotated[
        list[str] | None,
        typer.Option(help="Instead of LINE: a place the line runs through; repeat, in order."),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", "-c", help="With --via: gazetteer country (ISO alpha-2)."),
    ] = None,
    places: Annotated[
        bool,
        typer.Option("--places/--no-places", help="List the GeoNames places inside each zone."),
    ] = True,
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
    from .io.geojson import records_geojson_text
    from .io.lines import read_line
    from .jobs.buffer import BUFFER_COLUMNS, buffer_records
    from .units import parse_width

    widths = [parse_width(w) for w in width]
    if output != "-":
        output_file(output, (".geojson", ".json", ".gpkg"), "output")
    if (line is None) == (not via):
        from .errors import InputError

        raise InputError("buffer", "needs one line", "give LINE (a file or -), or --via PLACE ...")
    if via:
        from .jobs.buffer import line_via

        xy, where = line_via(via, country or []), "the line via " + " – ".join(via)
    else:
        xy, where = read_line(line, layer)
    rows = buffer_records(
        xy, widths, semantics, toward, where=where, clip=clip, places=places, cap=cap
    )
    if output == "-":
        sys.stdout.write(records_geojson_text(rows, BUFFER_COLUMNS))
        sys.stdout.flush()
        return
    if output.lower().endswith(".gpkg"):
        import geopandas as gpd

        from .io.layers import split_layers
        from .io.layerset import write_geopackage

        frame = gpd.GeoDataFrame(rows, columns=list(BUFFER_COLUMNS), crs="EPSG:4326")
        zones = split_layers(frame)["zones"]
        for col in ("places_inside", "places", "population_inside"):
            zones[col] = frame[col].values
        write_geopackage({"zones": zones}, output)
    else:
        write_atomic(output, records_geojson_text(rows, BUFFER_COLUMNS))
    typer.echo(f"wrote {output}", err=True)


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="The new scenario's folder.")],
    line: Annotated[
        str | None, typer.Option(help="A line file (GeoJSON, GeoPackage, KML, CSV, WKT, GPX).")
    ] = None,
    via: Annotated[
        list[str] | None,
        typer.Option(help="Instead of --line: a place the line runs through; repeat, in order."),
    ] = None,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", "-c", help="Gazetteer country (ISO alpha-2); repeatable."),
    ] = None,
    width: Annotated[str, typer.Option("--width", "-w", help="The first width.")] = "10km",
    semantics: Annotated[str, typer.Option(help="total or per-side.")] = "total",
) -> None:
    """Write a commented scenario.toml that builds at once.

    Example: geozone init my-zone --via Idlib --via Hama --country SY
    """
    from .jobs.init import init_scenario
    from .units import parse_width

    path = init_scenario(folder, line, via, country, parse_width(width), semantics)
    typer.echo(f"wrote {path}; build it with: geozone build {folder}")


@app.command()
def places(
    name: Annotated[str, typer.Argument(help="A place name, in any common spelling.")],
    country: Annotated[
        list[str] | None,
        typer.Option(
            "--country",
            "-c",
            help="ISO 3166-1 alpha-2 code of a gazetteer to search; repeatable "
            "(default: the scenario's countries, else SY).",
        ),
    ] = None,
    scenario: Annotated[
        str | None,
        typer.Option(help="A scenario folder whose [places] are searched too."),
    ] = None,
) -> None:
    """Look a place up: matches, country, coordinates, population, other spellings.

    Example: geozone places "Jisr al-Shughur" --country SY
    """
    from .jobs.places import describe, lookup_places

    for match in lookup_places(name, country, scenario):
        typer.echo(describe(match))


@app.command()
def sweep(
    lines: Annotated[
        list[str], typer.Argument(help="Line files, or folders of them, each with a date.")
    ],
    width: Annotated[
        list[str], typer.Option("--width", "-w", help="Width with unit, e.g. 20km; repeatable.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")],
    semantics: Annotated[
        list[str] | None,
        typer.Option(help="total, per-side or depth; repeatable (default: total)."),
    ] = None,
    toward: Annotated[
        str | None,
        typer.Option(help="A place name or LON,LAT on the zone's side (depth; crossed share)."),
    ] = None,
    cap: Annotated[
        str, typer.Option(help="Zone ends: round, or flat (on the geodesic perpendiculars).")
    ] = "round",
    scenario: Annotated[
        str | None,
        typer.Option(help="Scenario folder or name: its places, routes and clip area."),
    ] = None,
    reference: Annotated[
        str | None,
        typer.Option(help="YYYY-MM-DD of the line the crossed share refers to (default: first)."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of a running Dask scheduler (default: a local cluster)."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes of the local cluster (default: cores).")
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Build zones and figures for many dated lines × widths × readings, on Dask.

    Example: geozone sweep data/idlib-fronts --width 15km --width 20km --semantics depth
    --toward Idlib --scenario idlib-2018 -o sweep
    """
    from .errors import Interrupted
    from .jobs.sweep import sweep as run
    from .units import parse_width

    widths = [parse_width(w) for w in width]
    try:
        result = run(
            lines,
            widths,
            out,
            semantics=semantics or ["total"],
            toward=toward,
            scenario=scenario,
            cap=cap,
            reference=reference,
            scheduler=scheduler,
            workers=workers,
            progress=progress,
        )
    except Interrupted:
        parts = len(list((out / "parts").glob("*.parquet"))) if (out / "parts").is_dir() else 0
        sys.stderr.write(
            f"geozone: interrupted; {parts} finished parts kept in {out / 'parts'}; "
            "run the same command again to resume\n"
        )
        raise typer.Exit(1) from None
    typer.echo(
        f"{result.tasks} zones ({result.reused} reused from {out / 'parts'}), "
        f"{result.figures['date'].nunique()} dates"
    )
    for path in result.files:
        typer.echo(f"wrote {path}")


@app.command()
def claims(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Report files (.txt) or folders of them; - reads one from stdin."),
    ],
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

    reference = None
    if date is not None:
        try:
            reference = dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(
                f"--date {date!r}", "is not a date", "write it as YYYY-MM-DD"
            ) from None
    if [str(p) for p in paths] == ["-"]:
        from .claims import read_texts
        from .claims.text import decode

        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        data = data.encode("utf-8") if isinstance(data, str) else data
        text, note = decode(data, "standard input")
        routes = known_routes(scenario) if scenario is not None else []
        items = [("standard input", text, (note,) if note else ())]
        result = read_texts(items, reference=reference, known_routes=routes)
    else:
        files = report_files(paths)
        where = scenario if scenario is not None else scenario_reading(files)
        routes = known_routes(where) if where is not None else []
        result = read_reports(files, reference=reference, known_routes=routes)
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        typer.echo(claims_table(result), nl=False)


_PARAM = re.compile(
    r"\b(toward|semantics|layer|format|out|output|width|cap|size|extent|variant|dpi|style"
    r"|scenario|scheduler|workers|reference|clip|line|via|country)="
)


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


def _interrupted() -> int:
    """Say what a Ctrl-C left behind; the exit code (1)."""
    if written_outputs():
        sys.stderr.write("geozone: interrupted after the outputs were written in full\n")
    else:
        sys.stderr.write("geozone: interrupted; no output was written or changed\n")
    return 1


def _caused_by_interrupt(exc: BaseException) -> bool:
    """Whether an interrupt lies behind ``exc`` (its chain of causes and contexts)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, Interrupted | KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


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
    forget_written()
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
        return _interrupted()
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
        if _caused_by_interrupt(exc):
            # Ctrl-C while a module was being imported can come back wrapped (a class
            # body's __set_name__ turns it into a RuntimeError)
            return _interrupted()
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
