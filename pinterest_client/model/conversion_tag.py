# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.conversion_tag_configs import ConversionTagConfigs
    from pinterest_client.model.enhanced_match_status_type import EnhancedMatchStatusType, EnhancedMatchStatusTypeValue
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue


class ConversionTag(Model):
    """ConversionTag (component schema `ConversionTag`)."""

    code_snippet: Optional[str] = Field("str", read_only=True)
    """Tag code snippet."""

    configs: Optional[ConversionTagConfigs] = Field("ConversionTagConfigs", read_only=True)

    enhanced_match_status: Optional[Union[EnhancedMatchStatusType, str]] = Field(
        "EnhancedMatchStatusType", nullable=True, read_only=True
    )
    """The enhanced match status of the tag"""

    id: Optional[str] = Field("str", read_only=True)
    """Tag ID."""

    last_fired_time_ms: Optional[float] = Field("float", nullable=True, read_only=True)
    """Time for the last event fired."""

    name: str = Field("str", required=True)
    """Conversion tag name."""

    version: Optional[str] = Field("str", read_only=True)
    """Version number."""

    ad_account_id: str = Field("str", required=True, read_only=True)
    """Ad account ID."""

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus", read_only=True)
    """Deprecated: Pinterest dropped this property after spec 5.14.0."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code_snippet: Optional[str] = ...,
            configs: Optional[ConversionTagConfigs] = ...,
            enhanced_match_status: Optional[Union[EnhancedMatchStatusType, EnhancedMatchStatusTypeValue]] = ...,
            id: Optional[str] = ...,
            last_fired_time_ms: Optional[float] = ...,
            name: Optional[str] = ...,
            version: Optional[str] = ...,
            ad_account_id: Optional[str] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
        ) -> None: ...


__all__ = ["ConversionTag"]
