"""Running the command line in-process, as a user would, capturing what it prints."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from geozone.cli import main


@dataclass
class Result:
    """What a command returned and printed."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Standard output then standard error."""
        return self.stdout + self.stderr


def invoke(args: list[str], stdin: str | bytes | None = None) -> Result:
    """Run ``geozone ARGS`` through :func:`geozone.cli.main`, as a shell would."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main([str(a) for a in args])
    finally:
        sys.stdin = old_stdin
    return Result(code, out.getvalue(), err.getvalue())


def seeds_claims_json() -> dict:
    """What ``geozone claims seeds --json`` prints, run in a fresh process in the repository."""
    out = subprocess.run(
        [sys.executable, "-m", "geozone.cli", "claims", "seeds", "--json"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)
