"""The course-level score report: every exercise set, re-graded from the progress files.

    from course import report
    r = report.gather()          # reads exercises/*.ipynb and the progress folder
    r.headline()                 # one sentence
    r.per_module(); r.per_type(); r.unanswered()
    charts.show(r.chart())
    r.export()                   # progress/course_report.csv and course_report.json

How it grades (never trusting the points stored in a progress file):

1. For each student exercise notebook ``exercises/*.ipynb`` it reads the cells with
   nbformat and runs, in a fresh namespace, only the **setup cell** (the one that
   creates ``ex = Exercise(...)``) and the **question cells** (cells for which
   ``course.authoring.build._defines_question`` is true and that the build locked with
   ``editable: false``). No student code runs.
2. ``COURSE_PROGRESS_DIR`` points at the student's progress folder while it does so,
   so the question engine restores each saved answer and re-checks it against the
   answer key (``Exercise._restore``). A progress file that claims points for a wrong
   answer therefore earns nothing.
3. It reads ``ex.score()``.

A notebook whose progress file does not exist is "not started" (0 points, all its
questions unanswered). A corrupt progress file is set aside by the engine
(``course.questions.progress``), which leaves a notice; the report shows that notice. Everything
comes from files, so the report is the same after a kernel restart.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import questions as _questions
from .authoring import cells as _cells
from .paths import release_dir
from .questions import types as _types
from .questions.progress import progress_dir

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

TYPE_NAMES = {m: t.label for m, t in _types.TYPES.items()}
STATUS_OF_MODULE = ("not started", "in progress", "all answered")
ANSWERED = ("correct", "partial", "incorrect", "submitted")


@dataclass
class ModuleResult:
    """The re-graded score of one exercise notebook."""

    notebook: str  # file name, e.g. "00_start_here.ipynb"
    quiz: str = ""
    title: str = ""
    started: bool = False  # a progress file existed when the report ran
    score: dict = field(default_factory=dict)  # Exercise.score()
    notice: str = ""  # from the progress store (e.g. a corrupt file set aside)
    errors: list[str] = field(default_factory=list)

    @property
    def module(self) -> str:
        return self.notebook[:2]

    @property
    def status(self) -> str:
        answered, total = self.score.get("answered", 0), self.score.get("total", 0)
        if not answered:
            return "not started"
        return "all answered" if answered == total else "in progress"


def _exec_quietly(code: str, namespace: dict, label: str) -> None:
    """Run one cell; display() and print() go nowhere (the report shows its own output)."""
    import IPython.display as ipd

    saved_display = ipd.display
    ipd.display = lambda *a, **k: None  # Exercise(...) shows a notice with display()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            exec(compile(code, label, "exec"), namespace)  # noqa: S102 - course notebooks only
    finally:
        ipd.display = saved_display


def load_exercise(
    notebook: Path | str, progress: Path | str | None = None
) -> tuple[_questions.Exercise | None, ModuleResult]:
    """Rebuild the Exercise of a student notebook with its saved answers re-checked.

    Returns ``(exercise or None, ModuleResult)``; the result's ``errors`` say which
    cells could not run. Never raises for a broken notebook or progress file."""
    import nbformat

    notebook = Path(notebook)
    folder = Path(progress) if progress is not None else progress_dir()
    result = ModuleResult(notebook=notebook.name)
    try:
        nb = nbformat.read(notebook, as_version=4)
    except Exception as exc:  # noqa: BLE001
        result.errors.append(f"could not read the notebook ({type(exc).__name__})")
        return None, result
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    setup = [c for c in code_cells if _cells.is_setup(c)]
    asks = [c for c in code_cells if _cells.is_question(c) and c.metadata.get("editable") is False]
    if not setup:
        result.errors.append("no setup cell creating an Exercise")
        return None, result
    quiz = _cells.quiz_of(setup) or ""
    result.quiz = quiz
    result.started = bool(quiz) and (folder / f"{quiz}.json").exists()

    before = dict(_questions.REGISTRY)
    env_before = os.environ.get("COURSE_PROGRESS_DIR")
    os.environ["COURSE_PROGRESS_DIR"] = str(folder)
    namespace: dict[str, Any] = {"__name__": f"course_report_{notebook.stem}", "__builtins__": builtins}
    exercise = None
    try:
        try:
            _exec_quietly(setup[0].source, namespace, f"{notebook.name} (setup)")
        except Exception as exc:  # noqa: BLE001
            result.errors.append(f"setup cell failed ({type(exc).__name__}: {str(exc)[:120]})")
            return None, result
        exercise = next((v for v in namespace.values() if isinstance(v, _questions.Exercise)), None)
        if exercise is None:
            result.errors.append("the setup cell made no Exercise")
            return None, result
        result.quiz, result.title = exercise.quiz_id, exercise.title
        result.notice = exercise.store.notice
        for i, cell in enumerate(asks, start=1):
            try:
                _exec_quietly(cell.source, namespace, f"{notebook.name} (question cell {i})")
            except Exception as exc:  # noqa: BLE001
                result.errors.append(f"question cell {i} failed ({type(exc).__name__}: {str(exc)[:120]})")
        try:
            result.score = exercise.score()
        except Exception as exc:  # noqa: BLE001
            result.errors.append(f"could not compute the score ({type(exc).__name__})")
    finally:
        if env_before is None:
            os.environ.pop("COURSE_PROGRESS_DIR", None)
        else:
            os.environ["COURSE_PROGRESS_DIR"] = env_before
        _questions.REGISTRY.clear()
        _questions.REGISTRY.update(before)  # the report leaves the kernel's registry as it was
    return exercise, result


class Report:
    """Scores of all exercise notebooks, as tables, a chart and files."""

    def __init__(self, modules: list[ModuleResult]):
        self.modules = modules

    # ---- tables
    def questions(self) -> pd.DataFrame:
        """One row per question of every exercise notebook."""
        import pandas as pd

        rows = []
        for m in self.modules:
            for r in m.score.get("rows", []):
                rows.append(
                    {
                        "module": m.module,
                        "quiz": m.quiz,
                        "question": r["question"],
                        "id": r["id"],
                        "type": TYPE_NAMES.get(r["type"], r["type"]),
                        "status": r["status"],
                        "attempts": r["attempts"],
                        "points": r["points"] if r["auto"] else None,
                        "max": r["max"],
                        "scored_by": "automatic" if r["auto"] else "instructor",
                    }
                )
        cols = [
            "module",
            "quiz",
            "question",
            "id",
            "type",
            "status",
            "attempts",
            "points",
            "max",
            "scored_by",
        ]
        return pd.DataFrame(rows, columns=cols)

    def per_module(self) -> pd.DataFrame:
        import pandas as pd

        rows = []
        for m in self.modules:
            s = m.score
            rows.append(
                {
                    "module": m.module,
                    "title": m.title or m.notebook,
                    "status": m.status,
                    "answered": s.get("answered", 0),
                    "questions": s.get("total", 0),
                    "points": s.get("earned", 0.0),
                    "automatic max": s.get("auto_max", 0.0),
                    "instructor-scored max": s.get("manual_max", 0.0),
                    "notice": " ".join([m.notice, *m.errors]).strip(),
                }
            )
        cols = [
            "module",
            "title",
            "status",
            "answered",
            "questions",
            "points",
            "automatic max",
            "instructor-scored max",
            "notice",
        ]
        return pd.DataFrame(rows, columns=cols)

    def per_type(self) -> pd.DataFrame:
        q = self.questions()
        if q.empty:
            return q
        q = q.assign(answered=q["status"].isin(ANSWERED), points=q["points"].fillna(0.0))
        out = q.groupby("type", sort=True).agg(
            questions=("id", "size"),
            answered=("answered", "sum"),
            points=("points", "sum"),
            max=("max", "sum"),
        )
        return out.reset_index()

    def unanswered(self) -> pd.DataFrame:
        q = self.questions()
        return q[~q["status"].isin(ANSWERED)][["module", "question", "id", "type", "max"]].reset_index(
            drop=True
        )

    def total(self) -> dict:
        s = [m.score for m in self.modules]
        return {
            "points": sum(x.get("earned", 0.0) for x in s),
            "automatic_max": sum(x.get("auto_max", 0.0) for x in s),
            "instructor_max": sum(x.get("manual_max", 0.0) for x in s),
            "answered": sum(x.get("answered", 0) for x in s),
            "questions": sum(x.get("total", 0) for x in s),
            "modules": len(self.modules),
            "modules_started": sum(1 for m in self.modules if m.started),
        }

    def notices(self) -> list[str]:
        out = []
        for m in self.modules:
            if m.notice:
                out.append(f"{m.notebook}: {m.notice}")
            out += [f"{m.notebook}: {e}" for e in m.errors]
        return out

    def headline(self) -> str:
        t = self.total()
        if not t["answered"]:
            return (
                "You have not answered any exercise question yet: every module is listed below as "
                "not started. Open an exercise notebook, check an answer, then run this report again."
            )
        pct = 100 * t["points"] / t["automatic_max"] if t["automatic_max"] else 0.0
        return (
            f"You have {t['points']:g} of {t['automatic_max']:g} automatic points ({pct:.0f}%), with "
            f"{t['answered']} of {t['questions']} questions answered in {t['modules_started']} of "
            f"{t['modules']} modules; {t['instructor_max']:g} more points for written answers are "
            "scored by your instructor."
        )

    # ---- chart
    def chart(self) -> alt.Chart:
        """Stacked bars per module: points earned, automatic points still open, written-answer points."""
        import altair as alt
        import pandas as pd

        rows = []
        for m in self.modules:
            s = m.score
            label = f"{m.module} {m.title.split('—')[-1].strip()}" if m.title else m.notebook
            earned = float(s.get("earned", 0.0))
            rows += [
                {"module": label, "part": "earned", "points": earned},
                {
                    "module": label,
                    "part": "not yet earned (automatic)",
                    "points": float(s.get("auto_max", 0.0)) - earned,
                },
                {
                    "module": label,
                    "part": "written answers (instructor)",
                    "points": float(s.get("manual_max", 0.0)),
                },
            ]
        df = pd.DataFrame(rows, columns=["module", "part", "points"])
        order = ["earned", "not yet earned (automatic)", "written answers (instructor)"]
        df["order"] = df["part"].map(order.index)
        return (
            alt.Chart(
                df,
                title="Your points by module",
                description="Horizontal stacked bars, one per exercise module: points earned, "
                "automatic points not yet earned, and points for written answers "
                "that the instructor scores.",
            )
            .mark_bar()
            .encode(
                y=alt.Y("module:N", title=None, sort=None, axis=alt.Axis(labelLimit=320)),
                x=alt.X("sum(points):Q", title="Points"),
                color=alt.Color(
                    "part:N",
                    title=None,
                    sort=order,
                    scale=alt.Scale(domain=order, range=["#0072B2", "#D9D9D9", "#C28600"]),
                    legend=alt.Legend(orient="bottom"),
                ),
                order=alt.Order("order:Q"),
            )
            .properties(width=520, height=alt.Step(26))
        )

    # ---- files
    def to_json(self) -> dict:
        return {
            "report": "course score report",
            "format": 1,
            "generated": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "total": self.total(),
            "notices": self.notices(),
            "modules": json.loads(self.per_module().to_json(orient="records")),
            "questions": json.loads(self.questions().to_json(orient="records")),
        }

    def export(self, folder: Path | str | None = None) -> list[Path]:
        """Write course_report.csv (one row per question) and course_report.json (everything).

        The folder defaults to the progress folder (``progress/``). Returns the two paths."""
        target = Path(folder) if folder is not None else progress_dir()
        target.mkdir(parents=True, exist_ok=True)
        csv_path, json_path = target / "course_report.csv", target / "course_report.json"
        self.questions().to_csv(csv_path, index=False)
        json_path.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False), encoding="utf-8")
        return [csv_path, json_path]

    def _repr_html_(self) -> str:
        import html as _html

        items = "".join(f"<li>{_html.escape(n)}</li>" for n in self.notices())
        notes = f"<p><b>Notices</b></p><ul>{items}</ul>" if items else ""
        return f'<div style="max-width:760px"><p>{_html.escape(self.headline())}</p>{notes}</div>'

    def __repr__(self) -> str:
        return self.headline()


def gather(progress: Path | str | None = None, exercises: Path | str | None = None) -> Report:
    """Re-grade every student exercise notebook against the saved answers in ``progress``.

    ``progress`` defaults to the progress folder (``$COURSE_PROGRESS_DIR`` or ``progress/``),
    ``exercises`` to the course's ``exercises/`` folder."""
    folder = Path(progress) if progress is not None else progress_dir()
    where = Path(exercises) if exercises is not None else release_dir()
    modules = []
    for nb in sorted(where.glob("*.ipynb")):
        try:
            _ex, result = load_exercise(nb, folder)
        except Exception as exc:  # noqa: BLE001 - one broken notebook must not hide the others
            result = ModuleResult(notebook=nb.name, errors=[f"could not be re-graded ({type(exc).__name__})"])
        modules.append(result)
    return Report(modules)
