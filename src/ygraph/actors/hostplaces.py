"""hostplaces: the places of delegations, for ``personrules``: the place a delegation visits (a cue of
``host_cues.txt`` before it: 代表团赴临江市考察; 来潍考察; 来我市), whose bare titles from the next sentence on are
the hosts'; a delegation led to the article's own place (its bare titles in that sentence the visitors'); the
place of the delegation a titled person leads (市委书记甲率某市代表团: that person's bare titles).
"""

from __future__ import annotations

from ..lexicons import cached
from ..punctuation import COMMAS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import automaton, city_provinces, gazetteer_places, long_hits, place_table, uses, words
from .placecontext import ContextPlaces
from .printedplaces import printed_places
from .shortcities import short_cities

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


def host_places(text: str, page: ContextPlaces) -> list[tuple[int, str, str]]:
    """(offset, level, place) of each place a delegation visits (a cue of ``host_cues.txt`` right before it,
    a delegation word before the cue in its sentence): the offset is the end of the sentence, from where a
    bare title of the place's level is the host's. A ``short:`` cue takes a one-character short form of the
    place followed by a ``visit:`` word (来潍考察, 抵川访问: ``_short_place``); an ``own:`` cue before a level
    (来我市) names the page's own place of that level (``page``: its source line's), "" when the page gives
    none: the hosts' bare titles then stay bare rather than take the visitors' place."""
    out = []
    cues = [(cue, _place_at) for cue in _host_words("")] + [(cue, _short_place) for cue in _host_words("short:")]
    for cue, read in [*cues, *((cue, _own_level) for cue in _host_words("own:"))]:
        at = text.find(cue)
        while at >= 0:
            start = max((text.rfind(c, 0, at) for c in _SENTENCE_END), default=-1) + 1
            place = read(text, at + len(cue))
            if place and any(w in text[start:at] for w in _host_words("with:")):
                level = place[-1]
                own = _own(page, level, text[start:at]) or _hosted_before(out, level, at)  # 莅某视察 … 莅临我市
                out.append((_hosts_from(text, at), level, own if len(place) == 1 else place))
            at = text.find(cue, at + 1)
    return sorted(set(out))


def _hosts_from(text: str, at: int) -> int:
    """Where the hosts' bare titles start after the cue at ``at``: the clause after the visit when it opens with a
    ``partner:`` word (至某县政府拜访，与县长乙交流), else the next sentence (a clause of the visitors' own, 副市长甲随同,
    keeps their titles)."""
    end = min([k for k in (text.find(c, at) for c in _SENTENCE_END) if k >= 0], default=len(text))
    comma = min([k for k in (text.find(c, at, end) for c in COMMAS) if k >= 0], default=end)
    return comma if text.startswith(_host_words("partner:"), comma + 1) else end


def led_visits(text: str, page: ContextPlaces) -> list[tuple[int, str, str]]:
    """(offset, level, place) marks of each sentence where a delegation is led (a ``lead:`` word, then a
    ``with:`` word) to a place (a host cue or a ``to:`` word right before it: 县委书记甲带领代表团到某县考察)
    that is the article's place of its level (``page.at``): from the sentence start the bare titles of that
    level are not that place's (the leader and those who join him are the visitors; ``-`` + place), until a
    chain prints it (the hosts: 某县委书记乙); from the sentence end the article's place again (``+``)."""
    out = []
    cues = (*_host_words(""), *_host_words("to:"))
    for lead in _host_words("lead:"):
        at = text.find(lead)
        while at >= 0:
            start = max((text.rfind(c, 0, at) for c in _SENTENCE_END), default=-1) + 1
            end = min([k for k in (text.find(c, at) for c in _SENTENCE_END) if k >= 0], default=len(text))
            place = _led_to(text, at, end, cues)  # from the lead word: 率团赴某市 (率团 is a with: word)
            if place:  # a mark only removes the place while it is the current one (_host_mark)
                out += [(start, place[-1], "-" + place), (end, place[-1], "+" + place)]
            at = text.find(lead, at + 1)
    return out


def _led_to(text: str, i: int, end: int, cues: tuple[str, ...]) -> str:
    """The place a delegation named after ``text[i]`` goes to before ``end`` (…代表团到某县): "" when none."""
    words = [k for k in (text.find(w, i, end) for w in _host_words("with:")) if k >= 0]
    if not words:
        return ""
    for cue in cues:
        k = text.find(cue, min(words), end)
        place = _place_at(text, k + len(cue)) if k >= 0 else ""
        if place:
            return place
    return ""


def _hosted_before(found: list[tuple[int, str, str]], level: str, at: int) -> str:
    """The last host place of ``level`` a cue named before ``at`` (a headline's 莅某视察 before the lede's 莅临我市:
    the page's own place is the one the headline's visit went to), "" when none."""
    return next((p for k, lv, p in sorted(found, reverse=True) if lv == level and p and k <= at), "")


def _own(page: ContextPlaces, level: str, visitors: str) -> str:
    """The page's own place of ``level``: its source line's (``page.own``); else the place the article is
    about (``page.at``) when the visitors' words before the cue do not name it (foreign guests whose
    cities the vocabulary lacks: 某国某市友城代表团来我市), never the visitors' own city."""
    own, about = page.own.get(level, ""), page.at.get(level, "")
    if own or not about:
        return own
    named = {place_table()[w] for _, w in automaton("places").iter_long(visitors)}
    named |= set(gazetteer_places(visitors))  # 某市某主任甲带领…: a city the gazetteer knows is the visitors'
    return "" if named else about


