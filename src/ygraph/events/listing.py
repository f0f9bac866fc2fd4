"""listing: a list of participants opened by a colon (出席会议的还有：…) runs to the end of its sentence, past
commas, and on through the sentences that follow it after a semicolon (…等专家学者；…等市领导。), for
``participants.py``. A sentence that prints a participation verb of its own ends the list."""

from __future__ import annotations

import re

from .. import scan
from ..actors.actorlex import longest_suffix_title
from ..model import Mention, Sentence
from ..punctuation import COLONS, COMMAS, SEMICOLONS, SENTENCE_ENDS
from . import eventrules as rules
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


_ITEM = 40  # the longest clause of one listed person with the posts printed with the name
_AFTER_NAME = 4  # a title printed after the name (某部甲副部长) ends the item


def comma_items_end(text: str, persons: list[Mention], right: int, sentence: Sentence) -> int:
    """Where a list opened after a participation verb ends when its items are titled people set apart by commas
    (出席大会的领导有某部甲副部长，某市委常委、某工委乙书记，…): past every following clause that is one such item
    (a person, a title after the name at most, no verb of participation), else at ``right``."""
    while right < sentence.end and text[right] in COMMAS:
        end = next((i for i in range(right + 1, sentence.end) if text[i] in COMMAS + SENTENCE_ENDS + SEMICOLONS), sentence.end)
        item = [p for p in persons if right < p.start and p.end <= end]
        unread = not item and bool(longest_suffix_title(text[right + 1 : end]))  # 某工委甲副书记: a name not read
        if (not item and not unread) or end - right > _ITEM or (item and end - item[-1].end > _AFTER_NAME):
            break
        if any(True for _ in scan.finditer(partverbs.pattern(), text[right + 1 : end])):
            break
        right = end
    return right


def ends_on_name(text: str, persons: list[Mention], sentence: Sentence) -> bool:
    """A sentence cut by ；that ends on a name (甲、乙；丙出席) continues a list; one that ends on what a
    person did (由甲接任某职；) does not."""
    last = [p for p in persons if p.start >= sentence.start]
    if not last:
        return False
    tail = rules.compact(text[last[-1].end : sentence.end]).rstrip(SEMICOLONS)
    return len(tail) <= max((len(w) for w in rules.uses("list_tail")), default=0) and (
        not tail or tail in rules.uses("list_tail")
    )


def relative_doers(text: str, sentence: Sentence, persons: list[Mention], start: int, end: int) -> list[Mention]:
    """A participation verb opening its clause and ending a relative clause (patterns.tsv ``relative_doer``:
    主持签约仪式的某副省长甲认为…): the people named after it in that clause do it; [] else."""
    left, right = rules.clause_bounds(text, start, end, sentence.start, sentence.end)
    relative = rules.pattern("relative_doer").match(text, end, right)
    if rules.compact(text[left:start]) or relative is None:
        return []
    return [p for p in persons if relative.end() <= p.start and p.end <= right]
