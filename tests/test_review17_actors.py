"""Review of the seventh session's actors/ changes: defects found on invented text, one class per test.

1. A chain printing two gazetteer places of one level (某省某市某县级市市委书记甲，副市长乙) gives the later
   (innermost) one to the bare title after it, the same under every hash seed (outputs are byte-identical for
   the same input; a set's order changes with PYTHONHASHSEED).
2. A 县/区/旗 counts as named only in full, never by a stem that is an ordinary word.
4. A planned appointment (拟调任, 拟升任) is no claim, no person, no succession.
5. An election result takes no organisation from another body's result across a sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline_probe import claims, facts, handed_on

_SRC = str(Path(__file__).resolve().parents[1] / "src")
_TESTS = str(Path(__file__).resolve().parent)

_NESTED = [
    ("江苏省苏州市昆山市市委书记林晓峰出席，副市长龚明远讲话。", "龚明远", "昆山市副市长"),
    ("江蘇省蘇州市常熟市市委書記柴思雨出席，市長林曉峰講話。", "林晓峰", "常熟市长"),
    ("浙江省宁波市余姚市市委副书记龚明远主持，常务副市长柴思雨作报告。", "柴思雨", "余姚市常务副市长"),
    ("浙江省寧波市慈溪市市委書記錢小禾出席，副市長龔明遠講話。", "龚明远", "慈溪市副市长"),
]


def _claims_under(seed: str, text: str) -> str:
    code = "import sys; from pipeline_probe import claims; print(sorted(claims(sys.argv[1])))"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join((_SRC, _TESTS))}
    done = subprocess.run([sys.executable, "-c", code, text], env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.parametrize(("text", "person", "position"), _NESTED)
def test_the_innermost_printed_place_completes_the_title_after_it(text: str, person: str, position: str) -> None:
    assert (person, position) in claims(text)


def test_a_chain_of_nested_places_reads_the_same_under_every_hash_seed() -> None:
    text = "".join(t for t, _, _ in _NESTED)
    assert _claims_under("1", text) == _claims_under("3", text) == _claims_under("5", text)


# 2. A county counts as named only where it is printed in full: its stem is often an ordinary word (古城区 and
#    古城风貌, 港口区 and 港口吞吐量, 复兴区 and 文化复兴), and 县级 after a name is a word (比如县级医院).
@pytest.mark.parametrize(
    ("text", "person", "bare"),
    [
        ("古城区召开大会。区委书记林晓峰出席。会议强调保护古城风貌，让古城焕发新活力。", "林晓峰", "区委书记"),
        ("港口區召開會議。區長龔明遠出席，港口吞吐量再創新高，港口建設提速。", "龚明远", "区长"),
        ("会议通报了比如县的经验。县委书记柴思雨出席，比如县级医院建设加快。", "柴思雨", "县委书记"),
        ("復興區召開大會。區長林曉峰講話，推動文化復興，復興之路越走越寬。", "林晓峰", "区长"),
        ("會議通報了資源縣的經驗。縣長錢小禾出席，資源開發與資源保護並重。", "钱小禾", "县长"),
    ],
)
def test_a_county_stem_inside_a_word_names_no_county(text: str, person: str, bare: str) -> None:
    assert (person, bare) in claims(text)


# 4. A planned appointment (甲拟调任某职, 甲拟升任某职) is no claim: 拟 ends a name and blocks the notice forms.
_PLANNED = [
    ("江城市交通局局长林晓峰出席会议。据悉，龚明远拟调任江城市交通局局长。", "龚明远", "江城市交通局局长"),
    ("江城市交通局局長林曉峰出席會議。據悉，龔明遠擬調任江城市交通局局長。", "龚明远", "江城市交通局局长"),
    ("青禾县县长柴思雨出席。钱小禾拟升任青禾县县长。", "钱小禾", "青禾县长"),
    ("臨江省水利廳廳長錢小禾講話。另悉，柴思雨擬升任臨江省水利廳廳長。", "柴思雨", "临江省水利厅厅长"),
]


@pytest.mark.parametrize(("text", "person", "post"), _PLANNED)
def test_a_planned_appointment_is_no_claim(text: str, person: str, post: str) -> None:
    read = facts(text)
    assert all(post not in r.position or r.person != person for r in read.roles)
    assert {p.name for p in read.people} <= {"林晓峰", "柴思雨", "钱小禾", "龚明远"}
    assert not handed_on(text)


@pytest.mark.parametrize(("text", "person", "post"), _PLANNED)
def test_the_same_notice_without_the_plan_is_a_claim(text: str, person: str, post: str) -> None:
    done = text.replace("拟", "").replace("擬", "")
    assert any(r.person == person and post in r.position for r in facts(done).roles)


# 5. An election result's bare post takes no organisation from another body's result: a place or the organ
#    printed again between them (同日，某县政协会议闭幕) starts another body.
@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        ("林晓峰当选为江城市政协主席，龚明远等3人当选为副主席。同日，青禾县政协会议闭幕，柴思雨、钱小禾等2人当选为副主席。", "柴思雨", "江城市政协副主席"),
        ("林曉峰當選為江城市政協主席，龔明遠等3人當選為副主席。同日，青禾縣政協會議閉幕，柴思雨、錢小禾等2人當選為副主席。", "钱小禾", "江城市政协副主席"),
        ("钱小禾当选为临江市人大常委会主任，宁可心当选为副主任。次日，松岩县人大常委会会议闭幕，龚明远当选为副主任。", "龚明远", "临江市人大常委会副主任"),
        ("錢小禾當選為臨江市人大常委會主任。另據報道，某區人大常委會選舉結果揭曉，柴思雨當選為副主任。", "柴思雨", "临江市人大常委会副主任"),
    ],
)
def test_an_election_result_takes_no_organisation_across_another_body(text: str, person: str, wrong: str) -> None:
    assert (person, wrong) not in claims(text)


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("林晓峰当选为江城市政协主席，龚明远、柴思雨当选为副主席。钱小禾等5人当选为常务委员。", "钱小禾", "江城市政协常务委员"),
        ("林曉峰當選為江城市政協主席，龔明遠、柴思雨當選為副主席，錢小禾當選為秘書長。", "钱小禾", "江城市政协秘书长"),
        ("钱小禾当选为临江市人大常委会主任，宁可心当选为副主任。", "宁可心", "临江市人大常委会副主任"),
    ],
)
def test_an_election_result_takes_the_organisation_of_its_body(text: str, person: str, post: str) -> None:
    assert (person, post) in claims(text)


# 5b. A list elected to an honour (甲、乙等N人当选优秀政协委员) holds no post: the people, no role.
@pytest.mark.parametrize(
    "text",
    [
        "龚明远、柴思雨等10人当选优秀政协委员。",
        "林曉峰、錢小禾等6人當選傑出人大代表。",
        "大会表彰了一批委员，宁可心、龚明远等12人当选模范政协委员。",
        "会上，宁可心当选十佳政协委员，龚明远当选优秀人大代表。",
        "會上，柴思雨當選優秀政協委員，錢小禾當選模範人大代表。",
    ],
)
def test_a_list_elected_to_an_honour_holds_no_post(text: str) -> None:
    read = facts(text)
    assert len(read.people) == 2
    assert not read.roles
