# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.board_categories_enum import BoardCategoriesEnum, BoardCategoriesEnumValue


class BoardInfo(Model):
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the
    original client.

    Represents a summary/info of a Board.
    """

    board_order_modified_at: Optional[datetime.datetime] = Field("datetime")

    category: Optional[Union[BoardCategoriesEnum, str]] = Field("BoardCategoriesEnum")
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the
    original client.

    Board category.
    """

    collaborated_by_me: Optional[bool] = Field("bool")

    created_at: Optional[datetime.datetime] = Field("datetime")

    followed_by_me: Optional[bool] = Field("bool")

    id: Optional[str] = Field("str")

    image_thumbnail_url: Optional[str] = Field("str")

    is_collaborative: Optional[bool] = Field("bool")

    layout: Optional[str] = Field(
        "str",
        enum=(
            "class_community",
            "default",
            "places",
            "quick_creates",
            "quick_saves",
            "screenshot",
            "shuffles",
            "taking_classes",
            "taught_classes",
            "travel",
        ),
    )

    name: Optional[str] = Field("str")

    type: Optional[str] = Field("str", enum=("board",))

    url: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            board_order_modified_at: Optional[datetime.datetime] = ...,
            category: Optional[Union[BoardCategoriesEnum, BoardCategoriesEnumValue]] = ...,
            collaborated_by_me: Optional[bool] = ...,
            created_at: Optional[datetime.datetime] = ...,
            followed_by_me: Optional[bool] = ...,
            id: Optional[str] = ...,
            image_thumbnail_url: Optional[str] = ...,
            is_collaborative: Optional[bool] = ...,
            layout: Optional[str] = ...,
            name: Optional[str] = ...,
            type: Optional[str] = ...,
            url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BoardInfo"]
