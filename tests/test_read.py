"""read: encodings, skipped files with their codes, the dates.tsv manifest, discover's contract."""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest

from conftest import json_provenances
from ygraph import BuildConfig, build
from ygraph.errors import UsageError
from ygraph.text import clean, read, segment
from ygraph.text.manifest import parse_date

ARTICLE = (
    "新华社北京3月5日电 某省委书记王明远5日上午在北京主持召开区域协调发展座谈会并发表讲话。\n"
    "他强调，要加强科技创新和产业协同，推动高质量发展。\n"
    "某省委副书记、省长赵新民出席座谈会。\n"
)
ENCODINGS = {
    "utf8.txt": ("utf-8", ARTICLE),
    "utf8bom.txt": ("utf-8-sig", ARTICLE),
    "utf16.txt": ("utf-16", ARTICLE),
    "gb18030.txt": ("gb18030", ARTICLE),
    "big5.txt": ("big5", opencc.OpenCC("s2t").convert(ARTICLE)),
    "utf16le-no-bom.txt": ("utf-16-le", ARTICLE),
}


@pytest.fixture(scope="module")
def encoded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("encodings")
    for name, (encoding, text) in ENCODINGS.items():
        (folder / name).write_bytes(text.encode(encoding))
    return folder


def test_every_encoding_reads_to_the_same_sentences(encoded: Path) -> None:
    sources, warnings = read.read_all(read.discover([encoded]), None)
    assert warnings == []
    assert {s.path: s.encoding for s in sources} == {
        "big5.txt": "big5",
        "gb18030.txt": "gb18030",
        "utf16.txt": "utf-16",
        "utf8.txt": "utf-8",
        "utf8bom.txt": "utf-8-sig",
        "utf16le-no-bom.txt": "utf-16-le",
    }
    sentences = {}
    for source in sources:
        assert not source.text.startswith("\ufeff")
        doc = segment.segment(clean.clean(source))
        sentences[source.path] = [s.text for a in doc.articles for s in a.sentences]
    assert len({tuple(v) for v in sentences.values()}) == 1, sentences
    assert sentences["utf8.txt"][0].startswith("新华社北京3月5日电")


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_build_evidence_is_the_original_text(encoded: Path, tmp_path: Path, name: str) -> None:
    result = build(BuildConfig(paths=(encoded / name,), out=tmp_path / "out"))
    original = read.read_all([(encoded / name, name)], None)[0][0].text
    facts = json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    found = json_provenances(facts)
    assert result.corpus.people, "the invented article should give people"
    assert found
    assert all(original[p["start"] : p["end"]] == p["evidence"] for p in found)


def test_bad_files_are_skipped_with_their_codes(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b" \n\n \n")
    (tmp_path / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    (tmp_path / "controls.txt").write_bytes(b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 10)
    sources, warnings = read.read_all(read.discover([tmp_path]), None)
    assert [s.path for s in sources] == ["good.txt"]
    assert sorted((w.file, w.code) for w in warnings) == [
        ("binary.txt", "W004"),
        ("blank.md", "W003"),
        ("controls.txt", "W004"),
        ("empty.txt", "W003"),
        ("undecodable.txt", "W002"),
    ]
    result = build(BuildConfig(paths=(tmp_path,), out=tmp_path / "out"))
    assert result.n_files == 6 and result.n_skipped == 5
    codes = {w["code"] for w in json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))["warnings"]}
    assert {"W002", "W003", "W004"} <= codes


def test_a_file_named_directly_with_another_suffix_is_w005(tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    sources, warnings = read.read_all(read.discover([pdf]), None)
    assert sources == [] and [(w.file, w.code) for w in warnings] == [("page.pdf", "W005")]


def test_utf8_with_a_few_bad_bytes_is_read_with_w007(tmp_path: Path) -> None:
    half = (ARTICLE * 10).encode("utf-8")
    (tmp_path / "damaged.txt").write_bytes(half + b"\xff" + half)
    sources, warnings = read.read_all(read.discover([tmp_path]), None)
    assert [(s.path, s.encoding, s.text.count("\ufffd")) for s in sources] == [("damaged.txt", "utf-8", 1)]
    assert [(w.file, w.code) for w in warnings] == [("damaged.txt", "W007")]


def test_an_unreadable_file_is_w001(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    sources, warnings = read.read_all([(missing, "gone.txt")], None)
    assert sources == [] and [(w.file, w.code) for w in warnings] == [("gone.txt", "W001")]


def test_manifest_dates_win_over_pub_date(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.txt", "sub/c.md", "sub/d.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dates.tsv").write_text(
        "# path<TAB>date\na.txt\t2021-03-05\nsub/c.md\t2021-04\nnot-there.txt\t2020\nbroken line\nb.txt\t2021-02-30\n",
        encoding="utf-8",
    )
    (tmp_path / "sub" / "dates.tsv").write_text("c.md\t2019\n", encoding="utf-8")
    sources, warnings = read.read_all(read.discover([tmp_path]), "2022")
    assert {s.path: s.user_date for s in sources} == {
        "a.txt": "2021-03-05",
        "b.txt": "2022",
        "sub/c.md": "2019",  # the nearest manifest wins
        "sub/d.txt": "2022",
    }
    assert [(w.file, w.code, w.message.split(": ", 1)[1][:7]) for w in warnings] == [
        ("dates.tsv", "W006", "line 5:"),
        ("dates.tsv", "W006", "line 6:"),
        ("dates.tsv", "W006", "line 3:"),
        ("dates.tsv", "W006", "line 4:"),
    ]


def test_a_manifest_date_reaches_the_build(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dates.tsv").write_text("a.txt\t2021-03-05\n", encoding="utf-8")
    result = build(BuildConfig(paths=(tmp_path,), out=tmp_path / "out", pub_date="2019"))
    [document] = result.corpus.documents
    assert (document.date, document.date_source) == ("2021-03-05", "user")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", "2023"),
        ("2023-6", "2023-06"),
        ("2023-06-05", "2023-06-05"),
        ("2023-02-30", None),
        ("6月5日", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_discover_contract(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.md", "a.TXT", "b/y.txt", "skip.csv", "dates.tsv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [f.doc_id for f in read.discover([tmp_path])] == ["a.TXT", "b/y.txt", "b/z.md"]
    assert [f.doc_id for f in read.discover([tmp_path / "b" / "y.txt"])] == ["y.txt"]
    with pytest.raises(UsageError):
        read.discover([tmp_path / "nothing-here"])
