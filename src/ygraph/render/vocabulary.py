"""The one translation table of the pages: every internal code a reader may see, in Chinese.

The outputs for programs (GraphML, GEXF, facts.json, CSV) keep the codes of docs/schema.md; graph.html and
timeline.html show these names instead. A code missing from the table (a user lexicon's own event type) is
shown as it is: it is the user's word, not ours.

Also here: evidence for display (``display_evidence``), without the Markdown markup of web copies. The
provenance offsets still index the original text with its markup; only what the pages and spreadsheets show
is stripped.
"""

from __future__ import annotations

import re

KINDS = {
    "event": "事件",
    "person": "人物",
    "position": "职务",
    "organization": "机构",
    "place": "地点",
    "policy": "政策文件",
    "document": "文档",
}
EVENT_TYPES = {
    "meeting": "会议",
    "forum": "论坛",
    "inspection": "考察调研",
    "instruction": "指示批示",
    "release": "发布",
    "opening": "揭牌开通",
    "message": "贺电唁电",
    "launch": "上线",
    "speech": "讲话",
    "establishment": "成立",
    "issuance": "印发",
    "signing": "签约",
    "talks": "会谈",
    "visit": "访问",
    "other": "其他",
}
PRECISIONS = {"year": "年", "month": "月", "day": "日", "none": "不详"}
DATE_SOURCES = {
    # events (docs/events.md)
    "clause": "同一分句中的日期",
    "sentence": "同一句中的日期",
    "article": "文章日期",
    "context": "同一报道中前一事件的日期",
    # role claims (docs/actors.md): the day a notice's moves take effect (上述人事案将于7月1日生效)
    "effective": "人事生效日期",
    # documents and articles (model.DATE_SOURCES)
    "user": "用户指定",
    "text": "正文所载日期",
    "dateline_inferred": "电头月日，年份据本文推断",
    "document": "同一文档其他文章",
    "cross_document": "年份据其他文档推断",
    "unresolved": "未能确定",
}
RELATIONS = {
    "holds_position": "任职",
    "presided": "主持",
    "spoke_at": "讲话",
    "attended": "出席",
    "sent": "致电致信",
    "held_in": "举办地",
    "adopted": "通过",
    "reviewed": "审议",
    "issued": "印发",
    "signed": "签署",
    "mentions": "提及",
    "mentioned": "提及",
    "mentioned_in": "报道于",
    "announced_in": "预告于",
    "succeeded": "接任",
    "part_of": "隶属",
}
VOCABULARY: dict[str, dict[str, str]] = {
    "kind": KINDS,
    "event_type": EVENT_TYPES,
    "precision": PRECISIONS,
    "date_source": DATE_SOURCES,
    "relation": RELATIONS,
}


def term(category: str, code: str) -> str:
    """The Chinese name of ``code`` in ``category`` (``"event_type"``, ``"relation"``…); unknown codes as is."""
    return VOCABULARY[category].get(code, code)


def every_code() -> set[str]:
    """All internal codes (for tests: none may reach a page's visible text)."""
    return {code for table in VOCABULARY.values() for code in table}


# Markdown that web copies keep around the words: emphasis, headings, quotes, list markers, links, code.
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_STRONG = re.compile(r"\*{2,3}|_{2,3}|~~")  # removed even unpaired: a sentence may cut a pair
_EMPHASIS = re.compile(r"([*`])(?=\S)([^*`\n]+?)(?<=\S)\1")  # single * or ` only around words
_LINE_MARKUP = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}\.[ \t]+)")
_RULE = re.compile(r"(?m)^[ \t]*(?:[-*_][ \t]*){3,}$")


# A character every one of the expressions above needs (a digit only at a line's start): text without any
# (most evidence) is returned stripped without running them.
_ANY_MARKUP = re.compile(r"[\[*_~`#>+\-]|(?m:^[ \t]*\d)")


def display_evidence(text: str) -> str:
    """Evidence as a reader should see it: Markdown markup removed, the words kept."""
    if not _ANY_MARKUP.search(text):
        return text.strip()
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _LINE_MARKUP.sub("", text)
    return _EMPHASIS.sub(r"\2", _STRONG.sub("", text)).strip()
