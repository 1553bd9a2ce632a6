# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'K': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model, ModelList

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model._m import MatchTypeResponse


class Keyword(Model):
    """Keyword (component schema `Keyword`)."""

    bid: Optional[int]
    """</p><strong>Note:</strong> bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in microcurrency - null if inherited from parent ad group."""

    match_type: Optional[Union[MatchTypeResponse, str]]
    """Keyword match type"""

    value: str
    """Keyword value (120 chars max)."""

    archived: Optional[bool]

    id: Optional[str]
    """Keyword ID ."""

    parent_id: Optional[str]
    """Keyword parent entity ID (advertiser, campaign, ad group)."""

    parent_type: Optional[str]
    """Parent entity type"""

    type: Optional[str]
    """Always keyword"""

    _spec = (
        ('bid', 'int', 'nullable'),
        ('match_type', 'MatchTypeResponse', 'required nullable'),
        ('value', 'str', 'required'),
        ('archived', 'bool'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('parent_id', 'str', '', {'pattern': '^\\d+$'}),
        ('parent_type', 'str'),
        ('type', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bid: Optional[int] = ...,
            match_type: Optional[Union[MatchTypeResponse, str]] = ...,
            value: Optional[str] = ...,
            archived: Optional[bool] = ...,
            id: Optional[str] = ...,
            parent_id: Optional[str] = ...,
            parent_type: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


class KeywordError(Model):
    """KeywordError (component schema `KeywordError`)."""

    data: Optional[Keyword]

    error_messages: Optional[List[str]]

    _spec = (
        ('data', 'Keyword'),
        ('error_messages', 'list[str]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[Keyword] = ...,
            error_messages: Optional[List[str]] = ...,
        ) -> None: ...


class KeywordList(ModelList):
    """Keywords"""

    _item_type = 'str'
    _checks = {'min_items': 1, 'max_items': 50, 'items': {'min_length': 1, 'max_length': 100}}


class KeywordMetrics(Model):
    """Keyword metrics JSON"""

    keyword_query_volume: Optional[str]
    """Keyword's search frequency. This value is based on keyword frequency in pepsi client response"""

    _spec = (
        ('keyword_query_volume', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            keyword_query_volume: Optional[str] = ...,
        ) -> None: ...


class KeywordMetricsResponse(Model):
    """KeywordMetricsResponse"""

    keyword: Optional[str]
    """Keyword name, e.g., "keyword":"fashion outfits" """

    metrics: Optional[KeywordMetrics]
    """Keyword metrics JSON"""

    _spec = (
        ('keyword', 'str'),
        ('metrics', 'KeywordMetrics'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            keyword: Optional[str] = ...,
            metrics: Optional[KeywordMetrics] = ...,
        ) -> None: ...


class KeywordUpdate(Model):
    """KeywordUpdate"""

    archived: Optional[bool]
    """Is keyword archived?"""

    bid: Optional[int]
    """</p><strong>Note:</strong> bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in microcurrency - null if inherited from parent ad group."""

    id: str
    """Keyword ID."""

    _spec = (
        ('archived', 'bool'),
        ('bid', 'int', 'nullable'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
    )
    _positional = ('id',)

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            *,
            archived: Optional[bool] = ...,
            bid: Optional[int] = ...,
        ) -> None: ...


class KeywordUpdateBody(Model):
    """KeywordUpdateBody (component schema `KeywordUpdateBody`)."""

    keywords: List[KeywordUpdate]
    """Keywords to update. Object array. Each object has 2 possible fields:<br>1. "id": (required) keyword ID<br>2. "archived": boolean. Should keyword be archived?<br>For example: [{"id":"2886610576653", "archived": false}, {"id":"2886610576654",  "archived": true}, ...]"""

    _spec = (
        ('keywords', 'list[KeywordUpdate]', 'required'),
    )
    _positional = ('keywords',)

    if TYPE_CHECKING:

        def __init__(
            self,
            keywords: List[KeywordUpdate],
        ) -> None: ...


class KeywordsCommon(Model):
    """KeywordsCommon (component schema)."""

    bid: Optional[int]
    """</p><strong>Note:</strong> bid field has been deprecated. Input will not be set and field will return null. Keyword custom bid in microcurrency - null if inherited from parent ad group."""

    match_type: Optional[Union[MatchTypeResponse, str]]
    """Keyword match type"""

    value: str
    """Keyword value (120 chars max)."""

    _spec = (
        ('bid', 'int', 'nullable'),
        ('match_type', 'MatchTypeResponse', 'required nullable'),
        ('value', 'str', 'required'),
    )
    _positional = ('match_type', 'value')

    if TYPE_CHECKING:

        def __init__(
            self,
            match_type: Optional[Union[MatchTypeResponse, str]],
            value: str,
            *,
            bid: Optional[int] = ...,
        ) -> None: ...


class KeywordsGetResponse(Model):
    """KeywordsGetResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Keyword]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Keyword]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Keyword]] = ...,
        ) -> None: ...


class KeywordsMetricsArrayResponse(Model):
    """KeywordMetricsArrayResponse"""

    data: Optional[List[KeywordMetricsResponse]]

    _spec = (
        ('data', 'list[KeywordMetricsResponse]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data: Optional[List[KeywordMetricsResponse]] = ...,
        ) -> None: ...


class KeywordsRequest(Model):
    """KeywordsRequest (component schema)."""

    keywords: List[KeywordsCommon]
    """Keyword JSON array. Each array element has 3 fields"""

    parent_id: str
    """Keyword parent entity ID (advertiser, campaign, ad group)."""

    _spec = (
        ('keywords', 'list[KeywordsCommon]', 'required'),
        ('parent_id', 'str', 'required', {'pattern': '^((AG)|C)?\\d+$'}),
    )
    _positional = ('keywords', 'parent_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            keywords: List[KeywordsCommon],
            parent_id: str,
        ) -> None: ...


class KeywordsResponse(Model):
    """KeywordsResponse (component schema `KeywordsResponse`)."""

    errors: Optional[List[KeywordError]]

    keywords: Optional[List[Keyword]]

    _spec = (
        ('errors', 'list[KeywordError]'),
        ('keywords', 'list[Keyword]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[KeywordError]] = ...,
            keywords: Optional[List[Keyword]] = ...,
        ) -> None: ...
