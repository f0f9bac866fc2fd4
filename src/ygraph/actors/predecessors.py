"""predecessors: the holder a new one succeeds, named right after the verb of succeeding (people35). The object of
接替 is a person or a post (接替江城市长职务); a name the usual reader closes there (``namereader.read_name``: a
known surname, then a boundary such as 担任, 任, 为 or punctuation) is the predecessor, whoever the subject is and
whatever form the sentence has (他已经接替甲，出任…; 由乙接替甲为…; 乙本月底接替甲任…), rule ``predecessor``. The
post is the notice's to read (``appointments``); this reading gives the person."""

from __future__ import annotations

import re

from .. import scan
from ..lexicons import alternation, cached
from .actorlex import uses
from .namereader import read_name
from .personrules import Found

RULE = "predecessor"


@cached
def _verbs() -> re.Pattern[str]:
    """The verbs of succeeding (``word_uses.tsv`` predecessor_verb: 接替), one alternation."""
    return re.compile(alternation(uses("predecessor_verb")))


def predecessors(text: str) -> list[Found]:
    """Every name the usual reader closes right after a verb of succeeding: the holder succeeded."""
    found = []
    for m in scan.finditer(_verbs(), text):
        end = read_name(text, m.end())
        if end > 0:
            found.append(Found(text[m.end() : end], m.end(), end, RULE))
    return found
