"""Course helper package: data access, chart theme, widgets, questions and grading.

One start-up fix lives here, because it must run before Altair is imported.

Altair imports ``jsonschema``, whose format checkers import the optional package
``rfc3987_syntax`` if it is installed (it is: ``jsonschema[format-nongpl]`` comes with
JupyterLab's dependencies). That package builds some thirty Lark parsers at import time:
about 1.1 s of the 2 s that ``import pandas, altair, ipywidgets`` takes on the course machine
(``python -X importtime``; jsonschema issue #1428, opendatahub-io/notebooks#3532). Only the
``iri`` / ``iri-reference`` formats use it, and nothing in a course kernel checks formats
(Altair validates chart specs without a format checker). So, before anything imports
jsonschema, the module is marked absent; jsonschema then simply skips those two checks.
This is why every notebook imports ``course`` before Altair (tests/test_course_structure.py).
It touches only the kernel that imports ``course``; set ``COURSE_KEEP_RFC3987=1`` to opt out.
"""

import os as _os
import sys as _sys

if not _os.environ.get("COURSE_KEEP_RFC3987") and "jsonschema" not in _sys.modules:
    _sys.modules.setdefault("rfc3987_syntax", None)
