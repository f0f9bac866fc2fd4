"""graph: the corpus as a networkx MultiDiGraph following docs/schema.md.

Nodes and edges are collected first, then inserted in sorted order with edge keys ``<relation>:<n>``
numbered in that order, so the same corpus always gives the same graph (and the same bytes on disk).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from ..model import Corpus, Event, Provenance, RoleClaim, date_sort_key, precision_of
from ..punctuation import TITLE_CLOSE, TITLE_OPEN

EVIDENCE_MAX = 300
POLICY_RELATIONS = {"mentioned": "mentions"}

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CJK = "\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef"
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")

Attrs = dict[str, str | int | float | bool]


def clean_text(value: str | None) -> str:
    """A string safe for XML: None becomes "", characters XML 1.0 forbids are removed.

    A carriage return becomes a line feed, as an XML reader would turn it anyway (ids must survive reading).
    """
    if not value:
        return ""
    if value.isprintable():  # no control character, surrogate or noncharacter: nothing to remove (most)
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_INVALID.sub("", value)


def normalize_evidence(evidence: str) -> str:
    """Evidence for display: line breaks inside Chinese text removed, other runs of space collapsed, ≤300 chars."""
    text = collapse_spaces(clean_text(evidence))
    return text if len(text) <= EVIDENCE_MAX else text[: EVIDENCE_MAX - 1] + "…"


def collapse_spaces(text: str) -> str:
    """Line breaks inside Chinese text removed, other runs of white space collapsed to one space."""
    if text.isprintable() and " " not in text:  # no white space at all (most sentences): nothing to do
        return text
    return _SPACES.sub(" ", _SPACE_BETWEEN_CJK.sub("", text)).strip()


def node_id(kind: str, name: str) -> str:
    return f"{kind}:{clean_text(name)}"


def policy_id(title: str) -> str:
    return node_id("policy", title.strip(TITLE_OPEN + TITLE_CLOSE))


@dataclass(frozen=True)
class RoleSpan:
    """All the claims that one person held one position, aggregated: the span it was observed over."""

    person: str
    position: str
    organization: str
    first_seen: str  # "" when no claim is dated
    last_seen: str
    sources: tuple[str, ...]
    provenance: tuple[Provenance, ...]

    @property
    def n_sources(self) -> int:
        return len(self.sources)

    def describe(self) -> str:
        """``上海市委书记 2022-08-16…2023-06-05`` (a single date when first and last coincide)."""
        if not self.first_seen:
            return self.position
        if self.first_seen == self.last_seen:
            return f"{self.position} {self.first_seen}"
        return f"{self.position} {self.first_seen}…{self.last_seen}"


_last_spans: list[tuple[tuple[RoleClaim, ...], list[RoleSpan]]] = []


def role_spans(roles: Iterable[RoleClaim]) -> list[RoleSpan]:
    """One span per (person, position), ordered by person, then first_seen, then position.

    The graph and three writers ask for the spans of one corpus: the last tuple given (the same object)
    gets its spans again without recomputing them."""
    if isinstance(roles, tuple) and _last_spans and _last_spans[0][0] is roles:
        return list(_last_spans[0][1])
    spans = _role_spans(roles)
    if isinstance(roles, tuple):
        _last_spans[:] = [(roles, spans)]
    return list(spans)


def _role_spans(roles: Iterable[RoleClaim]) -> list[RoleSpan]:
    grouped: dict[tuple[str, str], list[RoleClaim]] = defaultdict(list)
    for claim in roles:
        grouped[(claim.person, claim.position)].append(claim)
    spans = []
    for (person, position), claims in grouped.items():
        # ISO strings of mixed precision sort in calendar order ("2022" < "2022-08" < "2022-08-16").
        dates = sorted(c.date for c in claims if c.date)
        organizations = sorted({c.organization for c in claims if c.organization})
        spans.append(
            RoleSpan(
                person=person,
                position=position,
                organization=organizations[0] if organizations else "",
                first_seen=dates[0] if dates else "",
                last_seen=dates[-1] if dates else "",
                sources=tuple(sorted({c.provenance.file for c in claims})),
                provenance=tuple(sorted((c.provenance for c in claims), key=provenance_order)),
            )
        )
    return sorted(spans, key=lambda s: (s.person, date_sort_key(s.first_seen), s.position))


def provenance_order(p: Provenance) -> tuple:
    return (p.file, p.article, p.start, p.end, p.span_start, p.span_end, p.rule)


class _Collector:
    """Nodes and edges gathered in any order, inserted into the graph sorted."""

    def __init__(self) -> None:
        self.nodes: dict[str, Attrs] = {}
        self.edges: dict[tuple[str, str, str, str], tuple[Attrs, list[Provenance]]] = {}

    def node(self, nid: str, kind: str, label: str, **attrs: str | int | float | bool) -> None:
        if nid not in self.nodes:
            self.nodes[nid] = {"kind": kind, "label": clean_text(label)}
        for name, value in attrs.items():
            self.nodes[nid].setdefault(name, clean_text(value) if isinstance(value, str) else value)

    def edge(
        self,
        u: str,
        v: str,
        relation: str,
        provenance: Iterable[Provenance],
        distinct: str = "",
        **attrs: str | int,
    ) -> None:
        """One edge per (u, v, relation, distinct); further evidence for it adds sources, not edges
        (``distinct``: the position of a succession, so two posts handed over between the same two people
        are two edges)."""
        entry = self.edges.setdefault((u, v, relation, distinct), ({}, []))
        for name, value in attrs.items():
            entry[0].setdefault(name, clean_text(value) if isinstance(value, str) else value)
        entry[1].extend(provenance)

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        for nid in sorted(self.nodes):
            g.add_node(nid, **dict(sorted(self.nodes[nid].items())))
        counters: dict[str, int] = defaultdict(int)
        for u, v, relation, distinct in sorted(self.edges):
            attrs, provenance = self.edges[(u, v, relation, distinct)]
            counters[relation] += 1
            key = f"{relation}:{counters[relation]}"
            g.add_edge(
                u, v, key=key, relation=relation, **_edge_evidence(provenance), **dict(sorted(attrs.items()))
            )
        return g


def _edge_evidence(provenance: list[Provenance]) -> Attrs:
    """The first provenance in ``provenance_order`` (``min``: neither a set of the provenances, which hashes
    every field, nor a sort is needed; provenances with one key share their evidence) and every source."""
    if not provenance:
        return {"source_file": "", "evidence": "", "rule": "", "sources": ""}
    first = min(provenance, key=provenance_order)
    return {
        "source_file": clean_text(first.file),
        "evidence": normalize_evidence(first.evidence),
        "rule": clean_text(first.rule),
        "sources": clean_text(";".join(sorted({p.file for p in provenance}))),
    }


def build_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """The corpus as a graph: documents, people and positions, events with their places and policies."""
    c = _Collector()
    for doc in corpus.documents:
        c.node(
            node_id("document", doc.path),
            "document",
            doc.path,
            date=doc.date or "",
            date_source=doc.date_source,
            encoding=doc.encoding,
            n_articles=len(doc.articles),
        )
    _add_people(c, corpus)
    for event in corpus.events:
        _add_event(c, event)
    for s in corpus.successions:
        c.edge(
            node_id("person", s.after),
            node_id("person", s.before),
            "succeeded",
            s.provenance,
            s.position,
            position=s.position,
            before_last_seen=s.before_last_seen,
            after_first_seen=s.after_first_seen,
        )
    _fill_defaults(c)
    return c.graph()


def _add_people(c: _Collector, corpus: Corpus) -> None:
    spans = role_spans(corpus.roles)
    by_person: dict[str, list[RoleSpan]] = defaultdict(list)
    for span in spans:
        by_person[span.person].append(span)
    files = _person_files(corpus)
    for person in sorted(corpus.people, key=lambda p: p.name):
        c.node(
            node_id("person", person.name), "person", person.name, aliases=";".join(sorted(person.aliases))
        )
    for span in spans:
        pid, posid = node_id("person", span.person), node_id("position", span.position)
        c.node(pid, "person", span.person)
        c.node(posid, "position", span.position, organization=span.organization)
        c.edge(
            pid,
            posid,
            "holds_position",
            span.provenance,
            date=span.first_seen,
            first_seen=span.first_seen,
            last_seen=span.last_seen,
            n_sources=span.n_sources,
        )
        if span.organization:
            c.node(node_id("organization", span.organization), "organization", span.organization)
            c.edge(posid, node_id("organization", span.organization), "part_of", span.provenance[:1])
    for name, person_spans in by_person.items():
        c.nodes[node_id("person", name)]["positions"] = clean_text(
            "\n".join(s.describe() for s in person_spans)
        )
    for name, person_files in files.items():
        c.node(node_id("person", name), "person", name, n_sources=len(person_files))
    _add_bare_titles(c, corpus)


def _add_bare_titles(c: _Collector, corpus: Corpus) -> None:
    """A title printed with no place or organisation the page gives (市委书记 on a page naming no city) is
    shown on its person as printed, never as a position (docs/decisions.md: bare titles)."""
    bare: dict[str, set[str]] = defaultdict(set)
    for claim in corpus.bare_titles:
        bare[claim.person].add(claim.position)
    for name, titles in sorted(bare.items()):
        c.node(node_id("person", name), "person", name)
        c.nodes[node_id("person", name)]["bare_titles"] = clean_text(";".join(sorted(titles)))


def _person_files(corpus: Corpus) -> dict[str, set[str]]:
    """The documents each person appears in: as a person, in a role or at an event."""
    files: dict[str, set[str]] = defaultdict(set)
    for person in corpus.people:
        files[person.name].update(p.file for p in person.provenance)
    for claim in corpus.roles:
        files[claim.person].add(claim.provenance.file)
    for event in corpus.events:
        for part in event.participants:
            files[part.person].add(part.provenance.file)
    return files


def _add_event(c: _Collector, event: Event) -> None:
    eid = clean_text(event.id if event.id.startswith("event:") else f"event:{event.id}")
    first = sorted(event.provenance, key=provenance_order)[:1]
    c.node(
        eid,
        "event",
        event.title,
        date=event.date or "",
        date_end=event.date_end or "",
        date_precision=precision_of(event.date),
        date_source=event.date_source,
        date_text=event.date_text,
        event_type=event.event_type,
        place=event.place or "",
        planned=bool(event.planned),
        n_sources=len(event.sources),
        sources=";".join(event.sources),
        evidence=normalize_evidence(first[0].evidence) if first else "",
        rule=first[0].rule if first else "",
    )
    for part in event.participants:
        c.node(node_id("person", part.person), "person", part.person)
        c.edge(node_id("person", part.person), eid, part.relation, [part.provenance])
    if event.place:
        c.node(node_id("place", event.place), "place", event.place)
        c.edge(eid, node_id("place", event.place), "held_in", first)
    for link in event.policies:
        title = link.title.strip(TITLE_OPEN + TITLE_CLOSE)
        c.node(policy_id(title), "policy", title)
        c.edge(eid, policy_id(title), POLICY_RELATIONS.get(link.relation, link.relation), [link.provenance])
    for relation, reports in (("mentioned_in", event.provenance), ("announced_in", event.mentioned_in)):
        for p in reports:
            doc = node_id("document", p.file)
            c.node(doc, "document", p.file)
            c.edge(eid, doc, relation, [p])


DEFAULTS: dict[str, Attrs] = {
    "person": {"aliases": "", "positions": "", "n_sources": 0, "bare_titles": ""},
    "document": {"date": "", "date_source": "", "encoding": "", "n_articles": 0},
    "position": {"organization": ""},
}


def _fill_defaults(c: _Collector) -> None:
    """Every node of a kind carries the same attributes, e.g. people known only from an event."""
    for attrs in c.nodes.values():
        for name, value in DEFAULTS.get(str(attrs["kind"]), {}).items():
            attrs.setdefault(name, value)
