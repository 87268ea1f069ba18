"""Where the course folder is: the one place that decides it.

The course folder is the folder with ``notebooks/``, ``exercises/``, ``data/`` and the marker
file ``.course-root`` at its top (a clone of the repository, or the copy nbgitpuller makes in
a student's home on a JupyterHub). It is found, in this order:

1. ``$COURSE_DIR`` if set;
2. else the first folder holding ``.course-root``, walking up from the working directory
   (a notebook's kernel starts in the notebook's folder, so ``notebooks/`` finds its course);
3. else the checkout the package was imported from (an editable install or ``PYTHONPATH``),
   if it has the marker.

After a normal (non-editable) install the package lives in ``site-packages``, so only 1 and
2 can find the course there: that is intended. Data, releases and progress all go through
this module; progress is saved inside the course folder (the student's own copy).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "COURSE_DIR"
PROGRESS_ENV_VAR = "COURSE_PROGRESS_DIR"
MARKER = ".course-root"
#: The folder above the package: the checkout when the package is not installed in site-packages.
PACKAGE_PARENT = Path(__file__).resolve().parents[1]


class CourseDirNotFound(RuntimeError):
    """No course folder could be found (see :func:`course_dir`)."""


def checkout_dir() -> Path | None:
    """The checkout the package was imported from, or ``None`` after a normal install."""
    return PACKAGE_PARENT if (PACKAGE_PARENT / MARKER).is_file() else None


def _walk_up(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / MARKER).is_file():
            return folder
    return None


def course_dir() -> Path:
    """The course folder: ``$COURSE_DIR``, else the nearest folder above the working directory
    with ``.course-root``, else the checkout. Raises :class:`CourseDirNotFound` if none."""
    env = os.environ.get(ENV_VAR)
    if env:
        folder = Path(env).expanduser().resolve()
        if not folder.is_dir():
            raise CourseDirNotFound(
                f"{ENV_VAR}={env!r} is not a folder. Set {ENV_VAR} to the "
                f"course folder (the one with notebooks/, exercises/ and data/)."
            )
        return folder
    try:
        cwd: Path | None = Path.cwd()
    except OSError:  # the working directory was deleted
        cwd = None
    found = (_walk_up(cwd) if cwd is not None else None) or checkout_dir()
    if found is None:
        raise CourseDirNotFound(
            f"Cannot find the course folder: no {MARKER} file in {cwd or 'the working directory'} "
            f"or any folder above it. Open the notebooks from inside the course folder, or set "
            f"the environment variable {ENV_VAR} to it (the folder with notebooks/, exercises/, "
            f"data/ and {MARKER}), e.g. `export {ENV_VAR}=$HOME/postsoviet-course`."
        )
    return found


def data_dir() -> Path:
    """``data/`` of the course folder (tables and ``datapackage.json``)."""
    return course_dir() / "data"


def progress_dir() -> Path:
    """Where saved answers go: ``$COURSE_PROGRESS_DIR`` if set, else ``progress/`` inside the
    course folder (on a hub: in the student's own home)."""
    env = os.environ.get(PROGRESS_ENV_VAR)
    return Path(env).expanduser() if env else course_dir() / "progress"


def masters_dir() -> Path:
    """``instructor/masters/`` of the course folder."""
    return course_dir() / "instructor" / "masters"


def release_dir() -> Path:
    """The released student exercise notebooks: ``exercises/`` of the course folder."""
    return course_dir() / "exercises"
