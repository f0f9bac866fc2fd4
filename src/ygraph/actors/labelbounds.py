"""labelbounds: the left boundary of a post read back from a name — words of the clause that are no part of it.

A chain runs back from a name to the clause start, the previous name or a stop word (``prefix_stops.txt``). What
it still holds of the clause is a closed class of words and structures (rows of ``word_uses.tsv``):

* a verb whose object the post is (``post_lead_verb``: 代表, 应邀, 邀集, 见到, 致送…予 某市长甲): the post starts
  after it, when more of the post follows it (not 、, 兼, 及 nor the name: 首席代表甲 keeps its title) and no word of
  ``post_lead_not`` holds it (代表团, 人民代表大会);
* a joiner (``post_lead_joiner``: 与, 和, 及, 同, 暨): printed first it joins the clause's people (应邀与某办主任,
  ，和某局局长), unless it begins a place (和平区) or a ``post_lead_not`` word (暨南大学); inside the chain it ends
  another person (a married name: 林何某某和某局长; a title: 某大使与某州州长) or a body (某县人民政府与某公司
  董事长), or it joins the post to a text that is no place (在穗与某市委书记, 甲及中央某处书记: the post starts at a
  place, a country or a party after it; 中国与某国家论坛 and 文化和旅游部 keep theirs);
* a sentence adverb first (``post_lead_marker``: 另, 另外, 此外, 同时);
* a count of holders (``post_lead_count``: 3名某市委常委, 两位副市长): a classifier after digits or a numeral.
"""

from __future__ import annotations

import ahocorasick

from ..lexicons import cached, load_table
from ..punctuation import LIST_MARK
from ..scan import word_at
from ..time.numerals import numeral_characters
from .actorlex import (
    CJK,
    city_provinces,
    counties,
    is_foreign,
    longest_suffix_title,
    place_prefix,
    place_table,
    plausible_name,
    prefix_stop_words,
    surnames,
    uses,
    words,
)
from .nameshape import married_shape
from .orgnames import level_organs
from .positions import printed_place as _printed_place

_NAME_SIDE = 3  # a name on the far side of a joiner has three characters (two open a body: 文化和旅游局)


def post_start(text: str, start: int, e: int, joined: bool = True) -> int:
    """Where the post printed in ``text[start:e]`` (a chain ending with a title head) starts; ``joined``: a
    joiner may open it (与某市长: another person's); a notice's post right after its verb opens with none."""
    start = max(start, _after_verb(text, start, e))
    moved = True
    while moved:
        was = start
        start = _after_count(text, start, e)
        start = _after_marker(text, start, e)
        start = _after_party(text, start, e)
        start = _after_first_joiner(text, start, e) if joined else start
        start = _after_new(text, start, e)
        start = _after_taking(text, start, e)
        moved = start != was
    return _after_inner_joiner(text, start, e, joined)


def occurrences(text: str, word: str, start: int, e: int) -> list[int]:
    """Where ``word`` starts in ``text[start:e]``."""
    out, k = [], text.find(word, start, e)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1, e)
    return out


def _printed(words: tuple[str, ...], text: str, start: int, e: int) -> list[tuple[int, str]]:
    """Every ``(position, word)`` where one of ``words`` is printed inside ``text[start:e]``, nested ones too:
    one Aho–Corasick pass instead of a ``str.find`` loop per word (89 lead verbs at every chain)."""
    automaton = _automaton(words)
    if automaton is None or start >= e:
        return []
    return [(last - len(word) + 1, word) for last, word in automaton.iter(text, start, e)]


@cached
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    if not any(words):
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        if word:
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _held(text: str, k: int, word: str, start: int, e: int) -> bool:
    """The occurrence of ``word`` at ``k`` lies inside a word of ``post_lead_not`` printed there (代表团)."""
    for other in uses("post_lead_not"):
        at = other.find(word)
        if at >= 0 and k - at >= start and text.startswith(other, k - at, e):
            return True
    return False


def _goes_on(text: str, k: int, e: int) -> bool:
    """More of a post follows ``text[k]``: a Han character, not a list mark nor a post joiner (首席代表兼…)."""
    if k >= e or not CJK.match(text[k]) or text[k] == LIST_MARK:
        return False
    return not text.startswith((*uses("post_joiner"), *uses("own_post_joiner")), k, e)


