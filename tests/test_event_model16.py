"""The learned event layer (events/eventmodel.py, event_model.tsv, event_heads.tsv; docs/events.md).

Invented text only. The model reconsiders what the event rules turn down: it lifts events (its id reaches
Provenance.rule) and rejects passing mentions it scores; turned off by a user lexicon (``@enabled 0``), the
rules alone decide and the lifted events are gone — so each positive case here fails without the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from pipeline_probe import facts
from test_realdev import bench_module
from ygraph import lexicons
from ygraph.events import eventmodel, modelheads
from ygraph.events import eventrules as rules

PAPER = "新华社江城2031年6月8日电 "
PAPER_T = "新華社江城2031年6月8日電 "

LIFTED = [  # (text, the event's title, its date)
    (PAPER + "8日上午，临江省海事学院建校典礼在江城举行。院长林晓峰主持典礼并讲话。", "临江省海事学院建校典礼", "2031-06-08"),
    (PAPER_T + "8日上午，臨江省海事學院建校典禮在江城舉行。院長林曉峰主持典禮並講話。", "临江省海事学院建校典礼", "2031-06-08"),
    ("新华社海州2031年3月2日电 2日上午，海州市税务学校命名典礼在海州举行。校长龚明远主持典礼并讲话。", "海州市税务学校命名典礼", "2031-03-02"),
    ("新華社海州2031年3月2日電 2日上午，海州市稅務學校命名典禮在海州舉行。校長龔明遠主持典禮並講話。", "海州市税务学校命名典礼", "2031-03-02"),
]

PASSING = [  # a candidate the model scores and turns down: no event of it (the rules' own events stay)
    "本报讯 林晓峰表示，江城将举办更多文化活动。",
    "本報訊 林曉峰表示，江城將舉辦更多文化活動。",
    "本报讯 临江省已连续举办十届文化周。",  # (灯会 became a rule trigger in session 51, 运动会 in session 58)
    "本报讯 6月8日，江城市庆典用品市场开业。",
    PAPER + "柴思雨说，“江城港开工建设，是临江的大事。”",
    PAPER + "8日，海州国总统龚明远抵达江城访问。",
    "本报讯 12月5日，临江省发改委召开会议，部署开展2032年一季度调研活动。",
]


@pytest.fixture(autouse=True)
def model_on(tmp_path: Path) -> Iterator[None]:
    """The layer is packaged off (docs/decisions.md: it lost on the held-out set); these tests turn it on as a
    user would, with a user row ``@enabled 1``."""
    folder = tmp_path / "on"
    (folder / "events").mkdir(parents=True)
    (folder / "events" / "event_model.tsv").write_text("@enabled\t1\n", encoding="utf-8")
    lexicons.set_user_dirs([folder])
    try:
        yield
    finally:
        lexicons.set_user_dirs([])


@pytest.fixture
def model_off(tmp_path: Path) -> Iterator[None]:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "event_model.tsv").write_text("@enabled\t0\n", encoding="utf-8")
    lexicons.set_user_dirs([tmp_path])
    try:
        yield
    finally:
        lexicons.set_user_dirs([])


@pytest.fixture
def scored() -> Iterator[list[tuple[str, list[str], bool]]]:
    seen: list[tuple[str, list[str], bool]] = []
    eventmodel.TRACE[:] = [lambda ctx, title, feats, rule, decided: seen.append((title, feats, decided))]
    try:
        yield seen
    finally:
        eventmodel.TRACE.clear()


@pytest.mark.parametrize(("text", "title", "date"), LIFTED)
def test_the_model_lifts_an_event_the_rules_do_not_read(text: str, title: str, date: str) -> None:
    events = {e.title: e for e in facts(text).events}
    assert title in events and events[title].date == date
    assert events[title].provenance[0].rule.endswith(f"|{eventmodel.MODEL_ID}:v1")


@pytest.mark.parametrize(("text", "title", "date"), LIFTED)
def test_without_the_model_the_rules_alone_decide(model_off: None, text: str, title: str, date: str) -> None:
    assert not modelheads.heads() and not eventmodel.model().enabled
    assert title not in {e.title for e in facts(text).events}


@pytest.mark.parametrize("text", PASSING)
def test_the_model_rejects_a_passing_mention(scored: list[tuple[str, list[str], bool]], text: str) -> None:
    events = facts(text).events
    assert not any(eventmodel.MODEL_ID in p.rule for e in events for p in e.provenance)
    assert not any("活动" in e.title or "访问" in e.title for e in events)
    assert scored and not any(decided for _, _, decided in scored)  # a candidate it judged, and turned down


@pytest.mark.parametrize(
    "text",
    [
        "海州举办使节地方行活动\n江城网 2031-09-11 15:20\n近日，外交部赴海州举办驻华使节地方行活动。海州市委书记柴思雨会见使节团。",
        "海州舉辦使節地方行活動\n江城網 2031-09-21 15:20\n近日，外交部赴海州舉辦駐華使節地方行活動。海州市委書記柴思雨會見使節團。",
        "临江举办外商地方行活动\n江城网 2031-09-18 09:00\n近日，商务部赴临江举办外商地方行活动。临江省长龚明远会见外商代表团。",
        "临江举办友城市长交流活动\n江城网 2031-09-18 09:00\n日前，临江省外办举办友城市长交流活动。临江省长龚明远会见友城市长。",
    ],
)
def test_a_lifted_event_never_takes_the_lede_from_the_rules(text: str) -> None:
    """Talks told after a recent lede keep the period the lede allows (tests/test_dates13.py) whatever the
    model lifts from the headline before them: a lifted event is not the article's first for the rules."""
    events = facts(text, None).events
    assert any(eventmodel.MODEL_ID in p.rule for e in events for p in e.provenance)  # the headline's, lifted
    assert {e.date for e in events if "会见" in e.title} == {"2031-09"}


