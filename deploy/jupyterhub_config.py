"""JupyterHub for one class on one server (see deploy/README.md for the commands).

Students log in with their Unix account (PAM), get their own JupyterLab in their home
directory, and open a module from an nbgitpuller link (``python -m course.links``), which
pulls the course into ``~/<repo name>``; progress is saved in ``~/<repo name>/progress/``.
The hub and the students' servers run from one environment, COURSE_HUB_ENV
(default /opt/course-env), made from environment.yml with tools/setup_env.py.

Settings by environment variable (all optional):
  COURSE_HUB_ENV        the environment with jupyterhub, nbgitpuller and the course pins
  COURSE_HUB_IP/PORT    where the proxy listens (default 0.0.0.0:8000; put TLS in front)
  COURSE_HUB_ADMINS     comma-separated admin user names
  COURSE_HUB_USERS      comma-separated allowed user names (default: any local user)
  COURSE_HUB_MEM_LIMIT  per-student memory limit (default 2G)
  COURSE_HUB_CPU_LIMIT  per-student CPU limit (default 1)
  COURSE_HUB_IDLE       seconds of inactivity before a student's server stops (default 3600)
  COURSE_HUB_STATE      folder for the hub's database and cookie secret (default /srv/jupyterhub)
  COURSE_HUB_AUTH       "pam" (default) or "dummy" (any password; only for a local test)
"""

import os
import shutil
import sys
from importlib.util import find_spec
from pathlib import Path

c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

ENV = Path(os.environ.get("COURSE_HUB_ENV", sys.prefix))
STATE = Path(os.environ.get("COURSE_HUB_STATE", "/srv/jupyterhub"))
IDLE = int(os.environ.get("COURSE_HUB_IDLE", "3600"))


def _names(var: str) -> set[str]:
    return {n.strip() for n in os.environ.get(var, "").split(",") if n.strip()}


# --- the hub -----------------------------------------------------------------------------
c.JupyterHub.ip = os.environ.get("COURSE_HUB_IP", "0.0.0.0")
c.JupyterHub.port = int(os.environ.get("COURSE_HUB_PORT", "8000"))
STATE.mkdir(parents=True, exist_ok=True)
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")

# --- who may log in ------------------------------------------------------------------------
if os.environ.get("COURSE_HUB_AUTH", "pam") == "dummy":
    c.JupyterHub.authenticator_class = "dummy"  # local test only: any password works
else:
    c.JupyterHub.authenticator_class = "pam"  # the server's Unix accounts
c.Authenticator.admin_users = _names("COURSE_HUB_ADMINS")
if _names("COURSE_HUB_USERS"):
    c.Authenticator.allowed_users = _names("COURSE_HUB_USERS")
else:
    c.Authenticator.allow_all = True

# --- each student's server: JupyterLab in their home, from the course environment ---------
c.Spawner.cmd = [str(ENV / "bin" / "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.environment = {"PATH": f"{ENV / 'bin'}:/usr/local/bin:/usr/bin:/bin"}
c.Spawner.mem_limit = os.environ.get("COURSE_HUB_MEM_LIMIT", "2G")
c.Spawner.cpu_limit = float(os.environ.get("COURSE_HUB_CPU_LIMIT", "1"))
# Idle culling inside each server (jupyter_server, no extra package): idle kernels are shut
# down after half the idle time, the whole server after the idle time without activity.
c.Spawner.args = [
    f"--ServerApp.shutdown_no_activity_timeout={IDLE}",
    f"--MappingKernelManager.cull_idle_timeout={IDLE // 2}",
    "--MappingKernelManager.cull_interval=300",
    "--MappingKernelManager.cull_connected=True",
]
if find_spec("systemdspawner"):
    # Enforces mem_limit and cpu_limit with systemd (pip install jupyterhub-systemdspawner).
    c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner"
    c.SystemdSpawner.unit_name_template = "jupyter-{USERNAME}"
else:
    # The default spawner runs each server as the student's own Unix user but cannot enforce
    # mem_limit / cpu_limit (they are only shown to the server): see deploy/README.md.
    c.JupyterHub.spawner_class = "localprocess"

# Idle culling from the hub as well, if jupyterhub-idle-culler is installed.
if find_spec("jupyterhub_idle_culler"):
    c.JupyterHub.load_roles = [
        {
            "name": "idle-culler",
            "services": ["idle-culler"],
            "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        }
    ]
    c.JupyterHub.services = [
        {
            "name": "idle-culler",
            "command": [
                sys.executable,
                "-m",
                "jupyterhub_idle_culler",
                f"--timeout={IDLE}",
                "--cull-every=300",
            ],
        }
    ]

# configurable-http-proxy comes from npm (see deploy/README.md).
if shutil.which("configurable-http-proxy") is None:
    print(
        "jupyterhub_config: configurable-http-proxy not on PATH "
        "(sudo npm install -g configurable-http-proxy)",
        file=sys.stderr,
    )
