# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'F': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model, UnionModel

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model._c import CatalogsFeed, CatalogsFeedProcessingResult
    from pinterest_client.model._i import InterestsEnum
    from pinterest_client.model._p import ProductCategoryRegion
    from pinterest_client.model._t import TrendingTopic
    from pinterest_client.model._u import UserSummary


class FeaturedTrend(Model):
    """Featured trending topics for a specific interest and market"""

    interest: Union[InterestsEnum, str]
    """The main interest category"""

    market: Optional[Union[ProductCategoryRegion, str]]
    """Market code (e.g., 'US', 'UK', etc.)"""

    trends: Optional[List[TrendingTopic]]
    """List of trending topics within this interest category"""

    _spec = (
        ('interest', 'InterestsEnum', 'required'),
        ('market', 'ProductCategoryRegion'),
        ('trends', 'list[TrendingTopic]'),
    )
    _positional = ('interest',)

    if TYPE_CHECKING:

        def __init__(
            self,
            interest: Union[InterestsEnum, str],
            *,
            market: Optional[Union[ProductCategoryRegion, str]] = ...,
            trends: Optional[List[TrendingTopic]] = ...,
        ) -> None: ...


class FeedProcessingResultsListResponse(Model):
    """FeedProcessingResultsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsFeedProcessingResult]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CatalogsFeedProcessingResult]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[CatalogsFeedProcessingResult]] = ...,
        ) -> None: ...


class FeedsCreateRequest(UnionModel):
    """FeedsCreateRequest (inline schema).

    One of: `CatalogsVerticalFeedsCreateRequest`, `CatalogsFeedsCreateRequest`.
    """

    _variants = ('CatalogsVerticalFeedsCreateRequest', 'CatalogsFeedsCreateRequest')


class FeedsListResponse(Model):
    """FeedsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsFeed]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CatalogsFeed]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[CatalogsFeed]] = ...,
        ) -> None: ...


class FeedsUpdateRequest(UnionModel):
    """FeedsUpdateRequest (inline schema).

    One of: `CatalogsVerticalFeedsUpdateRequest`, `CatalogsFeedsUpdateRequest`.
    """

    _variants = ('CatalogsVerticalFeedsUpdateRequest', 'CatalogsFeedsUpdateRequest')


class FollowUserRequest(Model):
    """FollowUserRequest"""

    auto_follow: Optional[bool]
    """Whether this request comes as result of auto-follow after clicking on a link. Follow links can be used by partners on their site or in emails. Only selected partners can be followed this way. We verify that partner can be auto-followed."""

    _spec = (
        ('auto_follow', 'bool'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_follow: Optional[bool] = ...,
        ) -> None: ...


class FollowersListResponse(Model):
    """FollowersListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserSummary]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[UserSummary]', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[UserSummary]] = ...,
        ) -> None: ...