def _after_verb(text: str, start: int, e: int) -> int:
    """After the last verb of ``post_lead_verb`` in the chain that more of the post follows."""
    best = start
    for k, verb in _printed(uses("post_lead_verb"), text, start, e):
        end = k + len(verb)
        if end > best and _goes_on(text, end, e) and not _held(text, k, verb, start, e) and not _names_place(text, k, e, verb):
            best = end
    return best


def _names_place(text: str, k: int, e: int, word: str) -> bool:
    """``word`` at ``k`` is the name of a place with its level (会同县委书记: 会同 + 县), no verb."""
    around = text[k : k + len(word) + 1]
    return around in counties() or around in city_provinces() or around in place_table()


def _after_count(text: str, start: int, e: int) -> int:
    """Past a count of holders opening the chain: a classifier after digits (3名), a numeral and a classifier."""
    counts = uses("post_lead_count")
    after_digit = start > 0 and text[start - 1].isdigit()
    numeral = start < e and text[start] in _numerals()
    at = start + 1 if numeral and not after_digit else start
    word = word_at(counts, text, at, e) or (word_at(uses("post_lead_date"), text, at, e) if after_digit else "")
    if word and (after_digit or numeral) and _goes_on(text, at + len(word), e):
        return at + len(word)  # 3名某市委常委; 1月某国主席 (a date's unit after its digits)
    return start


@cached
def _numerals() -> frozenset[str]:
    return frozenset(numeral_characters(("digit",)))


def _after_marker(text: str, start: int, e: int) -> int:
    """Past a sentence adverb opening the chain, unless a ``post_lead_not`` word holds it (另类艺术协会)."""
    word = word_at(uses("post_lead_marker"), text, start, e)
    if not word or _held(text, start, word, start, e):
        return start
    return start + len(word) if _goes_on(text, start + len(word), e) else start


def _after_new(text: str, start: int, e: int) -> int:
    """Past a word marking the post as given now (``new_marker``: 新任, 新) right before a bare title (新主任甲: the
    holder's new post, whose organisation the article prints elsewhere; 新乡市长 keeps its place)."""
    word = word_at(uses("new_marker"), text, start, e)
    rest = text[start + len(word) : e]
    return start + len(word) if word and rest and longest_suffix_title(rest) == rest else start


def _after_taking(text: str, start: int, e: int) -> int:
    """Past a verb that gives a post opening the chain (``_taking_verbs``: 任, 出任, 接掌) before a post with its
    body linked to its holder (post_link 的: 接替任某局局长的甲, the verb, no part of the post; roles35). Without
    the link the post is the verb's subject's (甲接任某职 乙; 甲调任某局局长、某局局长乙): the chain stays as it
    was. A place that opens with the verb's character (任丘市) keeps it; a bare title after it stays as printed."""
    word = word_at(_taking_verbs(), text, start, e)
    rest = text[start + len(word) : e]
    if not word or not text.startswith(uses("post_link"), e) or LIST_MARK in rest:
        return start
    if not _goes_on(text, start + len(word), e) or place_prefix(text[start:e]):
        return start
    return start + len(word) if longest_suffix_title(rest) not in ("", rest) else start


@cached
def _taking_verbs() -> tuple[str, ...]:
    """The verbs that give or record a post, longest first: appointment_verbs.txt, career_verbs.tsv and the
    hand-over verbs of word_uses.tsv (takeover_verb)."""
    rows = (r[0] for r in load_table("actors/career_verbs.tsv"))
    verbs = {*words("appointment_verbs.txt"), *rows, *uses("takeover_verb")}
    return tuple(sorted(verbs, key=lambda w: (-len(w), w)))


def _after_party(text: str, start: int, e: int) -> int:
    """Past a party of ``party_affiliation`` before a place's post (某党某市长, 某党籍某县长): the holder's party, not
    the post's organisation; a post of the party itself (某党某市党部主委) keeps it."""
    word = word_at(uses("party_affiliation"), text, start, e)
    rest = text[start + len(word) : e]
    if not word or not _opens_post(rest) or any(w in rest for w in uses("party_body")):
        return start
    return start + len(word)


