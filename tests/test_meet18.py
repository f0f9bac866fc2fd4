"""Meetings with visitors and signings that were missed (eighth session, lane meet18: the missed talks and
signings of all 18 sets, counted by cause). Invented names, places and dates only; Simplified and Traditional
variants of each class.

1. Talks whose other side is printed before the trigger after a partner word but names no person read as one
   (甲与乙集团董事长一行进行了工作会谈, 甲在某地同某国首相举行会见): the talks name their guest, an event of their
   own, not the talks already reported. Told in passing in an earlier month, they are never what a bare 会见 of
   the next sentences refers to.
2. Signings by a closed class of verbs besides 签署/签订/签约: 续签 (renewing an agreement) and 缔结 (twinning:
   缔结友好城市, 締結友誼市), whose object names an agreement or a twinning word; a verb whose object runs into
   the name of a signing ceremony leaves the ceremony the event; a subject that is only a manner word (正式)
   names no one; a signing of a later sentence on the same day ending with the same agreement is the signing
   told again.
3. Talks whose clause names no one, after a clause opened by the one person of the sentence (甲还来到某区，会见了
   乙): that person is the host, even when the sentence prints no date (the talks take the day of the event
   reported); never when the clause plans or receives (将获某某接见), nor when two people come before.
"""

from __future__ import annotations

import pytest

from pipeline_probe import built_events as build
from pipeline_probe import of_type

# --- 1. talks with a guest no person names -----------------------------------------------------------------------

UNNAMED_GUEST = [
    "新华社江城2031年4月28日电 28日，龚明远副省长与临江集团董事长一行进行了工作会谈。",
    "新華社江城2031年4月28日電 28日，龔明遠副省長與臨江集團董事長一行進行了工作會談。",
    "新华社江城2031年4月28日电 28日，省长龚明远在江城同海州国首相举行会见。",
    "新華社江城2031年4月28日電 市長柴思雨28日在江城同青禾縣代表團舉行會晤。",
]


@pytest.mark.parametrize("text", UNNAMED_GUEST, ids=["group", "traditional_group", "foreign_title", "traditional_meeting"])
def test_talks_with_a_guest_no_person_names_are_an_event(text: str) -> None:
    found = of_type(build(text), "talks")
    assert len(found) == 1
    assert found[0].date == "2031-04-28"
    assert {p.person for p in found[0].participants} & {"龚明远", "柴思雨"}


NOT_TALKS = [  # 与会: the people attending; 与…一同参加会见: joining the talks already reported
    "新华社江城2031年4月28日电 28日，省长龚明远会见了林晓峰一行。副省长柴思雨与省政府秘书长一同参加会见。",
    "新華社江城2031年4月28日電 28日，省長龔明遠會見了林曉峰一行。副省長柴思雨與會見。",
]


@pytest.mark.parametrize("text", NOT_TALKS, ids=["joins", "traditional_attends"])
def test_joining_talks_already_told_is_no_second_talks(text: str) -> None:
    assert len(of_type(build(text), "talks")) == 1


def test_talks_told_in_passing_are_not_what_the_next_talks_are_at() -> None:
    text = (
        "新华社江城2031年10月28日电 28日，省长龚明远在江城会见海州考察团一行。"
        "今年8月，林晓峰主席在青禾同海州国首相举行会见，为合作指明方向。"
        "副省长柴思雨参加会见。"
    )
    talks = {e.title: e for e in of_type(build(text, "2031-10-28"), "talks")}
    assert len(talks) == 2
    passing = next(e for e in talks.values() if e.date == "2031-08")
    here = next(e for e in talks.values() if e.date == "2031-10-28")
    assert ("柴思雨", "attended") in {(p.person, p.relation) for p in here.participants}
    assert "柴思雨" not in {p.person for p in passing.participants}


# --- 2. signings: 续签, 缔结; told again ---------------------------------------------------------------------------

