"""Signing pages (issue 13, fourth session, the sign14 check of head14/ev14 on new real signing pages): a headline
that names talks and a signing (甲会见乙 丙与丁签署协议) over a body that dates the talks and tells the signing
after them (会见后，丙与丁签署…) reports one signing, on the talks' day, with its signatories — never a copy
dated by the page beside it. Invented names, places and dates only; Simplified and Traditional variants."""

from __future__ import annotations

import pytest

from ygraph.events.eventrules import title_key
from ygraph.events.headlines import same_parties
from ygraph.model import Event, Source
from ygraph.pipeline import process_document


def build(text: str) -> list[Event]:
    facts = process_document(Source("t.txt", text, "utf-8"))
    assert not [w for w in facts.warnings if w.code == "W050"]  # no step failed
    return list(facts.events)


def signings(found: list[Event]) -> list[Event]:
    return [e for e in found if e.event_type == "signing"]


# --- 1. the headline's signing is dated by the headline's talks, which only the page dates: the body's ---------
#        signing after the talks (会见后，…签署) is the same act and brings its day

SAME_SIDES = [
    ("柴思雨会见远洋集团客人 临江市人民政府与远洋集团有限公司签署合作协议\n2031年3月9日 来源:临江日报\n"
     "3月8日，市长柴思雨在临江会见远洋集团总裁林晓峰一行。\n"
     "会见后，临江市人民政府与远洋集团有限公司签署合作协议，副市长龚明远与林晓峰代表双方签约。",
     "2031-03-08", ("龚明远", "林晓峰")),
    ("林晓峰会见青禾商会代表团 江城市人民政府与青禾控股集团签署战略合作协议\n2031年9月13日 来源:江城日报\n"
     "9月12日上午，市长林晓峰在江城会见了青禾控股集团董事长龚明远一行。\n"
     "会见结束后，江城市人民政府与青禾控股集团签署战略合作协议，副市长柴思雨、青禾控股集团总裁周文涛分别代表双方签字。",
     "2031-09-12", ("柴思雨", "周文涛")),
    ("龔明遠會見遠洋集團客人 臨江市人民政府與遠洋集團有限公司簽署合作協議\n2031年6月21日 來源:臨江日報\n"
     "6月20日，市長龔明遠在臨江會見遠洋集團總裁林曉峰一行。\n"
     "會見後，臨江市人民政府與遠洋集團有限公司簽署合作協議，副市長柴思雨與林曉峰代表雙方簽約。",
     "2031-06-20", ("柴思雨", "林晓峰")),
]


@pytest.mark.parametrize(("text", "day", "signers"), SAME_SIDES, ids=["simplified", "after_end", "traditional"])
def test_the_headlines_signing_after_page_dated_talks_is_the_bodys(text: str, day: str, signers: tuple[str, ...]) -> None:
    found = signings(build(text))
    assert [e.date for e in found] == [day]  # one signing, the talks' day (no copy dated by the page)
    people = {p.person for p in found[0].participants}
    assert set(signers) <= people


# --- 2. a government printed short in the headline (某市政府) and in full in the body (某市人民政府) is one side:
#        the headline's signing and the body's are one act

SHORT_GOVERNMENT = [
    ("柴思雨会见远洋集团客人 临江市政府与远洋集团签约\n2031年3月9日 来源:临江日报\n"
     "3月8日，市长柴思雨在临江会见远洋集团总裁林晓峰一行。\n"
     "会见结束后，临江市人民政府与远洋集团有限公司签署全面合作协议，副市长龚明远与林晓峰代表双方签约。",
     "2031-03-08", ("龚明远", "林晓峰")),
    ("林晓峰会见青禾控股客人 江城区政府与青禾控股签约\n2031年9月13日 来源:江城日报\n"
     "9月12日上午，区长林晓峰在江城会见了青禾控股集团董事长龚明远一行。\n"
     "会见后，江城区人民政府与青禾控股集团有限公司签署战略合作协议，副区长柴思雨、青禾控股总裁周文涛分别代表双方签字。",
     "2031-09-12", ("柴思雨", "周文涛")),
    ("龔明遠會見遠洋集團客人 臨江市政府與遠洋集團簽約\n2031年6月21日 來源:臨江日報\n"
     "6月20日，市長龔明遠在臨江會見遠洋集團總裁林曉峰一行。\n"
     "會見結束後，臨江市人民政府與遠洋集團有限公司簽署全面合作協議，副市長柴思雨與林曉峰代表雙方簽約。",
     "2031-06-20", ("柴思雨", "林晓峰")),
]


