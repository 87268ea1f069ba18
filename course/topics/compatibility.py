"""Which trade commitments can one state hold at the same time? (module 05, paper §8)

Ukraine in 2003–2005 could sign up to five commitments::

    from course.topics import compatibility as cp
    cp.check(["fta_ses", "fta_eu"]).status        # 'compatible on conditions'
    cp.check(["cu_ses", "eu_member"]).status      # 'incompatible'
    cp.all_combinations()                         # all 32 sets, one row each
    cp.checker()                                  # tick boxes -> verdict + table of rules

How a pair is decided
---------------------
Each commitment is described by *what it does to the state's external tariff*:

* a **free trade area** (FTA) removes tariffs between its members, but every member keeps
  its **own external tariff** towards everyone else;
* a **customs union** (CU) also removes internal tariffs, and its members give up their own
  external tariff for **one common external tariff** (CET) set for the union;
* **EU membership** means joining the EU's customs union (and its single trade policy);
* **WTO membership** allows both FTAs and customs unions among its members, as exceptions
  to treating every member alike, provided they cover substantially all trade.

From these the pair rules follow (``RULES`` lists them with their basis):

=====================  =========================================================
rule                   verdict
=====================  =========================================================
``nested``             FTA and CU with the *same* partner: compatible (the CU already
                       contains free trade; the SES Concept plans FTA → CU, paper §4)
``two_ftas``           two FTAs with different partners: compatible on conditions —
                       each keeps its own tariff, so rules of origin are needed
                       (paper §8: Khristenko's Mexico/NAFTA precedent)
``cu_plus_fta``        a CU with one partner and an FTA with another: incompatible —
                       a CU member cannot keep its own FTA with an outsider
``two_cus``            two CUs with different partners: incompatible — a state can
                       apply only one external tariff (paper §4 for SES CU vs EU)
``wto_fta``            WTO and an FTA: compatible
``wto_cu``             WTO and a CU: compatible if every CU member is in the WTO;
                       otherwise on conditions (paper §2: Russia was still acceding)
=====================  =========================================================

**Legal rule vs the paper's reading.** Rules that follow from the definitions above are
marked ``basis="legal rule"`` (standard trade-policy logic, stated by the course, not a
quotation of any treaty). Where the paper (§4, §8) says something about the same pair, it
is given in ``paper_reading``; the two are kept apart on purpose: for example the paper
treats an SES FTA as what Kyiv wants *because* it aims at EU membership (§4), while the
legal rule says the FTA could not survive accession unless the EU itself took it over.

Everything here is pure Python, typed, and never raises at students for odd input except
a ``ValueError`` with a readable message (which the widget shows).
"""
from __future__ import annotations

import html
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

# --------------------------------------------------------------------------- commitments
COMPATIBLE = "compatible"
CONDITIONAL = "compatible on conditions"
INCOMPATIBLE = "incompatible"
NOTHING = "nothing chosen"
#: Worse verdicts have higher numbers; a set's verdict is the worst of its pairs.
SEVERITY: dict[str, int] = {NOTHING: -1, COMPATIBLE: 0, CONDITIONAL: 1, INCOMPATIBLE: 2}


@dataclass(frozen=True)
class Commitment:
    """One commitment Ukraine could make, described by its effect on the external tariff."""

    key: str
    label: str
    kind: str            # "fta", "cu" (customs union; EU membership is one) or "wto"
    partner: str         # "SES", "EU" or "" (WTO: everyone)
    explanation: str


