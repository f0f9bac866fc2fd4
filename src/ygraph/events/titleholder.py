"""titleholder: a clause whose subject is a title alone (行政长官其后与某某会面, 行政长官将分别拜会…) acts through
the one person the article printed with that title before it (行政长官甲): a government release names its official
once and then by the title. The titles are ``holder_title`` in ``events/word_uses.tsv``; for ``acts.py`` and for
the speakers and attendants of ``participants.py`` (总统致词时表示: the one president printed before spoke). Also
who acts when an act's clause prints no one before it (``elided_actor``: a pronoun or nothing after the day, a
subject closing the clause before) and the first person of a clause who acts (``first_actor``: not one represented,
not the one whose invitation is answered)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Sentence, TimeExpr
from ..punctuation import COMMAS
from . import eventrules as rules
from .draft import Context

RULE = "event:title_holder:"  # the rule family of an actor read through its title
PRONOUN_RULE = "event:pronoun_actor"  # an actor read through a pronoun, or a subject left out


def titled_holder(ctx: Context, left: int, start: int) -> Mention | None:
    """The person the title opening the clause ``[left, start)`` stands for (a partner named after it, 与乙会面,
    is no subject): exactly one person of the article was printed right after (or right before) that title before
    the clause. The mention returned spans the title, so the act's words after it are read as before."""
    text = ctx.doc.text
    opening = text[left:start]
    title = max((w for w in rules.uses("holder_title") if opening.startswith(w)), key=len, default="")
    if not title:
        return None
    holders = [
        p
        for p in ctx.people(ctx.article.start, left)
        if text.endswith(title, 0, p.start) or text.startswith(title, p.end)  # 行政长官甲, 甲总统
    ]
    if len({p.text for p in holders}) > 1:  # 总统甲… 某国总统乙…: the title printed bare names the article's own
        holders = [p for p in holders if text.startswith(title, p.end) or _bare_holder(ctx, p, title)]
    if len({p.text for p in holders}) != 1:
        return None  # nobody, or two people printed with that title: whose act it is stays unknown
    end = left + len(title)
    plans = rules.words("plan_words.txt")  # 将 stays after the actor: the talks are announced
    sequence = next((w for w in rules.uses("holder_adverb") if text.startswith(w, end) and w not in plans), "")
    return replace(holders[-1], start=left, end=end + len(sequence), rule=RULE + title)  # 其后 left out of the title


def _bare_holder(ctx: Context, person: Mention, title: str) -> bool:
    """``person`` printed right after ``title`` alone, not after another body's post (某国总统) nor as a former
    holder (前任总统)."""
    before = ctx.doc.text[: person.start - len(title)]
    return ctx.titles_before(person) == title and not before.endswith(rules.uses("former_title"))


def title_partner(ctx: Context, left: int, start: int, adverbs: tuple[str, ...]) -> bool:
    """The talks' clause opens with a title standing for its one holder and a ``partner`` word (行政长官其后与乙
    会面, ``adverbs`` allowed between): the people named before the act are the other side, as after a visiting
    group (sides.group_partner)."""
    head = rules.compact(ctx.doc.text[left:start])
    title = max((w for w in rules.uses("holder_title") if head.startswith(w)), key=len, default="")
    if not title or titled_holder(ctx, left, start) is None:
        return False
    rest, before = head[len(title) :], ""
    while rest != before:  # 其后亦与, 将会与: any run of sequence words and adverbs before the partner word
        before, rest = rest, rules.strip_start(rules.strip_start(rest, rules.uses("holder_adverb")), adverbs)
    return rest.startswith(rules.uses("partner"))


def title_subject(ctx: Context, sentence: Sentence, start: int) -> list[Mention]:
    """The one official a title opening the clause of the verb at ``start`` stands for (总统致词时表示: the president
    the article printed with that title, ``titled_holder``), or the person a pronoun opening a sentence's first
    clause stands for (当晚他还出席了…: ``pronoun_subject``); none when neither opens it."""
    left, _ = rules.clause_bounds(ctx.doc.text, start, start, sentence.start, sentence.end)
    holder = titled_holder(ctx, left, start)
    return [holder] if holder is not None else pronoun_subject(ctx, sentence, start)


_DAY_TEXT = 12  # the longest day read opening a clause (2031年12月31日上午)
_PRONOUN_AFTER = 2  # characters an adverb may take between the pronoun and the verb (他还, 她也曾)


def pronoun_subject(ctx: Context, sentence: Sentence, start: int) -> list[Mention]:
    """当晚他还出席了… (a ``pronoun`` opening the sentence's first clause, after a time of day at most): the first
    person named in the nearest earlier sentence of the article naming anyone."""
    verbs = rules.participation_verbs()
    if next((verbs[v] for v in verbs if ctx.doc.text.startswith(v, start)), "says") == "says":
        return []  # 他说: the speakers' own reading (speakers._pronoun_subject)
    opening = rules.compact(ctx.doc.text[sentence.start : start])  # a later clause's subject is the sentence's own
    times = [t for t in ctx.times(sentence.start, start) if t.start == sentence.start]
    opening = opening[len(rules.compact(times[0].text)) :].lstrip(COMMAS) if times else opening
    word = next((w for w in rules.uses("pronoun") if opening.startswith(w)), "")
    if not word or len(opening) - len(word) > _PRONOUN_AFTER:
        return []
    return _first_before(ctx, sentence)


