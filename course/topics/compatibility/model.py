"""Which trade commitments can one state hold at the same time? (module 05, paper §8): the model (pure functions and data, no charts or widgets)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

# --------------------------------------------------------------------------- commitments

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
    kind: str  # "fta", "cu" (customs union; EU membership is one) or "wto"
    partner: str  # "SES", "EU" or "" (WTO: everyone)
    explanation: str


COMMITMENTS: dict[str, Commitment] = {
    c.key: c
    for c in (
        Commitment(
            "fta_ses",
            "FTA with the SES",
            "fta",
            "SES",
            "Free trade with Belarus, Kazakhstan and Russia; Ukraine keeps its own external tariff "
            "(stage 1 of the SES Concept, paper §4 Box 1; Kyiv's position at Yalta 2004, §4).",
        ),
        Commitment(
            "cu_ses",
            "Customs union with the SES",
            "cu",
            "SES",
            "Stage 2 of the SES Concept: 'a customs union … with single tariffs' (paper §4 Box 1, §7); "
            "Ukraine would apply the SES common external tariff.",
        ),
        Commitment(
            "fta_eu",
            "FTA with the EU",
            "fta",
            "EU",
            "Free trade with the EU; Ukraine keeps its own external tariff towards third states.",
        ),
        Commitment(
            "eu_member",
            "EU membership",
            "cu",
            "EU",
            "Joining the EU means joining its customs union and single trade policy: the EU's common "
            "external tariff replaces Ukraine's own.",
        ),
        Commitment(
            "wto",
            "WTO membership",
            "wto",
            "",
            "Membership of the World Trade Organization, whose rules allow free trade areas and "
            "customs unions among members.",
        ),
    )
}
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
    rule: str  # short id of the deciding rule, e.g. "cu_plus_fta"
    reason: str  # the rule applied to this pair, in plain words
    basis: str  # "legal rule" or "legal rule + paper's reading"
    source: str  # where the reasoning or the precedent comes from
    paper_reading: str = ""  # what the paper says about this pair, when it does

    @property
    def labels(self) -> str:
        return f"{COMMITMENTS[self.a].label} + {COMMITMENTS[self.b].label}"


#: The six rules, their verdict and their basis (see the module docstring).
RULES: dict[str, dict[str, str]] = {
    "nested": {"status": COMPATIBLE, "name": "deeper step contains the shallower one", "basis": "legal rule"},
    "two_ftas": {"status": CONDITIONAL, "name": "two free trade areas can coexist", "basis": "legal rule"},
    "cu_plus_fta": {
        "status": INCOMPATIBLE,
        "name": "a customs union member cannot keep its own FTA with an outsider",
        "basis": "legal rule",
    },
    "two_cus": {"status": INCOMPATIBLE, "name": "only one common external tariff", "basis": "legal rule"},
    "wto_fta": {"status": COMPATIBLE, "name": "WTO rules allow free trade areas", "basis": "legal rule"},
    "wto_cu": {"status": COMPATIBLE, "name": "WTO rules allow customs unions", "basis": "legal rule"},
}


def _paper_reading(a: str, b: str) -> str:
    """What the paper itself says about a pair (empty where it says nothing)."""
    pair = frozenset((a, b))
    if pair == {"cu_ses", "eu_member"}:
        return (
            "Paper §4: EU membership 'is unthinkable if Ukraine forms a customs union with Russia'; "
            "so an FTA is 'the maximum' Russia can get with Ukraine."
        )
    if pair == {"fta_ses", "eu_member"}:
        return (
            "Paper §4: because Ukraine aims at EU membership, 'an FTA is all that Kyiv wants' from the SES — "
            "the paper treats the SES FTA as compatible with the membership *aim*; it does not discuss "
            "what would happen to the FTA on accession."
        )
    if pair == {"fta_ses", "fta_eu"}:
        return (
            "Paper §8: Khristenko argues the two spaces can develop in parallel if a 'balance of interests "
            "and obligations' is kept, citing Mexico (in NAFTA, with an FTA with the EU)."
        )
    if pair == {"fta_ses", "cu_ses"}:
        return (
            "Paper §4 (Box 1) and §7: the SES is to go in stages from a free trade regime to a customs union."
        )
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
    ka, kb = sorted((ka, kb), key=KEYS.index)  # canonical order: as in KEYS
    rule = _decide(ka, kb)
    if rule.paper_reading:
        basis = (
            "legal rule; the paper's reading differs"
            if frozenset((ka, kb)) in PAPER_DIFFERS
            else "legal rule + paper's reading"
        )
        rule = replace(rule, basis=basis)
    return rule


def _decide(ka: str, kb: str) -> PairRule:
    """Apply the six rules to two different, canonically ordered keys."""
    x, y = COMMITMENTS[ka], COMMITMENTS[kb]
    reading = _paper_reading(ka, kb)

    if "wto" in (x.kind, y.kind):
        other = y if x.kind == "wto" else x
        if other.kind == "fta":
            return PairRule(
                ka,
                kb,
                COMPATIBLE,
                "wto_fta",
                f"WTO rules allow free trade areas among members, so WTO membership and an "
                f"{other.label} can coexist.",
                "legal rule",
                "WTO rules on regional trade agreements (course statement)",
                reading,
            )
        if BLOC_ALL_IN_WTO[other.partner]:
            return PairRule(
                ka,
                kb,
                COMPATIBLE,
                "wto_cu",
                f"WTO rules allow customs unions, and every member of the {other.partner} customs "
                f"union takes part in the WTO, so one tariff can satisfy both.",
                "legal rule",
                "WTO rules on regional trade agreements (course statement)",
                reading,
            )
        return PairRule(
            ka,
            kb,
            CONDITIONAL,
            "wto_cu",
            f"WTO rules allow customs unions, but the {other.partner}'s common tariff would be set "
            f"together with Russia, which was not yet in the WTO (paper §2): Ukraine's WTO tariff "
            f"commitments and the common tariff would have to be made to match.",
            "legal rule",
            "paper §2 (Russia 'strives now to accede to the WTO')",
            reading,
        )

    if x.partner == y.partner:  # FTA and CU with the same partner
        deeper, shallower = (x, y) if x.kind == "cu" else (y, x)
        return PairRule(
            ka,
            kb,
            COMPATIBLE,
            "nested",
            f"Same partner ({deeper.partner}): '{deeper.label}' already includes free trade, so "
            f"'{shallower.label}' is a step on the way to it, not a clash.",
            RULES["nested"]["basis"],
            "paper §4 Box 1, §7 (stages: free trade area → customs union)",
            reading,
        )

    if x.kind == "fta" and y.kind == "fta":
        return PairRule(
            ka,
            kb,
            CONDITIONAL,
            "two_ftas",
            "Two free trade areas can coexist: Ukraine keeps its own external tariff in both, "
            "so it can trade freely with each partner. The condition: rules of origin, so that "
            "goods from one partner do not pass duty-free through Ukraine into the other, and "
            "compatible standards (paper §8).",
            RULES["two_ftas"]["basis"],
            "paper §8 (Khristenko: Mexico in NAFTA with an EU FTA; "
            "rules of origin and standards named as issues)",
            reading,
        )

    if x.kind == "cu" and y.kind == "cu":
        return PairRule(
            ka,
            kb,
            INCOMPATIBLE,
            "two_cus",
            f"Both are customs unions with different partners ({x.partner} and {y.partner}): each "
            f"would impose its own common external tariff at Ukraine's border, and a state can "
            f"apply only one.",
            RULES["two_cus"]["basis"],
            "customs union logic (course statement); paper §4",
            reading,
        )

    cu, fta = (x, y) if x.kind == "cu" else (y, x)
    return PairRule(
        ka,
        kb,
        INCOMPATIBLE,
        "cu_plus_fta",
        f"In a customs union ({cu.label}) Ukraine gives up its own external tariff for the "
        f"{cu.partner}'s common one, so it cannot keep an FTA of its own with the {fta.partner}, an "
        f"outsider to that union; only the union as a whole could sign such an FTA.",
        RULES["cu_plus_fta"]["basis"],
        "customs union logic (course statement); paper §4, §8",
        reading,
    )


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
    raise ValueError(
        f"Unknown commitment '{item.strip()[:40]}'. Choose from {choices} "
        f"(or their labels, e.g. 'EU membership')."
    )


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
            return (
                f"Compatible on conditions — {len(self.conditions)} pair(s) need extra rules "
                f"(rules of origin, WTO tariff bindings); no pair clashes."
            )
        return "Compatible — no pair clashes."

    def to_frame(self) -> pd.DataFrame:
        """One row per pair (pandas DataFrame)."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "pair": p.labels,
                    "verdict": p.status,
                    "rule": RULES[p.rule]["name"],
                    "reason": p.reason,
                    "basis": p.basis,
                    "source": p.source,
                    "paper_reading": p.paper_reading,
                }
                for p in self.pairs
            ],
            columns=["pair", "verdict", "rule", "reason", "basis", "source", "paper_reading"],
        )

    def html(self) -> str:
        from . import views  # the view of a verdict lives with the views

        return views.verdict_html(self)


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
        rows.append(
            {
                **dict(zip(KEYS, flags)),
                "n_chosen": len(chosen),
                "status": v.status,
                "clashes": "; ".join(f"{p.a}+{p.b}" for p in v.blocking),
                "conditions": "; ".join(f"{p.a}+{p.b}" for p in v.conditions),
            }
        )
    return pd.DataFrame(rows)


