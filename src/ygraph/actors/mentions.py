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
from bisect import bisect_left, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

import ahocorasick

from .. import scan
from ..lexicons import alternation, cached
from ..model import Article, Document, Mention, rule_family
from ..punctuation import INLINE_SPACES
from ..text import bylines
from . import closedlists, groupmembers, honorific, leads, listposts, namelists, surnamerefs
from . import personcues as cues
from . import personrules as rules
from .actorlex import CJK, PUNCT, place_table, plausible_name, starts_boundary, uses, words
from .addressed import addressed_posts, without_addressed
from .appointed import appointed
from .appointments import notices
from .careers import careers
from .chains import Element
from .damaged import DamagedTitle, damaged
from .delegations import group_heads, own_group_members
from .docnames import cut_names, dotted_aliases
from .enumerations import place_items
from .fieldlists import field_lists
from .glossednames import glossed_names
from .glued import unglued
from .namereader import read_name
from .noticebare import completed_notices, own_posts, sector_seats
from .personrules import Found
from .placecontext import ContextPlaces
from .placescan import PlaceScan, scan_places
from .positions import Position
from .posttitled import bracketed, post_titled
from .predecessors import predecessors
from .pressposts import completed_press_posts
from .printedplaces import context_places
from .respective import respective
from .sessions import session_posts
from .shapedlists import shaped_lists
from .sharedposts import shared_posts
from .sourceplaces import masthead
from .spacedposts import printed_gap, unspaced_posts
from .splitnames import split_names
from .takeovers import taken_over

# runs of non-space characters, and the line breaks clean kept (a paragraph, headline or page field ends
# there: a name never runs across one); \S is exactly ``not str.isspace()`` (tests/test_mentions_speed.py)
_NON_SPACE = re.compile(r"\S+|\n")
_LATIN = re.compile(r"[A-Za-z]")  # a name printed in Latin letters (its spaces restored: _spaced)
_DATELINE_REACH = 80  # the dateline stands after a headline of at most this many characters


@dataclass(frozen=True)
class Compact:
    text: str
    pos: tuple[int, ...]  # pos[i] = normalized offset of text[i]

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.pos[i], self.pos[j - 1] + 1


@dataclass(frozen=True)
class ArticleActors:
    """What the actors stages found in one article, on its compact view."""

    compact: Compact
    found: tuple[Found, ...]
    places: tuple[tuple[str, int, int], ...]
    runs: tuple[tuple[str, int, int], ...]  # names run together (compact span), for the corpus stage
    damaged: tuple[DamagedTitle, ...]  # OCR-damaged titles, for the corpus stage


@dataclass(frozen=True)
class DocumentActors:
    """The actors of a whole document, analysed once: the names it establishes anywhere and each
    article's findings (in the order of ``Document.articles``)."""

    names: frozenset[str]
    articles: tuple[ArticleActors, ...]


def compact_view(doc: Document, article: Article) -> Compact:
    segment = doc.text[article.start : article.end]
    runs = list(_NON_SPACE.finditer(segment))
    pos: list[int] = []
    for m in runs:
        pos.extend(range(article.start + m.start(), article.start + m.end()))
    return Compact("".join(m.group() for m in runs), tuple(pos))


def _bylines(doc: Document, article: Article, compact: Compact) -> list[Found]:
    """Reporters named in a byline (（记者 甲 乙）, 新华社记者 甲摄; text/bylines.tsv): persons, no position."""
    found = []
    for name, at, form in bylines.names(doc.text[article.start : article.end]):
        if plausible_name(name):
            start = bisect_left(compact.pos, article.start + at)
            found.append(Found(name, start, start + len(name), f"byline:{form}"))
    return found


