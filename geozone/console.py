"""The ``geozone`` console script: Ctrl-C is caught from the first instant, then the CLI runs."""

from __future__ import annotations

import signal
import sys

from .errors import Interrupted, raise_interrupted


def run() -> None:
    """Entry point of the ``geozone`` console script and of ``python -m geozone``."""
    signal.signal(signal.SIGINT, raise_interrupted)
    try:
        from .cli import main
    except Interrupted:
        sys.stderr.write("geozone: interrupted; no output was written or changed\n")
        sys.exit(1)
    sys.exit(main())
