"""The body a hand-over ceremony names (Taiwan notices, 布达交接典礼): 某局(今天)举行(新、卸任)局长交接典礼 prints the
post it hands on as a bare title head; the body holding the ceremony, printed at the start of the sentence, owns it.
The post is remembered like a post printed with its body, so a bare title of that head later in the article
(卸任局长甲, 新任局长乙: ``inherit.article_post``) is that post, and the ceremony's pair a succession."""

from __future__ import annotations

from dataclasses import replace

from ..punctuation import LINE_BREAK, SENTENCE_ENDS
from .actorlex import PUNCT, titles, uses
from .chains import Element, chain_start
from .labelbounds import occurrences
from .placecontext import ContextPlaces
from .positions import canonical


def ceremony_body(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """A chain of one bare title (of an organisation's: ellipsis ``org``) printed right before a ceremony word:
    the post of the body that opens its sentence and ends with the title's body character (局 of 局长, 副局长),
    or for a title named after no body (秘书长) with a body's last character (``name_title_org_end``: 院, 府…);
    the chain unchanged when no such body is printed there."""
    first = chain[0]
    pos = first.position
    if len(chain) != 1 or pos.organization or titles()[pos.head].ellipsis != "org":
        return chain
    head = next((pos.head[len(w) :] for w in uses("deputy") if pos.head.startswith(w)), pos.head)
    ends = uses("name_title_org_end")  # 某院举行秘书长交接典礼: a body's own staff, of any body of these
    ends = (head[:1],) if head[:1] in (*ends, *uses("org_noun")) else ends  # 局长: a 局's only
    start = max(text.rfind(c, 0, first.start) for c in SENTENCE_ENDS + LINE_BREAK) + 1
    for k in sorted(k for end in ends for k in occurrences(text, end, start, first.start))[::-1]:
        name = text[chain_start(text, k + 1, start) : k + 1]
        if len(name) > 1 and not any(c in PUNCT for c in name) and text.startswith(name, start):
            made = canonical(name + pos.head, None, places)
            if made is not None and made.organization:
                return (replace(first, position=replace(made, printed=pos.printed)),)
    return chain
