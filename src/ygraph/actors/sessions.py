"""sessions: a presidium's posts printed without their session (大会主席团常务主席甲, 大会的执行主席是乙) take
the session the article names before them (某省第十二届人民代表大会第二次会议): one post per session, held by
many. The vocabulary is ``actors/session_posts.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..time.numerals import numeral_characters
from .actorlex import any_of, place_prefix, prefix_stop_words, table, uses
from .chains import Element
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import Position
from .printedplaces import stem_has_word

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LEFT = 10  # characters before the term number where the session's name may start


def session_uses(use: str) -> tuple[str, ...]:
    """The words of ``session_posts.tsv`` of one use."""
    return lexicons.word_uses("actors/session_posts.tsv", use)



def session_number() -> str:
    """A term's or a sitting's number (第十二, 十二): an ordinal word, then one to three numeral characters."""
    digits = re.escape(numeral_characters(("digit", "ten")))
    return rf"(?:{alternation(uses('ordinal'))})?[{digits}]{{1,3}}"


@cached
def _session() -> re.Pattern[str]:
    """A term number (第十二届), up to 16 characters, a sitting number (第二次会议); or a party congress's
    number (第十一次代表大会)."""
    term, sitting = alternation(session_uses("term")), alternation(session_uses("sitting"))
    number, congress = session_number(), alternation(session_uses("congress"))
    return re.compile(
        rf"{number}(?:{term})[\u4e00-\u9fff]{{0,16}}?{number}(?:{sitting})|{number}(?:{congress})"
    )


def sessions(text: str) -> list[tuple[int, str]]:
    """Where each session's name is printed, and the name (from its place or its lead word)."""
    out = []
    for m in scan.finditer(_session(), text):  # tried near a numeral only (scan.needs)
        at = max(0, m.start() - _LEFT)
        left = text[at : m.start()]
        starts = [k for k in range(len(left)) if _starts_name(left[k:], _edge(text, at + k))]
        # 某日电临江市政协…: a start at a clause edge (after a date) wins over one glued to the word before it
        starts = [k for k in starts if _edge(text, at + k)] or starts
        if starts:
            start = m.start() - len(left) + starts[0]
            lead = _lead_before(text, start)
            out.append((start - len(lead), _leads().get(lead, lead) + left[starts[0] :] + m.group()))
    return out


def _lead_before(text: str, k: int) -> str:
    """A session's lead printed right before its place (中国人民政治协商会议某省…, 中共某市…: ``session_leads.tsv``
    and the ``lead`` words), when the name read so far does not hold one already; "" for none."""
    if text.startswith(session_uses("lead"), k):
        return ""
    return next((w for w in (*_leads(), *session_uses("lead")) if text.endswith(w, 0, k)), "")


@cached
def _leads() -> dict[str, str]:
    """A lead printed in full → the lead in the session's name (中国人民政治协商会议 → 政协)."""
    return table("session_leads.tsv")


def _edge(text: str, k: int) -> bool:
    """A clause edge before ``text[k]``: the start, a character that is no Han one, a stop word (由省…) or a
    session's lead printed in full (中国人民政治协商会议临江省…: the place after it is printed with its level, and
    need not be a known one)."""
    return k == 0 or not _HAN.match(text[k - 1]) or text.endswith((*prefix_stop_words(), *_leads()), 0, k)



def _starts_name(left: str, edge: bool) -> bool:
    """A session's name may start here: a known place, a lead word, or, at a clause edge (``edge``: the
    start or a character that is no Han one before it), a place printed with its level or a level alone
    (。市十五届人大六次会议: the page's own city's; never 通过了市… or ，听取了省…: a stem holding a
    verb or a stop word, ``printedplaces.stem_has_word``)."""
    if not _HAN.fullmatch(left):
        return False
    stem_ok = not stem_has_word(left[:-1])  # 听取了省…: a verb or a stop word, no place's stem
    return (
        bool(place_prefix(left))
        or left.startswith(session_uses("lead"))
        or (edge and (len(left) == 1 or 3 <= len(left) <= 4 and stem_ok) and left[-1] in uses("place_level"))
        or (edge and left[:1] in uses("place_level") and left[1:].startswith(session_uses("lead")))  # 由省政协十二届…
    )


def session_posts(text: str, found: list[Found], places: ContextPlaces | None = None) -> list[Found]:
    """Each finding with its presidium posts completed by the last session printed before them; a session
    named by its level alone (市九届人大二次会议) takes the place a bare title of that level takes (``places``)."""
    # a committee's plenum (市委十三届九次全会) has no presidium: its name never completes one's post
    named = [
        (at, *_placed(name, places))
        for at, name in sessions(text)
        if not name.endswith(session_uses("plenum")) and not _delegates_to(text, at, name)
    ]
    if not named:
        return found
    return [replace(f, chain=tuple(_complete(el, named) for el in f.chain)) for f in found]