def _own_level(text: str, i: int) -> str:
    """The level printed right after an ``own:`` cue (来我市 → 市), "" when none."""
    return text[i] if text[i : i + 1] and text[i] in uses("place_level") else ""


_LEAD_REACH = 40  # characters from a titled name to the word that makes it the leader of a delegation


def led_places(text: str, e: int, places: ContextPlaces) -> ContextPlaces:
    """``places`` with the place of the delegation led by the person named at ``text[e]`` (行政长官甲明日将率领
    某地代表团…, 市委书记甲率某市党政代表团…): a ``lead:`` word of ``host_cues.txt`` in the sentence, no title
    between, then a place and a delegation word. A bare title of that place's level is the leader's."""
    stop = min((k for k in (text.find(c, e) for c in _SENTENCE_END) if k >= 0), default=len(text))
    end = min(stop, e + _LEAD_REACH)
    for lead in _host_words("lead:"):
        at = text.find(lead, e + 2, end)
        if at < 0 or next(automaton("titles").iter(text, e, at), None) is not None:
            continue
        if any(w in text[e:at] for w in _host_words("not_lead:")):
            continue  # 市委书记甲会见率某市代表团来访的乙: the leader is the guest
        place = _place_at(text, at + len(lead))
        if place and any(w in text[at : min(stop, at + len(lead) + 16)] for w in _host_words("with:")):
            return places.with_printed(place)
    return places


@cached
def _host_words(kind: str) -> tuple[str, ...]:
    """The rows of ``host_cues.txt`` of one kind ("" a cue before the place, ``with:`` a delegation word,
    ``short:`` a cue before a one-character short form, ``visit:`` the act after that short form, ``lead:``
    the word before the delegation a titled person leads, ``not_lead:`` a verb that makes the leader
    someone else, ``own:`` a cue before the level of the page's own place: 来我市, ``to:`` a cue read only
    after a led delegation: ``led_visits``)."""
    kinds = ("with:", "short:", "visit:", "lead:", "not_lead:", "own:", "to:", "partner:", "theme:", "theme_end:")
    rows = words("host_cues.txt")
    if kind:
        return tuple(w.removeprefix(kind) for w in rows if w.startswith(kind))
    return tuple(w for w in rows if not w.startswith(kinds))


def _short_place(text: str, i: int) -> str:
    """The place of a one-character short form at ``text[i]`` followed by a visit word (来潍考察): the
    vocabulary's abbreviation (川, 闽), else the one place of the article (printed, of the vocabulary or
    the gazetteer) whose name starts with it, else the one gazetteer city that does; "" when none or two."""
    char = text[i : i + 1]
    if not char or not text.startswith(_host_words("visit:"), i + 1):
        return ""
    abbreviated = place_table(abbreviations=True)
    if char in abbreviated:
        return abbreviated[char]
    named = {place_table()[w] for _, w in automaton("places").iter_long(text)}
    named |= {p for found in printed_places(text).values() for p in found}
    named |= {w for _, w in long_hits("cities", text)}
    for candidates in (named, set(city_provinces())):
        starting = {p for p in candidates if p.startswith(char)}
        if starting:
            return next(iter(starting)) if len(starting) == 1 else ""
    return ""


def _place_at(text: str, i: int) -> str:
    """The place printed at ``text[i]`` (the vocabulary's longest, else the gazetteer's, else a printed city or
    county)."""
    known = place_table()
    best = ""
    for end, word in automaton("places").iter(text, i, min(len(text), i + 8)):
        if end - len(word) + 1 == i and len(word) > len(best):
            best = word
    if best:
        return known[best]
    inner = [p for p in gazetteer_places(text[i : i + 8]) if text.startswith(p, i)]
    if inner:
        return max(inner, key=len)
    for level, places in printed_places(text[max(0, i - 1) : i + 8]).items():
        for place in sorted(places, key=lambda p: (-len(p), p)):  # a set: never its hash order
            if text.startswith(place, i) and place.endswith(level):
                return place
    return ""


def side_places(text: str, e: int, places: ContextPlaces) -> ContextPlaces:
    """``places`` with the place of the side a clause run before ``text[e]`` opens with (甲市方面出席的有…；乙市府
    方面则为市长丙: a ``side_mark`` word after a place or a city's short government): the bare titles listed for
    that side are its place's, not those of the other side printed before."""
    start = max((text.rfind(c, 0, e) for c in _SENTENCE_END), default=-1) + 1
    mark = max(((text.rfind(w, start, e), w) for w in uses("side_mark")), default=(-1, ""))
    if mark[0] < 0:
        return places
    place = _place_before(text, start, mark[0])
    return places.with_printed(place) if place else places


def _place_before(text: str, start: int, at: int) -> str:
    """The place printed right before ``text[at]``, itself or with its government (某市, 某市政府, 北市府)."""
    head = text[max(start, at - 8) : at]
    for organ in ("", *uses("government"), *uses("government_short")):
        if not head.endswith(organ):
            continue
        stem = head[: len(head) - len(organ)]
        short = next((city for short, city in short_cities().items() if stem.endswith(short)), "")
        if short and organ:
            return short
        known = max((w for end, w in automaton("places").iter(stem) if end == len(stem) - 1), key=len, default="")
        if known:
            return place_table()[known]
    return ""
