"""atmeeting: an act held at the meeting an article reports and told in a later sentence without a day of
its own (会上，还举办了某圆桌论坛; 会议…，举办了某分论坛; 某联组会议; 会议期间举行了签约仪式) took place on that
meeting's day (its days when it spans several and the act prints none), for ``dating.date_by_context``.
Vocabulary: ``lexicons/zh/events/word_uses.tsv`` (``at_meeting``, ``meeting_subject``, ``held_verb``,
``meeting_part``, ``at_host``, ``recalled_edition``, ``past_marker``, ``session_after``;
``plan_words.txt``)."""

from __future__ import annotations

from ..model import Mention, Sentence
from ..punctuation import CLAUSE_BREAKS, OPENING_QUOTES
from . import eventrules as rules
from .actpeople import add_people
from .draft import Context, Draft, Ref
from .titlematch import session_numbers

_HEAD = 2  # the fewest characters of the meeting's name that name it again (酒会前)
_HOSTS = ("meeting", "forum", "signing", "opening", "other")  # events holding an act (a visit: visits.py)
_AT = ("meeting", "forum")  # events a report is heard at (在某会议上听取…汇报)


def held_at_meeting(ctx: Context, draft: Draft) -> bool:
    """Whether ``draft``, dated only by the article's month, is an act of the meeting reported: then it takes
    that meeting's day and place (date source ``context``, as ``sides.after_meeting``)."""
    current = ctx.current
    if current is None or current is draft or draft.lede or draft.planned or current.planned:
        return False
    if current.event_type not in _HOSTS or len(current.date or "") != 10:
        return False
    if draft.date_source != "article" or len(draft.date or "") >= len(current.date or ""):
        return False
    sentence = ctx.sentence_at(draft.start)
    opening = rules.compact(ctx.doc.text[sentence.start : draft.start])
    if ctx.times(sentence.start, draft.start) or any(w in opening for w in rules.uses("past_marker")):
        return False  # 次日举行了…; 曾举办…: a day or a past of its own
    if any(w in opening for w in rules.words("plan_words.txt")):
        return False  # 期间将举办两个分论坛，其中某论坛…: announced, not told as held
    if any(w in opening + draft.title for w in rules.uses("recalled_edition")):
        return False  # 上届论坛开幕式上…: an earlier edition's act, recalled
    if not _linked(opening, draft.title, rules.compact(current.title)):
        return False
    draft.date, draft.date_end, draft.date_text = current.date, current.date_end, current.date_text
    draft.date_source, draft.explicit = "context", current.explicit
    draft.place = draft.place or current.place
    return True


def follows_on(ctx: Context, draft_start: int) -> bool:
    """Whether the act at ``draft_start`` is told as following the meeting reported: its subject, then a
    ``then_word`` (甲随后在某地召开记者会), with no day and no clause break before the act."""
    sentence = ctx.sentence_at(draft_start)
    opening = rules.compact(ctx.doc.text[sentence.start : draft_start])
    if ctx.times(sentence.start, draft_start) or any(c in opening for c in CLAUSE_BREAKS):
        return False
    return any(w in opening for w in rules.uses("then_word"))


def followed(ctx: Context, draft: Draft) -> Draft | None:
    """The event an act told as following on (``follows_on``: 考察团随后出席某午宴) follows: the latest one before it
    dated to the day, not planned; None when the act is not told so or no such event was told."""
    if not follows_on(ctx, draft.start):
        return None
    dated = (d for d in reversed(ctx.drafts) if d.start < draft.start and not d.planned and len(d.date or "") == 10)
    return next(dated, None)


def _linked(opening: str, title: str, host: str) -> bool:
    """会上/会议期间/随后/是日… opens the sentence, or the end of the meeting's own name before a word placing
    the act at it (某酒会前, 论坛期间); or the meeting itself is its subject and holds the act (会议审议…，
    举办了某论坛); or the act's name is a part of a meeting (开幕式, 分论坛, 联组会议)."""
    if opening.startswith(rules.uses("at_meeting")):
        return True
    if not any(c in opening for c in CLAUSE_BREAKS) and any(w in opening for w in rules.uses("then_word")):
        return True  # 甲随后在某地召开记者会: the subject, then the act that follows the meeting
    ends = (host[-k:] for k in range(_HEAD, len(host) + 1))
    if any(opening.startswith(e) and opening[len(e) :].startswith(rules.uses("at_host")) for e in ends):
        return True
    bare = opening.rstrip(OPENING_QUOTES)  # 举办了“某论坛”
    if opening.startswith(rules.uses("meeting_subject")) and bare.endswith(rules.uses("held_verb")):
        return True
    return rules.compact(title).endswith(rules.uses("meeting_part"))


def session_after(ctx: Context, draft: Draft) -> bool:
    """Whether ``draft``, a numbered session named in passing and left undated (dating.passing_session), is told
    as held right after the meeting reported (大会闭幕后，随后召开了某委某届一次全会; 紧接着，某全会召开; 下午，
    某会议举行另一次全体会议): then it took place on the day printed for that meeting (its first: the
    days a length adds to it are not printed, gold-conventions B3)."""
    current = ctx.current
    if current is None or current is draft or draft.planned or current.planned or draft.date:
        return False
    if current.event_type != "meeting" or len(current.date or "") != 10:
        return False
    sentence = ctx.sentence_at(draft.start)
    opening = rules.compact(ctx.doc.text[sentence.start : draft.start])
    if ctx.times(sentence.start, draft.start):
        return False  # 次日召开了…: a day of its own
    if not (opening.startswith(rules.uses("session_after")) or _next_plenary(current, draft, opening)):
        return False
    if any(w in opening for w in (*rules.words("plan_words.txt"), *rules.uses("past_marker"))):
        return False  # 随后将召开…: announced; 随后曾召开…: history
    draft.date, draft.date_end, draft.date_text = current.date, None, current.date_text
    draft.date_source, draft.explicit = "context", current.explicit
    draft.place = draft.place or current.place
    return True


def _next_plenary(current: Draft, draft: Draft, opening: str) -> bool:
    """随后召开的市委某届一次全会… 。市纪委某届一次全会选举…: a session opening its sentence right after one told
    held after the meeting, with the same edition and session numbers (another body's first plenary)."""
    numbers = session_numbers(draft.key)
    return not opening and current.date_source == "context" and bool(numbers) and numbers == session_numbers(current.key)


def heard_at(ctx: Context, sentence: Sentence, refs: list[Ref], word: str, act: tuple[int, int, Mention | None]) -> Ref | None:
    """甲在某会议上听取乙汇报: a hearing act (``hears``) printed right after a meeting named with 上 in its sentence
    is that meeting's business, no event of its own: its actor attends the meeting (the reporter speaks at it)."""
    (start, end, actor), text = act, ctx.doc.text
    at = [r for r in refs if r.end <= start and r.draft.event_type in _AT and not r.bare]
    if word not in rules.uses("hears") or not at:
        return None
    between = rules.compact(text[at[-1].end : start])  # 在某会议上听取, 在院会听取
    if between not in rules.uses("venue_after") and not (between == "" and text.endswith(rules.uses("venue_lead"), 0, at[-1].start)):
        return None
    if actor is not None:
        add_people(ctx, sentence, at[-1].draft, [(actor, "attended")], word)
    return Ref(start, end, at[-1].draft, True)
