"""The rules' analysis kept in the cache folder (issue 17, twenty-first session: ``scanstore``, ``needs.bin``).

The analysis read back is the analysis made (every compiled expression equal, a gate's groups included); a
rebuild reads it instead of analysing the rules again and gives the bytes of a clean build; a damaged file is
W051, a stale one ignored, a forged payload refused."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from ygraph import BuildConfig, build, lexicons, scan, scanstore, scantree
from ygraph.cache import FORMAT, PYTHON, CacheError

DEV = Path(__file__).resolve().parent / "data" / "dev"
EXTRA = "\n临川市副市长韩立新5月9日出席港口合作推进会并讲话。\n"  # invented

EXPRESSIONS = [  # invented: each shape the analysis reads (an anchor, an opening, a gate, a prefix tree, a skip)
    ("(?:某甲|某乙)担任(?P<post>[\u4e00-\u9fff]{2,4})", 0),
    ("(?P<names>[\u4e00-\u9fff·、]{2,30}?)(?:调任|改任)(?P<post>[\u4e00-\u9fff]{2,8})", 0),
    ("(?<![\u4e00-\u9fff])[甲乙丙]{2}(?P<x>市|县)(?P=x)?委员会", 0),
    ("临川市|临川县|临水镇|(?P<other>[\u4e00-\u9fff]{2}乡)", 0),
    ("[\u4e00-\u9fff]{1,6}(?:出席|会见)了?", re.MULTILINE),
    ("(?:[\u4e00-\u9fff]{2,3}、){1,9}[\u4e00-\u9fff]{2,3}等", 0),
    ("(?i)abc港口", 0),
    ("x*", 0),
]


@pytest.fixture
def fresh_analysis() -> object:
    """A process that has analysed nothing (and is left so)."""
    saved = dict(scan.KNOWN)
    scan.KNOWN.clear()
    scan._needs.cache_clear()
    yield
    scan.KNOWN.clear()
    scan.KNOWN.update(saved)
    scan._needs.cache_clear()


def same_expression(a: re.Pattern[str] | None, b: re.Pattern[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a, a.groups, a.groupindex) == (b, b.groups, b.groupindex)


@pytest.mark.parametrize(("source", "flags"), EXPRESSIONS)
def test_the_analysis_read_back_is_the_analysis_made(source: str, flags: int) -> None:
    made = scan.needs((source, flags))
    back = scanstore.read_needs(scanstore.write_needs({(source, flags): made}, "p"), "p")
    read = back[(source, int(flags))]
    assert read == made
    for field in ("anchor", "outside", "last_outside", "first", "gate", "same"):
        assert same_expression(getattr(read, field), getattr(made, field)), field
    text = (
        "某甲担任局长，郑立群、王海东调任副县长，甲乙市委员会，临川县和东河乡，某某出席了会议，赵一、钱二等"
    )
    assert [m.span() for m in scan.finditer(re.compile(source, flags), text)] == [
        m.span() for m in re.finditer(source, text, flags)
    ]


@pytest.mark.parametrize(
    "source", ["(?P<a>[甲乙]{2})(?:[^，]{0,3})市", "[\u4e00-\u9fff]{2,}?(?:出席|会见)", "(?m)^某{1,3}县"]
)
def test_a_gate_from_its_code_is_the_gate_re_compiles(source: str) -> None:
    tree = scantree.parse(source, 0)
    code, reach = scantree.start_gate_code(tree, re.UNICODE)
    gate, same_reach = scantree.start_gate(scantree.parse(source, 0), re.UNICODE)
    assert code is not None and reach == same_reach
    assert same_expression(scantree.from_code(code), gate)
    lookahead = scantree._sre_p.SubPattern(tree.state, [(scantree._sre_c.ASSERT, (1, scantree._sre_p.SubPattern(
        tree.state, list(scantree._leading(tree.data))[:1])))])  # fmt: skip
    assert same_expression(scantree.from_code(scantree.tree_code(lookahead, re.UNICODE)),
                           scantree._sre_compiler.compile(lookahead, re.UNICODE))  # fmt: skip


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_a_rebuild_reads_the_analysis_instead_of_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_analysis: object
) -> None:
    corpus = tmp_path / "in"
    shutil.copytree(DEV, corpus)
    out = tmp_path / "out"
    build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache"))
    assert (out / ".cache" / scanstore.NEEDS).is_file()
    scan.KNOWN.clear()  # as a new process
    scan._needs.cache_clear()
    read: list[str] = []
    analyse = scan._read
    monkeypatch.setattr(scan, "_read", lambda source, flags: read.append(source) or analyse(source, flags))
    (corpus / "10_added.txt").write_text("港口合作推进会召开" + EXTRA, encoding="utf-8")
    again = build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache"))
    assert again.n_cached == len(again.corpus.documents) - 1 and not again.cache_warnings
    assert scan.KNOWN and not read  # the new document was read with the kept analysis alone
    clean = tmp_path / "clean"
    build(BuildConfig(paths=(corpus,), out=clean))
    assert outputs(out) == outputs(clean)


@pytest.mark.parametrize("damage", ["checksum", "header", "payload"])
def test_a_damaged_analysis_is_w051_and_the_rules_analysed_again(
    tmp_path: Path, damage: str, fresh_analysis: object
) -> None:
    corpus = tmp_path / "in"
    shutil.copytree(DEV, corpus)
    out = tmp_path / "out"
    build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache"))
    path = out / ".cache" / scanstore.NEEDS
    head, _, payload = path.read_bytes().partition(b"\n")
    if damage == "checksum":
        path.write_bytes(head + b"\n" + payload[:-1] + bytes([payload[-1] ^ 1]))
    elif damage == "header":
        path.write_bytes(b"{not json\n" + payload)
    else:  # a well-formed file whose payload is not an analysis
        forged = __import__("marshal").dumps({("甲", 0): (1, 2, 3)})
        header = json.loads(head)
        header["sha256"] = __import__("hashlib").sha256(forged).hexdigest()
        path.write_bytes(json.dumps(header).encode() + b"\n" + forged)
    scan.KNOWN.clear()
    scan._needs.cache_clear()
    again = build(BuildConfig(paths=(corpus,), out=out, cache=out / ".cache"))
    assert [(w.code, w.file) for w in again.cache_warnings] == [("W051", scanstore.NEEDS)]
    clean = tmp_path / "clean"
    build(BuildConfig(paths=(corpus,), out=clean))
    assert outputs(out) == outputs(clean)
    scanstore.read_needs(path.read_bytes(), json.loads(head)["print"])  # replaced: no longer damaged


def test_the_analyses_are_emptied_with_the_lexicons(tmp_path: Path, fresh_analysis: object) -> None:
    # an expression may hold a user folder's words: a build with other folders must not keep it in its needs.bin
    scan.needs(re.compile("(?:临川港务|临川航运)集团"))  # invented
    assert scan.KNOWN
    lexicons.set_user_dirs([tmp_path])
    try:
        assert not scan.KNOWN
    finally:
        lexicons.set_user_dirs([])


def test_an_analysis_of_other_code_is_stale_not_damaged() -> None:
    made = {("某甲担任", 0): scan.needs(("某甲担任", 0))}
    assert scanstore.read_needs(scanstore.write_needs(made, "other"), "this") == {}


@pytest.mark.parametrize(
    "value",
    [
        ((), ("甲", 0), 0, None, None, None, 0, None, 0, False, None, None, "extra"),
        (((1,),), None, 0, None, None, None, 0, None, 0, False, None, None),
        ((), ("(", 0), 0, None, None, None, 0, None, 0, False, None, None),
        ((), ("甲", int(re.DEBUG)), 0, None, None, None, 0, None, 0, False, None, None),
        ((), None, 0, None, None, None, 0, (32, (1, 2, 3), 0, {}, (None,)), 1, False, None, None),
        ((), None, 0, None, None, None, 0, None, 0, 1, None, None),
    ],
)
def test_a_forged_analysis_is_refused(value: tuple) -> None:
    import hashlib
    import marshal

    payload = marshal.dumps({("甲", 0): value})
    header = {"format": FORMAT, "kind": scanstore.NEEDS, "print": "p", "python": PYTHON,
              "sha256": hashlib.sha256(payload).hexdigest()}  # fmt: skip
    with pytest.raises(CacheError):
        scanstore.read_needs(json.dumps(header).encode() + b"\n" + payload, "p")
