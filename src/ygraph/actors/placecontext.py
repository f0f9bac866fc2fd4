"""placecontext: the places a bare title (省长, 市委书记) may refer to while an article is read, by level
character (省, 市, …): built by ``printedplaces.context_places``, updated as chains are read (``titled``),
read by ``positions.canonical``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ContextPlaces:
    """``at``: the place a bare title of that level refers to. ``printed``: one the article printed (a chain,
    the sentence, a delegation's leader, the source line): an organ after a bare level (市公安局) takes it.
    ``dominant``: one the article is plainly about (named three times and three times as often as its peers).
    ``source_rule``: the rule id of the source line that gave ``at``. ``own``: the source line's place even
    when a peer is named as often (the page's own place: 来我市). ``region``: the one special administrative
    region the sentence (or the article) names."""

    at: dict[str, str] = field(default_factory=dict)
    printed: dict[str, str] = field(default_factory=dict)
    dominant: dict[str, str] = field(default_factory=dict)
    source_rule: dict[str, str] = field(default_factory=dict)
    own: dict[str, str] = field(default_factory=dict)
    region: str = ""
    government: str = ""  # the one city or county whose government the article prints (department_government)
    council: str = ""  # the one council the article prints (某市议会: actors/councils.py)
    state: str = ""  # 中华民国 on a Taiwanese page: its bare 总统 (actors/regiontitles.py)
    party: str = ""  # the one party the article is about: its bare party posts (actors/parties.py)
    nation: tuple[str, ...] = ()  # the bare 总理, 委员长 … that are the mainland's on this page (regiontitles.py)
    committee_party: str = ""  # the party whose committees the article prints bare (parties.committee_party)
    aliases: dict[str, str] = field(default_factory=dict)  # 以下简称“公司”: short name → organisation (definedaliases)
    institution: str = ""  # the one institution hosting its own meeting (某大学召开会议): its bare 校长 (hostheads)

    def copy(self) -> ContextPlaces:
        """A copy to update without touching this one."""
        return ContextPlaces(
            dict(self.at), dict(self.printed), dict(self.dominant), dict(self.source_rule), dict(self.own),
            self.region, self.government, self.council, self.state, self.party, self.nation,
            self.committee_party, dict(self.aliases), self.institution,
        )  # fmt: skip

    def print_place(self, level: str, place: str) -> None:
        """``place`` printed for ``level``: the place of its bare titles, and of an organ after the level."""
        self.at[level] = self.printed[level] = place

    def with_printed(self, place: str) -> ContextPlaces:
        """A copy where ``place`` is printed for its level (its last character)."""
        out = self.copy()
        out.print_place(place[-1], place)
        return out