@pytest.mark.parametrize(("text", "day", "signers"), SHORT_GOVERNMENT, ids=["simplified", "district", "traditional"])
def test_a_government_printed_short_and_in_full_signs_once(text: str, day: str, signers: tuple[str, ...]) -> None:
    found = signings(build(text))
    assert [e.date for e in found] == [day]
    assert set(signers) <= {p.person for p in found[0].participants}


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("临江市政府与远洋集团签约", "临江市人民政府与远洋集团有限公司签署协议", True),
        ("青禾县政府同江海银行签约", "青禾县人民政府同江海银行股份有限公司签署协议", True),
        ("临江市政府与远洋集团签约", "江城市人民政府与远洋集团有限公司签署协议", False),  # another government
    ],
)
def test_the_short_government_is_the_full_one_only_for_the_same_place(short: str, full: str, same: bool) -> None:
    assert same_parties(title_key(short), title_key(full)) is same


# --- 3. the signatories' sentence (甲与乙分别代表双方签署协议) tells the article's signing of that day: they take ---
#        part in it, never in a signing of their own titled by their names

FOR_SIDES = [
    "新华社江城2031年3月9日电 3月8日，临江市人民政府与远洋集团有限公司在江城签署合作协议。市长柴思雨会见远洋集团董事长林晓峰。"
    "副市长龚明远与远洋集团总裁周文涛分别代表双方签署协议。",
    "江城日报讯 9月12日，江城区人民政府与青禾控股集团有限公司签署战略合作框架协议。区委书记林晓峰会见了青禾控股董事长龚明远一行。"
    "副区长柴思雨、青禾控股副总裁周文涛分别代表双方签约。\n2031-09-13",
    "臨江日報訊 6月20日，臨江縣人民政府與遠洋集團有限公司簽署全面合作協議。縣長龔明遠會見遠洋集團總裁林曉峰一行。"
    "副縣長柴思雨與遠洋集團副總裁周文濤分別代表雙方簽署協議。\n2031-06-21",
]


@pytest.mark.parametrize("text", FOR_SIDES, ids=["simplified", "listed", "traditional"])
def test_the_signatories_sign_the_articles_signing(text: str) -> None:
    found = signings(build(text))
    assert len(found) == 1, [e.title for e in found]
    assert "周文涛" in {p.person for p in found[0].participants}


def test_signatories_on_another_day_sign_another_agreement() -> None:
    text = ("新华社江城2031年3月11日电 3月8日，临江市人民政府与远洋集团有限公司在江城签署合作协议。"
            "3月10日，副市长龚明远与青禾控股总裁周文涛分别代表双方签署协议。")
    found = signings(build(text))
    assert sorted(e.date for e in found) == ["2031-03-08", "2031-03-10"]


# --- 4. a summit told as recent (在日前由…主办的2031某峰会上，甲与乙签署…): head14 reads the described name as its
#        sentence's subject, an event held; its name prints the year, which dates it (never left undated)

RECENT_SUMMIT = [
    ("澳江协会与青禾集团签署合作协议\n2031-12-14 16:46:51\n"
     "在日前由临江省人民政府指导、江城市政府主办的2031江海企业家峰会上，澳江科技协会与青禾集团签署合作协议。\n"
     "协会会长林晓峰、理事长龚明远一行受邀参加峰会。", "2031江海企业家峰会", ("林晓峰", "龚明远")),
    ("青禾商会与远洋集团签约\n2031-06-20 09:10:11\n"
     "在近日由江城市人民政府主办的2031青禾投资峰会上，青禾商会与远洋集团签署战略合作协议。\n"
     "商会会长柴思雨、秘书长周文涛一行应邀出席峰会。", "2031青禾投资峰会", ("柴思雨", "周文涛")),
    ("澳江協會與青禾集團簽署合作協議\n2031-12-14 16:46:51\n"
     "在日前由臨江省人民政府指導、江城市政府主辦的2031江海企業家峰會上，澳江科技協會與青禾集團簽署合作協議。\n"
     "協會會長林曉峰、理事長龔明遠一行受邀參加峰會。", "2031江海企业家峰会", ("林晓峰", "龚明远")),
]


@pytest.mark.parametrize(("text", "name", "people"), RECENT_SUMMIT, ids=["simplified", "recent", "traditional"])
def test_a_recent_summit_named_with_its_year_is_dated_that_year(text: str, name: str, people: tuple[str, ...]) -> None:
    summit = [e for e in build(text) if e.title == name]
    assert [e.date for e in summit] == ["2031"]
    assert set(people) <= {p.person for p in summit[0].participants}


def test_a_recent_summit_of_another_year_takes_no_date_from_its_name() -> None:
    text = ("澳江协会与青禾集团签署合作协议\n2032-01-04 16:46:51\n"
            "在日前由江城市政府主办的2031江海企业家峰会上，澳江科技协会与青禾集团签署合作协议。\n"
            "协会会长林晓峰一行受邀参加峰会。")
    assert all(e.date != "2031" for e in build(text))
