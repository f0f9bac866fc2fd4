"""mentions: people, positions, organisations and places in one article.

The article is read on a *compact* view (whitespace removed, so OCR line breaks inside names and titles
do not matter), with a map back to normalized offsets. Rules, each with an id:

* ``titled``: a position chain then a name (海州市委副书记、市长<name>), chains joined by 、 or 兼;
* ``honorific``: a name then 总书记 / 同志;
* ``list``: names joined by 、 before an attendance verb (<a>、<b>、<c>出席);
* ``speaker``: a name at a clause start before a speech verb (。<name>表示);
* ``known_name``: any other occurrence of a name the document established by one of the rules above.

Strings that need the whole corpus (run-together headline names, OCR-damaged titles) become pending
items for ``people.merge_people``.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass, field

import ahocorasick

from ..model import Article, Document, Mention
from .actorlex import (
    CJK,
    PUNCT,
    automaton,
    is_foreign,
    lexicon_cache,
    plausible_name,
    starts_boundary,
    table,
    words,
)
from .chains import Element, chain_before
from .positions import Position

_PUNCT_CLASS = re.escape("".join(sorted(PUNCT)))
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10})+")
_RUN = re.compile(r"(?:^|(?<=[\s#*]))([\u4e00-\u9fff]{4,24})(?:出席|讲话|主持|发言)(?=\s|$)", re.M)


@dataclass(frozen=True)
class Compact:
    text: str
    pos: tuple[int, ...]  # pos[i] = normalized offset of text[i]

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.pos[i], self.pos[j - 1] + 1


@dataclass(frozen=True)
class Found:
    """One person occurrence (compact offsets) with the position chain printed before it, if any."""

    name: str
    start: int
    end: int
    rule: str
    chain: tuple[Element, ...] = ()


@dataclass(frozen=True)
class Pending:
    kind: str  # "run" | "damaged"
    payload: str
    start: int  # compact offsets
    end: int


@dataclass(frozen=True)
class ArticleActors:
    compact: Compact
    found: tuple[Found, ...]
    places: tuple[tuple[str, int, int], ...]
    pending: tuple[Pending, ...]


def compact_view(doc: Document, article: Article) -> Compact:
    segment = doc.text[article.start : article.end]
    keep = [i for i, c in enumerate(segment) if not c.isspace()]
    return Compact("".join(segment[i] for i in keep), tuple(article.start + i for i in keep))


def read_name(text: str, i: int, foreign: bool = False) -> int:
    """End of a person's name starting at ``text[i]`` (followed by a boundary), or -1."""
    m = _DOTTED.match(text, i)
    if m:
        last_dot = m.group().rindex("·") + i
        for end in range(last_dot + 2, m.end() + 1):
            if starts_boundary(text, end):
                return end
    lengths = (2, 3, 4) if foreign else (2, 3, 4) if text[i : i + 2] in _compound() else (2, 3)
    valid = [
        i + n
        for n in lengths
        if len(text[i : i + n]) == n
        and plausible_name(text[i : i + n], foreign)
        and starts_boundary(text, i + n)
    ]
    if len(valid) > 1 and text[valid[0]] in words("weak_boundaries.txt"):
        return valid[1]  # 龚明为出席: 为 is more likely the end of the name than a word after it
    return valid[0] if valid else -1


def _compound() -> frozenset[str]:
    from .actorlex import surnames

    return surnames()[1]


def _context_places(article: Article, text: str = "") -> dict[str, str]:
    """Level (省, 市, …) → the place a bare 省长 / 市委书记 refers to in this article.

    A level with exactly one place of that level in the article gets it (an article about one province);
    the dateline place wins. Chains update the map as they are read (``_titled``).
    """
    places = table("places.tsv")
    seen: dict[str, set[str]] = {}
    for _, word in automaton("places").iter_long(text):
        seen.setdefault(places[word][-1], set()).add(places[word])
    context = {level: next(iter(found)) for level, found in seen.items() if len(found) == 1}
    dateline = places.get(article.place or "", "")
    if dateline:
        context[dateline[-1]] = dateline
    return context


