"""sentencepeople: the people of a sentence who may take part in its events, for ``participants``: those carried
from the sentence before and those named in it, but a name inside a title, a quotation or an event's printed name,
the one a mourning rite is held for (or whose remains are printed: 某某同志遗体), the one an event named after 的 is
said of, and a name in a stock phrase."""

from __future__ import annotations

import re

from ..model import Mention, Sentence
from ..punctuation import CLAUSE_BREAKS
from . import eventrules as rules
from . import namewalk
from .draft import Context, Draft, Ref

NAME_RULE = "event:name:"  # the rules of events found by their printed name
_REMAINS_REACH = 4  # a short place between the honorific and the remains word (某某同志在京生前友好)
_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”")  # a name inside a title or a quotation takes part in nothing


def sentence_people(ctx: Context, sentence: Sentence, refs: list[Ref]) -> list[Mention]:
    """The people carried from the sentence before and those of this one, but a name inside a title, a
    quotation or an event's printed name (某某会议精神座谈会), the one a mourning rite is held for (某某同志追悼会)
    and one in a stock phrase (以某某同志为核心的党中央)."""
    text = ctx.doc.text
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, sentence.start, sentence.end)]
    named = [r for r in refs if not r.bare and _printed_name(r.draft)]
    quoted += [(r.start - 1, r.end) for r in named]
    owners = {r.start for r in named}  # 召开某某的某会议: the one the name is said of, before 的, takes no part
    return ctx.carry + [
        p
        for p in ctx.people(sentence.start, sentence.end)
        if not any(s < p.start < e for s, e in quoted)
        and not rules.pattern("slogan").match(text, p.end)
        and not _said_of(text, namewalk.past_honorifics(text, p.end), owners)
        and not _remains(text, p.end)
    ]


def _remains(text: str, i: int) -> bool:
    """A name printed with the word for the remains or for the life before death after it (某某同志遗体前默哀, 某某
    同志生前好友): the deceased, at no event."""
    end = namewalk.past_honorifics(text, i)
    near = re.split(f"[{re.escape(CLAUSE_BREAKS)}]", text[end : end + _REMAINS_REACH])[0]  # 某某同志在京生前友好
    return any(w in text[i:end] or w in near for w in rules.uses("remains"))


def _said_of(text: str, i: int, owners: set[int]) -> bool:
    """A person whose name (and 先生, 同志…) ends at ``i`` is the one a mourning rite printed there is held for (某某
    同志追悼会), or the one the event named right after 的 is said of (召开某某先生的某会议)."""
    if text.startswith(rules.uses("mourning_name"), i):
        return True
    return any(text.startswith(w, i) and i + len(w) in owners for w in rules.uses("attributive"))


def _printed_name(draft: Draft) -> bool:
    """Whether the event was found by its printed name (``event:name:`` rules), not by an act told of people."""
    return any(p.rule.startswith(NAME_RULE) for p in draft.provenance)