def _known(
    text: str, names: set[str], taken: set[tuple[int, int]], spaced: Callable[[int], bool] = lambda end: False
) -> list[Found]:
    """Other occurrences of established names, at a word edge (not inside a longer word).

    Adjacent occurrences (run-together headline names) count as one stretch: the stretch needs the edge. A
    space printed right after the stretch (``spaced(end)``: a headline's 拜会某某 期盼…, gone from the compact
    view) is an edge too.
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
            end = stretch[-1][1]
            if _edge_before(text, stretch[0][0]) or starts_boundary(text, end) or spaced(end):
                found.extend(Found(name, i, j, "known_name") for i, j, name in stretch)
            stretch = []
        stretch.append(hit)
    return found


def _edge_before(text: str, i: int) -> bool:
    if i == 0 or text[i - 1] in PUNCT or not CJK.match(text[i - 1]):
        return True
    return any(text.endswith(w, 0, i) for w in uses("edge_before"))


def _merged_chain(kept: tuple[Element, ...], more: tuple[Element, ...]) -> tuple[Element, ...]:
    """The posts of two readings of one span; a post both read keeps the notice's change (start/end), also over a
    marker's "former" (其前任某主席甲已辞任: the leaving is told, and dated) and over a career list's past (甲升任某职:
    a notice's promotion, not a biography's)."""
    out = list(kept)
    plain = [replace(el, change="", rule="", own_date=False, former=False) for el in out]
    for el in more:
        key = replace(el, change="", rule="", own_date=False, former=False)
        if key not in plain:
            out.append(el)
            plain.append(key)
        elif el.change and _overrides(el.change, out[plain.index(key)].change):
            out[plain.index(key)] = el
    return tuple(out)


def _overrides(change: str, kept: str) -> bool:
    """A change read on a post that one already read carries: any over none, a notice's over a marker's former."""
    return not kept or (kept == "former" and change in ("start", "end"))


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep the first finding per span and drop findings overlapping an earlier, stronger one; a later
    finding of the same span adds the posts it reads (a title before the name, a notice after it)."""
    kept: list[Found] = []
    same: dict[tuple[int, int], int] = {}
    spans: list[tuple[int, int]] = []  # kept spans, sorted; they do not overlap, so their ends ascend too
    for f in found:
        k = same.get((f.start, f.end)) if f.end > f.start else None
        if k is not None:
            kept[k] = replace(kept[k], chain=_merged_chain(kept[k].chain, f.chain))
            continue
        k = bisect_left(spans, (f.end,))  # spans[:k] start before f ends; the last of them ends last
        if k and spans[k - 1][1] > f.start:
            continue
        same[(f.start, f.end)] = len(kept)
        kept.append(f)
        insort(spans, (f.start, f.end))
    return sorted(kept, key=lambda f: (f.start, f.end))


@dataclass(frozen=True)
class _Established:
    """What an article establishes without the document's other names (titles, appointments, lists)."""

    places: ContextPlaces
    titled: list[Found]
    lists: list[Found]
    found: PlaceScan  # the places the article prints, scanned once
    addressed: tuple[Found, ...] = ()  # 甲市长 (name_titles, their posts): read once, asked by both ``evidenced``


def _lede(text: str, article: Article) -> int:
    """Where the compact text of ``article`` starts after its dateline (0 when it prints none first)."""
    dateline = "".join(article.dateline.split())
    at = text.find(dateline) if dateline else -1
    return at + len(dateline) if 0 <= at <= _DATELINE_REACH else 0


def _established(text: str, article: Article, masthead: str = "", fields: Sequence[Found] = ()) -> _Established:
    found = scan_places(text)
    places = context_places(article, text, masthead, found)
    titled = _dedupe(
        unglued(
            text,
            [
                *glossed_names(text),  # 某某某(Anna Berg): the bracket closes the name, whatever title precedes it
                *split_names(text, places),  # 苏市长晓峰、叶议员竹林: names around their titles, not 晓峰 after 苏市长
                *rules.titled(text, places, found, _lede(text, article)),
                *appointed(text, places),
                *notices(text, places),
                *respective(text, places),  # and 甲、乙等某市委常委: each holds the post after 等
                *listposts.listed_posts(text, places),
                *shared_posts(text, places),
                *bracketed(text, places),
                *closedlists.titled_lists(text, places),
            ],
        )
    )
    titled = sector_seats(text, completed_press_posts(text, own_posts(completed_notices(titled, places)), places))
    more = unglued(text, [*taken_over(text, titled), *group_heads(text, titled, places)])
    titled = groupmembers.country_group_members(text, own_group_members(text, _dedupe([*titled, *more])), places)
    addressed = honorific.name_titles(text)
    titled = without_addressed(session_posts(text, titled, places), addressed)
    return _Established(
        places,
        titled,
        unglued(
            text,
            [
                *fields,  # 出席：甲、乙 at a line start (a record's header fields, read on the page's lines)
                *namelists.lists(text),
                *namelists.lone_names(text),  # 甲等区领导出席
                *closedlists.closed_lists(text),
                *closedlists.comma_lists(text),
                *leads.led_lists(text),
                *leads.clause_forms(text),
                *post_titled(text),
                *place_items(text, found),
                *shaped_lists(text),  # 甲、乙、丙 of usual names, wherever the run stands: the last word
                *cues.party_members(text),  # 国民党籍甲: a party's member
                *predecessors(text),  # 接替甲: the holder succeeded
            ],
        ),
        found,
        tuple(unglued(text, addressed_posts(text, addressed, places, titled))),
    )


def evidenced(text: str, article: Article, known: set[str], base: _Established | None = None) -> list[Found]:
    """Person occurrences with evidence of being a person (every rule but ``known_name``)."""
    base = base or _established(text, article)
    names = known | {f.name for f in base.titled} | {f.name for f in base.lists}
    return _dedupe(
        [
            *base.titled,
            *unglued(text, honorific.honorifics(text, names)),
            *base.lists,
            *unglued(text, cues.speakers(text, names)),
            *base.addressed,  # the same for any ``known``: read once per article
        ]
    )


