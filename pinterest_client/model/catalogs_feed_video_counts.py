# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsFeedVideoCounts(Model):
    """Counts of total, ingested, and not ingested videos in the feed file. The counts may not appear early in the
    process.
    """

    ingested_videos: Optional[int] = Field("int")
    """The number of videos successfully ingested from the feed file."""

    not_ingested_videos: Optional[int] = Field("int")
    """The number of videos that were not ingested from the feed file."""

    total_videos: Optional[int] = Field("int")
    """The number of videos in the feed file."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ingested_videos: Optional[int] = ...,
            not_ingested_videos: Optional[int] = ...,
            total_videos: Optional[int] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedVideoCounts"]
