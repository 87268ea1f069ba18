"""Turn graded mode on in a ``jupyterhub_config.py``::

    from course.service.hub import configure
    configure(c, instructors=["lecturer"], masters="/srv/course-keys", term="2026-autumn")

This adds the managed service ``course-checker`` (its own process; run as ``user`` if the hub
runs as root), a role giving every hub user (or the ``students_group``) access to it, an
instructor role with the custom scope ``custom:course-checker:instructor``, the scope the
single-user servers' ``$JUPYTERHUB_API_TOKEN`` needs to reach the service, and
``$COURSE_CHECKER_URL`` in every student's environment (what ``course.service.client`` reads).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import ACCESS_SCOPE, INSTRUCTOR_SCOPE, SERVICE_NAME

SERVER_ROLE_SCOPES = ["users:activity!user", "access:servers!server"]  # JupyterHub's default


def configure(
    c: Any,
    *,
    instructors: Sequence[str] = (),
    students_group: str | None = None,
    port: int = 10101,
    data_dir: str | Path = "course-checker",
    db_url: str | None = None,
    masters: str | Path | None = None,
    term: str = "default",
    user: str | None = None,
    python: str = sys.executable,
    checker_url: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> dict:
    """Add the checking service to JupyterHub config ``c``; returns the service entry.

    ``data_dir``: the service's working folder (its SQLite database unless ``db_url``);
    ``masters``: a folder of exercise masters loaded as ``term``'s keys when it starts;
    ``checker_url``: where students' kernels reach it (default: through the hub's proxy
    on this machine, ``http://127.0.0.1:8000/services/course-checker/``)."""
    data = Path(data_dir).resolve()
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {"COURSE_CHECKER_TERM": term, **(extra_env or {})}
    if db_url:
        env["COURSE_CHECKER_DB_URL"] = db_url
    if masters:
        env["COURSE_CHECKER_KEYS"] = str(Path(masters).resolve())
    service = {
        "name": SERVICE_NAME,
        "url": f"http://127.0.0.1:{port}",
        "command": [python, "-m", "course.service"],
        "cwd": str(data),
        "environment": env,
        "oauth_no_confirm": True,
        "oauth_client_allowed_scopes": [INSTRUCTOR_SCOPE],
        "display": False,
    }
    if user:
        service["user"] = user
    c.JupyterHub.services.append(service)
    c.JupyterHub.custom_scopes = {
        **(_plain(c.JupyterHub.custom_scopes) or {}),
        INSTRUCTOR_SCOPE: {
            "description": "See every attempt, the answer keys and the "
            "gradebook of the course's checking service; score "
            "written answers."
        },
    }
    student_role = {"name": "course-student", "scopes": [ACCESS_SCOPE]}
    if students_group:
        student_role["groups"] = [students_group]
    else:  # every hub user: add the scope to JupyterHub's `user` role
        student_role = {"name": "user", "scopes": ["self", ACCESS_SCOPE]}
    c.JupyterHub.load_roles.append(student_role)
    c.JupyterHub.load_roles.append(
        {"name": "course-instructor", "users": list(instructors), "scopes": [ACCESS_SCOPE, INSTRUCTOR_SCOPE]}
    )
    scopes = _plain(c.Spawner.server_token_scopes) or list(SERVER_ROLE_SCOPES)
    c.Spawner.server_token_scopes = [*scopes, ACCESS_SCOPE]
    c.Spawner.environment.update(
        {"COURSE_CHECKER_URL": checker_url or f"http://127.0.0.1:8000/services/{SERVICE_NAME}/"}
    )
    return service


def _plain(value: Any) -> Any:
    """A config value set earlier in the file, or an empty one (traitlets' lazy placeholder)."""
    from traitlets.config import LazyConfigValue

    return None if isinstance(value, LazyConfigValue) else value