def analyse_document(doc: Document) -> DocumentActors:
    """People, positions and places of every article. A name established anywhere in the document (a
    title, an appointment, a list, speech) is recognised everywhere in it."""
    compacts = [compact_view(doc, article) for article in doc.articles]
    bases = [
        _established(c.text, article, masthead(doc, article), field_lists(doc, article, c.text, c.pos))
        for c, article in zip(compacts, doc.articles, strict=True)
    ]
    seen: list[tuple[str, bool]] = []  # each finding's name, and whether the text ends right after it
    titled: set[str] = set()  # the names printed after a title somewhere
    for c, article, base in zip(compacts, doc.articles, bases, strict=True):
        found = evidenced(c.text, article, set(), base)
        seen += [(f.name, f.end == len(c.text)) for f in found]
        titled |= {f.name for f in found if f.chain}
    cut = cut_names(seen)
    names = {name for name, _ in seen} - cut
    aliases = dotted_aliases(names, titled)
    names -= set(aliases)
    articles = tuple(
        _analyse_article(doc, article, names, c, base, cut, aliases)
        for c, article, base in zip(compacts, doc.articles, bases, strict=True)
    )
    return DocumentActors(frozenset(names), articles)


def _analyse_article(
    doc: Document,
    article: Article,
    names: set[str],
    compact: Compact,
    base: _Established,
    cut: frozenset[str],
    aliases: dict[str, str],
) -> ArticleActors:
    text = compact.text
    found = [f for f in evidenced(text, article, names, base) if f.name not in cut]
    found = [replace(f, name=aliases.get(f.name, f.name)) for f in found]  # 伊格 → 戴维·伊格
    found = _dedupe([*found, *_bylines(doc, article, compact)])
    found = _dedupe([*found, *_known(text, names, {(f.start, f.end) for f in found}, partial(_spaced_at, doc, compact))])
    people = [f for f in found if rule_family(f.rule) != "byline"]
    found = _dedupe([*found, *careers(text, people, base.places), *surnamerefs.references(text, people)])
    places = tuple((place_table()[w], e - len(w) + 1, e + 1) for e, w in base.found.places)
    runs = tuple(_runs(doc, article, compact, names))
    found = [_spaced(doc, compact, f) for f in found]
    found = unspaced_posts(text, found, partial(printed_gap, doc, compact.pos), base.places, base.found)  # 某某 市长甲: after the space
    return ArticleActors(compact, tuple(found), places, runs, tuple(damaged(text, base.places)))


def _spaced_at(doc: Document, compact: Compact, i: int) -> bool:
    """Whether compact offset ``i`` is printed right after a space or tab in the text (not a line break: an OCR
    break may fall inside a name). Asked only at the end of a known name's stretch, not for every offset."""
    pos = compact.pos
    return 0 < i < len(pos) and pos[i] != pos[i - 1] + 1 and doc.text[pos[i] - 1] in INLINE_SPACES


def _spaced(doc: Document, compact: Compact, found: Found) -> Found:
    """A name in Latin letters as printed (Kolas Yotaka), its spaces back (the compact view has none)."""
    if not _LATIN.search(found.name):
        return found
    printed = " ".join(doc.text[slice(*compact.span(found.start, found.end))].split())
    return replace(found, name=printed)


@cached
def _run_pattern() -> re.Pattern[str]:
    """Names run together before an attendance verb at a line end (a headline: 甲乙丙出席)."""
    verbs = alternation(words("attendance_verbs.txt"))
    return re.compile(rf"(?:^|(?<=[\s#*]))([\u4e00-\u9fff]{{4,24}})(?:{verbs})(?=\s|$)", re.M)


def _runs(doc: Document, article: Article, compact: Compact, names: set[str]) -> list[tuple[str, int, int]]:
    out = []
    raw = doc.text[article.start : article.end]
    for m in scan.finditer(_run_pattern(), raw):
        run = m.group(1)
        if not _covered(run, names):
            i = bisect_left(compact.pos, article.start + m.start(1))
            out.append((run, i, i + len(run)))
    return out


def _covered(run: str, names: set[str]) -> bool:
    i = 0
    while i < len(run):
        n = next((run[i : i + k] for k in (4, 3, 2) if run[i : i + k] in names), "")
        if not n:
            return False
        i += len(n)
    return True


def find_mentions(article: Article, actors: ArticleActors) -> tuple[Mention, ...]:
    """Person, position, organisation and place mentions of one article (normalized offsets)."""
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


__all__ = ["Position", "analyse_document", "find_mentions", "read_name"]