SIGNINGS = [
    ("新华社江城2031年4月28日电 会见后，江城市长龚明远与海州市长柴思雨续签了两市友好城市关系协议书。", "续签"),
    ("新華社江城2031年4月28日電 28日，江城市長龔明遠與海州市長柴思雨續簽了兩市友好城市關係協議書。", "续签"),
    ("江城市今(28)日正式與海州市締結友誼市，江城市長龔明遠親自出席典禮。", "缔结"),
    ("新华社江城2031年4月28日电 28日，青禾县与临江县缔结友好城市。", "缔结"),
]


@pytest.mark.parametrize("text,verb", SIGNINGS, ids=["renewed", "traditional_renewed", "traditional_twinned", "twinned"])
def test_renewing_and_twinning_are_signings(text: str, verb: str) -> None:
    found = of_type(build(text), "signing")
    assert len(found) == 1
    assert found[0].date == "2031-04-28" and verb in found[0].title


def test_a_twinning_ceremony_named_stays_the_event() -> None:
    text = "新华社江城2031年4月28日电 4月28日下午，青禾县和临江县缔结友好城市签约仪式在临江举行。"
    assert [e.title for e in of_type(build(text), "signing")] == ["青禾县和临江县缔结友好城市签约仪式"]


TOLD_AGAIN = [
    "江城市今(28)日正式與海州市締結友誼市，市長龔明遠出席典禮。龔明遠說，經過多年往來，今日正式締結為友誼市，意義重大。",
    "新华社江城2031年4月28日电 28日，江城市长龚明远率团与青禾町长柴思雨签署两地友好交流协定。青禾町与江城市28日正式缔结友好交流协定，这是青禾町的第一个友城。",
    "新華社江城2031年4月28日電 28日，江城市長龔明遠率團與青禾町長柴思雨簽署兩地友好交流協定。青禾町與江城市28日正式締結友好交流協定，這是青禾町的第一個友城。",
    # the first sentence's title keeps the names, not the posts that print the places (review21)
    "新华社江城2031年4月28日电 28日，临江县长宁可心与松岩县长钱小禾签署两县文旅交流协定。松岩县同临江县当天正式缔结文旅交流协定。",
]


@pytest.mark.parametrize(
    "text", TOLD_AGAIN, ids=["manner_subject", "same_agreement", "traditional_same_agreement", "sides_in_posts"]
)
def test_a_signing_told_again_is_one_signing(text: str) -> None:
    assert len(of_type(build(text), "signing")) == 1


def test_agreements_signed_on_one_day_stay_apart() -> None:
    text = (
        "新华社江城2031年4月28日电 28日，江城市政府与青禾集团签署战略合作框架协议。"
        "28日下午，江城市政府还与临江银行签署金融服务备忘录。"
        "当天，江城市政府还与海州大学签署科研合作框架协议。"
    )
    assert len(of_type(build(text), "signing")) == 3


# --- 3. talks whose host opens the sentence ------------------------------------------------------------------------

CARRIED = [
    "新华社江城2031年4月28日电 4月26日至28日，临江省委书记龚明远率代表团访问海州。龚明远还来到青禾区，会见了青禾区区长柴思雨，参观了当地企业。",
    "新華社江城2031年4月28日電 4月26日至28日，臨江省委書記龔明遠率代表團訪問海州。龔明遠還來到青禾區，會見了青禾區區長柴思雨，參觀了當地企業。",
    "新华社江城2031年4月28日电 28日，临江市长龚明远率团抵达海州。龚明远随后前往海州市政府，拜会了海州市长柴思雨。",
]


@pytest.mark.parametrize("text", CARRIED, ids=["came", "traditional_came", "went_on"])
def test_talks_take_the_host_who_opens_the_sentence(text: str) -> None:
    talks = of_type(build(text), "talks")
    assert len(talks) == 1
    assert {("龚明远", "attended"), ("柴思雨", "attended")} <= {(p.person, p.relation) for p in talks[0].participants}
