# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.keyword import Keyword
    from pinterest_client.model.keyword_error import KeywordError


class KeywordsResponse(Model):
    """KeywordsResponse (component schema `KeywordsResponse`)."""

    errors: Optional[List[KeywordError]]

    keywords: Optional[List[Keyword]]

    _fields = (
        Field('errors', 'list[KeywordError]'),
        Field('keywords', 'list[Keyword]'),
    )