def _after_first_joiner(text: str, start: int, e: int) -> int:
    """Past a joiner opening the chain, unless it begins a place (和平区) or a ``post_lead_not`` word."""
    word = word_at(uses("post_lead_joiner"), text, start, e)
    if not word or not _goes_on(text, start + len(word), e) or _held(text, start, word, start, e):
        return start
    return start if place_prefix(text[start:e]) else start + len(word)


def _after_inner_joiner(text: str, start: int, e: int, joined: bool = True) -> int:
    """After the last joiner inside the chain that ends another person or body, or opens a place after no place.
    A notice's post (not ``joined``) lists the posts given: an ``own_post_joiner`` after a title joins two of them
    (出任某局秘书长及某署署长), no other person's."""
    best = start
    for k, word in _printed(uses("post_lead_joiner"), text, start + 1, e):
        end = k + len(word)
        if not joined and word in uses("own_post_joiner") and longest_suffix_title(text[start:k]):
            continue
        if end > best and _goes_on(text, end, e) and (
            _joins(text[start:k], text[end:e], word) or _met_at(text, start, k, word)
        ):
            best = end
    return best


def _met_at(text: str, start: int, k: int, word: str) -> bool:
    """A place printed after a ``place_lead`` (在) and before a meeting's joiner (在某市与某会董事长): where the
    meeting is, and the post after the joiner is the other side's, whatever opens it."""
    return (
        word in uses("post_meeting_joiner")
        and text.endswith(uses("place_lead"), 0, start)
        and bool(
            _is_place(text[start:k])
            or place_prefix(text[start:k]) == text[start:k]
            or text[start:k].endswith(uses("met_venue_end"))  # 在某某大会堂同某国总统: a venue the gazetteer lacks
        )
    )


def _joins(before: str, after: str, word: str) -> bool:
    """``before`` + joiner + ``after``: two people's or bodies' words, the post being ``after``'s; a married name's
    shape before a joiner ending a word (``joiner_in_word``: 驻某某某共和国大使) is no name."""
    if _married_before(before, word) or _whole_body(before) or _addressed(before) or _other_side(before, word):
        return True  # 林何某某和某局局长, 某县人民政府与某公司董事长, 蔡主任和某副主席, 甲与某市副市长, 市政府与某局局长
    if word in uses("post_meeting_joiner") and longest_suffix_title(before):
        return True  # 某国甲大使与某州州长: a title then a meeting's joiner
    if _bare_post(_first_post(after)) and not _post_or_place(before, word, after):
        return True  # 甲及代理市长乙, 讲话和市副市长乙: a whole bare post after words that are no post (roles30)
    if longest_suffix_title(before) and longest_suffix_title(after) not in ("", after) and not _bare_post(after):
        return True  # 某司司长和某市副市长乙: a title closes the item before the joiner, a post with its body follows
    return _opens_post(after) and not _opens_post(before) and not _is_place(before)


def _married_before(before: str, word: str) -> bool:
    """A married name's shape ends ``before`` (林何某某和), unless the joiner ends a word with it (某某某共和国)."""
    return married_shape(before[-4:]) and not (before + word).endswith(uses("joiner_in_word"))


def _bare_post(text: str) -> bool:
    """``text`` is a whole bare post: a title with nothing before it but a level, a level's organ (市委, 市政府,
    县人大常委会, 人大) or a bare modifier (代理, 常务): 县长, 市副市长, 市委常委, 代理市长, 人大副主任."""
    head = longest_suffix_title(text)
    stem = text[: len(text) - len(head)]
    if not head or head == text:
        return bool(head) and head[:1] in uses("place_level")  # 县长, 市长: a level's own title
    rest = stem[1:] if stem[:1] in uses("place_level") else stem
    return stem in (*uses("bare_organ"), *uses("place_level"), *uses("bare_modifier")) or rest in (
        *level_organs(),
        *uses("chain_level_organ"),
    )


def _first_post(text: str) -> str:
    """The first post of a chain's text (市委常委 of 市委常委、副市长, of 市委常委兼副市长)."""
    cut = [k for k in (text.find(LIST_MARK), *(text.find(w) for w in uses("post_joiner"))) if k > 0]
    return text[: min(cut)] if cut else text


