"""Small interactive pieces shared by the lessons: a control that redraws a chart.

    from course.widgets import explorer
    explorer(draw=lambda year: membership_map("CIS", year), year=(1991, 2015, 1995))

``draw`` receives the control values and returns an Altair chart; the chart is drawn
to SVG in a ``ChartPane`` (see ``course.charts`` for why). A failing ``draw`` shows a
message in place of the chart instead of a traceback.
"""

from __future__ import annotations

import functools
import html
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .charts import ChartPane, figure_html, spec_of

if TYPE_CHECKING:
    import ipywidgets


def show_widget(widget: Any, placeholder: str, initial_html: str = "") -> None:
    """Display an ipywidget with readable stand-ins for a saved notebook.

    Widget state is not stored (to keep notebooks small), so a saved notebook that has not
    been run shows a stand-in: ``initial_html`` (e.g. the widget's first chart, as HTML) where
    HTML may be shown -- JupyterLab before the notebook is trusted, the course website -- and
    else the text/plain part, which says what will appear instead of
    ``VBox(children=(HTML(value=...``."""
    from IPython.display import display

    bundle = widget._repr_mimebundle_()
    if isinstance(bundle, tuple):
        bundle = bundle[0]
    bundle = dict(bundle or {})
    bundle["text/plain"] = f"[{placeholder} — run the cell to use it]"
    if initial_html:
        bundle["text/html"] = initial_html
    display(bundle, raw=True)


# The handle of an ipywidgets slider (noUiSlider's role="slider" <div>) gets no accessible name:
# the visible <label> beside it names nothing, since a <div> is not a labelable element, and
# ipywidgets 8 has no option to set one (axe: aria-input-field-name). This small front-end module,
# shipped inside the widget's own state (anywidget; no network, no lab extension to build), names
# every slider handle of its explorer after the slider's visible description.
_SLIDER_NAMES_ESM = """
function name(root) {
  for (const box of root.querySelectorAll('.widget-slider')) {
    const label = box.querySelector('.widget-label');
    const text = label ? label.textContent.trim() : '';
    for (const handle of box.querySelectorAll('[role="slider"]')) {
      if (text && handle.getAttribute('aria-label') !== text) handle.setAttribute('aria-label', text);
    }
  }
}
export default {
  render({ el }) {
    el.style.display = 'none';
    let observer = null, tries = 0, timer = null;
    const attach = () => {
      const root = el.isConnected ? el.closest('.course-explorer') : null;
      if (!root) { if (tries++ < 400) timer = setTimeout(attach, 25); return; }
      name(root);
      observer = new MutationObserver(() => name(root));
      observer.observe(root, { childList: true, subtree: true });
    };
    attach();
    return () => { clearTimeout(timer); if (observer) observer.disconnect(); };
  }
};
"""


@functools.cache
def _slider_names_class() -> type:
    import anywidget

    class SliderNames(anywidget.AnyWidget):
        _esm = _SLIDER_NAMES_ESM

    return SliderNames


def slider_names() -> Any:
    """An invisible widget that gives the slider handles of its `.course-explorer` an accessible
    name (their visible description); put it inside the explorer's box."""
    return _slider_names_class()()


def _control(name: str, spec: Any):
    import ipywidgets as w

    style = {"description_width": "initial"}
    layout = w.Layout(width="460px")
    if isinstance(spec, w.ValueWidget):
        return spec
    if isinstance(spec, tuple) and len(spec) in (2, 3) and all(isinstance(v, int) for v in spec):
        lo, hi = spec[0], spec[1]
        value = spec[2] if len(spec) == 3 else lo
        return w.IntSlider(
            value=value,
            min=lo,
            max=hi,
            step=1,
            description=name,
            continuous_update=False,
            style=style,
            layout=layout,
        )
    if isinstance(spec, (list, tuple)):
        options = list(spec)
        return w.Dropdown(options=options, value=options[0], description=name, style=style, layout=layout)
    if isinstance(spec, bool):
        return w.Checkbox(value=spec, description=name, indent=False)
    raise TypeError(f"cannot make a control for {name}={spec!r}")


def _option_values(control: Any) -> list:
    """The values a drop-down (or selection slider) can take, whether options are plain values
    or (label, value) pairs."""
    return [o[1] if isinstance(o, tuple) else o for o in getattr(control, "options", ())]


_PREFETCH = None


def _prefetcher():
    """One background thread per kernel that draws the views a student will likely ask for next."""
    global _PREFETCH
    if _PREFETCH is None:
        from concurrent.futures import ThreadPoolExecutor

        _PREFETCH = ThreadPoolExecutor(max_workers=1, thread_name_prefix="course-prefetch")
    return _PREFETCH


