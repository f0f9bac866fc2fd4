"""readmessages: a congratulatory message read out at the meeting reported (开幕式上，宣读了甲致某会的贺信) is an
event of its own, of type ``message``, on the meeting's day, which its sender sent (gold-conventions A5); the
reader speaks at the meeting. A written address read for an absent speaker (某某的书面致辞) is not: its sender is
``sent`` on the meeting itself. Vocabulary: ``word_uses.tsv`` ``message_read`` (的贺信, 的贺电)."""

from __future__ import annotations

from ..model import Mention, Sentence
from . import eventrules as rules
from .draft import Context, Draft

_RULE = "event:read_out:"  # the rule of such a message event, with the row of participation.tsv after it


def read_message(
    ctx: Context, sentence: Sentence, verb: str, senders: list[Mention], target: Draft | None, end: int
) -> Draft | None:
    """The message event of the senders of a message read out (``verb``, a ``message_read`` row ending at
    ``end``): titled from the first sender's name to the message's noun (甲致某会的贺信), dated as ``target``
    (the meeting it was read at); None for any other read-out text or with no sender."""
    if verb not in rules.uses("message_read") or not senders:
        return None
    title = rules.compact(ctx.doc.text[senders[0].start : end])
    known = next((d for d in ctx.drafts if d.event_type == "message" and d.title == title), None)
    if known is not None:
        return known
    draft = Draft.undated(title, "message", senders[0].start, end)
    if target is not None:
        draft.date, draft.date_end, draft.date_text = target.date, target.date_end, target.date_text
        draft.date_source, draft.explicit = "context", target.explicit
    else:
        draft.date, draft.date_source = ctx.article.date, "article"
    draft.provenance.append(ctx.doc.provenance(ctx.article.index, sentence, senders[0].start, end, _RULE + verb))
    ctx.drafts.append(draft)
    return draft
