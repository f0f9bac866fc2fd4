"""sameevent: whether two reports tell one event (the pairwise test of ``eventmerge``).

Two reports are one event when their types agree, their dates agree at the coarser precision
(2023 ~ 2023-06 ~ 2023-06-05) and their titles are alike (character-bigram Dice; shared participants
lower the bar), unless something in them says two happenings: other chairs, other counterparts, other
sittings or bodies, other places on one day, other editions.
"""

from __future__ import annotations

import re

from ..events import eventrules as rules
from ..events import sittings, titlematch
from ..events.references import SPEECH_RULE
from ..events.register import same_session
from ..model import Event
from ..punctuation import CLOSING_BRACKETS, OPENING_BRACKETS

TITLE_SAME = 0.6  # bigram Dice of title keys that makes two reports one event
TITLE_SAME_WITH_PEOPLE = 0.35  # ... when they also share a participant
TOUR_TYPES = ("inspection",)  # a person's tour: one document's reports of it by one actor are one tour


def dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if "article" in (a.date_source, b.date_source) and set(a.sources) & set(b.sources):
        # dated only by its article (a headline): the same-named dated report of the same document
        return True
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return True
    # a range (6月5日至6日) and a day inside it
    a_end, b_end = a.date_end or a.date, b.date_end or b.date
    return len(a.date) == len(b.date) == 10 and a.date <= b_end and b.date <= a_end


def alike(a: Event, b: Event) -> bool:
    """Same type and alike titles; shared participants lower the bar only for reports of the same day."""
    if a.event_type != b.event_type:
        return False
    key_a, key_b = rules.title_key(a.title), rules.title_key(b.title)
    similarity = titlematch.dice(key_a, key_b)
    if similarity >= TITLE_SAME or titlematch.shortened(key_a, key_b) or same_session(a.title, b.title):
        return True  # alike, or one a short form of the other (泛珠…联席会议 / 泛珠三角区域合作…联席会议)
    same_day = a.precision == b.precision == "day" and dates_agree(a, b)
    shared = {p.person for p in a.participants} & {p.person for p in b.participants}
    return (same_day and bool(shared) and similarity >= TITLE_SAME_WITH_PEOPLE) or _one_tour(a, b)


def _one_tour(a: Event, b: Event) -> bool:
    """Two reports of one document of a person's tour on agreeing days, both titled by the same actor: the
    headline and the lede (某某在某县调研 / 某某带领…前往某市某县调研某工作), or the lede told again (trip25;
    gold-conventions A8, A9); other places on one day stay apart (``same_event``)."""
    if a.event_type not in TOUR_TYPES or not set(a.sources) & set(b.sources) or not dates_agree(a, b):
        return False
    actor_a, actor_b = _title_actor(a), _title_actor(b)
    return bool(actor_a) and actor_a == actor_b


def _title_actor(event: Event) -> str:
    """The participant whose name opens the event's title, "" when none."""
    return next((p.person for p in event.participants if event.title.startswith(p.person)), "")


def same_event(a: Event, b: Event) -> bool:
    if not dates_agree(a, b) or not alike(a, b):
        return False
    if a.date is None and b.date is None:  # two undated reports: one name, or one a short form in one document
        key_a, key_b = rules.title_key(a.title), rules.title_key(b.title)
        return key_a == key_b or (bool(set(a.sources) & set(b.sources)) and titlematch.shortened(key_a, key_b))
    if (a.date is None) != (b.date is None) and _other_chairs(a, b):
        return False  # an undated page's 第一次常务会议 and a dated one chaired by someone else: two sittings
    if a.title != b.title and a.provenance[:1] == b.provenance[:1]:
        return False  # 甲、乙分别会见某团: one report split into one event per host stays split
    if a.title != b.title and _named_apart_in_one_document(a, b):
        return False  # 召开全省某工作会议…随后又召开了全省某系统工作会议: the document read two names as two events
    if _other_counterparts(a, b) or _other_counterparts(b, a):
        return False  # 甲拜会乙…；甲会见丙: one report of two meetings with two different people
    if a.title != b.title and _one_studied_list(a, b):
        return False  # 在甲会议、乙座谈会时的讲话: events a studied speech names apart stay apart
    if sittings.other_sittings(rules.title_key(a.title), rules.title_key(b.title)):
        return False  # 某会议选举大会 / 某会议闭幕大会 / 某会议
    if titlematch.two_bodies(rules.title_key(a.title), rules.title_key(b.title)):
        return False  # 甲区领导干部大会 / 乙开发区领导干部大会: two bodies met
    if titlematch.numbered_apart(rules.title_key(a.title), rules.title_key(b.title)):
        return False  # 某常委会第八次会议 / 某常委会第九讲专题讲座: two sittings counted apart
    inner_a, inner_b = _bracketed(a.title), _bracketed(b.title)
    if inner_a and inner_b and inner_a not in inner_b and inner_b not in inner_a:
        return False  # 中国(甲省)自由贸易试验区挂牌 / 中国(乙省)…: one name for two places
    # a headline dated only by its page has the page's day, not the event's: its place is not a same-day one's
    # report of that page (two pages' events dated by their pages are still apart by their places)
    page_dated = "article" in (a.date_source, b.date_source) and bool(set(a.sources) & set(b.sources))
    days = a.precision == b.precision == "day" and not page_dated
    if days and a.place and b.place and a.place not in b.place and b.place not in a.place:
        return False  # same-day meetings in different places are two meetings
    # names printed with different years or editions (2022年度… / 2023年度…, 第九届 / 第十届) differ
    first, second = rules.edition(a.title)[:4], rules.edition(b.title)[:4]
    return not first or not second or first == second


