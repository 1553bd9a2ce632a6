# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from pinterest_client.model.board import Board
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue


class CatalogProductGroup(Model):
    """Deprecated: from Pinterest's spec 5.10.0, no longer in the current spec; kept for code written against the
    original client.

    non-promoted catalog product group entity
    """

    id: Optional[str] = Field("str")
    """ID of the catalog product group."""

    merchant_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Merchant ID pertaining to the owner of the catalog product group."""

    name: Optional[str] = Field("str")
    """Name of catalog product group"""

    filters: Optional[Dict[str, Any]] = Field("dict[any]")
    """Object holding a list of filters"""

    filter_v2: Optional[Dict[str, Any]] = Field("dict[any]")
    """Object holding a list of filters"""

    type: Optional[Board] = Field("Board")
    """Board model containing properties related to a Pinterest Board."""

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")
    """Entity status"""

    feed_profile_id: Optional[str] = Field("str", pattern="^\\d+$")
    """id of the feed profile belonging to this catalog product group"""

    created_at: Optional[int] = Field("int")
    """Unix timestamp in seconds of when catalog product group was created."""

    last_update: Optional[int] = Field("int")
    """Unix timestamp in seconds of last time catalog product group was updated."""

    product_count: Optional[int] = Field("int")
    """Amount of products in the catalog product group"""

    featured_position: Optional[int] = Field("int")
    """index of the featured position of the catalog product group"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            merchant_id: Optional[str] = ...,
            name: Optional[str] = ...,
            filters: Optional[Dict[str, Any]] = ...,
            filter_v2: Optional[Dict[str, Any]] = ...,
            type: Optional[Board] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
            feed_profile_id: Optional[str] = ...,
            created_at: Optional[int] = ...,
            last_update: Optional[int] = ...,
            product_count: Optional[int] = ...,
            featured_position: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogProductGroup"]
