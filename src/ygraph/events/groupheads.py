"""groupheads: the head of a visiting group and its deputies (访问团团长某某, 以某某为团长的某代表团, 某某为副团长,
某某团长) attend the group's visit and the talks, meeting or banquet the article reports with the group, for
``events.py`` (docs/gold-conventions.md C4: a delegation's leader and the members the page names)."""

from __future__ import annotations

from .. import lexicons
from ..model import Mention, Participation
from . import eventrules as rules
from .draft import Context, Draft

_FILE = "events/group_parties.tsv"
_GROUP_ACTS = ("talks", "meeting", "other")  # 某某会见代表团一行, 与代表团座谈, 设宴欢迎代表团
_GUESTS = ("participation:delegation_guests", "participation:guest_party")


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses(_FILE, use)  # longest first


def heads(ctx: Context) -> None:
    """Each person printed as a visiting group's head or deputy head attends the article's visit told last
    before the name (else its first visit) and every act reported with the group (its talks, meeting or
    banquet: a delegation word in its title, or guests brought by the group)."""
    visits = sorted((d for d in ctx.drafts if d.event_type == "visit" and not d.named_only), key=lambda d: d.start)
    if not visits:
        return
    acts = [d for d in ctx.drafts if d.event_type in _GROUP_ACTS and not d.named_only and _with_group(d)]
    for person in ctx.persons:
        word = _head_word(ctx, person)
        if not word:
            continue
        visit = next((d for d in reversed(visits) if d.start <= person.start), visits[0])
        sentence = ctx.sentence_at(person.start)
        rule = f"participation:group_head:{word}"
        prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, rule)
        for draft in [visit, *(a for a in acts if a.planned == visit.planned)]:
            draft.participants.setdefault((person.text, "attended"), Participation(person.text, "attended", prov))


def _with_group(draft: Draft) -> bool:
    """Talks, a meeting or a banquet held with a visiting group: the group named in its title (会见代表团一行),
    or guests the group brought (``visits.delegation_guests``, ``visits.guest_party``)."""
    if any(w in draft.title for w in rules.uses("delegation")):
        return True
    return any(p.provenance.rule in _GUESTS for p in draft.participants.values())


def _head_word(ctx: Context, person: Mention) -> str:
    """The ``head_after`` word right after the name (以甲为团长, 甲团长), else the ``head_title`` word of the
    titles printed right before it (代表团团长、某国议员甲), else ""."""
    after = rules.compact(ctx.doc.text[person.end : person.end + 8])
    word = next((w for w in _uses("head_after") if after.startswith(w)), "")
    if word:
        return word
    titles = ctx.titles_before(person)
    return next((w for w in _uses("head_title") if w in titles), "")

