"""respective: talks held by each of several hosts in turn (甲、乙分别会见代表团) — one event per host, for
``events.py``. The word (分别) is ``respective`` in ``events/word_uses.tsv``."""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention, Participation, Sentence
from ..punctuation import LIST_MARK
from . import eventrules as rules
from .draft import Context, Draft, Ref


def split_hosts(ctx: Context, sentence: Sentence, refs: list[Ref]) -> None:
    """Each act printed right after ``respective`` whose draft names two hosts or more before it in the
    sentence: the draft keeps its title's host, each other host gets a draft of its own."""
    text = ctx.doc.text
    for ref in refs:
        word = next((w for w in rules.uses("respective") if text.endswith(w, 0, ref.start)), "")
        draft = ref.draft
        if not ref.bare and not word and (held := _title_actor(draft)):
            _split_partners(ctx, ref, held, sentence)  # 甲分别与乙和丙会面
        if ref.bare or not word:
            continue
        hosts = [
            p
            for p in ctx.people(sentence.start, ref.start)
            if p.end <= ref.start - len(word) and (p.text, "attended") in draft.participants
        ]
        actor = next((h for h in hosts if draft.title.startswith(h.text + word)), None)
        if len(hosts) == 1 and draft.title.startswith(hosts[0].text):  # 甲在某地分别会见乙、丙: one host
            _split_guests(ctx, ref, hosts[0].text, sentence.end)
        elif not hosts and (held := _title_actor(draft)):  # 行政长官将分别拜会乙和丙: the host read through the title
            _split_guests(ctx, ref, held, sentence.end)
        if actor is None or len(hosts) < 2:
            continue
        rest = draft.title[len(actor.text) + len(word) :]
        draft.title = actor.text + rest
        for host in hosts:
            if host is actor:
                continue
            own = {k: v for k, v in draft.participants.items() if k[0] not in {h.text for h in hosts}}
            own[(host.text, "attended")] = draft.participants.pop((host.text, "attended"))
            copy = replace(draft, title=host.text + rest, participants=own, provenance=list(draft.provenance))
            ctx.drafts.append(copy)


def _split_guests(ctx: Context, ref: Ref, actor: str, stop: int) -> None:
    """甲分别会见乙、丙 (or 先后, and 乙和丙 at the end of the list): one host, a list of guests after the act,
    one name in each item — the draft keeps the first guest, each other guest gets a draft of its own (甲会见丙).
    The items are read from the clause as printed: a title may have left out a place or an adverb before the act
    (甲在某地分别会见…) or been cut short."""
    text = ctx.doc.text
    end = _past_gloss(text, ref.start, rules.clause_bounds(text, ref.start, ref.end, hi=stop)[1], stop)
    while (k := _joined_at(text, end)) and end < stop:  # 分别接见乙所率领的某团，及丙等: the list goes on
        end = _past_gloss(text, k, rules.clause_bounds(text, k, k + 1, hi=stop)[1], stop)
    rest = text[ref.start : end]
    joined = _top_joiners(rest)
    printed = {p.text: _came_with(ctx, p) for p in ctx.people(ref.end, end)} if joined else {}
    if joined:
        items, owners, with_them = _groups(ref.draft, actor, (rest, joined), list(printed))
    else:
        (items, owners), with_them = _one_each(ref.draft, actor, rest), []
    verb = _verb(items[0]) if items else ""
    if not verb:
        return
    items[0] = items[0][len(verb) :]
    act = max((w for w in rules.triggers() if verb.startswith(w)), key=len)  # the title drops 了 (会见了)
    # each guest's item ends with the guest (乙所率领的某团: the title names the guest, not the group)
    titles = [actor + act + (item[: item.find(o) + len(o)] if with_them else item) for item, o in zip(items, owners, strict=True)]
    pairs = zip(owners, with_them, strict=True) if with_them else ()
    came = [[printed[c] for c in (o, *group) if c in printed] for o, group in pairs]
    _split(ctx, ref.draft, titles, owners, came or None)


def _came_with(ctx: Context, person: Mention) -> Participation:
    """``person`` attending as one who came with a guest of a respective list (乙及顾问丁等)."""
    sentence = ctx.sentence_at(person.start)
    prov = ctx.doc.provenance(ctx.article.index, sentence, person.start, person.end, "participation:respective_with")
    return Participation(person.text, "attended", prov)


def _one_each(draft: Draft, actor: str, rest: str) -> tuple[list[str], list[str]]:
    """The items of the list of the draft's other people printed in ``rest`` and the one person each names; two
    lists empty unless there are two items or more, each naming exactly one of them, all different."""
    guests = [name for name, relation in draft.participants if relation == "attended" and name != actor]
    items = _items(rest, guests)
    owners = [[g for g in guests if g in item] for item in items]
    if len(items) < 2 or any(len(o) != 1 for o in owners) or len({o[0] for o in owners}) != len(items):
        return [], []
    return items, [o[0] for o in owners]


def _joined_at(text: str, end: int) -> int:
    """Where the next clause opens with a list joiner right after a comma (，及丙), else 0."""
    if end >= len(text) or text[end] not in _COMMAS:
        return 0
    joiner = next((w for w in rules.uses("list_joiner") if text.startswith(w, end + 1)), "")
    return end + 1 + len(joiner) if joiner else 0


