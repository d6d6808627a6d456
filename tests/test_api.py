"""The API and CLI fit: --version, ClaimSet.to_frame."""

from __future__ import annotations

from pathlib import Path

from clirun import invoke

import geozone


def test_version_prints_the_package_version():
    result = invoke(["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"geozone {geozone.__version__}"


def test_claimset_to_frame_has_one_row_per_claim_with_its_quote():
    claims = geozone.read_reports(["seeds"])
    frame = claims.to_frame()
    assert len(frame) == sum(len(d["claims"]) for d in claims.to_json()["documents"])
    assert set(frame.kind) == {"width", "deadline", "route"}
    for row in frame.itertuples():
        text = Path(row.source).read_text(encoding="utf-8")
        # the offsets point at the quote's words in the report (whitespace aside)
        assert " ".join(text[row.start : row.end].split()) == " ".join(row.quote.split())
    widths = frame[frame.kind == "width"]
    assert widths.min_km.notna().all() and widths.date.isna().all()
