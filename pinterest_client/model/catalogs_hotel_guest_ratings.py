# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsHotelGuestRatings(Model):
    """If specified, you must provide all properties"""

    max_score: Optional[float] = Field("float", nullable=True)
    """Max value for the hotel rating score."""

    number_of_reviewers: Optional[int] = Field("int", nullable=True)
    """Total number of people who have rated this hotel."""

    rating_system: Optional[str] = Field("str", nullable=True)
    """System you use for guest reviews."""

    score: Optional[float] = Field("float", nullable=True)
    """Your hotel's rating."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            max_score: Optional[float] = ...,
            number_of_reviewers: Optional[int] = ...,
            rating_system: Optional[str] = ...,
            score: Optional[float] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelGuestRatings"]
