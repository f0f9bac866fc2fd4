"""Event classes of session 31 (invented text, invented names).

- Talks held by hosts listed clause by clause (省委书记甲，省委副书记、省长乙会见了丙): titled by the first host, so a
  headline naming the first host (甲会见丙, its place's level left out) is the same event, not a second one (events.actdraft, co_subjects).
"""

from __future__ import annotations

from pipeline_probe import facts

_HEADED = (
    "林嘉禾会见东港党政代表团\n"
    "临江日报讯 8月9日中午,临江省委书记林嘉禾,省委副书记、省长周立新会见了在临江考察的市委书记王海东和东港市党政代表团一行。"
    "临江省领导吴嘉禾参加会见。"
)


def test_listed_hosts_title_their_talks_by_the_first() -> None:
    talks = [e for e in facts(_HEADED, "2031-08-10").events if e.event_type == "talks"]
    assert [e.title for e in talks] == ["林嘉禾会见东港党政代表团"]
    assert {"林嘉禾", "周立新", "吴嘉禾"} <= {p.person for p in talks[0].participants}
