"""What a student sees: each question type's box (prompt, input widgets, Check button and
feedback area) in ipywidgets and HTML. The checking itself is ``model.py``'s.
"""

from __future__ import annotations

import html
from typing import Any

from . import model
from .feedback import Feedback, _fmt
from .parse import BLANK

# ipywidgets gives each radio/tick-box label a fixed one-line height: a long option
# would wrap over the next one and hide its button. Let labels grow instead.
_QUESTION_CSS = (
    "<style>.course-question .widget-radio-box label{height:auto!important;min-height:20px;"
    "line-height:1.35;white-space:normal;display:flex!important;flex-direction:row-reverse;justify-content:flex-end;"
    "align-items:flex-start;gap:6px;padding:3px 0}"
    ".course-question .widget-radio-box label input{margin-top:3px;flex:none}"
    ".course-question .widget-checkbox{height:auto!important}"
    ".course-question .widget-checkbox label{white-space:normal;height:auto;line-height:1.35}"
    "</style>"
)


def _opts_layout() -> Any:
    import ipywidgets as w

    return w.Layout(width="auto", max_width="760px")


class Question(model.Question):
    """A question with its box: prompt, input widgets, Check button, feedback area."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        self._box = None
        self._feedback_widget = None
        super().__init__(*args, **kw)

    # ---- widgets
    def input_widgets(self) -> list:  # overridden by widget-answered types
        return []

    def read_input(self) -> Any:
        return None

    def show_input(self, value: Any) -> None:
        pass

    def box(self) -> Any:
        import ipywidgets as w

        if self._box is not None:
            return self._box
        head = w.HTML(
            _QUESTION_CSS + f'<div style="max-width:760px"><b>{self.label}</b> · {_fmt(self.points)} '
            f"point{'s' if self.points != 1 else ''}<br>{self.prompt}</div>"
        )
        self._feedback_widget = w.HTML()
        self._feedback_widget.add_class("course-feedback")
        inputs = [] if self.code_task else self.input_widgets()
        children = [head, *inputs]
        if inputs:
            button = w.Button(
                description="Check", button_style="primary", tooltip=f"Check your answer to {self.label}"
            )
            button.add_class("course-check")
            button.on_click(lambda _b: self._on_check())
            children.append(button)
        else:
            children.append(
                w.HTML(
                    f'<span style="color:#333">Answer in a code cell with '
                    f'<code>{self.exercise.name}.check("{self.qid}", your_answer)</code>.</span>'
                )
            )
        children.append(self._feedback_widget)
        self._box = w.VBox(
            children,
            layout=w.Layout(border="1px solid #d0d7de", padding="8px", margin="8px 0", max_width="800px"),
        )
        self._box.add_class("course-question")
        self._refresh_feedback()
        return self._box

    def _on_check(self) -> None:
        try:
            self.exercise.submit(self.qid, self.read_input(), quiet=True)
        except Exception as exc:  # noqa: BLE001
            if self._feedback_widget is not None:
                self._feedback_widget.value = Feedback(
                    "invalid", f"Could not check ({type(exc).__name__}).", 0, self.points, label=self.label
                ).html()

    def _refresh_feedback(self) -> None:
        if self._feedback_widget is None:
            return
        if self.key_error:
            self._feedback_widget.value = Feedback(
                "invalid", self.key_error, 0, self.points, label=self.label
            ).html()
        elif self.last is not None:
            extra = ""
            att = self.exercise.store.get(self.qid).get("attempts", 0)
            if att:
                extra = f'<div style="font-size:12px;color:#444">Attempts: {att}</div>'
            self._feedback_widget.value = self.last.html() + extra
        else:
            self._feedback_widget.value = ""

    def _ipython_display_(self) -> None:
        from ..widgets import show_widget

        show_widget(self.box(), f"{self.label}, {_fmt(self.points)} point{'s' if self.points != 1 else ''}")


class Choice(Question, model.Choice):
    """The Choice question with its input widgets."""

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_radio"):
            self._radio = w.RadioButtons(
                options=self.options,
                value=None,
                layout=_opts_layout(),
                style={"description_width": "initial"},
            )
        return [self._radio]

    def read_input(self) -> Any:
        return self._radio.value

    def show_input(self, value: Any) -> None:
        if value in self.options:
            self._radio.value = value


class Multi(Choice, model.Multi):
    """The Multi question with its input widgets."""

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_ticks"):
            self._ticks = [
                w.Checkbox(description=o, value=False, indent=False, layout=_opts_layout())
                for o in self.options
            ]
        return [w.VBox(self._ticks)]

    def read_input(self) -> Any:
        return [t.description for t in self._ticks if t.value]

    def show_input(self, value: Any) -> None:
        for t in self._ticks:
            t.value = t.description in (value or [])


class Numeric(Question, model.Numeric):
    """The Numeric question with its input widgets."""

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_text"):
            self._text = w.Text(placeholder="type a number", layout=w.Layout(width="200px"))
        return [w.HBox([self._text, w.Label(self.units)])] if self.units else [self._text]

    def read_input(self) -> Any:
        return self._text.value

    def show_input(self, value: Any) -> None:
        self._text.value = "" if value is None else str(value)


class Short(Question, model.Short):
    """The Short question with its input widgets."""

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_text"):
            self._text = w.Text(placeholder="type your answer", layout=w.Layout(width="300px"))
        return [self._text]

    def read_input(self) -> Any:
        return self._text.value

    def show_input(self, value: Any) -> None:
        self._text.value = "" if value is None else str(value)


class Ordering(Question, model.Ordering):
    """The Ordering question with its input widgets."""

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_slots"):
            self._slots = [
                w.Dropdown(
                    options=[BLANK, *self.items],
                    value=BLANK,
                    description=f"{i + 1}.",
                    layout=_opts_layout(),
                    style={"description_width": "30px"},
                )
                for i in range(len(self.items))
            ]
        return [w.VBox(self._slots)]

    def read_input(self) -> Any:
        return [s.value for s in self._slots]

    def show_input(self, value: Any) -> None:
        for slot, v in zip(self._slots, value or []):
            if v in self.items:
                slot.value = v


class Matching(Question, model.Matching):
    """The Matching question with its input widgets."""

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_drops"):
            # The item is shown in bold beside the list (too long for ipywidgets' one-line
            # label), so the `description` label that names the <select> (<label for>) is
            # collapsed to zero width: a real label, not only a title (axe label-title-only).
            self._drops = {
                left: w.Dropdown(
                    options=[BLANK, *self.right],
                    value=BLANK,
                    description=f"Match for: {left}",
                    style={"description_width": "0px"},
                    tooltip=f"Match for: {left}",
                    layout=w.Layout(width="auto", max_width="520px"),
                )
                for left in self.left
            }
        rows = [
            w.HBox([w.HTML(f'<div style="width:220px"><b>{html.escape(left)}</b></div>'), d])
            for left, d in self._drops.items()
        ]
        return [w.VBox(rows)]

    def read_input(self) -> Any:
        return {k: d.value for k, d in self._drops.items()}

    def show_input(self, value: Any) -> None:
        for k, d in self._drops.items():
            if isinstance(value, dict) and value.get(k) in self.right:
                d.value = value[k]


class Items(Question, model.Items):
    """The Items question (answered from code: no input widgets)."""


class ChartTask(Question, model.ChartTask):
    """The ChartTask question (answered from code: no input widgets)."""


class Written(Question, model.Written):
    """The Written question with its input widgets."""

    def rubric_html(self) -> str:
        """The rubric, shown above the box before the student writes."""
        items = "".join(f"<li>{html.escape(r)}</li>" for r in self.rubric)
        return (
            f'<div class="course-rubric" style="margin-top:6px;max-width:760px"><b>Rubric your '
            f"instructor will use ({_fmt(self.points)} points) — read it before you write:</b>"
            f"<ul>{items}</ul></div>"
        )

    def input_widgets(self) -> list:
        import ipywidgets as w

        if not hasattr(self, "_area"):
            self._rubric = w.HTML(self.rubric_html())
            self._area = w.Textarea(
                placeholder="Write your argument here…",
                layout=w.Layout(width="100%", max_width="760px", height="160px"),
            )
        return [self._rubric, self._area]

    def read_input(self) -> Any:
        return self._area.value

    def show_input(self, value: Any) -> None:
        self._area.value = value or ""
