"""nameends: where a name read right after a complete title chain ends when no listed boundary closes it
(the open right boundary): before a word of ``name_followers.tsv`` (因, 离职, 署理, 手中, 中午, 充分 …), the
row id reaching the finding's rule (titled:<id>); and the particles a name may hold there (和/之).
"""

from __future__ import annotations

import re

from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, CLOSING_QUOTES, OPENING_BRACKETS, OPENING_QUOTES
from .actorlex import PUNCT, automaton, plausible_name, starts_boundary, surnames, table, titles, uses, words
from .guests import place_visit_at, short_arrival_at
from .japanesenames import long_japanese_name

# a name in Latin letters after a title, as the compact view prints it (spaces gone): two capitalised words at
# least (KolasYotaka, LadieN.Jack), never an acronym alone (WTO, APEC) nor a word in lower case
_LATIN_NAME = re.compile(r"[A-Z][a-z]+\.?(?:[A-Z][a-z]*\.?|-[A-Z]?[a-z]+){1,4}(?![A-Za-z])")

_ARRIVAL = "follow.come"  # the row id of 来台, 来访; also of 来某县调研 and 抵某后 (guests.place_visit_at, short_arrival_at)

# a short bracketed note on a post, printed between the title and its holder: 局长（兼）, 助理处长（传媒）
_POST_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{1,4})[）)](?=[\u4e00-\u9fff])")


def past_post_note(text: str, e: int) -> int:
    """Where the holder's name starts after a title ending at ``e``: past a bracketed note on the post
    (某局局长（兼）甲, 某处助理处长（传媒）乙), never a photo position (``photo_markers.txt``: （左）), and past the
    closing mark of a post printed in quotation marks (“某部长”甲: ``past_quoted_post``)."""
    m = _POST_NOTE.match(text, e)
    if not m or m.group(1) in words("photo_markers.txt"):
        return past_quoted_post(text, e)
    return m.end()


def past_link(text: str, e: int) -> int:
    """Past a link word between a post and its holder (word_uses.tsv post_link: 担任某市长的甲, 时任某部长的乙)
    when a usual name of three characters closed by a boundary or a name follower follows it (a two-character
    reading there is as often a noun: 某主席的关心和支持); ``e`` else (people33)."""
    link = next((w for w in uses("post_link") if text.startswith(w, e)), "")
    k = e + len(link)
    name = text[k : k + 3]
    closed = starts_boundary(text, k + 3) or follower_at(text, k + 3)  # 时任某厅长的甲被免职: a follower closes it
    if link and plausible_name(name) and len(name) == 3 and closed and not name.endswith(uses("post_link_organ_end")):
        return e if name.endswith(uses("post_link_frame_end")) else k  # 在某市长的关怀下: the frame, no name
    return e


_QUOTED_SPAN = 12  # the longest post read inside quotation marks, as a short quotation inside a chain


def past_quoted_post(text: str, e: int) -> int:
    """``e + 1`` when ``text[e]`` closes a quotation that holds nothing but Han characters (a post, its title
    ending at ``e``) and a Han character follows it: the holder's name starts after the mark (“卫福部长”甲,
    「某院长」乙: reprints print another side's posts in quotation marks); never a quoted honour or
    nickname (``word_uses.tsv`` quoted_not_post: 优秀, 最美 …); past a stray closing mark too (某长”甲); ``e``
    otherwise."""
    mark = text[e : e + 1]
    if not mark or mark not in CLOSING_QUOTES or not _HAN.match(text, e + 1):
        return e
    opening = OPENING_QUOTES[CLOSING_QUOTES.index(mark)]
    start = text.rfind(opening, max(0, e - _QUOTED_SPAN), e)
    if start < 0 and opening not in text[max(0, e - 2 * _QUOTED_SPAN) : e]:
        return e + 1  # a stray closing mark after the title (its opening lost in the copy): no quotation
    quoted = text[start + 1 : e] if start >= 0 else ""
    if not quoted or not _HAN_RUN.fullmatch(quoted) or any(w in quoted for w in uses("quoted_not_post")):
        return e
    return e + 1


def before_quote(text: str, a: int) -> int:
    """Where the quotation mark opening a post at ``text[a]`` stands (前“某部长”甲: the marker before it), else ``a``."""
    return a - 1 if a > 0 and text[a - 1] in OPENING_QUOTES else a


_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def particle_name(name: str) -> bool:
    """A 3-character name with a particle that names also use (word_uses.tsv name_middle: 甲和乙; name_last:
    甲乙之), read only right after a complete title."""
    if len(name) != 3:
        return False
    if name[1] in uses("name_middle"):  # 甲其乙 (a usual given name), never 甲其实 (a word after a surname)
        return plausible_name(name[0] + name[2]) and not name.endswith(uses("name_middle_word"))
    return name[2] in uses("name_last") and plausible_name(name[:2])


