"""A claim set as a readable plain-text table (what ``geozone claims`` prints)."""

from __future__ import annotations

import textwrap
from pathlib import PurePath

from .batch import ClaimSet
from .consolidate import km_text
from .document import Claim, plain

_WIDTH = 100


def _clip(words: str, n: int) -> str:
    words = plain(words)
    return words if len(words) <= n else words[: n - 1] + "…"


def _line(c: Claim) -> str:
    f = c.fields
    if c.kind == "width":
        qual = f"{f['qualifier']} " if f.get("qualifier") else ""
        # "[superseded]", "[dropped]", "[rejected]"; "learned" when the fate model gave it
        status = ""
        if f.get("status") == "rejected":
            learned = ", learned" if f.get("proposal_basis") else ""
            status = f"  [{f.get('proposal') or 'rejected'}{learned}]"
        sem = f["semantics"] + (f" ({f['semantics_words']})" if f.get("semantics_words") else "")
        head = f"{qual}{km_text(f['min_km'], f['max_km'])}"
        return f"  width     {head:<18} {sem}{status}"
    if c.kind == "deadline":
        when = f["date"] or f["relative"]
        return f"  deadline  {when:<18} {f['what']}  [{plain(f['words'])}]"
    route = f"{f['from']} - {f['to']}"
    tag = f["known_route"] or ("FLAGGED: " + f["flag"] if f.get("flag") else "")
    name = f" ({f['name']})" if f.get("name") else ""
    return f"  route     {route + name:<18} {tag}".rstrip()


def claims_table(claims: ClaimSet) -> str:
    """Every document's claims with their quotes, then the variants and disagreements."""
    out = []
    for doc in claims.documents:
        date = doc.date.isoformat() if doc.date else "no date"
        out.append(
            f"{doc.source}  ({date}; {doc.date_basis})"
            if doc.date_basis
            else f"{doc.source}  ({date})"
        )
        for note in doc.notes:
            out.append(f"  note: {note}")
        if not doc.claims:
            out.append("  (no widths, deadlines or routes found)")
        for c in doc.claims:
            out.append(_line(c))
            out.append(f'            "{_clip(c.quote, _WIDTH - 14)}"')
        out.append("")
    out.append("Variants (width x semantics, with the reports that state them)")
    if not claims.variants:
        out.append("  none: no report states a zone width")
    for v in claims.variants:
        names = ", ".join(PurePath(s).name for s in v.sources)
        out.append(f"  {v.semantics:<12} {v.width_km:>8g} km   {names}")
    out.append("")
    out.append("Disagreements")
    if not claims.disagreements:
        out.append("  none")
    for d in claims.disagreements:
        out.extend(textwrap.wrap(d, _WIDTH, initial_indent="  - ", subsequent_indent="    "))
    return "\n".join(out) + "\n"


__all__ = ["claims_table"]