COMMITMENTS: dict[str, Commitment] = {c.key: c for c in (
    Commitment("fta_ses", "FTA with the SES", "fta", "SES",
               "Free trade with Belarus, Kazakhstan and Russia; Ukraine keeps its own external tariff "
               "(stage 1 of the SES Concept, paper §4 Box 1; Kyiv's position at Yalta 2004, §4)."),
    Commitment("cu_ses", "Customs union with the SES", "cu", "SES",
               "Stage 2 of the SES Concept: 'a customs union … with single tariffs' (paper §4 Box 1, §7); "
               "Ukraine would apply the SES common external tariff."),
    Commitment("fta_eu", "FTA with the EU", "fta", "EU",
               "Free trade with the EU; Ukraine keeps its own external tariff towards third states."),
    Commitment("eu_member", "EU membership", "cu", "EU",
               "Joining the EU means joining its customs union and single trade policy: the EU's common "
               "external tariff replaces Ukraine's own."),
    Commitment("wto", "WTO membership", "wto", "",
               "Membership of the World Trade Organization, whose rules allow free trade areas and "
               "customs unions among members."),
)}
KEYS: tuple[str, ...] = tuple(COMMITMENTS)

#: Whether every member of a partner bloc was itself in the WTO at the time of the paper.
#: SES: no — the paper (§2) says Russia "strives now to accede to the WTO".
#: EU: the EU takes part in the WTO for its members (a legal fact the course states; it is
#: not in the paper).
BLOC_ALL_IN_WTO: dict[str, bool] = {"SES": False, "EU": True}


@dataclass(frozen=True)
class PairRule:
    """The verdict on one pair of commitments and the rule that decides it."""

    a: str
    b: str
    status: str
    rule: str              # short id of the deciding rule, e.g. "cu_plus_fta"
    reason: str            # the rule applied to this pair, in plain words
    basis: str             # "legal rule" or "legal rule + paper's reading"
    source: str            # where the reasoning or the precedent comes from
    paper_reading: str = ""  # what the paper says about this pair, when it does

    @property
    def labels(self) -> str:
        return f"{COMMITMENTS[self.a].label} + {COMMITMENTS[self.b].label}"


#: The six rules, their verdict and their basis (see the module docstring).
RULES: dict[str, dict[str, str]] = {
    "nested": {"status": COMPATIBLE, "name": "deeper step contains the shallower one",
               "basis": "legal rule"},
    "two_ftas": {"status": CONDITIONAL, "name": "two free trade areas can coexist",
                 "basis": "legal rule"},
    "cu_plus_fta": {"status": INCOMPATIBLE, "name": "a customs union member cannot keep its own FTA with an outsider",
                    "basis": "legal rule"},
    "two_cus": {"status": INCOMPATIBLE, "name": "only one common external tariff",
                "basis": "legal rule"},
    "wto_fta": {"status": COMPATIBLE, "name": "WTO rules allow free trade areas", "basis": "legal rule"},
    "wto_cu": {"status": COMPATIBLE, "name": "WTO rules allow customs unions", "basis": "legal rule"},
}


def _paper_reading(a: str, b: str) -> str:
    """What the paper itself says about a pair (empty where it says nothing)."""
    pair = frozenset((a, b))
    if pair == {"cu_ses", "eu_member"}:
        return ("Paper §4: EU membership 'is unthinkable if Ukraine forms a customs union with Russia'; "
                "so an FTA is 'the maximum' Russia can get with Ukraine.")
    if pair == {"fta_ses", "eu_member"}:
        return ("Paper §4: because Ukraine aims at EU membership, 'an FTA is all that Kyiv wants' from the SES — "
                "the paper treats the SES FTA as compatible with the membership *aim*; it does not discuss "
                "what would happen to the FTA on accession.")
    if pair == {"fta_ses", "fta_eu"}:
        return ("Paper §8: Khristenko argues the two spaces can develop in parallel if a 'balance of interests "
                "and obligations' is kept, citing Mexico (in NAFTA, with an FTA with the EU).")
    if pair == {"fta_ses", "cu_ses"}:
        return "Paper §4 (Box 1) and §7: the SES is to go in stages from a free trade regime to a customs union."
    return ""


#: Pairs where the paper's reading does not simply agree with the legal rule.
PAPER_DIFFERS: frozenset = frozenset({frozenset({"fta_ses", "eu_member"})})