class Explorer:
    """Controls plus a chart that is redrawn when any control changes.

    ``draw`` must depend only on the control values: each view is drawn once and kept
    (up to ``CACHE`` views), and after every move the next position of the control just
    moved is drawn in a background thread, so the next step of a slider only swaps a
    finished image (a few ms instead of ~50–100 ms of vl-convert). Pre-drawing
    starts with the student's first move, so running a notebook top to bottom pays nothing.

    vl-convert holds Python's GIL while it draws, so pre-drawing competes with the student's
    next move: it draws only the likeliest next view (one step further in the direction just
    moved), and a new move stops whatever pre-drawing is still queued."""

    CACHE = 128

    def __init__(self, draw: Callable[..., Any], source: str = "", **controls: Any):
        import ipywidgets as w

        self.draw = draw
        self.source = source
        self._views: dict[tuple, str] = {}
        self.controls = {name: _control(name, spec) for name, spec in controls.items()}
        self.pane = ChartPane(source=source)
        self.message = w.HTML()
        self.last_ms = 0.0
        self._moved: tuple[str, int] | None = None  # (control, +1 or -1) of the last move
        self._generation = 0  # bumped by every redraw
        for name, c in self.controls.items():
            c.observe(lambda change, name=name: self._on_change(name, change), names="value")
        parts = [
            w.HBox(list(self.controls.values()), layout=w.Layout(flex_flow="row wrap")),
            self.pane.widget,
            self.message,
        ]
        if any(isinstance(c, (w.IntSlider, w.SelectionSlider)) for c in self.controls.values()):
            parts.append(slider_names())
        self.widget = w.VBox(parts)
        self.widget.add_class("course-explorer")
        self.redraw(prefetch=False)  # no background work while a notebook runs top to bottom

    def values(self) -> dict:
        return {name: c.value for name, c in self.controls.items()}

    @staticmethod
    def _key(values: dict) -> tuple:
        return tuple(sorted((k, repr(v)) for k, v in values.items()))

    def _render(self, values: dict) -> str:
        key = self._key(values)
        markup = self._views.get(key)
        if markup is None:
            markup = figure_html(spec_of(self.draw(**values), validate=False), self.source)
            if len(self._views) >= self.CACHE:
                self._views.pop(next(iter(self._views)))
            self._views[key] = markup
        return markup

    def _on_change(self, name: str, change: dict) -> None:
        old, new = change.get("old"), change.get("new")
        if isinstance(old, (int, float)) and isinstance(new, (int, float)):
            direction = 1 if new >= old else -1
        else:
            opts = _option_values(self.controls[name])
            direction = -1 if old in opts and new in opts and opts.index(new) < opts.index(old) else 1
        self._moved = (name, direction)
        self.redraw()

    def _neighbours(self) -> list[dict]:
        """The views one step either side along the control just moved, the direction it moved
        first (one step back is usually the view the student came from, already drawn). Other controls
        are not pre-drawn: each render holds the GIL for ~50–100 ms, and pre-drawing them
        delayed the student's next move more often than it saved one."""
        import ipywidgets as w

        if self._moved is None:
            return []
        name, direction = self._moved
        c = self.controls[name]
        if isinstance(c, w.IntSlider):
            steps = [v for v in (c.value + c.step, c.value - c.step) if c.min <= v <= c.max]
        elif isinstance(c, (w.Dropdown, w.SelectionSlider)):
            opts = _option_values(c)
            i = opts.index(c.value) if c.value in opts else 0
            steps = [opts[j] for j in (i + 1, i - 1) if 0 <= j < len(opts)]
        else:
            return []
        if direction < 0:
            steps.reverse()
        return [{**self.values(), name: v} for v in steps]

    def _prefetch(self) -> None:
        todo = [v for v in self._neighbours() if self._key(v) not in self._views]
        generation = self._generation

        def work():
            for values in todo:
                if self._generation != generation:  # the student moved on: stop
                    return
                try:
                    self._render(values)
                except Exception:  # noqa: BLE001 - a failing view shows its message when asked for
                    pass

        if todo:
            _prefetcher().submit(work)

    def redraw(self, prefetch: bool = True) -> None:
        self._generation += 1
        t0 = time.perf_counter()
        try:
            self.pane.widget.value = self._render(self.values())
            self.message.value = ""
        except Exception as exc:  # noqa: BLE001 - show a message, never a traceback
            self.message.value = (
                f'<div role="alert" style="color:#8a1c12">This view could not be '
                f"drawn: {html.escape(str(exc))[:300]}</div>"
            )
        self.last_ms = (time.perf_counter() - t0) * 1000
        if prefetch:
            self._prefetch()

    def initial_html(self) -> str:
        """The first view as static HTML (its chart, and a line on how to move it), or "" if it
        could not be drawn: what a saved notebook and the course website show of the explorer."""
        chart = self.pane.widget.value
        if not chart or self.message.value:
            return ""
        names = ", ".join(f"<b>{html.escape(n)}</b>" for n in self.controls)
        return (
            f'<div class="course-explorer-initial">{chart}'
            f'<p class="course-explorer-how" style="font-size:13px">Interactive: run the cell '
            f"to move {names}; each move redraws the chart.</p></div>"
        )

    def _ipython_display_(self) -> None:
        show_widget(self.widget, "interactive chart: " + ", ".join(self.controls), self.initial_html())

    def __repr__(self) -> str:
        return "Explorer(" + ", ".join(self.controls) + ")"


def explorer(draw: Callable[..., Any], source: str = "", **controls: Any) -> Explorer:
    """Make an Explorer: one control per keyword (int tuple → slider, list → dropdown)."""
    return Explorer(draw, source=source, **controls)


def slider(description: str, lo: int, hi: int, value: int, width: str = "420px") -> ipywidgets.IntSlider:
    """An integer slider that redraws on release, its label in full (for ``explorer``)."""
    import ipywidgets as w

    return w.IntSlider(
        value=value,
        min=lo,
        max=hi,
        description=description,
        continuous_update=False,
        style={"description_width": "initial"},
        layout=w.Layout(width=width),
    )


def float_slider(
    description: str, lo: float, hi: float, value: float, step: float = 0.01, width: str = "460px"
) -> ipywidgets.FloatSlider:
    """A float slider that redraws on release, its label in full (for ``explorer``)."""
    import ipywidgets as w

    return w.FloatSlider(
        value=value,
        min=lo,
        max=hi,
        step=step,
        description=description,
        continuous_update=False,
        style={"description_width": "initial"},
        layout=w.Layout(width=width),
    )
