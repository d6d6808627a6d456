"""``python -m geozone``: the command line."""

from .console import run

run()
