"""modelheads: the settings of the learned layer (``events/event_model.tsv``) and the event heads only it judges
(``events/event_heads.tsv``), read apart from ``eventmodel`` so the trigger table (``eventrules.triggers``) can
add the heads without importing the model."""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached


@cached
def settings() -> dict[str, int]:
    """The rows of ``event_model.tsv``, features and @settings (a ``@reset`` row drops the rows before it)."""
    rows: dict[str, int] = {}
    for row in lexicons.load_table("events/event_model.tsv"):
        rows = {} if row[0] == "@reset" else {**rows, row[0]: int(row[1])}
    return rows


@cached
def heads() -> dict[str, str]:
    """Event heads only the learned layer judges (典礼, 记者会 …) → event type: name triggers while it is on
    (``@enabled 1``) or its candidates are recorded for training (``@trace 1``); the rules alone never read them."""
    current = settings()
    if not (current.get("@enabled") == 1 or current.get("@trace") == 1):
        return {}
    return {row[0]: row[1] for row in lexicons.load_table("events/event_heads.tsv")}
