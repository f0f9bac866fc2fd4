"""The columns of every lexicon table (``TABLES``), against which ``lexicons.check_user_file`` checks a user's
file: split from ``lexicons.py`` (the loader and the checks) so that each module stays under 400 lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

# The columns of every table. A column is "text" (not empty), "any", "int", "name" (a fragment name),
# "regex" ({name} inserts a fragment, see Table.fragments) or a list of values "a|b"; "?" = may be left out.
Columns = tuple[str, ...]


@dataclass(frozen=True)
class Table:
    columns: Columns
    by_first: dict[str, Columns] = field(default_factory=dict)  # rows whose first cell is a key
    fragments: tuple[tuple[str, str], ...] = ()  # (table, prefix): {names} its first column defines
    required: tuple[str, ...] = ()  # {names} every pattern must use (itself or through its fragments)
    template: int = -1  # a column whose {NAMES} the pattern must capture
    known: tuple[str, ...] = ()  # other {names} the stage fills in (not defined by a table)


_TIME_FRAGMENTS = (("time/patterns.tsv", ""), ("time/normalization.tsv", ""))
_BREAK_PATTERNS = (
    *("no_join", "continues", "pull_quote", "photo_credit", "header", "meta_line", "article_end", "separator"),
    *("field_line", "aside_end", "list_header", "headline_split", "teaser_end", "section_heading", "goes_on"),
    "caption_end",
)
_BREAK_CHARS = ("terminal", "closing", "line_end", "han_period", "item_stops", "list_lead_end", "list_body_end")
# The uses a word_uses.tsv row may name are the ones its packaged file documents in its header
# (``#   <use>  what it does``): a new use is declared where it is explained, never in a list here.
_USE_DOC = re.compile(r"^#   ([a-z_]+)\s", re.M)


def _documented_uses(name: str) -> str:
    text = resources.files("ygraph").joinpath("lexicons", "zh", *name.split("/")).read_text(encoding="utf-8")
    return "|".join(dict.fromkeys(_USE_DOC.findall(text)))


_NUMERAL_KINDS = "digit|ten|big|count|unit|left|gap|day_next|not_day_next|bracket|roc_mark"
_BYLINE_FORMS = ("byline_bracketed", "byline_credit", "byline_line")  # text/bylines.tsv, {byline_<form>}
TABLES: dict[str, Table] = {
    "actors/appointment_forms.tsv": Table(("text", "start|end|past|-|former", "before|after", "regex", "any")),
    "actors/career_verbs.tsv": Table(("text", "any", "past|now?")),
    "actors/paired_titles.tsv": Table(("text", "head|new|former", "deputy|new|former")),
    "actors/respective_forms.tsv": Table(("text", "start|end|past", "regex")),
    "actors/list_posts.tsv": Table(("text", "-", "regex")),
    "actors/shared_posts.tsv": Table(("text", "before|after|clauses", "regex")),
    "actors/session_posts.tsv": Table(("text", _documented_uses("actors/session_posts.tsv"))),
    "actors/session_leads.tsv": Table(("text", "text")),
    "actors/cities.tsv": Table(("text", "text", "text")),
    "actors/counties.tsv": Table(("text", "text", "text")),
    "actors/source_places.tsv": Table(("text", "lead|suffix|organ|stamp", "text")),
    "actors/clause_forms.tsv": Table(("text", "regex")),
    "actors/resume_lines.tsv": Table(("text", "regex", "past|now")),
    "actors/effective_dates.tsv": Table(("text", "regex")),
    **{name: Table(("text", "text")) for name in ("actors/damaged_titles.tsv", "actors/honorifics.tsv")},
    "actors/item_forms.tsv": Table(("text", "text")),
    "actors/list_leads.tsv": Table(("text", "text")),
    "actors/name_followers.tsv": Table(("text", "text")),
    "actors/owner_organs.tsv": Table(("text", "text")),
    "actors/group_heads.tsv": Table(("text", "text", "text")),
    "actors/org_aliases.tsv": Table(("text", "text")),
    "actors/county_cities.tsv": Table(("text", "level|superior_lead|own_cue")),
    "actors/parties.tsv": Table(("text", "party|not_party|title|lead|modifier|reference|committee|convenes", "text")),
    "actors/places.tsv": Table(("text", "text", "province|abbreviation?")),
    "actors/title_aliases.tsv": Table(("text", "text")),
    "actors/host_heads.tsv": Table(("text", "text")),
    "actors/national_titles.tsv": Table(("text", "title|body_title|cue", "text")),
    "actors/title_short_forms.tsv": Table(("text", "text")),
    "actors/titles.tsv": Table(("text", "single|many", "place|org|-")),
    "actors/word_uses.tsv": Table(("text", _documented_uses("actors/word_uses.tsv"))),
    "events/abbreviated.tsv": Table(("text", "name")),
    "events/participation.tsv": Table(("text", "presided|spoke_at|attended|says|leads|members|chairs|read_out|opens|sent")),
    "events/patterns.tsv": Table(("name", "regex")),
    "events/place_phrases.tsv": Table(("text", "text", "int")),
    "events/own_trips.tsv": Table(("text", _documented_uses("events/own_trips.tsv"))),
    "events/bare_meetings.tsv": Table(("text", _documented_uses("events/bare_meetings.tsv"))),
    "events/event_model.tsv": Table(("text", "int")),
    "events/event_heads.tsv": Table(("text", "name")),
    "events/group_parties.tsv": Table(("text", _documented_uses("events/group_parties.tsv"))),
    "events/press_roles.tsv": Table(("text", _documented_uses("events/press_roles.tsv"))),
    "events/short_names.tsv": Table(("text", "text")),
    "events/headline_acts.tsv": Table(("name", "text")),
    "events/side_acts.tsv": Table(("text", _documented_uses("events/side_acts.tsv"))),
    "events/retold.tsv": Table(("text", _documented_uses("events/retold.tsv"))),
    "events/reference_frames.tsv": Table(("text", _documented_uses("events/reference_frames.tsv"))),
    "events/policy_verbs.tsv": Table(("text", "adopted|reviewed|issued|signed|mentioned")),
    "events/triggers.tsv": Table(("text", "name", "name|visit|act")),
    "events/gathering_triggers.tsv": Table(("text", "name", "name|visit|act")),
    "events/opening_acts.tsv": Table(("text", "name", "name|visit|act")),
    "events/unread_cues.tsv": Table(("text", "cue|skip|continues")),
    "events/word_uses.tsv": Table(("text", _documented_uses("events/word_uses.tsv"))),
    "text/breaks.tsv": Table(
        ("|".join(("headline_max", "web_width", *_BREAK_PATTERNS, *_BREAK_CHARS)), "text"),
        by_first={"headline_max": ("text", "int"), "web_width": ("text", "int"), **{k: ("text", "regex") for k in _BREAK_PATTERNS}},
    ),
    "text/bylines.tsv": Table(("text", "regex", "people?"), fragments=(("text/bylines.tsv", "="),)),
    "text/datelines.tsv": Table(
        ("text", "regex", "filed?"), fragments=(("text/datelines.tsv", "="),), known=_BYLINE_FORMS
    ),
    "text/furniture.tsv": Table(("line|inline", "regex")),
    "text/lookalikes.tsv": Table(("text", "text")),
    "text/name_dots.tsv": Table(("text", "list|between?")),
    "text/pinyin.tsv": Table(("initial|final|least", "text"), by_first={"least": ("text", "int")}),
    "time/document_date.tsv": Table(
        ("text", "regex", "page|head|head_pair|signoff?"), fragments=_TIME_FRAGMENTS, required=("Y", "M", "D"), known=("numeral",)
    ),
    "time/normalization.tsv": Table(("name", "text", "text", "any?")),
    "time/numerals.tsv": Table(
        (_NUMERAL_KINDS, "text", "any?"),
        by_first={
            **{k: ("text", "text", "int") for k in ("digit", "ten", "big", "count")},
            "unit": ("text", "text", "year|month|day|number"),
        },
    ),
    "time/patterns.tsv": Table(("name", "regex"), fragments=_TIME_FRAGMENTS, known=("numeral",)),
    "time/rules.tsv": Table(
        ("text", "date|duration|vague", "regex", "text"),
        by_first={"EXAMPLE": ("text", "text", "text", "text")},
        fragments=_TIME_FRAGMENTS,
        template=3,
        known=("numeral",),
    ),
    "time/year_cues.tsv": Table(
        ("text", "sentence", "regex", "int"), fragments=_TIME_FRAGMENTS, required=("Y",), known=("numeral",)
    ),
}
