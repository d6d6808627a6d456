"""Errors of the geometry core: ValueError subclasses that name the input in library terms."""

from __future__ import annotations


class GeometryError(ValueError):
    """A line, width or side that no zone can be built on.

    Parameters
    ----------
    what : str
        The input at fault, in the library's terms (``"line"``, ``"width"``,
        ``"side"``, a vertex).
    problem : str
        What is wrong with it.
    fix : str
        What to give instead.
    """

    def __init__(self, what: str, problem: str, fix: str) -> None:
        self.what, self.problem, self.fix = what, problem, fix
        super().__init__(f"{what}: {problem}; {fix}")


class ConvergenceError(GeometryError):
    """The boundary refinement did not reach its tolerance within its bound of work."""