_COMMAS = "，,"
_OPEN, _CLOSE = "(（", ")）"


def _past_gloss(text: str, start: int, end: int, stop: int) -> int:
    """``end``, or past a bracket left open before it (乙(H. E. Name)所率领的某团: a Latin gloss holds spaces and
    stops, which break clauses) to the end of the clause after the bracket closes."""
    while end < stop and sum(text.count(c, start, end) for c in _OPEN) > sum(text.count(c, start, end) for c in _CLOSE):
        close = min((k for k in (text.find(c, end, stop) for c in _CLOSE) if k >= 0), default=-1)
        if close < 0:
            break
        end = rules.clause_bounds(text, close, close + 1, hi=stop)[1]
    return end


def _top_joiners(rest: str) -> list[tuple[int, int]]:
    """The spans of a comma and a list joiner in ``rest`` (乙所率领的某团，及丙等): a list's top level."""
    return [(k, j) for k in range(len(rest)) if rest[k] in _COMMAS and (j := _joined_at(rest, k))]


def _groups(
    draft: Draft, actor: str, listed: tuple[str, list[tuple[int, int]]], printed: list[str]
) -> tuple[list[str], list[str], list[list[str]]]:
    """A list whose items are joined by a comma and a joiner (乙所率领的某团，及丙及顾问丁等; ``listed``: the list and
    the spans of those joiners): each item's first guest owns it, the others printed in it come with that guest;
    empty unless each item names a guest."""
    rest, joiners = listed
    guests = {name for name, relation in draft.participants if relation == "attended"} | set(printed)
    guests.discard(actor)
    items, left = [], 0
    for k, j in joiners:
        items.append(rest[left:k])
        left = j
    items.append(rest[left:])
    named = [sorted((g for g in guests if g in item), key=item.find) for item in items]
    if any(not n for n in named) or len({n[0] for n in named}) != len(items):
        return [], [], []
    return items, [n[0] for n in named], [n[1:] for n in named]


def _split(
    ctx: Context, draft: Draft, titles: list[str], owners: list[str], with_them: list[list[Participation]] | None = None
) -> None:
    """One draft per item: the draft keeps the first title and person, a copy takes each other one (and the
    people who came with that one: ``with_them``)."""
    links = dict(draft.participants)
    companions = with_them or [[] for _ in owners]
    others = {c.person for group in companions for c in group}
    for n, (title, owner) in enumerate(zip(titles, owners, strict=True)):
        own = {k: v for k, v in links.items() if (k[0] not in owners and k[0] not in others) or k[0] == owner}
        own |= {(c.person, "attended"): c for c in companions[n] if (c.person, "attended") not in own}
        if n == 0:
            draft.title, draft.participants = title, own
        else:
            ctx.drafts.append(replace(draft, title=title, participants=own, provenance=list(draft.provenance)))


def _title_actor(draft: Draft) -> str:
    """The one person the draft's title opens with who attends it ("" for none): its actor when the clause named
    the actor by a title only (events/titleholder.py)."""
    named = [n for n, relation in draft.participants if relation == "attended" and draft.title.startswith(n)]
    return named[0] if len(named) == 1 else ""


def _items(rest: str, guests: list[str]) -> list[str]:
    """The items of a list of guests: cut at each list mark, and at a joiner (``list_joiner``: 和, 及) right
    after a guest's name (总统乙和总理丙) — not at one inside a title (某部和某委主任)."""
    joiners = rules.uses("list_joiner")
    cuts: list[tuple[int, int]] = []
    for name in guests:
        at = rest.find(name)
        while at >= 0:
            end = at + len(name)
            joiner = next((w for w in joiners if rest.startswith(w, end)), "")
            if joiner:
                cuts.append((end, end + len(joiner)))
            at = rest.find(name, end)
    pieces, left = [], 0
    for end, after in sorted(cuts):
        pieces.append(rest[left:end])
        left = after
    pieces.append(rest[left:])
    return [item for piece in pieces for item in piece.split(LIST_MARK)]


def _verb(item: str) -> str:
    """The act trigger opening the first item, with its aspect particle (会见了), or "" when none."""
    verb = max((w for w in rules.triggers() if item.startswith(w)), key=len, default="")
    aspect = next((a for a in rules.uses("aspect") if item.startswith(verb + a)), "")
    return verb + aspect


def _split_partners(ctx: Context, ref: Ref, actor: str, sentence: Sentence) -> None:
    """甲分别与乙和丙会面: ``respective`` then a ``partner`` word opening the list of partners right before the act
    — one talks each (甲与丙会面), the draft keeping the first; each item must name exactly one partner."""
    text, draft = ctx.doc.text, ref.draft
    left, _ = rules.clause_bounds(text, ref.start, ref.end, sentence.start, sentence.end)
    words = [w + p for w in rules.uses("respective") for p in rules.uses("partner")]
    opens = [(k, w) for w in words if (k := text.rfind(w, left, ref.start)) >= 0]
    if not opens or draft.event_type != "talks":
        return
    at, word = max(opens)
    items, owners = _one_each(draft, actor, text[at + len(word) : ref.start])
    act, partner = text[ref.start : ref.end], word[-1]
    _split(ctx, draft, [actor + partner + item + act for item in items], owners)
