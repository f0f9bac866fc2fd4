"""An invented corpus (names found nowhere in the seeds): a build finds its successions, its role overlap,
its reprint conflicts, the run-together headline names (W021) and the OCR-damaged title (W020)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ygraph import BuildConfig, build

QUOTE = "“这几年的变化有目共睹，沿江产业带正在形成新的增长极，我们要继续推动研发成果就地转化。”"
DOCS = {
    "a_2021.txt": (
        "本报讯 2021年3月5日，江西省区域合作座谈会在南昌举行。江西省委书记龚明远，江西省委副书记、"
        "省长欧阳青禾出席会议。福建省委书记柴思雨出席会议。\n"
    ),
    "b_2023.txt": (
        "本报讯 2023年4月18日，江西省区域合作座谈会在九江举行。江西省委书记司马文博，江西省委副书记、"
        "省长宁可心出席会议。福建省委书记柴思雨出席会议。\n"
        f"江西省发展研究院副院长章一帆表示：{QUOTE}\n"
        "“研发成果要在这里落地生根，带动更多群众就业增收，这是我们最大的心愿。”赣江数智科技集团董事长岳星河说。\n"
    ),
    "d_2022.txt": "本报讯 2022年6月1日，沿江发展论坛在福州举行。福建省委书记祝远航讲话。\n",
    "c_2023.txt": (
        "司马文博宁可心出席\n"
        "本报讯 2023年4月18日，江西省区域合作座谈会在九江举行。江西省委书信司马文博、"
        "福建省委书记柴思雨先后发言。\n"
        f"江西省发展研究院副院长章一凡表示：{QUOTE}\n"
        "“研发成果要在这里落地生根，带动更多群众就业增收，这是我们最大的心愿。”赣江数能科技有限公司董事长岳星河说。\n"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    src = tmp_path_factory.mktemp("invented-actors")
    for name, text in DOCS.items():
        (src / name).write_text(text, encoding="utf-8")
    return build(BuildConfig(paths=(src,), out=Path(tmp_path_factory.mktemp("out")))).corpus


def test_successions(corpus) -> None:
    found = {(s.position, s.before, s.after) for s in corpus.successions}
    assert ("江西省委书记", "龚明远", "司马文博") in found
    assert ("江西省长", "欧阳青禾", "宁可心") in found
    succession = next(s for s in corpus.successions if s.position == "江西省委书记")
    assert (succession.before_last_seen, succession.after_first_seen) == ("2021-03-05", "2023-04-18")


def test_overlap_is_a_conflict_not_a_succession(corpus) -> None:
    assert not [s for s in corpus.successions if s.position == "福建省委书记"]
    overlaps = [c for c in corpus.conflicts if c.kind == "role_overlap"]
    assert [set(c.variants) for c in overlaps] == [{"柴思雨", "祝远航"}]


def test_reprint_conflicts(corpus) -> None:
    found = {(c.kind, c.variants) for c in corpus.conflicts if c.kind != "role_overlap"}
    assert found == {
        ("person_name", ("章一凡", "章一帆")),
        ("organization", ("赣江数智科技集团", "赣江数能科技有限公司")),
    }
    for conflict in corpus.conflicts:
        assert len({p.file for p in conflict.provenance}) == 2
    assert any(w.code == "W030" for w in corpus.warnings)


def test_run_together_names_split_with_corpus_names(corpus) -> None:
    assert any(w.code == "W021" and "司马文博、宁可心" in w.message for w in corpus.warnings)
    spans = {
        person.name: DOCS["c_2023.txt"][p.span_start : p.span_end]
        for person in corpus.people
        for p in person.provenance
        if p.file == "c_2023.txt" and p.rule == "run_split"
    }
    assert spans == {"司马文博": "司马文博", "宁可心": "宁可心"}


def test_damaged_title_recovered(corpus) -> None:
    recovered = [r for r in corpus.roles if r.provenance.file == "c_2023.txt" and r.person == "司马文博"]
    assert [r.position for r in recovered] == ["江西省委书记"]
    assert any(w.code == "W020" for w in corpus.warnings)
    assert not {p.name for p in corpus.people} & {"信司马文博", "书信司马文博", "文博"}


def test_every_person_has_evidence(corpus) -> None:
    assert all(p.provenance for p in corpus.people)
    names = {p.name for p in corpus.people}
    assert {"龚明远", "欧阳青禾", "柴思雨", "司马文博", "宁可心", "祝远航", "岳星河"} <= names