@cached
def _followers() -> dict[str, str]:
    return table("name_followers.tsv")


def _follower(text: str, k: int) -> str:
    """The id of the name_followers.tsv word starting at ``text[k]``, or ""."""
    rows = _followers()
    word = next((rows[text[k : k + n]] for n in (5, 4, 3, 2, 1) if _follows(text, k, n, rows)), "")
    return word or (_ARRIVAL if place_visit_at(text, k) or short_arrival_at(text, k) else "")


def _follows(text: str, k: int, n: int, rows: dict[str, str]) -> bool:
    """``text[k:k+n]`` is a follower; one ending with an opening bracket (本(, 明() only before a number: a day
    or a month printed in brackets (某局长甲乙丙本(4)月8日), never a caption's bracket (某市长甲乙明(左))."""
    word = text[k : k + n]
    return word in rows and (word[-1] not in OPENING_BRACKETS or text[k + n : k + n + 1].isdigit())


def open_end(text: str, i: int) -> tuple[int, str]:
    """(end, follower id) of a 2-3 character name right after a complete title chain that no listed boundary
    closes: it ends before a name_followers.tsv word (某局长甲乙丙因工作…). Three characters when the 4th
    starts such a word (or a boundary); two when only the 3rd does. Never a 4th character. When no follower
    decides, the article decides (``RECURS``): a reading it prints again with another character after it; (-1, "")
    else."""
    two, three = text[i : i + 2], text[i : i + 3]
    after2, after3 = _follower(text, i + 2), _follower(text, i + 3)
    four = _four_before_follower(text, i, bool(after2 or after3))
    if four:
        return four
    two_ok = plausible_name(two) and not word_inside(text, i, 2)
    three_ok = len(three) == 3 and (plausible_name(three) or particle_name(three)) and not word_inside(text, i, 3)
    if after2 and not (after3 or starts_boundary(text, i + 3)) and two_ok:
        return i + 2, after2
    if after3 and three_ok:
        return i + 3, after3
    if after2 and two_ok:
        return i + 2, after2
    if three_ok and not after2 and recurs(text, three):
        return i + 3, RECURS  # 某部长甲乙丙打下… 甲乙丙卸任: printed again, with another word after it
    if two_ok and not after2 and recurs(text, two) and text.count(three) == 1:
        return i + 2, RECURS  # 某大使甲乙迎接… 甲乙表示: the three-character reading is printed once
    return -1, ""


def recurs(text: str, name: str) -> bool:
    """The text prints ``name`` more than once with more than one character after it: the name is a unit of
    the text (a person named again), not the start of a word that goes on after it (the open right boundary's
    resolution when no follower word decides; people32)."""
    after, k = set(), text.find(name)
    while k >= 0:
        after.add(text[k + len(name) : k + len(name) + 1])
        k = text.find(name, k + 1)
    return len(after) > 1


def _four_before_follower(text: str, i: int, shorter: bool) -> tuple[int, str] | None:
    """(end, follower id) of a four-character name opening with a compound or Japanese surname (欧阳某某,
    渡边某某: ``surnames()``' compound set) when only the 5th character starts a follower word (某知事甲乙丙丁
    晤谈…): the open end reads 2-3 characters otherwise, and would cut such a name."""
    after4 = _follower(text, i + 4)
    four = text[i : i + 4]
    if shorter or not after4 or len(four) != 4 or word_inside(text, i, 4):
        return None
    compound = four[:2] in surnames()[1] and plausible_name(four)
    return (i + 4, after4) if compound else None  # never a married reading: 某董事长甲乙丙丁因病 (names14)


def word_inside(text: str, i: int, n: int) -> bool:
    """A two-character name_followers.tsv word starts inside the given name (某书记于中午…, 某市长江上午…: a
    surname or a preposition, then a time word), or a title head runs across its end (某委员|会副主|任甲: the
    chain's head goes on into an organ, 委员会, and the reading would cut the title after it; people33)."""
    words, rows = _long_followers(), _followers()
    return any(
        text.startswith(words, i + k) and any(_follows(text, i + k, m, rows) for m in range(2, 6))
        for k in range(1, n)
    ) or cuts_title(text, i, n)


def cuts_title(text: str, i: int, n: int) -> bool:
    """The reading ``text[i:i+n]`` right after a title opens with an organisation's last character (word_uses.tsv
    org_end: 会 of 委员会, 常委会) and a title head of titles.tsv starts inside it and ends after it: the title
    before it was part of an organisation's name (某委员|会副主|任甲), and the reading cuts the real title."""
    if text[i : i + 1] not in uses("org_end"):
        return False
    window = text[i : i + n + _LONGEST_CUT]
    return any(0 < end + 1 - len(head) < n < end + 1 for end, head in automaton("titles").iter(window))