@lexicon_cache
def _appointment_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(words("appointment_verbs.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<=[{_PUNCT_CLASS}])|^)([\u4e00-\u9fff·]{{2,8}}?)(?:同志)?(?:{verbs})([^，。；！？,.;!?\s]{{2,60}}?)(?=[，。；！？,.;!?]|$)"
    )


def _appointed(text: str, places: dict[str, str]) -> list[Found]:
    """``<name>(同志)任<position chain>。``: the position follows the name (appointment news)."""
    found = []
    places = dict(places)
    for m in _appointment_pattern().finditer(text):
        name = m.group(1)
        if not plausible_name(name):
            continue
        chain = chain_before(text, m.end(2), m.start(2), places)
        if chain and chain[0].start == m.start(2):
            found.append(Found(name, m.start(1), m.end(1), "appointed", chain))
    return found


def _titled(text: str, places: dict[str, str]) -> list[Found]:
    found: list[Found] = []
    places = dict(places)
    ends = sorted({end + 1 for end, _ in automaton("titles").iter(text)})
    last_end = 0
    for e in ends:
        if e < last_end or e >= len(text) or not CJK.match(text[e]):
            continue
        chain = chain_before(text, e, last_end, places)
        if not chain:
            continue
        if plausible_name(chain[-1].position.organization) and chain[-1].position.head in table(
            "honorifics.tsv"
        ):
            continue  # <name>总书记: honorific order, not a title before a name
        foreign = is_foreign(chain[0].position.organization)
        end = read_name(text, e, foreign)
        if end < 0:
            continue
        found.append(Found(text[e:end], e, end, "titled", chain))
        last_end = end
        for el in chain:
            if el.position.place:
                places[el.position.place[-1]] = el.position.place
    return found


@lexicon_cache
def _list_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(words("attendance_verbs.txt"), key=len, reverse=True))
    return re.compile(
        rf"((?:[\u4e00-\u9fff·]{{2,8}}、)+[\u4e00-\u9fff·]{{2,8}}?)(?:等(?:领导|同志|人)?)?(?:同志)?(?:{verbs})"
    )


_BYLINE = re.compile(
    r"(?:记者|通讯员)[ \u3000]+([\u4e00-\u9fff]{2,3}(?:[ \u3000、]+[\u4e00-\u9fff]{2,3})*)[ \u3000]*(?:摄|报道|）|\))"
)


def _bylines(doc: Document, article: Article, compact: Compact) -> list[Found]:
    """Reporters named in a byline (（记者 甲 乙）, 新华社记者 甲摄): persons without a position."""
    found = []
    raw = doc.text[article.start : article.end]
    for m in _BYLINE.finditer(raw):
        for piece in re.finditer(r"[^\s、]+", m.group(1)):
            if plausible_name(piece.group()):
                start = bisect_left(compact.pos, article.start + m.start(1) + piece.start())
                found.append(Found(piece.group(), start, start + len(piece.group()), "byline"))
    return found


def _lists(text: str) -> list[Found]:
    found = []
    for m in _list_pattern().finditer(text):
        names = m.group(1).split("、")
        if not all(plausible_name(n) or _DOTTED.fullmatch(n) for n in names[1:]):
            continue
        first = _list_head(text, m.start(1), names[0])
        if not first:
            continue
        names[0] = first
        i = m.start(1) + len(m.group(1).split("、")[0]) - len(first)
        for n in names:
            found.append(Found(n, i, i + len(n), "list"))
            i += len(n) + 1
    return found


def _list_head(text: str, start: int, head: str) -> str:
    """The first name of a list: the whole first element after punctuation, else its last 3 or 2 characters
    (大会上<a>、<b>出席: the other names show it is a list)."""
    if (start == 0 or text[start - 1] in PUNCT) and (plausible_name(head) or _DOTTED.fullmatch(head)):
        return head
    return next((head[-n:] for n in (3, 2) if len(head) > n and plausible_name(head[-n:])), "")


def _speakers(text: str, known: set[str]) -> list[Found]:
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
            found.append(Found(name, i, s, "speaker"))
    return found


def _clause_start(text: str, i: int, verb: str, after: int) -> bool:
    """A name at ``i`` starts its clause: after punctuation; after 的 only when the verb reports speech
    (的<name>告诉记者，; not 取得的成绩表示肯定); after 由 only for 主持 (会议由<name>主持)."""
    if i == 0 or text[i - 1] in PUNCT:
        return True
    if text[i - 1] == "的":
        return after >= len(text) or text[after] in PUNCT or text.startswith("记者", after)
    return text[i - 1] == "由" and verb == "主持"


def _honorifics(text: str, known: set[str]) -> list[Found]:
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
            found.append(Found(hit, s - len(hit), s, "honorific"))
    return found


def _recurring_name(text: str, name: str, honorific: str) -> bool:
    return plausible_name(name) and text.count(name + honorific) >= 2


def _known(text: str, names: set[str], taken: set[tuple[int, int]]) -> list[Found]:
    """Other occurrences of established names, at a word edge (not inside a longer word).

    Adjacent occurrences (run-together headline names) count as one stretch: the stretch needs the edge.
    """
    if not names:
        return []
    a = ahocorasick.Automaton()
    for n in names:
        a.add_word(n, n)
    a.make_automaton()
    mask = bytearray(len(text))
    for i, j in taken:
        mask[i:j] = b"\x01" * (j - i)
    hits = [(end - len(name) + 1, end + 1, name) for end, name in a.iter_long(text)]
    hits = [h for h in hits if not any(mask[h[0] : h[1]])]
    found: list[Found] = []
    stretch: list[tuple[int, int, str]] = []
    for hit in [*hits, (-1, -1, "")]:
        if stretch and hit[0] != stretch[-1][1]:
            if _edge_before(text, stretch[0][0]) or starts_boundary(text, stretch[-1][1]):
                found.extend(Found(name, i, j, "known_name") for i, j, name in stretch)
            stretch = []
        stretch.append(hit)
    return found


