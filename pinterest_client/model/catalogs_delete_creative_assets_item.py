# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class CatalogsDeleteCreativeAssetsItem(Model):
    """A creative assets item to be deleted"""

    creative_assets_id: str
    """The catalog creative assets id in the merchant namespace"""

    operation: str

    _fields = (
        Field('creative_assets_id', 'str', required=True),
        Field('operation', 'str', required=True, enum=('DELETE',)),
    )
