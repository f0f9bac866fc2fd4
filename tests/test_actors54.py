"""Names of session 44 (invented text, invented names).

- Names printed around their titles, the order of address of Taiwanese reports (苏市长晓峰, 柴陈议长思雨, 黄委员
  勤镇), are read as items of a list of two or more such items joined by 、, 及, 和 (actors/splitnames.py, rule
  split_name:<head>): the person is the surname (two for a married woman) and the given name; a given name may end
  with a level character there (勤镇). One such item alone (王市长表示) names no one new.
- A name printed before its title after an object lead and an aspect particle (会见了某某会长率领的代表团) is read
  as after the lead alone (actors/word_uses.tsv lead_aspect).
- A biography's narrative told of 他/她 (三年后，他转任某职; 今年10月，他由中央调往地方，出任某职) gives the posts to
  the person named last (actors/careers._pronoun_lead); a promotion told as reaching a post (升至) and 任职 after a
  clause are career verbs; an appointment told as news (某某出任某职的消息) gives the post (word_uses news_of).
- A name after a party's membership mark (国民党籍某某, 无党籍某某) is a person (personcues.party_members); the seal
  of an office (市长印信) is no person.
- A relative clause's post before 的 is its holder's (接替上月转任某司司长的甲出任某局局长: 甲 holds 某司司长 now),
  whatever verb follows the name (actors/transfers.moved_to, nameshape.next_item_subject).
- A spokesperson's title printed alone in a sentence opening with the body that holds the press conference
  (某部今天举行例行记者会，发言人甲宣布) is that body's (actors/pressposts.py); after another post (某厅副厅长、新闻发言人)
  it stays that post's body's.
- A count of terms after a career verb (历任两任某市长) is no post and no name starts at the verb's 任 (任两).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts, people
from sweep13 import in_script

_GUESTS = "江城县政府8日上午举行仓库新建工程开工典礼，典礼由县长龚明远主持，出席的嘉宾还有"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(
    ("listed", "people"),
    [
        ("柴陈议长思雨、苏市长晓峰、叶议员竹林及王理事长启昌等人。", {"柴陈思雨", "苏晓峰", "叶竹林", "王启昌"}),
        ("苏市长晓峰和叶议员竹林。", {"苏晓峰", "叶竹林"}),
        ("黄委员勤镇、林委员嘉良。", {"黄勤镇", "林嘉良"}),
    ],
)
def test_names_printed_around_their_titles_in_a_list(listed: str, people: set[str], script: str) -> None:
    found = facts(in_script(_GUESTS + listed, script), "2030-06-08")
    opening = [e for e in found.events if e.event_type == "opening"]
    assert {p.person for p in opening[0].participants} - {"龚明远"} == people  # read in Simplified


@pytest.mark.parametrize("text", ["8日，王市长表示，工程进展顺利。", "8日，会议由张市长主持，王议长、李局长出席。"])
def test_one_split_item_alone_names_no_one(text: str) -> None:
    found = facts("本报讯 " + text, "2030-06-08")
    assert {p.person for e in found.events for p in e.participants} == set()


@pytest.mark.parametrize("verb", ["会见了", "会见", "拜会了"])
def test_a_name_before_its_title_after_a_verb_and_its_aspect(verb: str) -> None:
    found = facts(f"新华社伦敦3月22日电 22日，海州议员鲍文{verb}林晓峰会长率领的临江代表团。", "2031-03-22")
    assert "林晓峰" in {p.person for e in found.events for p in e.participants}


_BIO = "本报讯 2031年10月11日，临江省委副书记龚明远出席会议。2004年，龚明远迎来一次变动。"


@pytest.mark.parametrize(
    ("told", "post"),
    [
        ("三年后，他转任文化部副部长、党组副书记。", "文化部党组副书记"),
        ("2005年，他升至中宣部副部长。", "中宣部副部长"),
        ("他由青禾调任中央，任职中宣部副秘书长。", "中宣部副秘书长"),
        ("三年后，他转任文化部副部长。\n\n今年10月，他由中央调往地方，出任中共海州省委常委、副书记。", "海州省委副书记"),
    ],
)
def test_a_biography_told_of_him_gives_the_posts_to_the_person_named_last(told: str, post: str) -> None:
    found = facts(_BIO + told, "2031-10-11")
    assert ("龚明远", post) in {(r.person, r.position) for r in found.roles}


def test_a_pronoun_after_another_subject_gives_nothing() -> None:
    found = facts(_BIO + "林晓峰表示，他转任文化部副部长一事尚无定论。", "2031-10-11")
    assert ("龚明远", "文化部副部长") not in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("news", ["的消息。", "的消息传出。", "的报道。"])
def test_an_appointment_told_as_news(news: str) -> None:
    found = facts("本报讯 2031年10月11日，临江省披露了海州部副部长龚明远出任临江省委副书记" + news, "2031-10-11")
    assert ("龚明远", "临江省委副书记") in {(r.person, r.position) for r in found.roles}


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_party_member_is_a_person(script: str) -> None:
    text = "本报讯 2031年12月25日，两市市长二十五日交棒，国民党籍龚明远、无党籍柴思雨分别宣誓就职。"
    assert people(in_script(text, script)) == {
        "龚明远": {"party_member:国民党籍"},
        "柴思雨": {"party_member:无党籍"},
    }


def test_an_office_seal_is_no_person() -> None:
    text = "本报讯 2031年12月25日，新任市长宣誓就职，并从卸任临江市长龚明远手中接下临江市长印信。"
    found = facts(text, "2031-12-25")
    assert "印信" not in {r.person for r in found.roles}


@pytest.mark.parametrize("verb", ["上月转任", "担任", "已调任"])
def test_the_post_of_a_relative_clause_is_its_holder_s(verb: str) -> None:
    text = f"本报讯 2031年2月13日，林晓峰接替{verb}临江市财政局局长的龚明远出任临江市发展局局长。"
    roles = {(r.person, r.position) for r in facts(text, "2031-02-13").roles}
    assert ("龚明远", "临江市财政局局长") in roles
    assert ("林晓峰", "临江市财政局局长") not in roles


def test_a_transfer_without_a_link_stays_another_item_s_post() -> None:
    text = "本报讯 2031年2月13日，龚明远调任临江市财政局局长、临江市税务局局长柴思雨调任海州。"
    roles = {(r.person, r.position) for r in facts(text, "2031-02-13").roles}
    assert ("柴思雨", "临江市财政局局长") not in roles


@pytest.mark.parametrize(
    ("opening", "post"),
    [
        ("新华社北京2030年6月8日电 海州部今日举行定期记者会，发言人", "海州部发言人"),
        ("（中央社台北5日电）中国大陆海州办今日举行定期记者会，发言人", "海州办发言人"),
        ("新华社北京2030年6月8日电 海州部8日举行例行新闻发布会，新闻发言人", "海州部新闻发言人"),
    ],
)
def test_a_spokesperson_of_the_body_holding_the_press_conference(opening: str, post: str) -> None:
    found = facts(opening + "林晓峰宣布，海州总统将访问江城。", "2030-06-08")
    assert ("林晓峰", post) in {(r.person, r.position) for r in found.roles}


def test_a_spokesperson_after_another_post_keeps_that_post_s_body() -> None:
    text = "新华社北京2030年6月8日电 海州省政府新闻办举办新闻发布会，邀请海州省生态环境厅副厅长、新闻发言人林晓峰出席。"
    roles = {(r.person, r.position) for r in facts(text, "2030-06-08").roles}
    assert not any(p.startswith("海州省政府新闻办") for _, p in roles)


@pytest.mark.parametrize("count", ["两任", "三届", "2任"])
def test_a_count_of_terms_after_a_career_verb(count: str) -> None:
    text = f"本报讯 2030年10月7日，临江市长龚明远出席会议。龚明远历任{count}临江市长、临江市副市长及海州商会会长。"
    roles = {(r.person, r.position) for r in facts(text, "").roles}
    assert {("龚明远", "临江市副市长"), ("龚明远", "海州商会会长")} <= roles
    assert all(person == "龚明远" for person, _ in roles)
