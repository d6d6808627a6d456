"""The errors and notes geozone gives: user mistakes, failures while running, remarks."""

from __future__ import annotations


class GeozoneError(Exception):
    """Base of geozone's own errors; its message is one line for the user.

    Parameters
    ----------
    what : str
        The input or output at fault (a file, an option, a field).
    problem : str
        What is wrong with it.
    fix : str
        What the user should do instead.
    """

    exit_code = 1

    def __init__(self, what: str, problem: str, fix: str) -> None:
        self.what, self.problem, self.fix = what, problem, fix
        super().__init__(f"{what}: {problem}; {fix}")


class InputError(GeozoneError, ValueError):
    """Bad input or usage (exit code 2): names the input, the problem and the fix."""

    exit_code = 2


class RunError(GeozoneError):
    """A failure while running that is not the input's fault (exit code 1)."""

    exit_code = 1


class GeozoneWarning(UserWarning):
    """A remark on the input that did not stop the run (e.g. repeated vertices dropped).

    The command line prints each as one ``geozone: note:`` line on stderr.
    """


def raise_interrupted(_signum: int, _frame: object) -> None:
    """A SIGINT handler that raises :class:`Interrupted`."""
    raise Interrupted


class Interrupted(BaseException):
    """Ctrl-C, raised in place of KeyboardInterrupt so that every layer unwinds to the CLI.

    It derives from BaseException, like KeyboardInterrupt, so that no
    ``except Exception`` swallows it, while writers still remove their
    temporary files on the way out.
    """
