"""The question engine (see ``model.py``)."""
from __future__ import annotations

from .model import *  # noqa: F403 - replaced by explicit re-exports when the engine is split
from .model import REGISTRY, _COLOURS  # noqa: F401
