"""Corpora made by hand from the invented documents in tests/data/mini and tests/data/injection.

The render tests must not depend on how good the extractors are today, so they build a ``Corpus`` directly;
every Provenance points at the real text (``text[start:end] == evidence``).
"""

from __future__ import annotations

from pathlib import Path

from ygraph.model import (
    ArticleSummary,
    BuildWarning,
    Conflict,
    Corpus,
    DocumentSummary,
    Event,
    Participation,
    Person,
    PolicyLink,
    Provenance,
    RoleClaim,
    Succession,
)

DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini"
INJECTION = DATA / "injection"
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = '"><script>alert(2)</script>'


class Doc:
    """One invented document and a helper that points Provenance at its text."""

    def __init__(self, root: Path, name: str, date: str | None) -> None:
        self.path = name
        self.text = (root / name).read_text(encoding="utf-8")
        self.date = date

    def prov(self, sentence: str, span: str, rule: str = "test") -> Provenance:
        start = self.text.index(sentence)
        span_start = self.text.index(span, start)
        return Provenance(
            self.path, 0, start, start + len(sentence), sentence, rule, span_start, span_start + len(span)
        )

    def summary(self) -> DocumentSummary:
        article = ArticleSummary(0, self.text.splitlines()[0], None, self.date, "text", 0, len(self.text))
        return DocumentSummary(
            self.path, "utf-8", len(self.text), self.date, "text" if self.date else "unresolved", (article,)
        )


def event(
    title: str, date: str | None, event_type: str, place: str | None, provenance: tuple[Provenance, ...], **kw
) -> Event:
    return Event(
        id=f"event:{date or 'undated'}:{title}",
        title=title,
        event_type=event_type,
        date=date,
        date_end=kw.get("date_end"),
        date_source="sentence" if date else "unresolved",
        date_text="",
        place=place,
        planned=False,
        participants=kw.get("participants", ()),
        policies=kw.get("policies", ()),
        provenance=provenance,
    )


def mini_corpus() -> Corpus:
    """Three people, four positions claims, four events (day, month, day, undated), one succession."""
    a = Doc(MINI, "linjiang_daily.txt", "2021-03-16")
    b = Doc(MINI, "jiangbei_notes.txt", None)
    meeting = "3月15日，临江市委书记林晓峰在临江主持召开临江湾区发展座谈会，\n市长欧阳明远出席并讲话。"
    adopted = "会议审议通过了《临江湾区发展纲要》。"
    visit = "2020年8月，欧阳明远在江北考察港口建设。"
    appointed = "2019年，苏婉清任临江市市长。"
    forum = "2022年5月20日，临江市委书记欧阳明远出席临江论坛。"
    survey = "林晓峰曾到江北调研。"
    events = (
        event(
            "临江湾区发展座谈会",
            "2021-03-15",
            "meeting",
            "临江",
            (a.prov(meeting, "座谈会"),),
            participants=(
                Participation("林晓峰", "presided", a.prov(meeting, "林晓峰")),
                Participation("欧阳明远", "spoke_at", a.prov(meeting, "欧阳明远")),
            ),
            policies=(PolicyLink("临江湾区发展纲要", "adopted", a.prov(adopted, "《临江湾区发展纲要》")),),
        ),
        event(
            "欧阳明远考察港口建设",
            "2020-08",
            "inspection",
            "江北",
            (b.prov(visit, "考察"),),
            participants=(Participation("欧阳明远", "attended", b.prov(visit, "欧阳明远")),),
        ),
        event(
            "临江论坛",
            "2022-05-20",
            "forum",
            None,
            (b.prov(forum, "临江论坛"),),
            participants=(Participation("欧阳明远", "attended", b.prov(forum, "欧阳明远")),),
        ),
        event(
            "林晓峰江北调研",
            None,
            "inspection",
            "江北",
            (b.prov(survey, "调研"),),
            participants=(Participation("林晓峰", "attended", b.prov(survey, "林晓峰")),),
        ),
    )
    roles = (
        RoleClaim(
            "林晓峰",
            "临江市委书记",
            "临江市委书记",
            "临江市委",
            "2021-03-15",
            "sentence",
            a.prov(meeting, "林晓峰"),
        ),
        RoleClaim(
            "欧阳明远",
            "临江市市长",
            "市长",
            "临江市政府",
            "2021-03-15",
            "sentence",
            a.prov(meeting, "欧阳明远"),
        ),
        RoleClaim(
            "苏婉清",
            "临江市市长",
            "临江市市长",
            "临江市政府",
            "2019",
            "sentence",
            b.prov(appointed, "苏婉清"),
        ),
        RoleClaim(
            "欧阳明远",
            "临江市委书记",
            "临江市委书记",
            "临江市委",
            "2022-05-20",
            "sentence",
            b.prov(forum, "欧阳明远"),
        ),
    )
    people = tuple(
        Person(name, (a.prov(meeting, name) if name in meeting else b.prov(appointed, name),))
        for name in ("林晓峰", "欧阳明远", "苏婉清")
    )
    succession = Succession(
        "临江市委书记", "林晓峰", "欧阳明远", "2021-03-15", "2022-05-20", (b.prov(forum, "欧阳明远"),)
    )
    conflict = Conflict(
        "date",
        "临江论坛",
        ("2022-05-20", "2022-05"),
        (b.prov(forum, "2022年5月20日"), b.prov(visit, "2020年8月")),
    )
    return Corpus(
        documents=(b.summary(), a.summary()),
        people=people,
        roles=roles,
        events=events,
        successions=(succession,),
        conflicts=(conflict,),
        warnings=(BuildWarning("W040", "event without a resolvable date: 林晓峰江北调研", b.path),),
        unresolved_times=(a.prov(meeting, "3月15日"),),
    )


def injection_corpus() -> Corpus:
    """Names, titles, places, policies and evidence that are HTML/JS payloads."""
    d = Doc(INJECTION, "injection.txt", "2021-05-01")
    first = f"2021年5月1日，{IMG}在{SCRIPT}主持召开A&B座谈会。"
    second = f'会议由{SCRIPT}出席，审议《<b>&amp;</b>纲要》，href="javascript:alert(3)"。'
    href_position = 'href="javascript:alert(3)"'
    meeting = event(
        f"{SCRIPT}A&B座谈会",
        "2021-05-01",
        "meeting",
        IMG,
        (d.prov(first, "座谈会"), d.prov(second, "会议")),
        participants=(
            Participation(IMG, "presided", d.prov(first, IMG)),
            Participation(SCRIPT, "attended", d.prov(second, SCRIPT)),
        ),
        policies=(PolicyLink("<b>&amp;</b>纲要", "reviewed", d.prov(second, "《<b>&amp;</b>纲要》")),),
    )
    return Corpus(
        documents=(d.summary(),),
        people=(Person(IMG, (d.prov(first, IMG),)), Person(SCRIPT, (d.prov(second, SCRIPT),))),
        roles=(
            RoleClaim(IMG, href_position, href_position, "A&B", "2021-05-01", "text", d.prov(second, "href")),
        ),
        events=(meeting,),
        successions=(),
        conflicts=(),
        warnings=(BuildWarning("W011", f"{SCRIPT} & {IMG}", d.path),),
    )