def _post_or_place(before: str, word: str, after: str) -> bool:
    """``before`` ends with a title (市委常委和副市长: one holder's two posts), a level or a level's organ (市委和市政府
    秘书长: one body of two), or the joiner is inside a place's name (会同县委书记: 会同县)."""
    if longest_suffix_title(before) or before.endswith((*uses("place_level"), *uses("bare_organ"), *level_organs())):
        return True
    return any(before[-n:] + word + after[:1] in _places() for n in (1, 2, 3) if len(before) >= n)


@cached
def _places() -> frozenset[str]:
    return frozenset((*counties(), *city_provinces(), *place_table()))


def _other_side(before: str, joiner: str) -> bool:
    """``before`` is the whole other side of a joiner: a bare organ (市政府与某集团副总经理乙), or a three-character
    name (甲与某院副院长乙, 甲和某市副市长乙; never two characters, which open bodies: 某业与某局, 文化和旅游局; never
    before a joiner ending a word, ``joiner_in_word``: 某共和国总统, 某协和医院院长; roles28)."""
    if before in uses("bare_organ"):
        return True
    if len(before) != _NAME_SIDE or (before + joiner).endswith(uses("joiner_in_word")):
        return False  # 某共和国: the joiner ends a word (平与 of 某晓平与某副省长乙 ends none)
    return plausible_name(before) and not place_prefix(before) and not _is_place(before)


def _addressed(before: str) -> bool:
    """A surname and a title close ``before`` (蔡主任): a person printed in the order of address."""
    for n in (2, 3):
        tail = before[-n:]
        head = longest_suffix_title(tail)
        if len(before) >= n and head and len(tail) - len(head) == 1 and tail[0] in surnames()[0]:
            return len(before) == n or not CJK.match(before[-n - 1]) or before[-n - 1] in uses("post_lead_joiner")
    return False


def _whole_body(before: str) -> bool:
    """A place's level organ closes ``before`` (某县人民政府, 某市委): a body of its own."""
    organ = next((o for o in level_organs() if before.endswith(o)), "")
    level = before[-len(organ) - 1 : -len(organ)] if organ else ""
    return len(before) > len(organ) + 1 and level in uses("place_level") and not longest_suffix_title(before)


def _opens_post(text: str) -> bool:
    """A place, a country or a party opens ``text`` (the organisation of a post)."""
    opened = place_prefix(text) or _printed_place(text) or is_foreign(text) or _level_titled(text)
    return bool(opened) or text.startswith(uses("post_lead_org"))


def _is_place(text: str) -> bool:
    return text in place_table() or text in words("countries.txt")


def _level_titled(text: str) -> bool:
    """A place the vocabulary lacks, then its level's own title (青禾县长: 青禾 + 县长)."""
    head = longest_suffix_title(text)
    stem = text[: len(text) - len(head)]
    return (
        head[:1] in uses("printed_level")
        and head[1:] in uses("level_title")
        and 2 <= len(stem) <= 3
        and not set(stem) & words("not_place_chars.txt")
    )


_MARKED_ORG = 8  # characters of an organisation printed before a new holder's marker (某国某市新任市长)
_SHORT_ORG = 4  # … at most, unless it opens with a place (奥克兰新任市长)


def marked_org(text: str, a: int, floor: int, printed: str) -> str:
    """The organisation printed right before a new or outgoing holder's marker (word_uses.tsv new_marker,
    end_marker) that opens a bare post (某国某市新任市长甲: 某国某市, not the page's place): 2 to 8 Han characters
    after the clause's last stop or punctuation, holding no title and no name; "" else."""
    head = longest_suffix_title(printed)
    if printed[: len(printed) - len(head)] not in ("", *uses("bare_organ"), *uses("bare_modifier"), *uses("place_level")):
        return ""
    word = next((w for w in (*uses("new_marker"), *uses("end_marker")) if text.endswith(w, floor, a)), "")
    m = a - len(word)
    k = m
    while word and k > max(floor, m - _MARKED_ORG) and CJK.match(text[k - 1]) and text[k - 1] != LIST_MARK:
        k -= 1
    org = text[k:m]
    org = org[max((org.rfind(s) + len(s) for s in prefix_stop_words() if s in org), default=0) :]
    if len(org) < 2 or longest_suffix_title(org) or plausible_name(org) or not _goes_on(text, m, a + 1):
        return ""
    return org if len(org) <= _SHORT_ORG or _opens_post(org) else ""  # 把印信交到新任县长: no organisation
