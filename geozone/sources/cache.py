"""geozone's cache folder: reference data extracted once and kept between runs."""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable
from pathlib import Path

from ..errors import GeozoneWarning

_WARNED: set[str] = set()


def cache_dir() -> Path:
    """geozone's cache folder: ``GEOZONE_CACHE`` when set, else the user's cache folder."""
    base = os.environ.get("GEOZONE_CACHE")
    if base:
        return Path(base)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geozone"))


def save(path: Path, write: Callable[[Path], None]) -> bool:
    """Write a cache file whole or not at all: ``write`` fills a temporary file, then renamed.

    Returns False (with a note, once per folder) when the cache folder
    cannot be written: the caller then keeps what it extracted in memory,
    and the next run extracts it again.
    """
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        tmp.replace(path)
        return True
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        folder = str(path.parent)
        if folder not in _WARNED:
            _WARNED.add(folder)
            warnings.warn(
                f"cache folder {folder} cannot be written ({exc.strerror or exc}); reference "
                "data is extracted again on every run: set GEOZONE_CACHE to a writable folder",
                GeozoneWarning,
                stacklevel=3,
            )
        return False