def _named_apart_in_one_document(a: Event, b: Event) -> bool:
    """Two named events of one and the same document, both told in its body, the longer name told after the shorter
    (召开某工作会议 … 随后召开了某系统工作会议): the document stage compared their names with all the article's context
    and kept them apart; a short name told after the full one (某博览会 … 博览会) may still name it again."""
    one = len(a.sources) == len(b.sources) == 1 and a.sources == b.sources
    named = all(p.rule.startswith(_NAME_RULE) for e in (a, b) for p in e.provenance)
    short, long = sorted((a, b), key=lambda e: len(rules.title_key(e.title)))
    later = long.provenance[0].start > short.provenance[0].start  # a short name after the full one names it again
    return one and named and later and _told_in_body(a, b) and _told_in_body(b, a)


def _told_in_body(event: Event, other: Event) -> bool:
    """Dated by its own words or the story before it; dated by its article only when told after ``other`` or in the
    same sentence (分别召开了甲会议、乙会议): never a headline dated by its page, which names the report below it."""
    if event.date_source in ("clause", "sentence", "context"):
        return True
    first, second = event.provenance[0].start, other.provenance[0].start
    return event.date_source == "article" and first >= second


_NAME_RULE = "event:name:"


def _other_chairs(a: Event, b: Event) -> bool:
    """Both reports name who presided and nobody presided in both (a name that recurs, sitting after sitting)."""
    chairs_a = {p.person for p in a.participants if p.relation == "presided"}
    chairs_b = {p.person for p in b.participants if p.relation == "presided"}
    return bool(chairs_a) and bool(chairs_b) and not chairs_a & chairs_b


def _other_counterparts(a: Event, b: Event) -> bool:
    """Talks of one document whose names each print a participant the other neither prints nor has."""
    if a.event_type != "talks" or b.event_type != "talks" or not set(a.sources) & set(b.sources):
        return False
    b_people = {p.person for p in b.participants}

    def own(event: Event, other: Event, others: set[str]) -> bool:
        return any(
            p.person in event.title and p.person not in other.title and p.person not in others
            for p in event.participants
        )

    return own(a, b, b_people) and own(b, a, {p.person for p in a.participants})


def _one_studied_list(a: Event, b: Event) -> bool:
    """Both events named, as items of one list, by the same sentence studying a speech given at them
    (``events.references.speech``: rule ``event:speech``)."""
    first_a, first_b = a.provenance[0], b.provenance[0]
    studied = all(p.rule.rpartition(":")[0] == SPEECH_RULE for p in (first_a, first_b))
    return studied and (first_a.file, first_a.article, first_a.start) == (first_b.file, first_b.article, first_b.start)


_BRACKETED = re.compile(
    f"[{re.escape(OPENING_BRACKETS)}]([^{re.escape(CLOSING_BRACKETS)}]{{1,8}})[{re.escape(CLOSING_BRACKETS)}]"
)


def _bracketed(title: str) -> str:
    """The short part a name prints in brackets (中国(甲省)自由贸易试验区 → 甲省), "" when none."""
    m = _BRACKETED.search(title)
    return m.group(1) if m else ""