def pair_table() -> pd.DataFrame:
    """The 10 pairs of the five commitments with verdict, rule and basis (pandas DataFrame)."""
    import pandas as pd

    rows = []
    for a, b in itertools.combinations(KEYS, 2):
        p = pair_rule(a, b)
        rows.append(
            {
                "a": a,
                "b": b,
                "label_a": COMMITMENTS[a].label,
                "label_b": COMMITMENTS[b].label,
                "status": p.status,
                "rule": RULES[p.rule]["name"],
                "basis": p.basis,
                "source": p.source,
                "paper_reading": p.paper_reading,
            }
        )
    return pd.DataFrame(rows)


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

LINK_KINDS = [
    "customs union",
    "free trade area",
    "partnership (PCA, Common Spaces)",
    "economic community / SES",
    "neighbourhood policy",
]


def network(
    chosen: Any = (),
    russia_spokes: Mapping[str, str] | None = None,
    eu_spokes: Mapping[str, str] | None = None,
) -> tuple[list[dict], list[dict]]:
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
            angle = math.radians(-70 + (140 * i / (n - 1) if n > 1 else 70))  # fan on the outer side
            nodes.append(
                {
                    "name": name,
                    "x": hx + sign * 0.75 * math.cos(angle),
                    "y": hy + 0.75 * math.sin(angle),
                    "role": "spoke",
                }
            )
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
        edges.append(
            {"from": hub, "to": "Ukraine", "kind": kind, "clash": k in clashing, "commitment": c.label}
        )
    return nodes, edges


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
    return maximal.assign(
        commitments=maximal[list(KEYS)].apply(
            lambda r: ", ".join(COMMITMENTS[k].label for k in KEYS if r[k]), axis=1
        )
    )[["commitments", "status", "conditions"]]
