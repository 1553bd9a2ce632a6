# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class ItemResponseOption2(UnionModel):
    """Error item response

    One of: `CatalogsRetailItemErrorResponse`, `CatalogsHotelItemErrorResponse`, `CatalogsCreativeAssetsItemErrorResponse`.
    """

    _variants = ('CatalogsRetailItemErrorResponse', 'CatalogsHotelItemErrorResponse', 'CatalogsCreativeAssetsItemErrorResponse')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemErrorResponse', 'HOTEL': 'CatalogsHotelItemErrorResponse', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemErrorResponse'})
