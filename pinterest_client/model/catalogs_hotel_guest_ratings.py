# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsHotelGuestRatings(Model):
    """If specified, you must provide all properties"""

    max_score: Optional[float]
    """Max value for the hotel rating score."""

    number_of_reviewers: Optional[int]
    """Total number of people who have rated this hotel."""

    rating_system: Optional[str]
    """System you use for guest reviews."""

    score: Optional[float]
    """Your hotel's rating."""

    _spec = (
        ('max_score', 'float', 'nullable'),
        ('number_of_reviewers', 'int', 'nullable'),
        ('rating_system', 'str', 'nullable'),
        ('score', 'float', 'nullable'),
    )

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
