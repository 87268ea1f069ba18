"""Fixtures of the checking-service tests: one real JupyterHub per session (service_hub.py)."""

from __future__ import annotations

import shutil

import pytest
from service_hub import Hub, Student


@pytest.fixture(scope="session")
def hub(tmp_path_factory):
    h = Hub(tmp_path_factory.mktemp("hub"))
    h.start()
    try:
        yield h
    finally:
        h.stop()
        shutil.rmtree(h.work / "checker", ignore_errors=True)


_names = iter(range(1, 10_000))


@pytest.fixture
def student(hub):
    """Make a new hub user (a fresh name each call) with a hub-issued token."""
    return lambda name=None: Student(hub, name or f"student{next(_names)}")


@pytest.fixture
def lecturer(hub):
    return Student(hub, "lecturer", instructor=True)
