"""The comparison page's weight and how fast it draws, offline, in headless Chromium.

Usage: python benchmarks/map_render.py [--runs N] [SCENARIO_DIR]

Prints the HTML size, the time to build the page in Python, and over N
loads the median time from navigation start to the page's first complete
render (every variant drawn: the page's ``geozone:ready`` moment) and to
the load event.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import geozone
from geozone.jobs.pipeline import all_layers

FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scenario", nargs="?", default="data/idlib-2018")
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()

    scenario = geozone.load_scenario(args.scenario)
    zones = geozone.build_zones(scenario)
    summary = geozone.measure(scenario, zones)
    layers = all_layers(zones, geozone.scenario_features(scenario, zones))
    notes = scenario.claims.disagreements if scenario.claims is not None else ()
    t0 = time.perf_counter()
    fmap = geozone.render_map(layers, summary, scenario.title, notes)
    out = Path(tempfile.mkdtemp()) / "page.html"
    geozone.write_map(fmap, out)
    render_s = time.perf_counter() - t0
    size = out.stat().st_size
    print(f"page: {size / 1024:,.0f} KB ({size:,} bytes); built in {render_s:.2f} s")

    from playwright.sync_api import sync_playwright

    ready, loaded = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        for _ in range(args.runs):
            ctx = browser.new_context(viewport={"width": 1300, "height": 900}, offline=True)
            page = ctx.new_page()
            page.goto(out.as_uri())
            page.wait_for_function("document.body.dataset.geozoneReady === '1'")
            ready.append(page.evaluate("window.geozoneReady"))
            loaded.append(
                page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
            )
            ctx.close()
        browser.close()
    print(
        f"first complete render: median {statistics.median(ready):.0f} ms "
        f"(min {min(ready):.0f}, max {max(ready):.0f}) over {args.runs} offline loads"
    )
    print(f"load event: median {statistics.median(loaded):.0f} ms")


if __name__ == "__main__":
    main()
