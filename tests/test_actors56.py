"""Names and posts of session 46 (invented text, invented names).

- Thanks said to an official (谢谢某市副市长甲) open no post: the post starts after 谢谢 (actors/prefix_stops.txt).
- A response centre (某灾害应变中心指挥官甲) keeps its 应: 应变 is no verb before the post (word_uses.tsv post_lead_not).
- In a list of names after one title, an item that is an organ right before a title (政务委员甲、行政院发言人乙) opens
  a post of its own: the organ is no name (actors/personrules._shared, word_uses.tsv org_end).
- A state post after a post of a foreign party's central organ (某国共产党中央政治局委员、副总理甲) is the country's, not
  the organ's (word_uses.tsv party_organ rows, positions._owner).
- After a post of a foreign party's central organ, 国家副主席 is that country's state and 中央书记处 that party's
  (word_uses.tsv state_word, party_central; siblings._state_of_party); the Chinese party's chain keeps its own.
- A removal in the passive (甲同志被免去某职务; its reason before it, 甲因…，被免去某职务) is read, and 免去 after 被
  names no one (appointment_forms.tsv notice_removed_passive, notice_remove).
- 从 opens the post left as 由 does, 一职 may close it, and 提升到/提升为/提拔为 give the next (甲从某职一职提升到某职:
  appointment_forms.tsv notice_from_post, notice_from_to).
- Names listed before an appointment verb all take the post (甲、乙、丙担任大会执行主席), which ends before a joiner
  opening their next act (并在主席台就座: actors/appointed.py, word_uses.tsv post_then_act).
- A career list whose clause prints a titled subject of its own (资料显示，某书记乙曾任…) is not the person named in an
  earlier sentence (careers._titled_other), even when the reading misses that name.
- The members of a session's presidium and of its standing committee (大会主席团常务委员会成员有：甲、乙) hold the
  session's post (titles.tsv 主席团成员, 常务委员会成员; session_posts.tsv kept_head).
- An election's verb before the one elected (选举议员甲为某主席) opens no post; an election committee keeps its name
  (prefix_stops.txt 选举, !选举委员会).
- An organisation's name in corner quotes inside a chain of posts (立法院长兼「某交流联谊会」会长甲) is part of the
  chain, as one in “” was (chains._walk_back, punctuation.QUOTE_PAIRS).
- A list of names resigning posts with 等 (接受甲、乙辞去某委员等职务: appointment_forms.tsv notice_resign).
- The late holder of a post (为已故主席某某设灵): 已故 marks the post as held before (word_uses.tsv former), no part
  of its name.
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script

_WIRE = "新华社江城2030年5月3日电 "


def _posts(text: str, script: str) -> set[tuple[str, str]]:
    return {(r.person, r.position) for r in facts(in_script(_WIRE + text, script), "2030-05-03").roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("thanks", ["谢谢", "感谢"])
def test_thanks_open_no_post(thanks: str, script: str) -> None:
    posts = _posts(f"甲方表示，{thanks}江城市副市长林晓峰、江城市秘书长柴思雨的协助。", script)
    assert posts == {("林晓峰", "江城市副市长"), ("柴思雨", "江城市秘书长")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_response_centres_post(script: str) -> None:
    assert _posts("出席者包括江城灾害应变中心指挥官柴思雨。", script) == {("柴思雨", "江城灾害应变中心指挥官")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("organ", ["行政院", "监察院"])
def test_an_organ_before_a_title_is_no_name_in_a_list(organ: str, script: str) -> None:
    text = f"包括政务委员吴启航、{organ}发言人宁可心、经济部长陈大川也在座。"
    found = facts(in_script(_WIRE + text, script), "2030-05-03")
    assert {p.name for p in found.people} == {"吴启航", "宁可心", "陈大川"}
    assert ("宁可心", f"{organ}发言人") in {(r.person, r.position) for r in found.roles}


def test_a_name_list_after_one_title_goes_on() -> None:
    assert _posts("政务委员吴启航、宁可心、陈大川出席。", "simplified") == {
        ("吴启航", "政务委员"),
        ("宁可心", "政务委员"),
        ("陈大川", "政务委员"),
    }


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("party", ["越南共产党", "老挝人民革命党"])
def test_a_state_post_after_a_foreign_partys_organ(party: str, script: str) -> None:
    country = party[:2]
    posts = _posts(f"前来迎接的有{party}中央政治局委员、副总理柴思雨。", script)
    assert posts == {("柴思雨", f"{party}中央政治局委员"), ("柴思雨", f"{country}副总理")}


def test_a_party_title_after_a_foreign_partys_organ_stays_in_it() -> None:
    posts = _posts("前来迎接的有越南共产党中央政治局委员、常委柴思雨。", "simplified")
    assert ("柴思雨", "越南共产党中央政治局委员") in posts
    assert all(not p.startswith("越南常委") for _, p in posts)


_NOTICE = "新华社江城2030年5月3日电 "


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("reason", ["", "因工作不力，", "因工作中履职尽责和落实不力，"])
def test_a_removal_in_the_passive(reason: str, script: str) -> None:
    found = facts(in_script(_NOTICE + f"柴占云同志{reason}被免去江城县委书记职务。", script), "2030-05-03")
    assert {p.name for p in found.people} == {"柴占云"}
    assert [(r.person, r.position, r.change) for r in found.roles] == [("柴占云", "江城县委书记", "end")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("move", ["从海州市委书记、市人大常委会主任一职提升到", "从海州市委书记提升为", "由海州市委书记调任"])
def test_a_move_from_one_post_to_another(move: str, script: str) -> None:
    found = facts(in_script(_NOTICE + f"今年年初，柴一鸣{move}临江省副省长。", script), "2030-05-03")
    posts = {(r.person, r.position) for r in found.roles}
    assert {("柴一鸣", "海州市委书记"), ("柴一鸣", "临江省副省长")} <= posts


_OPENED = "本报讯 2月18日上午，江城市第十六届人民代表大会第一次会议在江城会堂开幕。"
_CHAIR = "江城市第十六届人民代表大会第一次会议执行主席"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("after", ["并在主席台前排就座。", "。"])
def test_names_listed_before_an_appointment_verb(after: str, script: str) -> None:
    text = _OPENED + "林晓峰、柴思雨、欧阳青禾担任大会执行主席" + after
    found = facts(in_script(text, script), "2031-02-18")
    assert {(r.person, r.position) for r in found.roles} == {(n, _CHAIR) for n in ("林晓峰", "柴思雨", "欧阳青禾")}


def test_a_clause_before_a_list_is_no_name() -> None:
    found = facts(_OPENED + "会议由林晓峰、柴思雨担任执行主席。", "2031-02-18")
    assert {p.name for p in found.people} == {"柴思雨"}


_REMOVED = _NOTICE + "柴占云同志因工作不力，被免去江城县委书记职务。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_career_of_a_titled_subject_of_its_own(script: str) -> None:
    text = _REMOVED + "资料显示，“救火书记”代钦曾任海州市政府研究室副主任，海州盟盟长。"
    found = facts(in_script(text, script), "2030-05-03")
    assert [(r.person, r.position) for r in found.roles] == [("柴占云", "江城县委书记")]


def test_a_career_of_the_person_named_again() -> None:
    text = _REMOVED + "资料显示，柴占云曾任海州市政府研究室副主任。"
    posts = {(r.person, r.position, r.change) for r in facts(text, "2030-05-03").roles}
    assert ("柴占云", "海州市政府研究室副主任", "past") in posts


_CONGRESS = "本报讯 中国共产党江城市第九次代表大会今天上午在江城会堂开幕。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("organ", ["主席团常务委员会成员", "主席团成员"])
def test_the_members_of_a_sessions_presidium(organ: str, script: str) -> None:
    text = _CONGRESS + f"坐在主席台前排的大会{organ}有：林晓峰、柴思雨、龚明远。"
    found = facts(in_script(text, script), "2031-05-10")
    post = f"中国共产党江城市第九次代表大会{organ}"
    assert {(r.person, r.position) for r in found.roles} == {(n, post) for n in ("林晓峰", "柴思雨", "龚明远")}


def test_the_members_of_a_standing_committee_elsewhere() -> None:
    text = _NOTICE + "江城市人大常务委员会成员林晓峰出席。"
    assert {(r.person, r.position) for r in facts(text, "2030-05-03").roles} == {("林晓峰", "江城市人大常务委员会成员")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_elections_verb_opens_no_post(script: str) -> None:
    posts = _posts("海州立法会17日举行全体会议，选举议员林晓峰为海州立法会主席。", script)
    assert ("林晓峰", "海州立法会主席") in posts
    assert ("林晓峰", "选举议员") not in posts


@pytest.mark.parametrize("organ", ["选举委员会", "选举管理委员会", "人大常委会人事代表选举工作委员会"])
def test_an_election_committee_keeps_its_name(organ: str) -> None:
    assert _posts(f"江城{organ}主席林晓峰宣布结果。", "simplified") == {("林晓峰", f"江城{organ}主席")}


@pytest.mark.parametrize("quoted", ["「海日交流联谊会」", "“海日交流联谊会”", "『海日交流联谊会』"])
def test_a_quoted_organisation_inside_a_chain(quoted: str) -> None:
    posts = _posts(f"立法院长兼{quoted}会长林晓峰今率团访问日本。", "simplified")
    assert ("林晓峰", "立法院长") in posts
    assert ("林晓峰", f"{quoted}会长") in posts


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("posts", ["省人大常委会委员等职务", "省人大常委会委员职务"])
def test_a_list_resigning_posts(posts: str, script: str) -> None:
    text = "浙江省十届人大常委会第二十三次会议29日闭幕。会议决定接受林晓峰、柴思雨、龚明远辞去" + posts + "。"
    found = _posts(text, script)
    assert found == {(n, "浙江省人大常委会委员") for n in ("林晓峰", "柴思雨", "龚明远")}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_late_holder_of_a_post(script: str) -> None:
    text = "江城民主同盟主席柴思雨病逝。同盟昨日为已故主席柴思雨设灵。"
    found = facts(in_script(text, script), "2030-08-24")
    assert {(r.person, r.position) for r in found.roles} == {("柴思雨", "江城民主同盟主席")}
    assert any(r.change == "former" for r in found.roles)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_state_and_the_other_organ_of_a_foreign_party(script: str) -> None:
    posts = _posts("前来迎接的有寮国党中央政治局委员、中央书记处常务书记、国家副主席柴思雨。", script)
    assert posts == {
        ("柴思雨", "寮国党中央政治局委员"),
        ("柴思雨", "寮国党中央书记处常务书记"),
        ("柴思雨", "寮国国家副主席"),
    }


def test_the_chinese_partys_chain_keeps_its_own() -> None:
    posts = _posts("中共中央政治局委员、中央书记处书记、国家副主席柴思雨出席。", "simplified")
    assert ("柴思雨", "中央书记处书记") in posts and ("柴思雨", "国家副主席") in posts
