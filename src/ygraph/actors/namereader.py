"""namereader: where a person's name printed at a point of the compact text ends (``read_name``): a dotted
name, a usual name of two or three characters (four with a compound surname or a listed start, five for a
Japanese name after a country's post), before a boundary, a follower or a form of address.
"""

from __future__ import annotations

from ..punctuation import CLAUSE_BREAKS, DOT, NAME_PUNCT, OPENING_QUOTES
from . import nameshape as shape
from .actorlex import automaton, plausible_name, starts_boundary, uses, words
from .japanesenames import japanese_surnames, long_japanese_name
from .nameends import RECURS, addressed_at, open_end, titled_shape, word_inside


def read_name(text: str, i: int, foreign: bool = False, titled: bool = False, country: bool = False) -> int:
    """End of a person's name starting at ``text[i]`` (followed by a boundary), or -1. ``titled``: right
    after a complete title chain, where the name may also end before an unlisted word (``open_end``);
    ``country``: after a country's post, where a name may have five characters (某国某市长: a Japanese surname of two and a given name of three)."""
    m = shape.DOTTED.match(text, i)
    if m and _holds_title(m.group().split(DOT, 1)[0]):
        return -1  # 某委员会主委甲·乙, 、驻某国大使甲·乙: the title's characters open no dotted name
    if m:
        last_dot = m.group().rindex("·") + i
        for end in range(last_dot + 2, m.end() + 1):
            if starts_boundary(text, end):
                return end
    if text[i : i + 1] == text[i + 1 : i + 2]:
        return -1  # 某总书记殷殷嘱托, 谆谆教诲: a reduplicated adverb after a title, never a surname repeated
    four = foreign or text[i : i + 2] in _compound() or text[i : i + 2] in words("name_starts.txt")
    five = (foreign and country) or (titled and text[i : i + 2] in japanese_surnames())
    lengths = (2, 3, 4, 5) if five else (2, 3, 4) if four else (2, 3)
    valid = [
        i + n
        for n in lengths
        if len(text[i : i + n]) == n
        and (plausible_name(text[i : i + n], foreign) or (titled and titled_shape(text[i : i + n])))
        and (starts_boundary(text, i + n) or (titled and addressed_at(text, i, i + n)))
        and not (titled and word_inside(text, i, n))
    ]
    if not valid and five and foreign and (long := shape.long_foreign_end(text, i)) > 0:
        return long  # 某国政府秘书长某某某某某某某某: a transliterated name of six to eight characters
    if not valid:  # 某长官甲乙丙今晚…, 某特区行政长官甲乙丙提名: a usual name before a follower
        end = open_end(text, i)[0] if titled else -1
        if end > 0 or (foreign and not (titled and shape.married_name(text, i))):
            return end  # a region's post reads names relaxed, but a married name is a Han name (某司长林何某某下周…)
        return i + 4 if shape.four_character_name(text, i) or (titled and shape.married_name(text, i)) else -1
    inside = any(_closed(text, k) for k in (i + 3, i + 4))  # 某市长樱井某一行: 一行 closes a shorter name
    surname_only = valid[:-1] == [i + 2]  # 教育长森田某出席: a given name of one read before a verb stays so
    if five and surname_only and valid[-1] == i + 5 and long_japanese_name(text[i : i + 5]) and _closed(text, i + 5) and not inside:
        return valid[-1]  # 日本前首相某田由美子等: a Japanese given name of three characters, whatever opens it (由)
    if len(valid) > 1 and valid[1] == valid[0] + 1 and _opens_nothing(text, valid[0]):
        return valid[1]  # 某市长甲乙作等, 某主席甲乙和一行: 作 and 和 open no phrase before 等
    if valid and titled and foreign:  # 某特区行政长官甲乙丙昨率团: a usual name before a follower, not four characters
        shorter, follower = open_end(text, i)
        closed = 0 < shorter < valid[0] and follower != RECURS  # only a follower word cuts a bounded reading
        return shorter if closed else valid[0]
    if len(valid) > 1 and titled and _verb_without_object(text, valid[0]):
        return valid[1]  # 某政协主席甲乙任，: 任 ends the clause, no post after it
    if (
        len(valid) > 1
        and text[valid[0]] in words("weak_boundaries.txt")
        and not text.startswith(uses("weak_phrase"), valid[0])  # 以甲为代表: 为 starts a phrase
        and not _closes_frame(text, i, valid[0])  # 在会见某外长甲时，…: 时 closes the clause's 在
        and not text[valid[0] + 1 : valid[0] + 2].isdigit()  # 甲为1959年生: 为 starts a phrase of a number
    ):
        return valid[1]  # 龚明为出席: 为 is more likely the end of the name than a word after it
    return valid[0] if valid else -1


def _verb_without_object(text: str, k: int) -> bool:
    """A one-character appointment verb (appointment_verbs.txt: 任) at ``text[k]`` with no post after it: a clause
    break or an attendance verb follows (某主席甲乙任，某常委丙; 甲乙任出席会议): the name's last character."""
    if text[k : k + 1] not in words("appointment_verbs.txt"):
        return False
    return k + 1 >= len(text) or text[k + 1] in CLAUSE_BREAKS or text.startswith(tuple(words("attendance_verbs.txt")), k + 1)


def _closed(text: str, k: int) -> bool:
    """Punctuation or a closing word (name_last_close: 等, 一行) at ``text[k]``: the name surely ends there."""
    return k >= len(text) or text[k] in NAME_PUNCT or text.startswith(uses("name_last_close"), k)


_OPENING_MARKS = (*OPENING_QUOTES, "《")


def _opens_nothing(text: str, k: int) -> bool:
    """``text[k]`` is a one-character word that opens a phrase (word_uses name_last_open: 作, 和) but punctuation or
    a closing word (name_last_close: 等, 一行) follows it: it opens nothing, so it ends the name."""
    if text[k] not in uses("name_last_open") or text.startswith(_OPENING_MARKS, k + 1):
        return False  # 甲乙作《某报告》: a quoted or titled object opens after it
    return _closed(text, k + 1)


def _closes_frame(text: str, i: int, k: int) -> bool:
    """``text[k]`` closes a frame (``word_uses.tsv`` weak_frame 在…时) whose opening word the clause of the name at
    ``text[i]`` prints before it: the name ends before ``text[k]``."""
    clause = max(text.rfind(c, 0, i) for c in CLAUSE_BREAKS) + 1
    for frame in uses("weak_frame"):
        opening, _, closing = frame.partition("…")
        if text.startswith(closing, k) and opening in text[clause:i]:
            return True
    return False


def _holds_title(first: str) -> bool:
    """The part of a dotted name before its first dot holds a title head (主委, 大使): the name starts after it."""
    return any(True for _ in automaton("titles").iter(first))


def dotted_at(text: str, i: int) -> bool:
    """A dotted name (某某·某某) starts at ``text[i]``."""
    return shape.DOTTED.match(text, i) is not None


def _compound() -> frozenset[str]:
    from .actorlex import surnames

    return surnames()[1]
