"""One call on several hosts printed as one list (lane evrec38, session 28; events/hostcalls.py, events
word_uses.tsv ``each_host``). Invented Simplified and Traditional variants.

A visitor's call verb (拜会, 拜访, 拜见, 拜望) followed by a list of hosts — titles and a name per item, cut at 、,
at 和/及 after a name, and at a comma when the clause after it lists hosts only — is one talks per host, each
with its own host and the visitor's people, never the other hosts. The cases below are each one talks on main.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events, event_people, of_type
from sweep13 import traditional

SCRIPTS = ("simplified", "traditional")
PAGE = "新华社海州2030年6月8日电 "


def _calls(text: str, script: str) -> list[tuple[str, set[str]]]:
    text = text if script == "simplified" else traditional(text)
    found = of_type(built_events(text, "2030-06-08"), "talks")
    return sorted((e.title, {p for p, _ in event_people(e)}) for e in found)


# text, the hosts called on (one talks each), the visitor's people on every call
EACH_HOST = [
    (PAGE + "8日，临江省经贸交流团拜会了江城市长林振华、青禾市长吴思远。", ["林振华", "吴思远"], set()),
    (PAGE + "8日，临江省友好访问团拜会松岩县长林振华、议长吴思远及青禾县长马一平。", ["林振华", "吴思远", "马一平"], set()),
    (
        PAGE + "8日，临江省经贸交流团拜会了江城市委书记林振华、副书记马一平，松岩县长吴思远、副县长宁可心；参观了江城港。",
        ["林振华", "马一平", "吴思远", "宁可心"],
        set(),
    ),
    (PAGE + "8日，临江省长钱小禾拜访了青禾县长吴思远和松岩县长马一平。", ["吴思远", "马一平"], {"钱小禾"}),
    (
        PAGE + "临江省长宁可心率团6日至9日访问江城。访问期间，宁可心拜会了江城市长林振华、青禾市长吴思远。",
        ["林振华", "吴思远"],
        {"宁可心"},
    ),
]


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    "text, hosts, visitors", EACH_HOST, ids=["two", "and_three", "comma_clause", "visit_verb_and", "led_visit"]
)
def test_a_call_on_several_hosts_is_one_talks_per_host(
    text: str, hosts: list[str], visitors: set[str], script: str
) -> None:
    found = _calls(text, script)
    assert len(found) == len(hosts)
    for host in hosts:  # each call names its own host, in its title and its people, and no other host
        holding = [(title, people) for title, people in found if host in people]
        assert len(holding) == 1
        title, people = holding[0]
        assert host in title
        assert people == {host} | visitors


def test_the_split_calls_carry_the_row_id() -> None:
    text = PAGE + "8日，临江省长钱小禾拜访了青禾县长吴思远和松岩县长马一平。"
    found = of_type(built_events(text, "2030-06-08"), "talks")
    rules = sorted(p.rule for e in found for p in e.provenance)
    assert rules == ["event:act:拜访", "event:act:拜访|each_host:拜访"]
