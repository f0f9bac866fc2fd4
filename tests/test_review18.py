"""Review of session 8: regressions found in the session's changes (invented text only)."""

from __future__ import annotations

import pytest

from pipeline_probe import facts

APART = [
    "新华社江城2031年4月28日电 28日，临江集团与海州银行签署战略合作协议。同日，青禾公司与江城大学签署战略合作协议。",
    "新华社江城2031年4月28日电 28日，临江集团与海州银行签署全面战略合作协议。同日，青禾公司与江城大学也签署全面战略合作协议。",
    "新華社江城2031年4月28日電 28日，臨江集團與海州銀行簽署戰略合作協議。同日，青禾公司與江城大學簽署戰略合作協議。",
]


@pytest.mark.parametrize("text", APART, ids=["same_kind", "same_long_name", "traditional"])
def test_two_pairs_signing_one_kind_of_agreement_on_one_day_are_two_signings(text: str) -> None:
    signings = [e for e in facts(text).events if e.event_type == "signing"]
    assert len(signings) == 2
