# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_multiple_string_criteria import (
        CatalogsProductGroupMultipleStringCriteria,
    )


class AvailabilityFilter(Model):
    """AVAILABILITY"""

    AVAILABILITY: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _fields = (
        Field('AVAILABILITY', 'CatalogsProductGroupMultipleStringCriteria', required=True),
    )
    _additional = None
