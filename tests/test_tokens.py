"""tokens: jieba words with offsets, one tokenizer per process, lexicon words kept whole."""

from __future__ import annotations

import logging

import pytest

from ygraph.stages import tokens as tok


@pytest.mark.parametrize(
    "text",
    [
        "某省委书记王明远主持召开座谈会，国务院副总理赵新民出席。",
        "本报讯（记者 某某）3月4日，ABC公司发布2023年报告。",
        "",
    ],
)
def test_tokens_keep_offsets(text: str) -> None:
    words = tok.tokens(text)
    assert "".join(w for w, _, _ in words) == text
    assert all(text[start:end] == word for word, start, end in words)
    assert all(a[2] == b[1] for a, b in zip(words, words[1:], strict=False))


@pytest.mark.parametrize("word", ["总书记", "国务院副总理", "座谈会", "省委书记"])
def test_lexicon_words_are_not_cut(word: str) -> None:
    words = [w for w, _, _ in tok.tokens(f"某某担任{word}期间出席会议。")]
    assert word in words


def test_user_words_come_from_the_lexicons() -> None:
    words = {w for w, _, _ in tok.user_words()}
    assert "总书记" in words  # text/userdict.txt
    assert all(len(w) >= 2 for w in words)


def test_one_tokenizer_per_process_and_quiet_jieba(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        assert tok.tokenizer() is tok.tokenizer()
        tok.tokens("某某出席会议。")
    assert not [r for r in caplog.records if r.name == "jieba" and r.levelno < logging.WARNING]
