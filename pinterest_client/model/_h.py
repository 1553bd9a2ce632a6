# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'H': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model._c import CatalogsProductGroupMultipleStringCriteria
    from pinterest_client.model._i import ItemProcessingStatus, ItemValidationEvent


class HotelIdFilter(Model):
    """HOTEL_ID"""

    hotel_id: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('HOTEL_ID', 'CatalogsProductGroupMultipleStringCriteria', 'required', None, 'hotel_id'),
    )
    _positional = ('hotel_id',)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            hotel_id: CatalogsProductGroupMultipleStringCriteria,
        ) -> None: ...


class HotelProcessingRecord(Model):
    """Object describing an item processing record"""

    errors: Optional[List[ItemValidationEvent]]
    """Array with the validation errors for the item processing record.
    A non empty errors list causes the item processing to fail.
    """

    hotel_id: Optional[str]
    """The catalog hotel id in the merchant namespace"""

    status: Optional[Union[ItemProcessingStatus, str]]
    """The status of the item processing record"""

    warnings: Optional[List[ItemValidationEvent]]
    """Array with the validation warnings for the item processing record"""

    _spec = (
        ('errors', 'list[ItemValidationEvent]'),
        ('hotel_id', 'str'),
        ('status', 'ItemProcessingStatus'),
        ('warnings', 'list[ItemValidationEvent]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            errors: Optional[List[ItemValidationEvent]] = ...,
            hotel_id: Optional[str] = ...,
            status: Optional[Union[ItemProcessingStatus, str]] = ...,
            warnings: Optional[List[ItemValidationEvent]] = ...,
        ) -> None: ...
