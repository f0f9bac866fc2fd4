"""personcues: names the document establishes before a speech verb (``speakers``: 某某表示) or an
honorific (``honorifics``: 某某同志, 某某总书记), for ``mentions``."""

from __future__ import annotations

from .actorlex import PUNCT, automaton, plausible_name, table, uses, words
from .personrules import Found


def speakers(text: str, known: set[str]) -> list[Found]:
    found = []
    for end, verb in automaton("speech").iter(text):
        s = end - len(verb) + 1
        options = []
        for n in (2, 3, 4):
            i = s - n
            if i < 0 or not _clause_start(text, i, verb, end + 1):
                continue
            name = text[i:s]
            if name in known or plausible_name(name):
                options.append((name not in known, n, name, i))
        if options:
            _, _, name, i = min(options)
            found.append(Found(name, i, s, f"speaker:{verb}"))
    return found


def _clause_start(text: str, i: int, verb: str, after: int) -> bool:
    """A name at ``i`` starts its clause: after punctuation; after a ``speech_opener`` (的) only when the
    verb reports speech (的<name>告诉记者，; not 取得的成绩表示肯定); after a ``chair_opener`` (由) only
    before a ``chair_verb`` (会议由<name>主持). Word uses of actors/word_uses.tsv."""
    if i == 0 or text[i - 1] in PUNCT:
        return True
    if any(text.endswith(w, 0, i) for w in uses("speech_opener")):
        return after >= len(text) or text[after] in PUNCT or text.startswith(uses("speech_listener"), after)
    return any(text.endswith(w, 0, i) for w in uses("chair_opener")) and verb in uses("chair_verb")


def honorifics(text: str, known: set[str]) -> list[Found]:
    found = []
    positions = table("honorifics.tsv")
    for end, word in automaton("honorifics").iter(text):
        s = end - len(word) + 1
        hit = next((text[s - n : s] for n in (4, 3, 2) if s >= n and text[s - n : s] in known), "")
        if not hit and positions[word] != "-":
            # an unknown name in honorific order needs to recur in the article (学习贯彻总书记 is no name)
            hit = next(
                (text[s - n : s] for n in (3, 2) if s >= n and _recurring_name(text, text[s - n : s], word)),
                "",
            )
        if hit:
            found.append(Found(hit, s - len(hit), s, f"honorific:{word}"))
    return found


def _recurring_name(text: str, name: str, honorific: str) -> bool:
    """Twice in honorific order, with any of the honorifics (<name>总书记 … <name>同志)."""
    if not plausible_name(name) or any(name.endswith(v) for v in words("honorific_preverbs.txt")):
        return False
    return sum(text.count(name + word) for word in table("honorifics.tsv")) >= 2
