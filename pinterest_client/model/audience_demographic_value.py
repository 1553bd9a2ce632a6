# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class AudienceDemographicValue(Model):
    """Demographic detail for a single audience demographic"""

    key: Optional[str]
    """Unique key for demographic item"""

    name: Optional[str]
    """Display name for demographic"""

    ratio: Optional[float]
    """Value of demographic item as a percent of total audience"""

    _spec = (
        ('key', 'str'),
        ('name', 'str'),
        ('ratio', 'float'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            key: Optional[str] = ...,
            name: Optional[str] = ...,
            ratio: Optional[float] = ...,
        ) -> None: ...


__all__ = ["AudienceDemographicValue"]
