"""``python -m geozone``: the command line."""

from .cli import run

run()
