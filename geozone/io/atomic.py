"""Writing outputs all at once: temporary files beside the targets, then renames.

A single file is written to a hidden temporary name in its folder and
renamed over the target (:func:`atomic_path`, :func:`write_atomic`). A set
of files (the build's map, layers and summary) is written into a hidden
staging folder first and moved into place only when every file is complete
(:func:`staged_folder`); Ctrl-C during the move is held back until the move
ends. Either way a reader sees the old outputs or the new ones, never a mix
or a half-written file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import GeozoneError, InputError, RunError

_WRITTEN: list[Path] = []
"""Outputs moved into place since :func:`forget_written` (a Ctrl-C after them changed files)."""
_STAGES: set[Path] = set()
"""Staging folders being filled (files written into them are not outputs yet)."""


def forget_written() -> None:
    """Start a new command: no output of it has been moved into place yet."""
    _WRITTEN.clear()


def written_outputs() -> list[Path]:
    """The files and folders moved into place since :func:`forget_written`."""
    return list(_WRITTEN)


def _write_error(path: Path, exc: OSError) -> GeozoneError:
    """The user's error for an OSError met while writing ``path``."""
    reason = exc.strerror or type(exc).__name__
    what = f"output {path}"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return RunError(what, f"could not be written ({reason})", "free some space and run again")
    if exc.errno == errno.EROFS:
        return InputError(what, "is on a read-only file system", "choose a writable folder")
    if path.is_dir():
        return InputError(what, "is a folder", "give a file name, not a folder")
    return InputError(what, f"cannot be written ({reason})", "choose a writable folder")


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError(f"output folder {folder}", "is a file", "give a folder, or another name")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise InputError(
                f"output folder {folder}", f"cannot be made: {blocker} is a file", "choose a folder"
            ) from None
        raise _write_error(folder, exc) from None


def output_folder(folder: str | Path, option: str = "out") -> Path:
    """Check, before any work is done, that an output folder is or can be a writable folder.

    Raises
    ------
    InputError
        If it is a file, sits under a file, or its nearest existing folder
        is not writable.
    """
    folder = Path(folder)
    what = f"{option}={str(folder)!r}"
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path.cwd())
    if not existing.is_dir():
        where = "is a file" if existing == folder else f"lies under {existing}, which is a file"
        raise InputError(what, where, "give a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        name = "the current folder" if str(existing) == "." else str(existing)
        raise InputError(
            what, f"cannot be written ({name} is read-only)", "choose a writable folder"
        )
    return folder


def output_file(path: str | Path, suffixes: tuple[str, ...], option: str) -> Path:
    """Check an output file name before any work is done.

    Parameters
    ----------
    path : str or Path
        The file the user asked for.
    suffixes : tuple of str
        Accepted name endings, lower case with the dot (e.g. ``(".html",)``).
    option : str
        The option that named it, for messages (e.g. ``"output"``), written ``output=PATH``.

    Raises
    ------
    InputError
        If the name is a folder or ends otherwise.
    """
    path = Path(path)
    what = f"{option}={str(path)!r}"
    if path.is_dir():
        raise InputError(what, "is a folder", f"give a file name ending in {suffixes[0]}")
    if path.suffix.lower() not in suffixes:
        raise InputError(
            what,
            f"does not end in {' or '.join(suffixes)}",
            f"name it {path.stem or 'out'}{suffixes[0]}",
        )
    return path


@contextmanager
def atomic_path(path: str | Path, suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path beside ``path`` that becomes ``path`` when the block succeeds.

    The temporary file does not exist when the block starts (writers that
    refuse to overwrite can create it); on any error or interruption it is
    removed and ``path`` is left as it was.

    Raises
    ------
    InputError
        If the folder cannot be created or written, or ``path`` is a folder.
    RunError
        If the disk is full.
    """
    path = Path(path)
    _make_folder(path.parent)
    if path.is_dir():
        raise InputError(f"output {path}", "is a folder", "give a file name, not a folder")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise _write_error(path, exc) from None
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        if not any(stage in path.parents for stage in _STAGES):
            _WRITTEN.append(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    Raises
    ------
    InputError
        If the folder cannot be created or written.
    RunError
        If the disk is full.
    """
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@contextmanager
def _sigint_held() -> Iterator[None]:
    """Hold Ctrl-C back during a short critical step (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def staged_folder(folder: str | Path) -> Iterator[Path]:
    """A hidden staging folder inside ``folder`` whose files move into ``folder`` at the end.

    Write every output into the yielded folder (subfolders allowed). When
    the block succeeds the files are renamed into place, each over its
    namesake; on any error or Ctrl-C the staging folder is removed and
    ``folder`` is left exactly as it was.

    Raises
    ------
    InputError
        If ``folder`` cannot be created or written.
    """
    folder = Path(folder)
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    _make_folder(folder)
    try:
        stage = Path(tempfile.mkdtemp(prefix=".geozone-", dir=folder))
    except OSError as exc:
        raise _write_error(folder, exc) from None
    done = False
    _STAGES.add(stage)
    try:
        yield stage
        files = sorted(p for p in stage.rglob("*") if p.is_file())
        for src in files:
            dest = folder / src.relative_to(stage)
            if dest.is_dir():
                raise InputError(f"output {dest}", "is a folder", "move it away and run again")
        with _sigint_held():
            for src in files:
                dest = folder / src.relative_to(stage)
                _make_folder(dest.parent)
                try:
                    os.replace(src, dest)
                except OSError as exc:
                    raise _write_error(dest, exc) from None
            _WRITTEN.append(folder)
        done = True
    finally:
        _STAGES.discard(stage)
        shutil.rmtree(stage, ignore_errors=True)
        if not done:
            for made in missing:  # the folders this call created, innermost first
                with contextlib.suppress(OSError):
                    made.rmdir()
