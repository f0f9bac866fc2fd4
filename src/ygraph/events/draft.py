"""draft: the working state of the events stage while one article is read (``Draft`` events, references
to them, and the article ``Context``), shared by ``events`` and ``eventparts``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..model import Article, Document, Mention, Participation, PolicyLink, Provenance, Sentence, TimeExpr
from ..punctuation import LIST_MARK
from ..text.datelines import filed
from . import eventrules as rules

COMPARED = 100  # drafts of one article compared at each end of its list (linear on a huge article)
_TITLE_REACH = 60  # characters before a name searched for its titles (某省委副书记、省长某某)


@dataclass
class Draft:
    """An event while the article is read; becomes a frozen :class:`Event` at the end."""

    title: str
    event_type: str
    start: int  # normalized span of the name or trigger
    end: int
    date: str | None
    date_end: str | None
    date_source: str
    date_text: str
    place: str | None
    planned: bool
    lede: bool
    provenance: list[Provenance] = field(default_factory=list)
    explicit: bool = False  # dated by an expression that prints its year
    headline: bool = False  # drafted from the article's headline
    named_only: bool = False  # named as a reference point (某全会以来): never what a bare 会议 points to
    passing: bool = False  # talks told in passing, in an earlier month (今年8月，甲同乙举行会见): never what a bare 会见 or the next words point to
    lifted: bool = False  # let through by the learned layer (eventmodel): never the article's lede for the rules
    holder: str = (
        ""  # the meeting's own name once it is reported as its first sitting (某会议 → 某会议第三次全体会议)
    )
    side: str = ""  # the word telling an act done around the event reported (会前, 会后: sides.side_act)
    around: Draft | None = field(default=None, repr=False, compare=False)  # that event
    participants: dict[tuple[str, str], Participation] = field(default_factory=dict)
    policies: dict[tuple[str, str], PolicyLink] = field(default_factory=dict)

    _key: tuple[str, str] = field(default=("", ""), repr=False, compare=False)  # (title, its key)

    @classmethod
    def undated(
        cls,
        title: str,
        event_type: str,
        start: int,
        end: int,
        place: str | None = None,
        planned: bool = False,
        lede: bool = False,
    ) -> Draft:
        """A draft whose date is still to be found (``dating`` resolves it)."""
        return cls(title, event_type, start, end, None, None, "unresolved", "", place, planned, lede)

    @property
    def key(self) -> str:
        """``rules.title_key(title)``, computed again only when the title changed."""
        if self._key[0] is not self.title:
            self._key = (self.title, rules.title_key(self.title))
        return self._key[1]


@dataclass
class Ref:
    start: int
    end: int
    draft: Draft
    bare: bool


def holds(drafts: list[Draft], draft: Draft) -> bool:
    """Whether ``draft`` itself (not an equal copy) is still in ``drafts``."""
    return any(d is draft for d in drafts)


def drop(drafts: list[Draft], draft: Draft) -> None:
    """Remove ``draft`` itself from ``drafts`` (an equal draft told elsewhere stays)."""
    drafts[:] = [d for d in drafts if d is not draft]


def clause(sentence: Sentence, start: int, end: int, extra: str = "") -> tuple[int, int]:
    """The clause of ``sentence`` around ``start:end`` (document offsets; ``extra`` also ends it on the left)."""
    rel_left, rel_right = rules.clause_bounds(sentence.text, start - sentence.start, end - sentence.start)
    if extra:
        cut = sentence.text.rfind(extra, rel_left, start - sentence.start)
        rel_left = cut + len(extra) if cut >= 0 else rel_left
    return sentence.start + rel_left, sentence.start + rel_right


def compared(drafts: list[Draft]) -> list[Draft]:
    """The drafts a new one is compared with: all, or in a very long article its first and its latest
    ``COMPARED`` (a report repeats its headline's event or a recent one; the corpus merge does the rest)."""
    return drafts if len(drafts) <= 2 * COMPARED else drafts[:COMPARED] + drafts[-COMPARED:]


@dataclass
class Context:
    doc: Document
    article: Article
    persons: list[Mention]  # sorted by start
    blocked: list[tuple[int, int]]  # person and position spans (sorted): never inside an event name
    drafts: list[Draft] = field(default_factory=list)
    current: Draft | None = None
    pending: list[Participation] = field(default_factory=list)
    carry: list[Mention] = field(default_factory=list)  # names of a list continued after ；
    listing: tuple[Draft | None, str, str] | None = None  # a colon's list going on after ； (events/listing.py)

    def __post_init__(self) -> None:
        # sorted starts: lookups by span stay logarithmic however long the article is
        self._time_starts = [t.start for t in self.article.times]
        self._sentence_starts = [s.start for s in self.article.sentences]
        self._person_starts = [p.start for p in self.persons]
        self._blocked_starts = [b[0] for b in self.blocked]
        # a filed dateline (新华社某地3月5日电, text/datelines.tsv) dates the report, not the events after it
        dateline = self.article.dateline
        at = (
            self.doc.text.find(dateline, self.article.start, self.article.end)
            if dateline and filed(self.article.dateline_rule)
            else -1
        )
        self._dateline = (at, at + len(dateline)) if at >= 0 else (0, 0)
        printed = self.doc.text.find(dateline, self.article.start, self.article.end) if dateline else -1
        self._printed = printed + len(dateline) if printed >= 0 else -1  # where the printed dateline ends

    def past_dateline(self, left: int, start: int) -> int:
        """``left`` moved past the article's dateline when it ends between them (本报讯(记者某某)某大会在…):
        the dateline and its byline are no part of the name after it, nor of its clause."""
        return self._printed if left < self._printed <= start else left

    def times(self, start: int, end: int) -> tuple[TimeExpr, ...]:
        """Time expressions of the article starting in ``[start, end)``, but those of a wire dateline."""
        lo, hi = bisect_left(self._time_starts, start), bisect_left(self._time_starts, end)
        first, last = self._dateline
        return tuple(t for t in self.article.times[lo:hi] if not first <= t.start < last)

    def sentence_at(self, position: int) -> Sentence:
        """The sentence holding ``position`` (the last one starting at or before it)."""
        return self.article.sentences[max(bisect_right(self._sentence_starts, position) - 1, 0)]

    def people(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect_left(self._person_starts, start), bisect_left(self._person_starts, end)
        return self.persons[lo:hi]

    def blocked_in(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._blocked_starts, start - 40)
        return self.blocked[lo : bisect_left(self._blocked_starts, end)]

    def in_post(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside a person's or a position's span (论坛主席某某: the word is the post's)."""
        return any(s <= start and end <= e for s, e in self.blocked_in(start, end))

    def titles_before(self, person: Mention) -> str:
        """The position spans printed right before a name (past spaces), joined (某团团长、某国驻某地总领事某某): a
        group head's or a spokesperson's title (events/groupheads.py, spokespeople.py)."""
        text, end, out = self.doc.text, person.start, []
        for start, stop in reversed(self.blocked_in(person.start - _TITLE_REACH, person.start)):
            gap = text[stop:end].strip()  # 某团团长 某某: a space, or 、 between two titles
            if stop <= end and gap in ("", LIST_MARK):
                out.insert(0, text[start:stop])
                end = start
        return "".join(out)


def announced_trip(ctx: Context, draft: Draft) -> bool:
    """A visit announced: planned, or dated after the article's own day (a trip set off on tomorrow is flagged
    planned only once its article is read whole: owntrips)."""
    ahead = ctx.article.published or ctx.article.date or ""
    return draft.planned or bool(draft.date and draft.date > ahead)
