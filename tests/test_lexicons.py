"""User lexicons are checked in one place: a malformed file is a usage error naming the file, the line and the
expected format (exit 2), never a crash in the middle of a build."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from invented_corpus import MINI
from ygraph import lexicons
from ygraph.cli import app
from ygraph.errors import UsageError

PACKAGED = Path(str(resources.files("ygraph").joinpath("lexicons", "zh")))


@pytest.fixture(autouse=True)
def packaged_only():
    lexicons.set_user_dirs([])
    yield
    lexicons.set_user_dirs([])


def user_file(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def test_every_packaged_file_passes_the_check_and_every_table_has_its_columns() -> None:
    names = {lexicons.check_user_file(PACKAGED, path)[1] for path in lexicons._user_files(PACKAGED)}
    for name in sorted(names):
        lexicons._check_fragments(PACKAGED, name)
    assert {n for n in names if n.endswith(".tsv")} == set(lexicons.TABLES)


MALFORMED = [
    ("actors/titles.tsv", "# mine\n副主任\n", "line 2: 1 tab-separated column(s) where 3 are expected", "title<TAB>"),
    ("actors/titles.tsv", "副主任\tsingle\torg\textra\n", "4 tab-separated column(s)", "holders"),
    ("actors/titles.tsv", "副主任\tsometimes\torg\n", "column 2 'sometimes' is not one of single, many", "ellipsis"),
    ("actors/places.tsv", b"\x89PNG\r\n\x1a\n\xff\xfe", "line 1: not UTF-8 text", "name as printed<TAB>canonical"),
    ("actors/places.tsv", "临江\t临江市\tcity\n", "'city' is not one of province, abbreviation", "<TAB>scope"),
    ("time/numerals.tsv", "unit\t旬\tdecade\n", "'decade' is not one of year, month, day, number", "kind<TAB>"),
    ("actors/surnames.txt", "林\n\x00\x01\x02\n", "line 2: a control character", "one surname per line"),
    ("text/datelines.tsv", "my_rule\t(?P<P>[南北]岭\n", "column 2 is not a regular expression", "rule_id<TAB>"),
    ("time/rules.tsv", "mine\tdate\t{Y}年{nonesuch}\t{Y}\n", "column 3: unknown {nonesuch}", "value template"),
    ("time/rules.tsv", "mine\tdate\t{Y}年\t{Y}-{M}\n", "column 3: {M} is not in the pattern", "value template"),
    ("time/year_cues.tsv", "mine\tsentence\t{Y}年\tlast\n", "column 4 'last' is not a whole number", "offset"),
    ("time/year_cues.tsv", "mine\tsentence\t去年\t1\n", "column 3: {Y} is not in the pattern", "offset"),
    ("actors/appointment_forms.tsv", "mine\tholds\tafter\t任命{post}\t-\n", "'holds' is not one of start, end, past, -", "form<TAB>"),
]


@pytest.mark.parametrize(("name", "data", "problem", "format_part"), MALFORMED)
def test_a_malformed_user_file_is_a_usage_error_naming_file_line_and_format(
    tmp_path: Path, name: str, data: str | bytes, problem: str, format_part: str
) -> None:
    folder = user_file(tmp_path / "lex", name, data)
    with pytest.raises(UsageError) as caught:
        lexicons.set_user_dirs([folder])
    message = str(caught.value)
    assert str(folder / name) in message and problem in message and format_part in message, message
    assert lexicons._EXTRA_DIRS == []  # nothing half registered


def test_the_cli_exits_2_with_one_line(tmp_path: Path) -> None:
    folder = user_file(tmp_path / "lex", "events/triggers.tsv", "协作会\n")
    args = ["build", str(MINI), "--out", str(tmp_path / "out"), "--lexicons", str(folder), "--quiet"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "triggers.tsv, line 1: 1 tab-separated column(s)" in result.output
    assert "trigger<TAB>event_type<TAB>form" in result.output
    assert not (tmp_path / "out" / "graph.html").exists()


def test_a_missing_lexicon_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is not a folder"):
        lexicons.set_user_dirs([tmp_path / "nowhere"])


def test_good_user_files_are_accepted_and_used(tmp_path: Path) -> None:
    folder = tmp_path / "lex"
    user_file(folder, "actors/titles.tsv", "\ufeff# a byte-order mark, CRLF lines\r\n协理员\tmany\t-\r\n")
    user_file(folder, "time/numerals.tsv", "left\t起\n")
    user_file(folder, "text/datelines.tsv", "=mine\t南岭快讯\nmine_wire\t{mine}{date}电\n")
    user_file(folder, "README.md", "notes about my lexicons are not a lexicon")
    lexicons.set_user_dirs([folder])
    assert lexicons.load_table("actors/titles.tsv")[-1] == ("协理员", "many", "-")


def test_regex_characters_in_a_word_list_are_words(tmp_path: Path) -> None:
    """Word lists that a stage joins into a pattern are escaped: a word with ( or [ is matched as written."""
    from ygraph.actors import actorlex, appointed, namelists

    folder = user_file(tmp_path / "lex", "actors/attendance_verbs.txt", "出席(视频)\n")
    user_file(folder, "actors/appointment_verbs.txt", "任[\n")
    user_file(folder, "actors/level_organs.txt", "委(\n")
    lexicons.set_user_dirs([folder])
    assert namelists._list_pattern().search("林望川、程远舟出席(视频)会议").group(0).endswith("出席(视频)")
    assert appointed._appointment_pattern().pattern
    assert actorlex._level_place().pattern


def test_remembered_answers_are_forgotten_when_the_user_folders_change(tmp_path: Path) -> None:
    """``lexicons.cached`` functions (and what is remembered per string, e.g. an organisation's alias) are
    emptied whenever other user folders come into force: a build never sees another build's vocabulary."""
    from ygraph.actors import orgnames

    assert orgnames.canonical_org("江城港务委") == "江城港务委"
    folder = user_file(tmp_path / "lex", "actors/org_aliases.tsv", "江城港务委\t江城市港口管理委员会\n")
    lexicons.set_user_dirs([folder])
    assert orgnames.canonical_org("江城港务委") == "江城市港口管理委员会"
    lexicons.set_user_dirs([])
    assert orgnames.canonical_org("江城港务委") == "江城港务委"