def _first_before(ctx: Context, sentence: Sentence, acting: bool = False) -> list[Mention]:
    """The first person named in the nearest earlier sentence of the article naming anyone; ``acting``: past one
    whose act was told before anyone was named (26日会见乙。27日会见丙: 乙 is the first one's partner)."""
    for earlier in reversed([s for s in ctx.article.sentences if s.end <= sentence.start]):
        named = ctx.people(earlier.start, earlier.end)
        if named and not (acting and any(earlier.start <= d.start < named[0].start for d in ctx.drafts)):
            return named[:1]
    return []


def elided_actor(ctx: Context, sentence: Sentence, span: tuple[int, int], personal: bool) -> Mention | None:
    """The actor of an act printed with no subject in its clause: the person a pronoun (or nobody) opening the
    sentence stands for, for a ``personal`` act (talks, a tour: ``pronoun_actor``), else the person closing the
    clause before (``subject_before``: a trip's traveller)."""
    left, start = span
    return (pronoun_actor(ctx, sentence, start) if personal else None) or subject_before(ctx, left)


def pronoun_actor(ctx: Context, sentence: Sentence, start: int) -> Mention | None:
    """The actor of a person's act at ``start`` whose sentence opens with a pronoun, or with no subject at all, and
    times only around it (他26日会见了乙; 26日，他会见了乙; a programme's 27日南下会见丙): the first person of the
    nearest earlier sentence naming anyone (a visitor's days told one by one). The mention spans the pronoun (or
    is empty at the verb's clause start), so the act's words after it are read as before."""
    text, found = ctx.doc.text, ctx.times(sentence.start, start)
    times = {t.start: t.end for t in found}
    at = _past_times(text, sentence.start, start, times)
    word = next((w for w in rules.uses("pronoun") if text.startswith(w, at)), "")
    after = _past_times(text, at + len(word), start, times)
    if start - after > _PRONOUN_AFTER or not any(t.end <= after and _day(t) for t in found):
        return None  # a leg of a tour told without its day (下午考察某区) is the tour's
    named = _first_before(ctx, sentence, acting=True)
    return replace(named[0], start=at, end=at + len(word), rule=PRONOUN_RULE) if named else None


def _past_times(text: str, i: int, end: int, times: dict[int, int]) -> int:
    """``i`` moved past the times, commas and spaces printed from it (before ``end``)."""
    while i < end and (i in times or text[i] in COMMAS or text[i].isspace()):
        i = times.get(i, i + 1)
    return i


def subject_before(ctx: Context, left: int) -> Mention | None:
    """The person closing the first clause of its sentence, right before a comma at ``left`` (某办主任甲，25日访台;
    甲，26日会见乙): the subject of the clause after it when that clause opens with its day."""
    sentence = ctx.sentence_at(left)
    if left <= sentence.start or ctx.doc.text[left - 1] not in COMMAS:
        return None
    named = ctx.people(sentence.start, left)
    first_clause = all(c not in COMMAS for c in ctx.doc.text[sentence.start : left - 1])
    lead = next((len(w) for w in rules.uses("body_tail") if ctx.doc.text.startswith(w, left)), 0)  # ，于6日…
    dated = any(t.start == left + lead and _day(t) for t in ctx.times(left, left + _DAY_TEXT))
    tail = rules.LATIN_GLOSS.sub("", ctx.doc.text[named[-1].end : left - 1]) if named else ""  # 甲(Ann Lee)应…邀请
    closing = not tail or rules.pattern("invitation").fullmatch(tail) is not None  # 甲应某政府邀请，于6日来访
    return named[-1] if named and closing and first_clause and dated else None


def _day(time: TimeExpr) -> bool:
    return time.kind == "date" and time.precision == "day"


def first_actor(ctx: Context, left: int, start: int) -> Mention | None:
    """The first person printed in ``left…start`` who acts: not one represented there (代表某主席甲与乙会见: not 甲),
    nor one whose invitation the act answers (应甲邀请: not 甲)."""
    text = ctx.doc.text
    people = (p for p in ctx.people(left, start) if p.end <= start and not represented(text, left, p.start))
    return next((p for p in people if not _inviting(text, left, p, start)), None)


def _inviting(text: str, left: int, person: Mention, start: int) -> bool:
    """``person`` is printed as the one whose invitation the act answers (应某国总理甲邀请对某国进行访问, 并应甲和乙
    邀请…): an ``invited_mark`` opening the clause (after a ``carried_opener``: 并) before the name, and an
    ``invitation`` after the name before the act."""
    head = rules.strip_start(rules.compact(text[left : person.start]), rules.uses("carried_opener"))
    return head.startswith(rules.uses("invited_mark")) and any(w in text[person.end : start] for w in rules.uses("invitation"))


def represented(text: str, left: int, name_start: int) -> bool:
    """The person at ``name_start`` is printed as the one an act is done on behalf of (代表某主席甲与乙会见: the
    speaker meets 乙 for 甲, who is not there; word_uses.tsv on_behalf, not_on_behalf: 代表团, 代表大会): the
    clause's ``on_behalf`` word stands before the name, its title only between them."""
    head = rules.compact(text[left:name_start])
    at = max((head.rfind(w) + len(w) for w in rules.uses("on_behalf") if w in head), default=-1)
    if at < 0 or head[at - 2 :].startswith(rules.uses("not_on_behalf")):
        return False
    between = head[at:]
    return len(between) <= _TITLE_ROOM and not any(w in between for w in rules.uses("partner"))


_TITLE_ROOM = 12  # characters of a title printed between 代表 and the name (代表某党主席甲)
