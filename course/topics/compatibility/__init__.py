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

The package: ``model`` (pure) and ``views`` (charts, widgets); both are re-exported here.
"""

from .model import (
    BLOC_ALL_IN_WTO,
    COMMITMENTS,
    COMPATIBLE,
    CONDITIONAL,
    INCOMPATIBLE,
    KEYS,
    LINK_KINDS,
    NOTHING,
    PAPER_DIFFERS,
    RULES,
    SCENARIOS,
    SEVERITY,
    Commitment,
    PairRule,
    Verdict,
    all_combinations,
    check,
    maximal_sets,
    network,
    normalise,
    pair_rule,
    pair_table,
)
from .views import (
    SYMBOLS,
    CompatibilityChecker,
    checker,
    hub_and_spoke,
    pair_matrix_chart,
    verdict_html,
)

__all__ = [
    "COMPATIBLE",
    "CONDITIONAL",
    "INCOMPATIBLE",
    "NOTHING",
    "SEVERITY",
    "Commitment",
    "COMMITMENTS",
    "KEYS",
    "BLOC_ALL_IN_WTO",
    "PairRule",
    "RULES",
    "PAPER_DIFFERS",
    "pair_rule",
    "normalise",
    "Verdict",
    "check",
    "all_combinations",
    "pair_table",
    "SCENARIOS",
    "LINK_KINDS",
    "network",
    "maximal_sets",
    "verdict_html",
    "CompatibilityChecker",
    "checker",
    "hub_and_spoke",
    "SYMBOLS",
    "pair_matrix_chart",
]
