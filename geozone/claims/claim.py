"""A claim read from a report: its kind, its fields and the words behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Claim:
    """A stated parameter: its kind, its fields and the words behind it."""

    kind: str
    fields: dict[str, Any]
    quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        """The claim as the JSON object of docs/claims.md's interface."""
        return {
            "kind": self.kind,
            **self.fields,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }
