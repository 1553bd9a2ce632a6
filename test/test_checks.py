"""The spec's constraints as the SDK checks them: ``^\\d+$`` (IDs, about 800 fields and parameters)
is tested without a regular expression, with exactly ``re.search``'s answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pinterest_client
from pinterest_client._checks import _DIGITS, _is_digits, _pattern
from pinterest_client.api.boards_api import BoardsApi

#: Strings near the pattern's edges: ASCII and other Unicode decimal digits (Nd), digits that are
#: not decimal (superscripts, Roman numerals), newlines in every position, empty strings.
_EDGY = st.text(alphabet=st.sampled_from("0123456789\n\r \u0660\u0967\uff10\u00b2\u2167x+-"), max_size=8)


@given(st.one_of(_EDGY, st.text(max_size=12)))
def test_the_digit_pattern_answers_as_re_search_does(value: str) -> None:
    assert bool(_is_digits(value)) == bool(re.search(_DIGITS, value))


@pytest.mark.parametrize("value", ["123", "123\n", "\u0661\u0662", "", "\n", "12\n\n", "1 2", "\u00b2", "12a"])
def test_the_digit_pattern_on_its_edge_cases(value: str) -> None:
    assert bool(_pattern(_DIGITS)(value)) == bool(re.search(r"^\d+$", value))


def test_other_patterns_still_use_re() -> None:
    assert _pattern("^(AG)?\\d+$")("AG12") and not _pattern("^(AG)?\\d+$")("AX12")


def test_an_id_that_is_not_digits_is_refused_before_sending() -> None:
    client = pinterest_client.ApiClient(pinterest_client.Configuration(host="http://127.0.0.1:9/v5", access_token="t"))
    with pytest.raises(pinterest_client.ApiValueError, match=r"board_id.*\^\\\\d\+\$"):
        BoardsApi(client).boards_get("12a")
    client.close()
