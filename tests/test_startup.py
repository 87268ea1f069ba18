"""The start-up fix in course/__init__.py: Altair imported after the course skips the slow
rfc3987_syntax import (≈1.1 s of Lark parser building) and still validates charts."""

import os
import subprocess
import sys

PROBE = """
import sys
{first}
import altair as alt
state = "absent" if sys.modules.get("rfc3987_syntax", "missing") is None else (
    "imported" if "rfc3987_syntax" in sys.modules else "never-asked")
try:
    alt.Chart({{"values": [{{"a": 1}}]}}).mark_point().encode(x="a:Q").to_dict()
    alt.Chart({{"values": []}}).mark_point(size="huge").to_dict()
    print(state, "validated-nothing")
except Exception as exc:
    print(state, "rejected-bad-spec" if "huge" in str(exc) else repr(exc))
"""


def _run(first: str, keep: bool = False) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COURSE_KEEP_RFC3987"}
    if keep:
        env["COURSE_KEEP_RFC3987"] = "1"
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(first=first)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_altair_after_the_course_skips_rfc3987_syntax_and_still_validates_specs():
    assert _run("import course") == "absent rejected-bad-spec"


def test_without_the_course_first_altair_pays_for_rfc3987_syntax():
    # proves the fix is needed at all: in this environment jsonschema does import it
    assert _run("") == "imported rejected-bad-spec"


def test_the_fix_can_be_switched_off():
    assert _run("import course", keep=True) == "imported rejected-bad-spec"
