"""Chinese and full-width date numerals → ASCII digits, with an offset map back to the input."""

from __future__ import annotations

import pytest

from ygraph.time.numerals import normalize_date_numerals

CASES = [
    ("full-date", "二〇二〇年八月二十日召开", "2020年8月20日召开"),
    ("circle-zero", "二○一九年十月", "2019年10月"),
    ("ling-zero", "二零二二年", "2022年"),
    ("month-only", "十二月", "12月"),
    ("day-part", "三十日上午", "30日上午"),
    ("year-du", "二〇二三年度", "2023年度"),
    ("range", "六月五日至六日", "6月5日至6日"),
    ("day-range", "四日至六日", "4日至6日"),
    ("after-jinnian", "今年三月", "今年3月"),
    ("fullwidth", "２０２３年１２月１日", "2023年12月1日"),
    ("mixed", "6月五日", "6月5日"),
    ("spaced", "十一月 二十日", "11月 20日"),
    ("hao-in-run", "八月一号", "8月1号"),
    ("nian-ershi", "廿五日", "25日"),
    ("keep-sansheng", "三省一市", "三省一市"),
    ("keep-shisiwu", "十四五规划", "十四五规划"),
    ("keep-yitihua", "一体化", "一体化"),
    ("keep-yiri", "不是一日之功", "不是一日之功"),
    ("keep-yihao", "三个一号工程", "三个一号工程"),
    ("keep-duration", "五年来", "五年来"),
    ("keep-decades", "二十年来", "二十年来"),
    ("keep-tongyi", "统一月度标准", "统一月度标准"),
    ("keep-shinian", "十年禁渔", "十年禁渔"),
    ("ascii", "2021年6月", "2021年6月"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_normalize(text: str, expected: str) -> None:
    out, mapping = normalize_date_numerals(text)
    assert out == expected
    assert len(mapping) == len(out)
    assert mapping == sorted(mapping)
    assert all(0 <= i < len(text) for i in mapping)


def test_mapping_points_at_source_characters() -> None:
    text = "会议于二〇二〇年八月二十日召开"
    out, mapping = normalize_date_numerals(text)
    for i, ch in enumerate(out):
        if not ch.isdigit():
            assert text[mapping[i]] == ch
    assert text[mapping[out.index("20日") + 2]] == "日"
