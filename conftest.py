"""Session-wide test settings (imported before any notebook kernel starts).

Kernels started by nbval and by the browser test inherit COURSE_PROGRESS_DIR, so a
student's or author's saved progress never leaks into a test run (the student
versions must run with no question answered).
"""
import os
import tempfile

os.environ["COURSE_PROGRESS_DIR"] = tempfile.mkdtemp(prefix="course-progress-")
