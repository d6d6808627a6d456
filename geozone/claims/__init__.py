"""Stated zone parameters read from reports: widths, deadlines and routes, with quotes.

Rules first, with a small learned second opinion (:mod:`.learned`); offline.
``read_reports`` reads files and folders;
``read_texts`` and ``extract`` work on text already in memory.
"""

from __future__ import annotations

from .batch import ClaimSet, read_reports, read_texts, report_files
from .consolidate import Backing, KnownRoute, Variant, km_text
from .document import Claim, Document, extract
from .table import claims_table

__all__ = [
    "Backing",
    "Claim",
    "ClaimSet",
    "Document",
    "KnownRoute",
    "Variant",
    "claims_table",
    "extract",
    "km_text",
    "read_reports",
    "read_texts",
    "report_files",
]