def test_the_packaged_model_is_off() -> None:
    lexicons.set_user_dirs([])
    assert not eventmodel.model().enabled and not modelheads.heads()


def test_the_model_file_loads_turned_on() -> None:
    model = eventmodel.model()
    assert model.enabled and model.version == "v1" and isinstance(model.threshold, int)
    assert len(model.weights) > 50 and all(isinstance(w, int) for w in model.weights.values())


def _vocabulary() -> dict[str, set[str]]:
    """The values each feature prefix may take: lexicon rows only (no page text, names or places)."""
    triggers = set(rules.triggers())
    types = {t.event_type for t in rules.triggers().values()}
    guards = {"quoted", "kind_list", "history", "news_only", "not_before", "attribution", "plan", "not_own"}
    guards |= {"visit_alone", "reports"}
    return {
        "trig": triggers,
        "act_trig": triggers,
        "type": types,
        "act_type": types,
        "nb": set(rules.words("not_before.txt")),
        "plan": set(rules.words("plan_words.txt")),
        "na": set(rules.words("not_after.txt")),
        "pverb": set(rules.participation_verbs().values()),
        "guard": guards | {"lifted_before"},
        "guard_type": {f"{g}:{t}" for g in guards for t in types},
        "rule_type": {f"{a}:{t}" for a in ("yes", "no") for t in types},
    }


_FREE = ("sent:", "drafts:", "len:", "time:", "place:", "people:", "people_before:", "rule:", "sig:")
_FLAGS = {"bias", "act", "lede", "later", "in_headline", "same_word_before", "block", "quoted", "session"}


def _known(feature: str, vocabulary: dict[str, set[str]]) -> bool:
    bare = feature.removeprefix("a.")
    if bare in _FLAGS or bare.startswith(_FREE):
        return True
    prefix, _, value = bare.partition(":")
    return value in vocabulary.get(prefix, set())


def test_every_weight_is_a_feature_the_extractor_can_produce() -> None:
    vocabulary = _vocabulary()
    unknown = [f for f in eventmodel.model().weights if not _known(f, vocabulary)]
    assert not unknown, unknown


def test_the_extractor_produces_only_features_of_those_forms(scored: list[tuple[str, list[str], bool]]) -> None:
    """The check above is not blind: the features of real candidates pass it, a page word does not."""
    for text in [t for t, _, _ in LIFTED] + PASSING:
        facts(text)
    vocabulary = _vocabulary()
    produced = {f for _, feats, _ in scored for f in feats}
    assert produced and all(_known(f, vocabulary) for f in produced)
    assert not _known("trig:建校典礼", vocabulary) and not _known("nb:林晓峰", vocabulary)


def test_the_same_text_gives_the_same_facts() -> None:
    text = LIFTED[0][0]
    assert facts(text) == facts(text)


def _trainer() -> ModuleType:
    return bench_module("train_events")


ROWS = [  # invented candidates: features only, as bench/train_events.py dump writes them
    {"set": "a", "label": 1, "features": ["bias", "trig:座谈会", "time:date:day", "lede"]},
    {"set": "a", "label": 0, "features": ["bias", "trig:座谈会", "time:none", "later"]},
    {"set": "b", "label": 1, "features": ["bias", "trig:论坛", "time:date:day", "lede"]},
    {"set": "b", "label": 0, "features": ["bias", "trig:论坛", "time:none", "nb:将"]},
]


def test_training_is_deterministic_and_its_file_replaces_the_packaged_model(tmp_path: Path) -> None:
    trainer = _trainer()
    first, second = trainer.fit(ROWS), trainer.fit(list(ROWS))
    assert first == second and first["time:date:day"] > 0 > first["time:none"]
    out = tmp_path / "events" / "event_model.tsv"
    trainer.write_model(first, 0.0, out, ["a", "b"], True)
    lexicons.set_user_dirs([tmp_path])
    try:
        model = eventmodel.model()
        assert model.enabled and set(model.weights) == {f for f, w in first.items() if round(w * 1000)}
        assert model.weights["time:date:day"] == round(first["time:date:day"] * 1000)
    finally:
        lexicons.set_user_dirs([])