def _edge_before(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in PUNCT or text[i - 1] == "的" or not CJK.match(text[i - 1])


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep the first finding per span and drop findings overlapping an earlier, stronger one."""
    kept: list[Found] = []
    spans: list[tuple[int, int]] = []
    for f in found:
        if any(f.start < b and a < f.end for a, b in spans):
            continue
        kept.append(f)
        spans.append((f.start, f.end))
    return sorted(kept, key=lambda f: (f.start, f.end))


def evidenced(text: str, article: Article, known: set[str]) -> list[Found]:
    """Person occurrences with evidence of being a person (every rule but ``known_name``)."""
    places = _context_places(article, text)
    titled = _dedupe([*_titled(text, places), *_appointed(text, places)])
    names = known | {f.name for f in titled}
    lists = _lists(text)
    names |= {f.name for f in lists}
    return _dedupe([*titled, *_honorifics(text, names), *lists, *_speakers(text, names)])


@dataclass
class _DocCache:
    doc: Document | None = None
    names: set[str] = field(default_factory=set)
    compacts: dict[int, Compact] = field(default_factory=dict)
    articles: dict[int, ArticleActors] = field(default_factory=dict)


_LOCAL = threading.local()  # per thread: engines may run documents in threads


def _cache(doc: Document) -> _DocCache:
    """The document's names (established anywhere in it) and per-article results, computed once."""
    cache_ = getattr(_LOCAL, "cache", None)
    if cache_ is None or cache_.doc is not doc:
        cache_ = _DocCache(doc)
        for article in doc.articles:
            cache_.compacts[article.index] = compact_view(doc, article)
            cache_.names |= {f.name for f in evidenced(cache_.compacts[article.index].text, article, set())}
        _LOCAL.cache = cache_
    return cache_


def doc_names(doc: Document) -> set[str]:
    """Names the document establishes anywhere (titles, appointments, lists, speech, honorifics)."""
    return _cache(doc).names


def analyse(doc: Document, article: Article) -> ArticleActors:
    """Everything the actors stages need from one article (cached for ``roles.extract_roles``)."""
    cache_ = _cache(doc)
    if article.index in cache_.articles:
        return cache_.articles[article.index]
    names = cache_.names
    compact = cache_.compacts.get(article.index) or compact_view(doc, article)
    text = compact.text
    found = _dedupe([*evidenced(text, article, names), *_bylines(doc, article, compact)])
    found = _dedupe([*found, *_known(text, names, {(f.start, f.end) for f in found})])
    places = tuple(
        (table("places.tsv")[w], e - len(w) + 1, e + 1) for e, w in automaton("places").iter_long(text)
    )
    result = ArticleActors(compact, tuple(found), places, tuple(_pending(doc, article, compact, names)))
    cache_.articles[article.index] = result
    return result


def _pending(doc: Document, article: Article, compact: Compact, names: set[str]) -> list[Pending]:
    out = []
    raw = doc.text[article.start : article.end]
    for m in _RUN.finditer(raw):
        run = m.group(1)
        if not _covered(run, names):
            i = bisect_left(compact.pos, article.start + m.start(1))
            out.append(Pending("run", run, i, i + len(run)))
    from .chains import damaged

    out.extend(
        Pending("damaged", p, s, e)
        for p, s, e in damaged(compact.text, _context_places(article, compact.text))
    )
    return out


def _covered(run: str, names: set[str]) -> bool:
    i = 0
    while i < len(run):
        n = next((run[i : i + k] for k in (4, 3, 2) if run[i : i + k] in names), "")
        if not n:
            return False
        i += len(n)
    return True


def find_mentions(doc: Document, article: Article) -> tuple[Mention, ...]:
    actors = analyse(doc, article)
    c = actors.compact
    out: set[Mention] = set()
    for f in actors.found:
        out.add(Mention("person", f.name, *c.span(f.start, f.end), article.index, f.rule))
        for el in f.chain:
            out.add(
                Mention("position", el.position.canonical, *c.span(el.start, el.end), article.index, f.rule)
            )
            if el.position.organization:
                org_end = el.start + max(1, len(el.position.printed) - len(el.position.head))
                out.add(
                    Mention(
                        "organization",
                        el.position.organization,
                        *c.span(el.start, org_end),
                        article.index,
                        f.rule,
                    )
                )
    for place, s, e in actors.places:
        out.add(Mention("place", place, *c.span(s, e), article.index, "place"))
    return tuple(sorted(out, key=lambda m: (m.start, m.end, m.kind, m.text)))


__all__ = ["Position", "analyse", "find_mentions", "read_name"]
