"""Every bad input in docs/errors.md: one clear line, the right exit code, nothing written."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bad_inputs import CASES, END, SCENARIO_OK, Case, run_case, table, table_in
from clirun import invoke

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "errors.md"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Each case run once, in its own empty folder."""
    found = {}
    for i, case in enumerate(CASES):
        folder = tmp_path_factory.mktemp(f"case{i:03d}")
        found[case.id] = run_case(case, folder)
    return found


def test_cases_are_distinct():
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_bad_input(case: Case, outcomes):
    outcome = outcomes[case.id]
    result = outcome.result
    assert result.exit_code == case.code, result.output
    assert "Traceback" not in result.output
    assert case.expect in result.output, result.output
    if case.code == 0:
        assert result.stderr.count("geozone: error") == 0
        return
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if not line.startswith("geozone: note:")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(("geozone: error: ", "geozone: interrupted")), errors[0]
    assert result.stdout == ""
    # nothing written, not even a temporary file
    assert outcome.after == outcome.before, sorted(outcome.after - outcome.before)


def test_docs_table_lists_every_case_as_it_is(outcomes):
    """docs/errors.md shows exactly what the cases print today."""
    expected = table([(case, outcomes[case.id]) for case in CASES])
    text = DOCS.read_text(encoding="utf-8")
    assert END in text
    assert table_in(text) == expected, "run: python tests/bad_inputs.py --write docs/errors.md"


def test_handled_inputs_give_the_same_zone(tmp_path):
    """Repeated vertices and pieces that join are cleaned up, not built on as given."""
    lines = {
        "clean": [[36.5, 35.5], [36.9, 35.9], [37.1, 36.0]],
        "repeats": [[36.5, 35.5], [36.5, 35.5], [36.9, 35.9], [36.9, 35.9], [37.1, 36.0]],
    }
    pieces = {
        "type": "MultiLineString",
        "coordinates": [[[36.5, 35.5], [36.9, 35.9]], [[36.9, 35.9], [37.1, 36.0]]],
    }
    texts = {k: json.dumps({"type": "LineString", "coordinates": v}) for k, v in lines.items()}
    texts["pieces"] = json.dumps(pieces)
    areas = {}
    for name, text in texts.items():
        (tmp_path / f"{name}.geojson").write_text(text)
        result = invoke(["buffer", tmp_path / f"{name}.geojson", "-w", "20km"])
        assert result.exit_code == 0, result.output
        areas[name] = json.loads(result.stdout)["features"][0]["properties"]["area_km2"]
    assert areas["repeats"] == areas["clean"] == areas["pieces"]


def test_debug_shows_the_traceback(tmp_path):
    line = tmp_path / "line.geojson"
    line.write_text('{"type": "LineString", "coordinates": [[36.5, 35.5], [36.9, 35.9]]}')
    result = subprocess.run(
        [sys.executable, "-m", "geozone", "--debug", "buffer", str(line), "-w", "20"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "InputError: width='20': has no unit" in result.stderr


def test_messages_go_to_stderr_and_output_to_stdout(tmp_path):
    line = tmp_path / "line.geojson"
    line.write_text('{"type": "LineString", "coordinates": [[36.5, 35.5], [36.9, 35.9]]}')
    good = invoke(["buffer", line, "-w", "20km"])
    assert good.exit_code == 0 and json.loads(good.stdout)["type"] == "FeatureCollection"
    assert good.stderr == ""
    bad = invoke(["buffer", line, "-w", "20"])
    assert bad.exit_code == 2 and bad.stdout == "" and bad.stderr.startswith("geozone: error:")


def test_ctrl_c_wrapped_by_an_import_is_still_an_interrupt(tmp_path, monkeypatch):
    """Ctrl-C during a module's import can arrive wrapped in a RuntimeError (a class body's
    ``__set_name__``, as when matplotlib loads): it is reported as an interrupt, not a bug."""
    from geozone.errors import Interrupted
    from geozone.jobs import pipeline

    def interrupted_in_an_import(*args, **kwargs):
        try:
            raise Interrupted
        except Interrupted as exc:
            raise RuntimeError("Error calling __set_name__ on '_axis_method_wrapper'") from exc

    monkeypatch.setattr(pipeline, "build", interrupted_in_an_import)
    (tmp_path / "sc").mkdir()
    (tmp_path / "sc" / "scenario.toml").write_text(SCENARIO_OK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(["build", "sc", "--out", "out"])
    assert result.exit_code == 1
    assert result.stderr == "geozone: interrupted; no output was written or changed\n"
    assert not (tmp_path / "out").exists()


def test_a_closed_reader_stops_the_output_quietly(tmp_path):
    """``geozone buffer … | head -c 100`` ends without a traceback."""
    line = tmp_path / "line.geojson"
    line.write_text('{"type": "LineString", "coordinates": [[36.5, 35.5], [36.9, 35.9]]}')
    command = f"'{sys.executable}' -m geozone buffer '{line}' -w 20km -w 25km -w 30km | head -c 100"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT)
    assert len(result.stdout) == 100
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr


def _stamp_outputs(out: Path) -> dict[str, bytes]:
    """Replace every output with a marker, so a later run's files are told apart."""
    stamps = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        stamps[path.relative_to(out).as_posix()] = b"old " + path.name.encode()
        path.write_bytes(stamps[path.relative_to(out).as_posix()])
    return stamps


def test_ctrl_c_leaves_the_old_outputs_or_the_new_ones(tmp_path):
    """A real SIGINT early and late in a build: never a traceback, a mix, or a temporary file.

    The build is of a small scenario (one line, one width: every kind of
    output, a layers folder too), so that a whole build is short; the
    moments are fractions of an uninterrupted build's time, so that they
    fall from start-up to the last file's move on a fast machine or a slow one.
    """
    (tmp_path / "sc").mkdir()
    (tmp_path / "sc" / "scenario.toml").write_text(SCENARIO_OK, encoding="utf-8")
    out = tmp_path / "out"
    command = [str(Path(sys.executable).with_name("geozone")), "build", "sc", "--out", str(out)]
    start = time.monotonic()
    subprocess.run(command, cwd=tmp_path, capture_output=True, check=True)
    whole = time.monotonic() - start
    fresh = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert any("/" in name for name in fresh)  # a folder of outputs too
    outcomes = set()
    for fraction in (0.4, 0.9):
        stamps = _stamp_outputs(out)
        proc = subprocess.Popen(
            command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        time.sleep(max(0.3, fraction * whole))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        now = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        assert "Traceback" not in err, err
        assert not [p for p in out.rglob(".*")], "a temporary file was left behind"
        if proc.returncode == 0 or (proc.returncode == -signal.SIGINT and not err):
            # finished (a signal during the interpreter's own shutdown kills it
            # quietly, after every output is in place)
            assert now == fresh
            outcomes.add("finished")
        elif err.strip() == "geozone: interrupted after the outputs were written in full":
            # Ctrl-C after the outputs were moved into place: they are the new ones, whole
            assert proc.returncode == 1 and now == fresh
            outcomes.add("finished")
        else:
            assert proc.returncode == 1, (fraction, proc.returncode, err)
            assert err.strip() == "geozone: interrupted; no output was written or changed"
            assert now == stamps
            outcomes.add("interrupted")
    assert "interrupted" in outcomes
