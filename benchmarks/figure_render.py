"""How long the static figure takes to draw and write, and its peak memory, per format.

Usage: python benchmarks/figure_render.py [ZONES_FILE]   (default: maps/idlib-2018.geojson)

Each case runs in a fresh Python process (the CLI, as a user runs it), so the
time includes start-up and imports; the peak is the process's maximum
resident set size.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CASES = (
    ("PNG, 300 dpi", ["-o", "f.png"]),
    ("SVG", ["-o", "f.svg"]),
    ("PDF", ["-o", "f.pdf"]),
    ("small multiples, PNG 300 dpi", ["-o", "sm.png", "--small-multiples"]),
)


def main() -> None:
    zones = Path(sys.argv[1] if len(sys.argv) > 1 else "maps/idlib-2018.geojson").resolve()
    geozone = Path(sys.executable).parent / "geozone"
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'case':32} {'wall s':>7} {'peak MB':>8} {'size KB':>8}")
        for name, args in CASES:
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t0 = time.perf_counter()
            subprocess.run(
                [str(geozone), "figure", str(zones), *args],
                cwd=tmp,
                check=True,
                capture_output=True,
            )
            wall = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            size = (Path(tmp) / args[1]).stat().st_size / 1024
            # ru_maxrss of children is the largest so far: report it when it grew
            print(f"{name:32} {wall:7.1f} {max(peak, before) / 1024:8.0f} {size:8.0f}")


if __name__ == "__main__":
    main()