def pair_rule(a: str, b: str) -> PairRule:
    """Decide one pair of commitments (keys or labels, in any order).

    The ``basis`` says whether the verdict rests on the legal rule alone, on the legal rule
    and the paper's reading together, or whether the paper reads the pair differently.
    Raises ``ValueError`` for an unknown commitment or a pair of the same commitment."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        raise ValueError(f"A pair needs two different commitments; got '{COMMITMENTS[ka].label}' twice.")
    ka, kb = sorted((ka, kb), key=KEYS.index)          # canonical order: as in KEYS
    rule = _decide(ka, kb)
    if rule.paper_reading:
        basis = ("legal rule; the paper's reading differs" if frozenset((ka, kb)) in PAPER_DIFFERS
                 else "legal rule + paper's reading")
        rule = replace(rule, basis=basis)
    return rule


def _decide(ka: str, kb: str) -> PairRule:
    """Apply the six rules to two different, canonically ordered keys."""
    x, y = COMMITMENTS[ka], COMMITMENTS[kb]
    reading = _paper_reading(ka, kb)

    if "wto" in (x.kind, y.kind):
        other = y if x.kind == "wto" else x
        if other.kind == "fta":
            return PairRule(ka, kb, COMPATIBLE, "wto_fta",
                            f"WTO rules allow free trade areas among members, so WTO membership and an "
                            f"{other.label} can coexist.",
                            "legal rule", "WTO rules on regional trade agreements (course statement)", reading)
        if BLOC_ALL_IN_WTO[other.partner]:
            return PairRule(ka, kb, COMPATIBLE, "wto_cu",
                            f"WTO rules allow customs unions, and every member of the {other.partner} customs "
                            f"union takes part in the WTO, so one tariff can satisfy both.",
                            "legal rule", "WTO rules on regional trade agreements (course statement)", reading)
        return PairRule(ka, kb, CONDITIONAL, "wto_cu",
                        f"WTO rules allow customs unions, but the {other.partner}'s common tariff would be set "
                        f"together with Russia, which was not yet in the WTO (paper §2): Ukraine's WTO tariff "
                        f"commitments and the common tariff would have to be made to match.",
                        "legal rule", "paper §2 (Russia 'strives now to accede to the WTO')", reading)

    if x.partner == y.partner:                      # FTA and CU with the same partner
        deeper, shallower = (x, y) if x.kind == "cu" else (y, x)
        return PairRule(ka, kb, COMPATIBLE, "nested",
                        f"Same partner ({deeper.partner}): '{deeper.label}' already includes free trade, so "
                        f"'{shallower.label}' is a step on the way to it, not a clash.",
                        RULES["nested"]["basis"],
                        "paper §4 Box 1, §7 (stages: free trade area → customs union)", reading)

    if x.kind == "fta" and y.kind == "fta":
        return PairRule(ka, kb, CONDITIONAL, "two_ftas",
                        "Two free trade areas can coexist: Ukraine keeps its own external tariff in both, "
                        "so it can trade freely with each partner. The condition: rules of origin, so that "
                        "goods from one partner do not pass duty-free through Ukraine into the other, and "
                        "compatible standards (paper §8).",
                        RULES["two_ftas"]["basis"], "paper §8 (Khristenko: Mexico in NAFTA with an EU FTA; "
                        "rules of origin and standards named as issues)", reading)

    if x.kind == "cu" and y.kind == "cu":
        return PairRule(ka, kb, INCOMPATIBLE, "two_cus",
                        f"Both are customs unions with different partners ({x.partner} and {y.partner}): each "
                        f"would impose its own common external tariff at Ukraine's border, and a state can "
                        f"apply only one.",
                        RULES["two_cus"]["basis"], "customs union logic (course statement); paper §4", reading)

    cu, fta = (x, y) if x.kind == "cu" else (y, x)
    return PairRule(ka, kb, INCOMPATIBLE, "cu_plus_fta",
                    f"In a customs union ({cu.label}) Ukraine gives up its own external tariff for the "
                    f"{cu.partner}'s common one, so it cannot keep an FTA of its own with the {fta.partner}, an "
                    f"outsider to that union; only the union as a whole could sign such an FTA.",
                    RULES["cu_plus_fta"]["basis"], "customs union logic (course statement); paper §4, §8", reading)


# --------------------------------------------------------------------------- sets of commitments
def _key(item: Any) -> str:
    """Accept a key ('cu_ses') or a label ('Customs union with the SES'), any case."""
    if not isinstance(item, str):
        raise ValueError(f"A commitment must be given as text, e.g. 'fta_eu'; got {type(item).__name__}.")
    wanted = " ".join(item.strip().lower().replace("-", " ").split())
    for c in COMMITMENTS.values():
        if wanted in (c.key, c.label.lower(), c.key.replace("_", " ")):
            return c.key
    choices = ", ".join(f"'{k}'" for k in KEYS)
    raise ValueError(f"Unknown commitment '{item.strip()[:40]}'. Choose from {choices} "
                     f"(or their labels, e.g. 'EU membership').")


def normalise(commitments: Any) -> tuple[str, ...]:
    """Turn a list/set of keys or labels, one string, or a {key: bool} dict into sorted keys."""
    if commitments is None or commitments is Ellipsis:
        return ()
    if isinstance(commitments, str):
        commitments = [commitments]
    elif isinstance(commitments, Mapping):
        commitments = [k for k, v in commitments.items() if v]
    try:
        items = list(commitments)
    except TypeError:
        raise ValueError("Give the commitments as a list, e.g. ['fta_ses', 'wto'].") from None
    return tuple(sorted({_key(i) for i in items}, key=KEYS.index))


@dataclass(frozen=True)
class Verdict:
    """The verdict on a set of commitments: the worst of its pairs."""

    chosen: tuple[str, ...]
    status: str
    pairs: tuple[PairRule, ...]

    @property
    def blocking(self) -> tuple[PairRule, ...]:
        """The pairs that make the set incompatible."""
        return tuple(p for p in self.pairs if p.status == INCOMPATIBLE)

    @property
    def conditions(self) -> tuple[PairRule, ...]:
        return tuple(p for p in self.pairs if p.status == CONDITIONAL)

    @property
    def compatible(self) -> bool:
        return self.status != INCOMPATIBLE

    def headline(self) -> str:
        names = ", ".join(COMMITMENTS[k].label for k in self.chosen)
        if self.status == NOTHING:
            return "Nothing chosen yet: tick the commitments Ukraine would sign."
        if len(self.chosen) == 1:
            return f"{names}: a single commitment cannot clash with itself."
        if self.status == INCOMPATIBLE:
            clashes = "; ".join(p.labels for p in self.blocking)
            return f"Incompatible — {len(self.blocking)} clashing pair(s): {clashes}."
        if self.status == CONDITIONAL:
            return (f"Compatible on conditions — {len(self.conditions)} pair(s) need extra rules "
                    f"(rules of origin, WTO tariff bindings); no pair clashes.")
        return "Compatible — no pair clashes."

    def to_frame(self) -> pd.DataFrame:
        """One row per pair (pandas DataFrame)."""
        import pandas as pd

        return pd.DataFrame([{
            "pair": p.labels, "verdict": p.status, "rule": RULES[p.rule]["name"], "reason": p.reason,
            "basis": p.basis, "source": p.source, "paper_reading": p.paper_reading} for p in self.pairs],
            columns=["pair", "verdict", "rule", "reason", "basis", "source", "paper_reading"])

    def html(self) -> str:
        return verdict_html(self)


def check(commitments: Any) -> Verdict:
    """Verdict for a set of commitments (keys, labels, or a {key: bool} dict)."""
    chosen = normalise(commitments)
    pairs = tuple(pair_rule(a, b) for a, b in itertools.combinations(chosen, 2))
    if not chosen:
        status = NOTHING
    else:
        status = max((p.status for p in pairs), key=SEVERITY.__getitem__, default=COMPATIBLE)
    return Verdict(chosen, status, pairs)


def all_combinations() -> pd.DataFrame:
    """All 2**5 = 32 sets of commitments with their verdicts (pandas DataFrame).

    Columns: one boolean column per commitment key, ``n_chosen``, ``status``,
    ``clashes`` (the incompatible pairs, ``"a+b; c+d"``) and ``conditions`` (pairs that are
    compatible only on conditions)."""
    import pandas as pd

    rows = []
    for flags in itertools.product([False, True], repeat=len(KEYS)):
        chosen = [k for k, f in zip(KEYS, flags) if f]
        v = check(chosen)
        rows.append({**dict(zip(KEYS, flags)), "n_chosen": len(chosen), "status": v.status,
                     "clashes": "; ".join(f"{p.a}+{p.b}" for p in v.blocking),
                     "conditions": "; ".join(f"{p.a}+{p.b}" for p in v.conditions)})
    return pd.DataFrame(rows)


def pair_table() -> pd.DataFrame:
    """The 10 pairs of the five commitments with verdict, rule and basis (pandas DataFrame)."""
    import pandas as pd

    rows = []
    for a, b in itertools.combinations(KEYS, 2):
        p = pair_rule(a, b)
        rows.append({"a": a, "b": b, "label_a": COMMITMENTS[a].label, "label_b": COMMITMENTS[b].label,
                     "status": p.status, "rule": RULES[p.rule]["name"], "basis": p.basis,
                     "source": p.source, "paper_reading": p.paper_reading})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- display
_STATUS_STYLE = {  # background, text colour (WCAG AA), symbol
    COMPATIBLE: ("#e6f4ea", "#1e5e2f", "✓"),
    CONDITIONAL: ("#fff4e0", "#6b4400", "◐"),
    INCOMPATIBLE: ("#fdecea", "#8a1c12", "✗"),
    NOTHING: ("#f3f3f3", "#333333", "…"),
}


def verdict_html(verdict: Verdict) -> str:
    """The verdict and a table of the pairwise rules, as accessible HTML."""
    bg, fg, sym = _STATUS_STYLE[verdict.status]
    head = (f'<div role="status" style="background:{bg};color:{fg};padding:6px 10px;border-radius:4px;'
            f'max-width:760px"><b>{sym} {html.escape(verdict.headline())}</b></div>')
    if not verdict.pairs:
        return f'<div class="course-compat-verdict">{head}</div>'
    rows = []
    for p in verdict.pairs:
        pbg, pfg, psym = _STATUS_STYLE[p.status]
        reading = (f'<br><i>Paper\'s reading:</i> {html.escape(p.paper_reading)}' if p.paper_reading else "")
        rows.append(
            f'<tr><td style="min-width:9em;vertical-align:top">{html.escape(p.labels)}</td>'
            f'<td style="background:{pbg};color:{pfg};vertical-align:top"><b>{psym} {html.escape(p.status)}</b></td>'
            f"<td style=\"vertical-align:top\"><b>{html.escape(RULES[p.rule]['name'])}</b> ({html.escape(p.basis)}). "
            f"{html.escape(p.reason)}{reading}<br><small>Source: {html.escape(p.source)}</small></td></tr>")
    table = ('<table style="max-width:760px;font-size:13px;border-collapse:collapse">'
             '<caption style="text-align:left">Every pair of the chosen commitments and the rule that decides it'
             '</caption><thead><tr><th>pair</th><th>verdict</th><th>rule and reason</th></tr></thead>'
             f"<tbody>{''.join(rows)}</tbody></table>")
    return f'<div class="course-compat-verdict">{head}{table}</div>'


class CompatibilityChecker:
    """Tick boxes for the five commitments; the verdict and the pair table redraw on every change.

    Built from ipywidgets ``Checkbox`` and ``HTML`` only (no ``Output`` widget)."""

    def __init__(self, preset: Any = ()):
        import ipywidgets as w

        chosen = set(normalise(preset))
        self.boxes = {k: w.Checkbox(value=k in chosen, description=c.label, indent=False,
                                    layout=w.Layout(width="auto"))
                      for k, c in COMMITMENTS.items()}
        self.output = w.HTML()
        self.output.add_class("course-compat")
        for box in self.boxes.values():
            box.observe(lambda _change: self.redraw(), names="value")
        intro = w.HTML('<b>Ukraine signs…</b> (tick any combination)')
        self.widget = w.VBox([intro, w.HBox(list(self.boxes.values()), layout=w.Layout(flex_flow="row wrap")),
                              self.output])
        self.widget.add_class("course-explorer")
        self.verdict: Verdict = check(())
        self.redraw()

    def chosen(self) -> tuple[str, ...]:
        return tuple(k for k, b in self.boxes.items() if b.value)

    def set(self, commitments: Any) -> Verdict:
        """Tick exactly these commitments (as a student would) and return the verdict."""
        wanted = set(normalise(commitments))
        for k, box in self.boxes.items():
            box.value = k in wanted
        self.redraw()
        return self.verdict

    def redraw(self) -> None:
        try:
            self.verdict = check(self.chosen())
            self.output.value = verdict_html(self.verdict)
        except Exception as exc:  # noqa: BLE001 - a message, never a traceback
            self.output.value = (f'<div role="alert" style="color:#8a1c12">The checker could not decide: '
                                 f"{html.escape(str(exc))[:300]}</div>")

    def _ipython_display_(self) -> None:
        """Show the widget; a saved notebook's plain-text stand-in says what will appear."""
        from ..widgets import show_widget

        show_widget(self.widget, "compatibility checker: tick boxes")

    def __repr__(self) -> str:
        return f"CompatibilityChecker(chosen={list(self.chosen())}, status={self.verdict.status!r})"