def _delegates_to(text: str, at: int, name: str) -> bool:
    """The session is where delegates the page elects go (出席某全国代表大会代表), not the page's own."""
    printed = text.find(name, at)  # the name as printed (a lead read in full elsewhere is not found: no delegates)
    after = printed + len(name)
    lead = text.endswith(session_uses("delegates_lead"), 0, at)
    return printed >= 0 and lead and text.startswith(session_uses("delegates"), after)


def _placed(name: str, places: ContextPlaces | None) -> tuple[str, str]:
    """市九届人大二次会议 on a page whose bare 市 titles are 江城市's: 江城市九届人大二次会议, with the rule that
    gave the page its place ("" when it came from the chains or the counts); the name as printed otherwise."""
    level = name[:1]
    if places is None or level not in uses("place_level") or place_prefix(name):
        return name, ""
    place = places.at.get(level, "")
    return (place + name[1:], places.source_rule.get(level, "")) if place else (name, "")


def _complete(el: Element, named: list[tuple[int, str, str]]) -> Element:
    p = el.position
    if p.head in session_uses("head"):
        rest = _kept(p.organization or _printed_organ(p.printed, p.head), p.head)
    else:
        rest = _kept_only(p.organization, p.head) if p.head in session_uses("kept_head") else None
    if rest is None:
        return el
    before = [(name, rule) for at, name, rule in named if at < el.start]
    session, rule = before[-1] if before else named[0][1:]
    # 省十二届人大二次会议 after 临江省十二届人大二次会议: the session printed with its place elsewhere
    session, rule = max(((name, r) for _, name, r in named if name.endswith(session)), key=lambda n: len(n[0]))
    org = session + rest
    return replace(el, position=Position(p.printed, org + p.head, org, p.head, "", True, rule))


def _printed_organ(printed: str, head: str) -> str:
    """The organ of a ``kept`` post a post printed with a session the chain did not read ends with (某届某会议
    主席团常务主席 → 主席团), "" when none: the session completing it keeps that organ."""
    return next((k.removesuffix(head) for k in session_uses("kept") if printed.endswith(k) and k.endswith(head)), "")


def _kept(org: str, head: str) -> str | None:
    """What of a presidium post's organisation stays after the session's name: nothing, or the organ of a
    kept post (主席团常务主席: 大会主席团常务主席 → <session>主席团常务主席, but 主席团执行主席 → <session>执行主席);
    the session replaces 大会 and a sitting (第一次全体会议执行主席 → <session>执行主席), but a sitting named by its
    place in the session stays (``sitting_name``: 开幕会执行主席 → <session>开幕会执行主席). None: the
    organisation is no session's."""
    named = next((w for w in session_uses("sitting_name") if org.startswith(w)), "")
    if named:  # 开幕会执行主席 → <session>开幕会执行主席: the seat of that sitting
        return named if org[len(named) :] in ("", *session_uses("organ")) else None
    sitting = _sitting().match(org)
    rest = org[sitting.end() :] if sitting else org
    rest = next((rest.removeprefix(o) for o in session_uses("organ") if rest.startswith(o) and rest != o), rest)
    if rest + head in session_uses("kept"):
        return rest
    return "" if rest in ("", *session_uses("organ")) else None


def _kept_only(org: str, head: str) -> str | None:
    """A head of ``kept_head`` (委员, 秘书长) is a session's only printed with a session organ: inside its presidium
    (大会主席团常委 → <session>主席团常委, 主席团常务委员) or after the organ alone (大会秘书长 →
    <session>秘书长); printed bare (秘书长甲) or with any other body it is no session's (None)."""
    sitting = _sitting().match(org)
    rest = org[sitting.end() :] if sitting else org
    organs, presidium = session_uses("organ"), session_uses("presidium")
    inner = next((rest[len(o) :] for o in organs if rest.startswith(o) and rest[len(o) :].startswith(presidium)), rest)
    if inner.startswith(presidium):
        return inner
    return "" if org and rest in organs else None


@cached
def _sitting() -> re.Pattern[str]:
    """A sitting of the session (第一次全体会议): an ordinal, a number and a sitting word."""
    digits = re.escape(numeral_characters(("digit", "ten")))
    return re.compile(rf"{any_of('ordinal')}?[{digits}]{{1,3}}(?:{alternation(session_uses('sitting'))})")
