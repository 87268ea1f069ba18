"""deploy/: the one-server JupyterHub configuration and the Zero to JupyterHub values."""

from __future__ import annotations

import runpy
from pathlib import Path

import yaml
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"


def _hub_config(monkeypatch, tmp_path, **env: str) -> Config:
    monkeypatch.setenv("COURSE_HUB_STATE", str(tmp_path / "state"))
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    cfg = Config()
    runpy.run_path(str(DEPLOY / "jupyterhub_config.py"), init_globals={"get_config": lambda: cfg})
    return cfg


def test_one_server_hub_starts_lab_from_the_course_env_with_limits_and_idle_culling(monkeypatch, tmp_path):
    cfg = _hub_config(
        monkeypatch,
        tmp_path,
        COURSE_HUB_ENV="/opt/course-env",
        COURSE_HUB_IDLE="1800",
        COURSE_HUB_ADMINS="teacher",
        COURSE_HUB_USERS="ann, bob",
    )
    assert cfg.Spawner.cmd == ["/opt/course-env/bin/jupyterhub-singleuser"]
    assert cfg.Spawner.default_url == "/lab"
    assert cfg.Spawner.mem_limit == "2G" and cfg.Spawner.cpu_limit == 1.0
    assert "--ServerApp.shutdown_no_activity_timeout=1800" in cfg.Spawner.args
    assert "--MappingKernelManager.cull_idle_timeout=900" in cfg.Spawner.args
    assert cfg.Authenticator.admin_users == {"teacher"} and cfg.Authenticator.allowed_users == {"ann", "bob"}
    assert cfg.JupyterHub.authenticator_class == "pam"
    assert (tmp_path / "state").is_dir() and str(tmp_path / "state") in cfg.JupyterHub.db_url


def test_hub_config_names_only_traits_that_exist(monkeypatch, tmp_path):
    """Every configured option is a real trait of JupyterHub / jupyter_server (a typo would be ignored
    by JupyterHub with a warning only)."""
    from importlib.util import find_spec

    cfg = _hub_config(monkeypatch, tmp_path, COURSE_HUB_AUTH="dummy")
    assert cfg.JupyterHub.authenticator_class == "dummy"
    from jupyter_server.serverapp import ServerApp
    from jupyter_server.services.kernels.kernelmanager import MappingKernelManager

    owners = {"ServerApp": ServerApp, "MappingKernelManager": MappingKernelManager}
    for arg in cfg.Spawner.args:
        cls, trait = arg.removeprefix("--").split("=")[0].split(".")
        assert owners[cls].class_traits().get(trait) is not None, arg
    if find_spec("jupyterhub"):  # the hub's own traits, where JupyterHub is installed
        from jupyterhub.app import JupyterHub
        from jupyterhub.auth import Authenticator
        from jupyterhub.proxy import ConfigurableHTTPProxy
        from jupyterhub.spawner import Spawner

        for cls in (JupyterHub, Authenticator, Spawner, ConfigurableHTTPProxy):
            unknown = set(cfg[cls.__name__]) - set(cls.class_traits())
            assert not unknown, (cls.__name__, unknown)


def test_zero_to_jupyterhub_values_set_image_culling_limits_and_lab():
    values = yaml.safe_load((DEPLOY / "values.yaml").read_text(encoding="utf-8"))
    single = values["singleuser"]
    assert single["image"]["name"].endswith("/postsoviet-course") and single["image"]["tag"]
    assert single["defaultUrl"] == "/lab" and single["cmd"] == "jupyterhub-singleuser"
    assert single["memory"]["limit"] and single["cpu"]["limit"] and single["storage"]["capacity"]
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] > 0
    assert "authenticator_class" in values["hub"]["config"]["JupyterHub"]


def test_deploy_readme_gives_the_commands_it_promises():
    text = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for needle in (
        "jupyter-repo2docker",
        "helm upgrade --install",
        "--values deploy/values.yaml",
        "jupyterhub -f",
        "deploy/jupyterhub_config.py",
        "configurable-http-proxy",
        "python -m course.links",
        "COURSE_VENV=",
        "tools/setup_env.py",
    ):
        assert needle in text, needle
