"""Actors of session 43 (invented text, invented names).

- A presidium post a notice gives with its session printed in another form (甲、乙任第九届某会议主席团常务主席)
  keeps the presidium (sessions._printed_organ) and is not completed a second time with the presidium named earlier
  in the sentence (noticeposts.sentence_post).
- An honorary modifier (荣誉, 名誉) stays in its post: the next post of a list takes the body without it.
- A gathering's name ending in 会 (追思会, 座谈会) is no body of the name printed right after it.
- A biography's later sentence told of 他/她 (2021年7月，他出任某职) still lists the person's posts, and an acting
  post confirmed later in its sentence (“去代转正”) gives the full post from that word's date (careers._confirmed).
- A résumé's lines (1990.07-1995.01某县团委书记) are never joined and each lists its posts for the résumé's
  person, past ones for a closed range and current ones for an open range, however long the résumé runs; a piece
  naming no post (教师) and a bracketed note ((其间:…)) are passed over (resume_lines.tsv, careers._next_line).
- A foreign name's last part printed alone (某州州长伊格 beside 戴维·伊格) is the titled dotted name's, one person
  (mentions._dotted_aliases); a spouse named in full beside her husband is not (夫人某·某).
- No list's first name starts inside a word ending with a surname character (会见结束后，甲、乙出席: 束后 is none).
- Each side of a meeting listed after its own place or city government and 方面 (甲市方面…；北市府方面则为市长乙)
  gives its bare titles that place, not the other side's printed before (hostplaces.side_places).
"""

from __future__ import annotations

import pytest

from pipeline_probe import facts
from sweep13 import in_script


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_presidium_post_given_with_its_session_keeps_the_presidium_once(script: str) -> None:
    text = (
        "江城市政协九届一次会议主席团第一次会议1月9日下午召开。会议审议通过了主席团常务主席名单，"
        "龚明远、柴思雨、钱小禾任第九届市政协第一次会议主席团常务主席。"
    )
    roles = {(r.person, r.position) for r in facts(in_script(text, script), "2030-01-10").roles}
    assert ("柴思雨", "江城市政协九届一次会议主席团常务主席") in roles
    assert not any(p.startswith("主席团") or p.endswith("会议常务主席") for _, p in roles)


@pytest.mark.parametrize("modifier", ["荣誉", "名誉"])
def test_an_honorary_modifier_stays_in_its_own_post(modifier: str) -> None:
    text = f"新华社江城2030年6月8日电 江城商会{modifier}会长龚明远、秘书长柴思雨出席。"
    roles = {(r.person, r.position) for r in facts(text, "2030-06-08").roles}
    assert roles == {("龚明远", f"江城商会{modifier}会长"), ("柴思雨", "江城商会秘书长")}


@pytest.mark.parametrize("pronoun", ["他", "她"])
@pytest.mark.parametrize("verb", ["出任", "任", "担任"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_biography_goes_on_with_a_pronoun_and_a_confirmed_acting_post(pronoun: str, verb: str, script: str) -> None:
    text = (
        "新华社江城3月20日电 近日，柴思雨任海州市委书记。柴思雨出生于1971年5月，临江人，2013年任江城市副市长。"
        f"2020年9月，{pronoun}{verb}海州市委副书记、代市长，2021年3月“去代转正”。"
    )
    roles = {(r.person, r.position, r.date) for r in facts(in_script(text, script), "2022-03-20").roles}
    assert {("柴思雨", "海州市委副书记", "2020-09"), ("柴思雨", "海州市代市长", "2020-09")} <= roles
    assert ("柴思雨", "海州市长", "2021-03") in roles


def test_an_acting_post_with_no_confirming_word_gives_no_full_post() -> None:
    text = "柴思雨任海州市委书记。柴思雨出生于1971年5月，2020年9月，她出任海州市委副书记、代市长，次年转任他职。"
    positions = {r.position for r in facts(text, "2022-03-20").roles}
    assert "海州市代市长" in positions and "海州市长" not in positions


@pytest.mark.parametrize("mark", [";", "；"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_each_side_listed_after_its_place_gives_its_bare_titles_that_place(mark: str, script: str) -> None:
    text = (
        "南京访团今天来访。南京市方面出席的成员为南京市台办副主任李小东、南京市文化局处长徐明"
        f"{mark}北市府方面则为市长林晓峰与副市长柴思雨。"
    )
    roles = {(r.person, r.position) for r in facts(in_script(text, script), "2030-02-20").roles}
    assert {("林晓峰", "台北市长"), ("柴思雨", "台北市副市长"), ("李小东", "南京市台办副主任")} <= roles
    assert not any(p.startswith("南京") for n, p in roles if n in ("林晓峰", "柴思雨"))


def test_a_resume_lists_its_persons_posts_line_by_line() -> None:
    bureaus = ("水利", "交通", "农业", "林业", "商务", "财政", "审计", "统计")
    lines = "\n".join(f"{1980 + 2 * k}.0{1 + k}-{1982 + 2 * k}.0{1 + k}临江县{b}局副局长" for k, b in enumerate(bureaus))
    text = (
        "江城新闻网讯 24日，江城市人大会议闭幕，龚明远当选为江城市长。\n龚明远简历\n"
        f"龚明远，男，1958年3月出生，中共党员。\n{lines}\n"
        "1996.01-2001.03海州县教育局科员、海州县教育局副局长(其间:1997.06-1999.09在党校学习)、海州县委委员\n"
        "2001.03-江城市委副书记、市长。"
    )
    roles = {(r.person, r.position, r.date, r.provenance.rule) for r in facts(text, "2012-09-25").roles}
    assert ("龚明远", "临江县水利局副局长", None, "resume:closed") in roles
    assert ("龚明远", "临江县统计局副局长", None, "resume:closed") in roles  # far past the first line
    assert ("龚明远", "海州县教育局副局长", None, "resume:closed") in roles
    assert ("龚明远", "海州县委委员", None, "resume:closed") in roles  # after the bracketed note
    assert ("龚明远", "江城市委副书记", "2012-09-24", "resume:open") in roles


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_foreign_names_last_part_is_the_titled_dotted_name(script: str) -> None:
    text = (
        "海州州长伊格访问江城\n新华社江城10月14日电 13日，省长龚明远会见了海州州长戴维·伊格。"
        "伊格说，此行收获很大。会见结束后，龚明远、伊格共同出席晚宴。"
    )
    found = facts(in_script(text, script), "2015-10-14")
    assert {p.name for p in found.people} == {"龚明远", "戴维·伊格"}


def test_a_spouse_named_in_full_stays_another_person() -> None:
    text = "新华社江城4月29日电 省长龚明远28日会晤斐济共和国总理塞林一行。塞林总理夫人艾玛·塞林、民航部长柯达陪同来访。塞林首先转达了问候。"
    roles = {(r.person, r.position) for r in facts(text, "2030-04-29").roles}
    assert ("塞林", "斐济共和国总理") in roles