_LONGEST_CUT = 4  # characters after a reading that a title cut by its end may run on


@cached
def _long_followers() -> tuple[str, ...]:
    return tuple(w for w in _followers() if len(w) > 1)


def manner_at(text: str, k: int) -> bool:
    """A manner word of name_followers.tsv (follow.manner) starts at ``text[k]`` right after a title (某大使全程
    陪同, 某市长简要介绍): the clause goes on, no name there."""
    return _followers().get(text[k : k + 2], "") == "follow.manner"


def follower_at(text: str, k: int) -> bool:
    """A name_followers.tsv word starts at ``text[k]`` (某长官离澳期间: the clause goes on, no name there)."""
    return bool(_follower(text, k))


def joined_names(items: list[str]) -> list[str]:
    """List items printed with a joiner instead of 、 (甲、乙、丙和丁、戊在主席台就座: ``list_joiner``): an item
    that is two names of 2-3 characters around the joiner is two items."""
    out: list[str] = []
    for item in items:
        halves = next(
            (
                (item[:k], item[k + len(w) :])
                for w in uses("list_joiner")
                for k in (2, 3)
                if item.startswith(w, k)
                and 2 <= len(item) - k - len(w) <= 3
                and plausible_name(item[:k])
                and plausible_name(item[k + len(w) :])
            ),
            None,
        )
        out.extend(halves or (item,))
    return out


_TRAILING_TITLE = 6  # the longest title head read after a name in the order of address


def trailing_title(text: str, end: int) -> int:
    """Where a title head printed right after a name ends, when that title closes the name as a form of
    address (某会会长甲乙丙议员及某会干事长丁戊议员…: a title before the name and its head again after it):
    a head of two characters or more of ``titles.tsv`` followed by punctuation, a joiner
    (``word_uses.tsv`` post_lead_joiner: 及, 和, 与) or a boundary word; ``end`` when there is none (names22)."""
    heads = titles()
    for n in range(_TRAILING_TITLE, 1, -1):
        k = end + n
        if text[end:k] in heads and len(text[end:k]) == n:
            closers = (*uses("post_lead_joiner"), *uses("address_title_next"))
            if k >= len(text) or text[k] in PUNCT or text.startswith(closers, k):
                return k
            if starts_boundary(text, k):
                return k
    return end


def latin_name_end(text: str, e: int) -> int:
    """End of a name printed in Latin letters right after a title (某部长ArmanShakkaliyev及…, 某发言人Kolas
    Yotaka、…): capitalised words run together by the compact view, at most five; -1 else (names22)."""
    m = _LATIN_NAME.match(text, e)
    return m.end() if m else -1


LATIN = "latin"  # the rule suffix (titled:latin) of a name in Latin letters after a title
ADDRESSED = "address"  # the rule suffix (titled:address) of a name closed by a title of address after it
RECURS = "recurs"  # the rule suffix (titled:recurs) of a name whose open end the article's other mentions decide


def titled_shape(name: str) -> bool:
    """A name read only right after a title: a particle inside (甲和乙) or five characters of a Japanese name."""
    return particle_name(name) or long_japanese_name(name)


def addressed_at(text: str, i: int, end: int) -> bool:
    """``text[i:end]`` is a name closed by a title of address (``trailing_title``), never a post's organisation
    before its title: no preposition first (某组长由市委书记担任: word_uses.tsv name_title_not_start), no organ or
    place level last (level_organs.txt, place_level)."""
    name = text[i:end]
    organs = (*words("level_organs.txt"), *uses("place_level"), *uses("name_title_not_end"))
    return (
        trailing_title(text, end) > end
        and name[0] not in uses("name_title_not_start")
        and not name.endswith(organs)
    )


def handed_to(text: str, k: int) -> bool:
    """The clause from ``text[k]`` (right after a preposition that is also a surname: 由) names the successor of a
    post by a title and ends with a takeover verb (某区长则是由某区副区长甲接任: word_uses.tsv takeover_verb): the
    preposition opens it, no name starts at it, whatever place the title holds."""
    end = min((i for c in CLAUSE_BREAKS if (i := text.find(c, k, k + _CLAUSE_SPAN)) >= 0), default=-1)
    clause = text[k:end] if end > k else ""
    return clause.endswith(uses("takeover_verb")) and any(len(h) > 1 for _, h in automaton("titles").iter(clause))


_CLAUSE_SPAN = 40  # characters of a hand-over clause read after the preposition
