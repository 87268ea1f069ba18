"""The integration ladder: stages of economic integration, planned versus reached, and a
small multi-speed simulation (module 04).

The ladder has four rungs, in the order of Art. 4 of the 1993 CIS Economic Union treaty
(facts.md §2) and of Balassa's stages::

    1 free trade area → 2 customs union → 3 common market → 4 economic and monetary union
    (0 = none)

Two tools:

* **The ladder of real arrangements** — :func:`ladder_cells` turns the table
  ``data/integration_stages.csv`` into one cell per arrangement and rung with its status
  in a given year ("reached", "aimed at, not reached", "beyond the aim", "not yet
  launched"); :func:`ladder_chart` draws it.

* **The multi-speed simulation** — the SES Concept (Art. II, paper Box 1) says that "every
  state decides on its own the moment of joining" each agreement, which produces
  *different-level* integration. :func:`simulate` takes, for each state, the year it
  chooses to join each stage's agreement, and returns each state's level year by year and
  the level between every pair of states. It is deterministic: same inputs, same result.
  Its two rules:

  1. *stage by stage* — a state cannot be in a deeper agreement before it is in the one
     below (a customs union contains free trade), so a join chosen too early is
     postponed to the year the state enters the stage below, and a stage whose stage
     below is never joined is never joined;
  2. an agreement cannot be joined before it opens (``opens``).

  Two states are integrated with each other at the deepest stage both belong to (one
  agreement per stage, open to every state, as in the SES design), i.e. the lower of their
  two levels.

Years used in the simulation are the user's hypothetical inputs, not historical dates.
Odd input gets a ``ValueError`` whose message says what to change; the widgets show it.

The package: ``model`` (pure) and ``views`` (charts, widgets); both are re-exported here.
"""

from .model import (
    MAX_YEAR,
    MIN_YEAR,
    SHORT,
    STAGES,
    STATUSES,
    Simulation,
    gaps,
    ladder_cells,
    plan_from_pace,
    simulate,
    stage_name,
    stage_rank,
)
from .views import (
    DEFAULT_DEPTHS,
    DEPTHS,
    SIMULATED_STATES,
    climb_chart,
    ladder_chart,
    simulation_chart,
    simulation_explorer,
)

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "STAGES",
    "SHORT",
    "STATUSES",
    "stage_rank",
    "stage_name",
    "ladder_cells",
    "gaps",
    "Simulation",
    "simulate",
    "plan_from_pace",
    "ladder_chart",
    "simulation_chart",
    "climb_chart",
    "DEPTHS",
    "SIMULATED_STATES",
    "DEFAULT_DEPTHS",
    "simulation_explorer",
]