def checker(preset: Any = ()) -> CompatibilityChecker:
    """Make the compatibility checker widget, optionally with some boxes ticked."""
    return CompatibilityChecker(preset)


# --------------------------------------------------------------------------- hub and spoke
#: Named scenarios for the hub-and-spoke chart (label -> commitments).
SCENARIOS: dict[str, tuple[str, ...]] = {
    "No commitment yet": (),
    "SES free trade only (Kyiv at Yalta, 2004)": ("fta_ses",),
    "SES customs union (stage 2 of the SES Concept)": ("cu_ses",),
    "FTAs with both (Khristenko's Mexico model)": ("fta_ses", "fta_eu"),
    "SES customs union + EU FTA": ("cu_ses", "fta_eu"),
    "EU membership + SES free trade": ("fta_ses", "eu_member"),
    "EU membership only": ("eu_member",),
}

LINK_KINDS = ["customs union", "free trade area", "partnership (PCA, Common Spaces)",
              "economic community / SES", "neighbourhood policy"]


def network(chosen: Any = (), russia_spokes: Mapping[str, str] | None = None,
            eu_spokes: Mapping[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """Nodes and edges of Emerson's two hub-and-spoke systems, with Ukraine placed by ``chosen``.

    ``russia_spokes`` / ``eu_spokes`` map a spoke's name to its link kind (one of
    ``LINK_KINDS``). Ukraine sits between the hubs; a customs union pulls it next to that hub.
    Every edge has ``clash`` True when it belongs to an incompatible pair. Returns ``(nodes, edges)`` as
    lists of dicts with x/y coordinates (EU on the left, Russia on the right)."""
    import math

    verdict = check(chosen)
    russia_spokes = dict(russia_spokes or {})
    eu_spokes = dict(eu_spokes or {})
    hubs = {"EU": (-1.0, 0.0), "Russia": (1.0, 0.0)}
    nodes = [{"name": n, "x": x, "y": y, "role": "hub"} for n, (x, y) in hubs.items()]
    edges = [{"from": "EU", "to": "Russia", "kind": "partnership (PCA, Common Spaces)", "clash": False}]
    for hub, spokes, sign in (("Russia", russia_spokes, 1), ("EU", eu_spokes, -1)):
        hx, hy = hubs[hub]
        n = len(spokes)
        for i, (name, kind) in enumerate(spokes.items()):
            angle = math.radians(-70 + (140 * i / (n - 1) if n > 1 else 70))   # fan on the outer side
            nodes.append({"name": name, "x": hx + sign * 0.75 * math.cos(angle),
                          "y": hy + 0.75 * math.sin(angle), "role": "spoke"})
            edges.append({"from": hub, "to": name, "kind": kind, "clash": False})
    ch = set(verdict.chosen)
    x = 0.0
    if "cu_ses" in ch and "eu_member" not in ch:
        x = 0.55
    elif "eu_member" in ch and "cu_ses" not in ch:
        x = -0.55
    nodes.append({"name": "Ukraine", "x": x, "y": -0.8, "role": "Ukraine"})
    clashing = {k for p in verdict.blocking for k in (p.a, p.b)}
    for k in verdict.chosen:
        c = COMMITMENTS[k]
        if c.kind == "wto":
            continue
        hub = "EU" if c.partner == "EU" else "Russia"
        kind = "customs union" if c.kind == "cu" else "free trade area"
        edges.append({"from": hub, "to": "Ukraine", "kind": kind, "clash": k in clashing,
                      "commitment": c.label})
    return nodes, edges


def hub_and_spoke(chosen: Any = (), russia_spokes: Mapping[str, str] | None = None,
                  eu_spokes: Mapping[str, str] | None = None, title: str = "",
                  description: str = "") -> alt.LayerChart:
    """Altair chart (rules + points + labels) of the two hub-and-spoke systems.

    No extra dependency: nodes are points, edges are ``mark_rule`` from x/y to x2/y2."""
    import altair as alt
    import pandas as pd

    nodes, edges = network(chosen, russia_spokes, eu_spokes)
    pos = {n["name"]: (n["x"], n["y"]) for n in nodes}
    e = pd.DataFrame([{**ed, "x": pos[ed["from"]][0], "y": pos[ed["from"]][1],
                       "x2": pos[ed["to"]][0], "y2": pos[ed["to"]][1]} for ed in edges])
    nd = pd.DataFrame(nodes)
    verdict = check(chosen)
    title = title or "Two hubs and their spokes: where does Ukraine fit?"
    subtitle = (f"Ukraine signs: {', '.join(COMMITMENTS[k].label for k in verdict.chosen) or 'nothing yet'}"
                f" → {verdict.status}")
    description = description or (
        "Network chart of Emerson's two hub-and-spoke systems as the paper (§8) reports them: the EU hub on the "
        "left and the Russia hub on the right, each linked to its spokes; Ukraine sits between them and its "
        f"links change with the commitments chosen. Current verdict: {verdict.status}.")
    colours = ["#D55E00", "#0072B2", "#999999", "#009E73", "#CC79A7"]
    scale = alt.Scale(domain=LINK_KINDS, range=colours)
    xs = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-2.0, 2.0]))
    ys = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-1.1, 1.0]))
    e["state"] = e["clash"].map({True: "clashes with another commitment", False: "no clash"})
    rules = alt.Chart(e).mark_rule(strokeWidth=3).encode(
        x=xs, y=ys, x2="x2:Q", y2="y2:Q",
        color=alt.Color("kind:N", scale=scale, title="Link", legend=alt.Legend(orient="bottom", columns=3)),
        strokeDash=alt.StrokeDash("state:N", title=None, legend=alt.Legend(orient="bottom"),
                                  scale=alt.Scale(domain=["no clash", "clashes with another commitment"],
                                                  range=[[1, 0], [6, 4]])))
    points = alt.Chart(nd).mark_point(filled=True, opacity=1, stroke="#1a1a1a", strokeWidth=1).encode(
        x=xs, y=ys,
        size=alt.Size("role:N", scale=alt.Scale(domain=["hub", "spoke", "Ukraine"], range=[1400, 300, 700]),
                      legend=None),
        shape=alt.Shape("role:N", scale=alt.Scale(domain=["hub", "spoke", "Ukraine"],
                                                  range=["circle", "circle", "diamond"]), legend=None),
        fill=alt.Fill("role:N", scale=alt.Scale(domain=["hub", "spoke", "Ukraine"],
                                                range=["#1a1a1a", "#ffffff", "#F0E442"]), legend=None))
    labels = alt.Chart(nd).mark_text(dy=-27, fontSize=13, fontWeight="bold").encode(
        x=xs, y=ys, text="name:N")
    return (alt.layer(rules, points, labels)
            .properties(width=720, height=360,
                        title=alt.TitleParams(title, subtitle=subtitle), description=description))


