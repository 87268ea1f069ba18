"""The checking service: graded mode with instant feedback on a JupyterHub.

A hub-managed service (``python -m course.service``, started by JupyterHub) that holds the
answer keys, enforces each graded set's attempt policy and keeps every attempt in a
database. The student's kernel sends an answer with the user's hub token; the hub tells the
service who the token belongs to, so nobody can answer, or read, as somebody else.

    app.py       the tornado application (HubOAuth: tokens and browser logins)
    core.py      checking an answer: keys, policy, the attempt log (no HTTP)
    models.py    the database (SQLAlchemy: SQLite by default, PostgreSQL by URL)
    policy.py    the attempt policy declared in a master's ``Exercise(..., policy=...)``
    client.py    what the student's kernel uses (``remote_checker``)
    export.py    the instructor's gradebook
    hub.py       ``configure(c, ...)`` for a lecturer's ``jupyterhub_config.py``

See ``instructor/README.md`` ("Graded mode on a JupyterHub") for a lecturer's view.
"""

SERVICE_NAME = "course-checker"
#: the scope a student's token needs to reach the service at all
ACCESS_SCOPE = f"access:services!service={SERVICE_NAME}"
#: the custom scope of the instructor role (attempt log, written answers, gradebook, keys)
INSTRUCTOR_SCOPE = "custom:course-checker:instructor"
