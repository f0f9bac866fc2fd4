"""references: a numbered meeting named only as a reference point (某省委十二届五次全会以来, 按照市第十三次
党代会部署, 某全会明确提出…) is an event the text names without dating it: kept undated (W040-like, never
given the article's date), for ``events.py``. The words after the name are ``word_uses.tsv``
``mention_after``; the name must print an ordinal (patterns.tsv ``numbered``)."""

from __future__ import annotations

from ..model import Sentence
from ..punctuation import OPENING_QUOTES, TITLE_OPEN
from . import eventrules as rules
from . import kinds, sittings
from .draft import Context, Draft, Ref
from .register import add, same


def mentioned(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, start: int, end: int
) -> Ref | None:
    """The numbered meeting named at ``start…end`` as a reference point, registered as an undated event; a
    reference to the article's own event of that name, else None."""
    text = ctx.doc.text
    follows = next((w for w in rules.uses("mention_after") if text.startswith(w, end)), "")
    relayed = _relayed(text, left, start, end)
    follows = follows or relayed or _agenda(ctx, left, start)
    if not follows or trigger.event_type != "meeting":
        return None
    name_start = rules.strip_prefixes(
        text, rules.name_start(text, start, left, ctx.blocked_in(left, start)), start
    )
    name_start = _after_relay(text, name_start, start) if relayed else name_start
    lead = next((w for w in rules.uses("mention_lead") if text.startswith(w, name_start)), "")
    name_start += len(lead) if follows in rules.uses("mention_led") else 0  # 报某会议备案: reported to it
    opening = max(text.rfind(q, name_start, start) for q in (*OPENING_QUOTES, TITLE_OPEN))
    name_start = opening + 1 if opening >= 0 else name_start  # 《某会议以来…的报告》: the name inside
    title = rules.compact(text[name_start:end])
    if len(title) < len(trigger.word) + 4 or not (relayed or rules.pattern("numbered").search(title)):
        return None
    known = same(ctx, title, None)
    if known is not None and (not relayed or known.key == rules.title_key(title)):
        return Ref(name_start, end, known, False)  # a relayed meeting is never the one relaying it
    draft = Draft.undated(title, kinds.name_type(title, trigger), name_start, end)
    draft.named_only = True
    add(ctx, draft, sentence, start, end, f"event:mentioned:{follows}")
    return None  # only named: it takes no participants and is not the event the sentence goes on about


def _agenda(ctx: Context, left: int, start: int) -> str:
    """列席某届人大某次会议 (``mention_before``): a session on another body's agenda, named, not held here."""
    walked = rules.name_start(ctx.doc.text, start, left, ctx.blocked_in(left, start))
    before = rules.compact(ctx.doc.text[left:walked])
    return next((w for w in rules.uses("mention_before") if before.endswith(w)), "")


def _relayed(text: str, left: int, start: int, end: int) -> str:
    """传达…某电视电话会议精神: the relayed_after word when a relay word precedes the name in its clause."""
    after = next((w for w in rules.uses("relayed_after") if text.startswith(w, end)), "")
    return after if after and any(w in text[left:start] for w in rules.uses("relay")) else ""


def _after_relay(text: str, name_start: int, start: int) -> int:
    """Where a relayed name starts: after the relay words printed before it (传达贯彻某会议 → 某会议)."""
    for word in rules.uses("relay"):  # longest first
        at = text.rfind(word, name_start, start)
        if at >= 0:
            name_start = at + len(word)
            break
    items = rules.uses("relayed_item")
    for at in range(start - 1, name_start, -1):  # 某某重要指示和某大会: the list's last item
        if text[at] in rules.uses("name_joiner") and text[name_start:at].endswith(items):
            return at + 1
    return name_start


def earlier_edition(
    ctx: Context, sentence: Sentence, trigger: rules.Trigger, left: int, start: int, end: int
) -> Ref | None:
    """2029年某联席会议以来 (``sittings.earlier_edition``): an event dated by the year of its name."""
    found = sittings.earlier_edition(ctx, trigger, left, start, end)
    if found is None:
        return None
    name_start, title, year, follows = found
    known = same(ctx, title, year)
    if known is not None:
        return Ref(name_start, end, known, False)
    draft = Draft(
        title,
        kinds.name_type(title, trigger),
        name_start,
        end,
        year,
        None,
        "clause",
        year,
        None,
        False,
        False,
    )
    draft.explicit = True
    return Ref(name_start, end, add(ctx, draft, sentence, start, end, f"event:edition:{follows}"), False)
