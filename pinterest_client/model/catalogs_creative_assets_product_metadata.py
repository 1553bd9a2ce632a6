# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.creative_assets_visibility_type import CreativeAssetsVisibilityType


class CatalogsCreativeAssetsProductMetadata(Model):
    """Creative assets product metadata entity"""

    creative_assets_id: str
    """The user-created unique ID that represents the creative assets item."""

    visibility: Union[CreativeAssetsVisibilityType, str]
    """Creative assets visibility."""

    _fields = (
        Field('creative_assets_id', 'str', required=True),
        Field('visibility', 'CreativeAssetsVisibilityType', required=True),
    )
