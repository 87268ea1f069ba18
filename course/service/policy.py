"""The attempt policy of a graded exercise set, declared in its master::

    ex = Exercise("00_start_here", title="…", mode="graded",
                  policy={"max_attempts": 3, "penalty": 0.25})

``max_attempts``  tries per automatically scored question (``None`` or absent: unlimited).
                  A try is an answer that could be checked: one that cannot be read (an
                  empty box, text where a number is due) is not counted and costs nothing.
``penalty``       the fraction of the question's points taken off for each try after the
                  first (0.25: a right second try earns 75 %, a right third try 50 %); never
                  below 0. Default 0.
A question's grade is its best try. Written answers (scored by the instructor) are never
limited: the last one submitted is the one the instructor scores. A set without a policy is
unlimited with no penalty. (Practice releases never reach the service: their checks stay in
the kernel.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


class PolicyError(ValueError):
    """A policy in a master that cannot be applied (reported when the keys are loaded)."""


@dataclass(frozen=True)
class Policy:
    max_attempts: int | None = None
    penalty: float = 0.0

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Policy:
        """The policy of a set from its ``Exercise(...)`` keyword arguments."""
        raw = settings.get("policy") or {}
        if not isinstance(raw, dict):
            raise PolicyError(f"policy must be a dict, got {type(raw).__name__}")
        unknown = set(raw) - {"max_attempts", "penalty"}
        if unknown:
            raise PolicyError(f"unknown policy setting(s): {', '.join(sorted(unknown))}")
        limit = raw.get("max_attempts")
        if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
            raise PolicyError(f"max_attempts must be a whole number ≥ 1 or None, got {limit!r}")
        penalty = raw.get("penalty", 0.0) or 0.0
        if (
            not isinstance(penalty, (int, float))
            or isinstance(penalty, bool)
            or not math.isfinite(penalty)
            or not 0 <= penalty <= 1
        ):
            raise PolicyError(f"penalty must be a fraction between 0 and 1, got {penalty!r}")
        return cls(limit, float(penalty))

    def allows(self, tries_used: int) -> bool:
        """May a student who has used ``tries_used`` tries make another?"""
        return self.max_attempts is None or tries_used < self.max_attempts

    def left(self, tries_used: int) -> int | None:
        return None if self.max_attempts is None else max(0, self.max_attempts - tries_used)

    def points(self, raw: float, max_points: float, number: int) -> float:
        """Points a try numbered ``number`` (1 = first) earns for a raw score of ``raw``."""
        off = self.penalty * max_points * (number - 1)
        return round(max(0.0, raw - off), 6)

    def describe(self) -> str:
        if self.max_attempts is None and not self.penalty:
            return "unlimited tries"
        parts = [
            "unlimited tries"
            if self.max_attempts is None
            else f"at most {self.max_attempts} tr{'y' if self.max_attempts == 1 else 'ies'} per question"
        ]
        if self.penalty:
            parts.append(f"each try after the first costs {self.penalty:.0%} of the question's points")
        return "; ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {"max_attempts": self.max_attempts, "penalty": self.penalty}
