"""personcues: names the document establishes before a speech verb (``speakers``: 某某表示) and after a party's
membership mark (``party_members``: 国民党籍某某), for ``mentions`` (names before an honorific: ``honorific``)."""

from __future__ import annotations

from .. import lexicons
from ..lexicons import cached
from .actorlex import PUNCT, automaton, plausible_name, starts_boundary, table, uses
from .namereader import read_name
from .personrules import Found


def speakers(text: str, known: set[str]) -> list[Found]:
    found = []
    for end, verb in automaton("speech").iter(text):
        s = end - len(verb) + 1
        if _career_inside(text, end):
            continue  # 某晓强调任某职: 强 ends the name, 调任 is the career verb (no 强调 is said)
        options = []
        for n in (2, 3, 4):
            i = s - n
            if i < 0 or not _clause_start(text, i, verb, end + 1):
                continue
            name = text[i:s]
            if name in known or plausible_name(name):
                options.append((name not in known, n, name, i))
        options += _known_before_boundary(text, s, verb, end + 1, known)
        if options:
            _, _, name, i = min(options)
            found.append(Found(name, i, i + len(name), f"speaker:{verb}"))
    return found


_BOUNDARY_GAP = 2  # the longest boundary word between a name and its speech verb (某某则表示, 某某也表示)


def _known_before_boundary(text: str, s: int, verb: str, after: int, known: set[str]) -> list[tuple[bool, int, str, int]]:
    """A name the document knows, then a word a name ends before, then the speech verb (渡边某则表示): the known
    name, never the name with the adverb glued on (a Japanese surname reads 渡边某则 as a name of four)."""
    out = []
    for gap in range(1, _BOUNDARY_GAP + 1):
        for n in (2, 3, 4):
            i = s - gap - n
            name = text[max(i, 0) : s - gap]
            if i >= 0 and name in known and starts_boundary(text, s - gap) and _clause_start(text, i, verb, after):
                out.append((False, n, name, i))
    return out


def _career_inside(text: str, end: int) -> bool:
    """The speech verb's last character opens a career verb (调任) that is no word of word_uses.tsv
    career_overlap_not (强调任何)."""
    return text.startswith(_career_verbs(), end) and not text.startswith(
        uses("career_overlap_not"), end + 1
    )


@cached
def _career_verbs() -> tuple[str, ...]:
    return tuple(table("career_verbs.tsv"))


def _clause_start(text: str, i: int, verb: str, after: int) -> bool:
    """A name at ``i`` starts its clause: after punctuation; after a ``speech_opener`` (的) only when the
    verb reports speech (的<name>告诉记者，; not 取得的成绩表示肯定); after a ``chair_opener`` (由), or an
    organisation after one, only before a ``chair_verb`` (会议由<name>主持, 由某办公室<name>主持). Word uses of
    actors/word_uses.tsv."""
    if i == 0 or text[i - 1] in PUNCT:
        return True
    if any(text.endswith(w, 0, i) for w in uses("speech_opener")):
        return after >= len(text) or text[after] in PUNCT or text.startswith(uses("speech_listener"), after)
    if verb not in uses("chair_verb"):
        return False
    return any(text.endswith(w, 0, i) for w in uses("chair_opener")) or _after_chair_org(text, i)


_ORG_SPAN = 24  # the longest organisation printed between 由 and a staff member's name


def _after_chair_org(text: str, i: int) -> bool:
    """由某办公室<name>主持: an organisation (ending with a ``chair_org_end`` word, no punctuation inside) between a
    ``chair_opener`` and the name."""
    if not text.endswith(uses("chair_org_end"), 0, i):
        return False
    floor = max(0, i - _ORG_SPAN)
    for opener in uses("chair_opener"):
        k = text.rfind(opener, floor, i)
        if k >= 0 and i - k - len(opener) >= 2 and not any(c in PUNCT for c in text[k:i]):
            return True
    return False


@cached
def _member_cues() -> tuple[str, ...]:
    """A party's name (``parties.tsv`` party rows) or a ``party_member_lead`` (无党), then a ``party_member_mark``
    (籍): the party a person belongs to, printed right before the name on Taiwanese pages."""
    parties = [row[0] for row in lexicons.load_table("actors/parties.tsv") if row[1] == "party"]
    return tuple(p + m for p in (*parties, *uses("party_member_lead")) for m in uses("party_member_mark"))


def party_members(text: str) -> list[Found]:
    """Names after a party's membership mark (国民党籍甲、民进党籍乙分别宣誓就职): people (rule ``party_member``)."""
    found = []
    for cue in _member_cues():
        k = text.find(cue)
        while k >= 0:
            i = k + len(cue)
            end = read_name(text, i, titled=True)
            if end > i:
                found.append(Found(text[i:end], i, end, f"party_member:{cue}"))
            k = text.find(cue, i)
    return found
