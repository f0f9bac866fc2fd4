"""listing: a list of participants opened by a colon (出席会议的还有：…) runs to the end of its sentence, past
commas, and on through the sentences that follow it after a semicolon (…等专家学者；…等市领导。), for
``participants.py``. A sentence that prints a participation verb of its own ends the list."""

from __future__ import annotations

import re

from .. import scan
from ..model import Mention, Sentence
from ..punctuation import COLONS, COMMAS, SEMICOLONS
from . import partverbs
from .draft import Context, Draft

# (target, relation, verb) of a colon list whose sentence ended on a semicolon: the next sentence goes on with it
Listing = tuple[Draft | None, str, str]


def colon(listed: re.Match[str]) -> bool:
    """Whether the words that open the list after a participation verb end on a colon, or on a comma printed
    where a colon would be (在主席台就座的有，甲，乙): the list runs to the sentence's end."""
    return listed.group()[-1:] in COLONS + COMMAS


def goes_on(sentence: Sentence) -> bool:
    """Whether the list of ``sentence`` continues into the next one (it ends on a semicolon)."""
    return sentence.text.rstrip()[-1:] in SEMICOLONS


def continued(ctx: Context, sentence: Sentence, people: list[Mention], pending: Listing | None) -> Listing | None:
    """The listing the people of ``sentence`` continue: ``pending`` when no participation verb of the sentence
    starts a list of its own; ``None`` otherwise."""
    if pending is None or not people:
        return None
    if any(True for _ in scan.finditer(partverbs.pattern(), sentence.text)):
        return None
    return pending