# --------------------------------------------------------------------------- lesson 05's views
SYMBOLS = {COMPATIBLE: "✓", CONDITIONAL: "◐", INCOMPATIBLE: "✗"}


def maximal_sets(combos: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sets that hold together (compatible, or on conditions) and admit no further
    commitment without a clash, each with its commitments named (pandas DataFrame:
    ``commitments, status, conditions``). ``combos``: :func:`all_combinations`."""
    combos = all_combinations() if combos is None else combos
    ok = combos[combos["status"].isin([COMPATIBLE, CONDITIONAL])]

    def is_maximal(row: pd.Series) -> bool:
        chosen = [k for k in KEYS if row[k]]
        others = [k for k in KEYS if not row[k]]
        return all(check(chosen + [k]).status == INCOMPATIBLE for k in others)

    maximal = ok[ok.apply(is_maximal, axis=1)]
    return maximal.assign(commitments=maximal[list(KEYS)].apply(
        lambda r: ", ".join(COMMITMENTS[k].label for k in KEYS if r[k]), axis=1))[
        ["commitments", "status", "conditions"]]


def pair_matrix_chart(pairs: pd.DataFrame | None = None) -> alt.LayerChart:
    """A 5-by-5 grid of the commitments, each cell coloured and marked (✓ ◐ ✗) by the pair's
    verdict. ``pairs``: :func:`pair_table`."""
    import altair as alt
    import pandas as pd

    pairs = pair_table() if pairs is None else pairs
    order = [COMMITMENTS[k].label for k in KEYS]
    matrix = pd.concat([pairs, pairs.rename(columns={"label_a": "label_b", "label_b": "label_a"})])
    matrix["symbol"] = matrix["status"].map(SYMBOLS)
    grid = alt.Chart(matrix).encode(
        x=alt.X("label_a:N", sort=order, title=None, axis=alt.Axis(labelAngle=-30, orient="top")),
        y=alt.Y("label_b:N", sort=order, title=None))
    return (alt.layer(
        grid.mark_rect(stroke="white", strokeWidth=2).encode(
            color=alt.Color("status:N", title="Verdict",
                            scale=alt.Scale(domain=[COMPATIBLE, CONDITIONAL, INCOMPATIBLE],
                                            range=["#009E73", "#C28600", "#D55E00"]),
                            legend=alt.Legend(orient="bottom"))),
        grid.mark_text(fontSize=18, color="white", fontWeight="bold").encode(text="symbol:N"))
        .properties(width=420, height=300, title="Which pairs of Ukraine's commitments are compatible?",
                    description="A 5-by-5 grid of Ukraine's five possible commitments (FTA with the SES, customs "
                                "union with the SES, FTA with the EU, EU membership, WTO membership). Each cell "
                                "gives the verdict for that pair (✓ compatible, ◐ on conditions, ✗ incompatible): "
                                "three pairs are incompatible, two are compatible on conditions, five are "
                                "compatible."))
