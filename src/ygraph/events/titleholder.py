"""titleholder: a clause whose subject is a title alone (行政长官其后与某某会面, 行政长官将分别拜会…) acts through
the one person the article printed with that title before it (行政长官甲): a government release names its official
once and then by the title. The titles are ``holder_title`` in ``events/word_uses.tsv``; for ``acts.py`` and for
the speakers and attendants of ``participants.py`` (总统致词时表示: the one president printed before spoke)."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Sentence
from ..punctuation import COMMAS
from . import eventrules as rules
from .draft import Context

RULE = "event:title_holder:"  # the rule family of an actor read through its title


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
    for earlier in reversed([s for s in ctx.article.sentences if s.end <= sentence.start]):
        if named := ctx.people(earlier.start, earlier.end):
            return named[:1]
    return []
