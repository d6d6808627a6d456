"""The errors geozone raises for user mistakes and for failures while running."""

from __future__ import annotations


class GeozoneError(Exception):
    """Base of geozone's own errors; its message is one line for the user."""

    exit_code = 1


class InputError(GeozoneError):
    """Bad input: names the input, what is wrong with it and how to fix it.

    Parameters
    ----------
    what : str
        The input at fault (a file, an option, a field).
    problem : str
        What is wrong with it.
    fix : str
        What the user should do instead.
    """

    exit_code = 2

    def __init__(self, what: str, problem: str, fix: str) -> None:
        self.what, self.problem, self.fix = what, problem, fix
        super().__init__(f"{what}: {problem}; {fix}")


class RunError(GeozoneError):
    """A failure while running that is not the input's fault."""

    exit_code = 1
