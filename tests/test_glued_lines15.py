"""Unpunctuated lines at the top of a web copy stay apart (issue 15, dating lever, class 5 (p)): a line printed
after an indent opens a paragraph (a deck line under the headline, 某某主持，预备会议通过…, is not glued to the
next deck line or to the lede), and a site's navigation bar (首页| 国内| 国际| …) is page furniture standing
alone, never glued to the headline under it. Lines wrapped inside a sentence without an indent (OCR of narrow
columns) still join. Invented text only."""

from __future__ import annotations

import pytest

from ygraph.model import Source
from ygraph.text import clean, segment

SIMPLIFIED = (
    "首页| 国内| 国际| 财经| 社会| 体育| 供稿\n\n"
    "江城第十次党代会今开幕 将选举新一届市委领导\n\n"
    "2030年05月18日 07:30 来源:江城日报\n\n"
    "  林晓峰主持,预备会议通过主席团名单及大会议程\n\n"
    "  主席团会议通过代表资格审查报告和大会日程\n\n"
    "  中国共产党江城市第十次代表大会昨天下午举行预备会议。林晓峰主持会议。\n"
)
TRADITIONAL = (
    "首頁| 國內| 國際| 財經| 社會| 體育| 供稿\n\n"
    "江城第十次黨代會今開幕 將選舉新一屆市委領導\n\n"
    "2030年05月18日 07:30 來源:江城日報\n\n"
    "　　林曉峰主持,預備會議通過主席團名單及大會議程\n\n"
    "　　主席團會議通過代表資格審查報告和大會日程\n\n"
    "　　中國共產黨江城市第十次代表大會昨天下午舉行預備會議。林曉峰主持會議。\n"
)


def sentences(text: str) -> list[str]:
    doc = segment.segment(clean.clean(Source("t.txt", text, "utf-8")))
    return [s.text for a in doc.articles for s in a.sentences]


@pytest.mark.parametrize("page", [SIMPLIFIED, TRADITIONAL])
def test_deck_lines_and_the_navigation_bar_stay_apart(page: str) -> None:
    found = sentences(page)
    assert "林晓峰主持,预备会议通过主席团名单及大会议程" in found
    assert "主席团会议通过代表资格审查报告和大会日程" in found
    assert "中国共产党江城市第十次代表大会昨天下午举行预备会议。" in found
    assert not any(s.endswith("供稿江城第十次党代会今开幕 将选举新一届市委领导") for s in found)


@pytest.mark.parametrize(
    "page",
    [
        "林晓峰主持召开\n会议，强调要加强\n江海合作。\n",
        "林曉峰主持召開\n\n會議，強調要加強\n\n江海合作。\n",
    ],
)
def test_lines_wrapped_inside_a_sentence_without_an_indent_still_join(page: str) -> None:
    assert sentences(page) == ["林晓峰主持召开会议，强调要加强江海合作。"]


@pytest.mark.parametrize(
    ("headline", "wanted"),
    [
        ("林晓峰当选为省人大常委会主任 龚明远当选为省长", {("林晓峰", "省人大常委会主任"), ("龚明远", "省长")}),
        ("林曉峰當選為省人大常委會主任 龔明遠當選為省長", {("林晓峰", "省人大常委会主任"), ("龚明远", "省长")}),
        ("柴思雨当选省政协主席 陶家宁当选省监察委员会主任", {("柴思雨", "省政协主席"), ("陶家宁", "省监察委员会主任")}),
    ],
)
def test_two_parallel_statements_on_one_headline_line_are_two_sentences(headline: str, wanted: set) -> None:
    from ygraph.pipeline import process_document

    traditional = clean.is_traditional(headline)
    top = "臨江省五屆人大三次會議進行大會選舉" if traditional else "临江省五届人大三次会议进行大会选举"
    lede = "新华社江城1月20日电 临江省五届人大三次会议20日上午在江城会堂举行第三次全体会议。"
    text = f"{top}\n\n{headline}\n\n{lede}\n"
    roles = {(r.person, r.position) for r in process_document(Source("t.txt", text, "utf-8")).roles}
    assert wanted <= roles
    assert not any(person == "龚明远" and "主任" in post for person, post in roles)


@pytest.mark.parametrize(
    "line",
    [
        "团长林晓峰 副团长龚明远",  # a title and a name each: items of a roster
        "中共中央办公厅 国务院办公厅印发《关于加强江海合作的意见》",  # two issuers of one act
        "江海合作再上新台阶 两地共绘发展新蓝图",  # two halves saying different things
    ],
)
def test_other_spaced_headline_lines_stay_one_line(line: str) -> None:
    found = sentences(f"{line}\n\n新华社江城1月20日电 会议在江城举行。\n")
    assert line in found
