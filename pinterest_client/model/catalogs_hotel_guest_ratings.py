# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('max_score', 'float', nullable=True),
        Field('number_of_reviewers', 'int', nullable=True),
        Field('rating_system', 'str', nullable=True),
        Field('score', 'float', nullable=True),
    )
