"""Answer keys that are not readable in plain text.

A master notebook writes ``answer=<value>``; the build (``course.authoring.build``) turns it
into ``key="v1.…"`` in what students get. Discrete answers (choice, multiple choice,
ordering, sets, matching pairs) are stored only as salted SHA-256 hashes, as
nbgrader's autotests do; numeric answers and chart requirements cannot be checked
from a hash, so they are obfuscated (XOR with a salt-derived stream, base64).

Honest limit: a student who reads this module can brute-force a small answer space
or decode a numeric key. Nothing inside a student's own notebook can be secret; the
aim is that no answer is *readable* in what students see (see README, "Grading").
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import unicodedata
from typing import Any

PREFIX = "v1."
_PEPPER = "postsoviet-course/keys/v1"

HASHED_KINDS = {"choice", "multi", "ordering", "set", "short"}
OPEN_KINDS = {"numeric", "chart"}
KINDS = HASHED_KINDS | OPEN_KINDS | {"matching"}


def salt_for(quiz_id: str, qid: str) -> str:
    """Deterministic per-question salt, so that a rebuild gives the same keys."""
    return hashlib.sha256(f"{_PEPPER}|{quiz_id}|{qid}".encode()).hexdigest()[:16]


def normalise_text(value: Any) -> str:
    """Canonical text: Unicode NFKC, case-folded, inner whitespace collapsed."""
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.casefold().split())


def canonical(kind: str, value: Any) -> str:
    """The string that is hashed for a discrete answer of ``kind``."""
    if kind in ("choice", "short"):
        return normalise_text(value)
    if kind in ("multi", "set"):
        return "\x1f".join(sorted({normalise_text(v) for v in value}))
    if kind == "ordering":
        return "\x1f".join(normalise_text(v) for v in value)
    raise ValueError(f"no canonical form for kind {kind!r}")


def _digest(salt: str, text: str) -> str:
    return hashlib.sha256(f"{salt}|{text}".encode()).hexdigest()


def _stream(salt: str, n: int) -> bytes:
    out, counter = b"", 0
    while len(out) < n:
        out += hashlib.sha256(f"{_PEPPER}|{salt}|{counter}".encode()).digest()
        counter += 1
    return out[:n]


def _seal(payload: dict) -> str:
    salt = payload["s"]
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    masked = bytes(a ^ b for a, b in zip(body, _stream(salt, len(body))))
    return PREFIX + salt + "." + base64.urlsafe_b64encode(masked).decode()


def _unseal(key: str) -> dict:
    if not isinstance(key, str) or not key.startswith(PREFIX):
        raise ValueError("not a course answer key")
    try:
        salt, data = key[len(PREFIX) :].split(".", 1)
        masked = base64.urlsafe_b64decode(data.encode())
        body = bytes(a ^ b for a, b in zip(masked, _stream(salt, len(masked))))
        payload = json.loads(body)
    except Exception as exc:  # any damage means "not a key"
        raise ValueError("the answer key is damaged") from exc
    if payload.get("s") != salt:
        raise ValueError("the answer key is damaged")
    return payload


def encode(kind: str, quiz_id: str, qid: str, answer: Any) -> str:
    """Make the key for ``answer`` to question ``qid`` of ``quiz_id``."""
    if kind not in KINDS:
        raise ValueError(f"unknown question kind {kind!r}")
    salt = salt_for(quiz_id, qid)
    payload: dict[str, Any] = {"k": kind, "s": salt, "q": qid}
    if kind in HASHED_KINDS:
        if kind in ("multi", "set", "ordering") and isinstance(answer, str):
            raise TypeError(f"a {kind} answer must be a list, not a string")
        payload["h"] = _digest(salt, canonical(kind, answer))
    elif kind == "matching":
        if not isinstance(answer, dict):
            raise TypeError("a matching answer must be a dict {left: right}")
        payload["m"] = {
            _digest(salt, "L|" + normalise_text(left)): _digest(
                salt, "P|" + normalise_text(left) + "|" + normalise_text(right)
            )
            for left, right in answer.items()
        }
    elif kind == "numeric":
        value = float(answer)
        if not math.isfinite(value):
            raise ValueError("a numeric answer must be finite")
        payload["v"] = value
    else:  # chart requirements
        payload["v"] = answer
    return _seal(payload)


def decode(key: str) -> dict:
    """Open a key (used by the engine; exposes hashes, not discrete answers)."""
    return _unseal(key)


def matches(key_payload: dict, kind: str, value: Any) -> bool:
    """True if a (validated) discrete ``value`` matches a hashed key."""
    return _digest(key_payload["s"], canonical(kind, value)) == key_payload["h"]


def matching_pairs(key_payload: dict, mapping: dict) -> tuple[int, int]:
    """(number of correct pairs, number of pairs in the key)."""
    salt, pairs = key_payload["s"], key_payload["m"]
    right = 0
    for left, chosen in mapping.items():
        lh = _digest(salt, "L|" + normalise_text(left))
        if lh in pairs and pairs[lh] == _digest(
            salt, "P|" + normalise_text(left) + "|" + normalise_text(chosen)
        ):
            right += 1
    return right, len(pairs)
