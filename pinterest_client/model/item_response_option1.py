# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class ItemResponseOption1(UnionModel):
    """Successful item response

    One of: `CatalogsRetailItemResponse`, `CatalogsHotelItemResponse`, `CatalogsCreativeAssetsItemResponse`.
    """

    _variants = ('CatalogsRetailItemResponse', 'CatalogsHotelItemResponse', 'CatalogsCreativeAssetsItemResponse')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemResponse', 'HOTEL': 'CatalogsHotelItemResponse', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemResponse'})
