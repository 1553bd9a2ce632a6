# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.conversion_tag_configs import ConversionTagConfigs
    from pinterest_client.model.enhanced_match_status_type import EnhancedMatchStatusType
    from pinterest_client.model.entity_status import EntityStatus


class ConversionTag(Model):
    """ConversionTag (component schema `ConversionTag`)."""

    code_snippet: Optional[str]
    """Tag code snippet."""

    configs: Optional[ConversionTagConfigs]

    enhanced_match_status: Optional[Union[EnhancedMatchStatusType, str]]
    """The enhanced match status of the tag"""

    id: Optional[str]
    """Tag ID."""

    last_fired_time_ms: Optional[float]
    """Time for the last event fired."""

    name: str
    """Conversion tag name."""

    version: Optional[str]
    """Version number."""

    ad_account_id: str
    """Ad account ID."""

    status: Optional[Union[EntityStatus, str]]

    _spec = (
        ('code_snippet', 'str', 'read_only'),
        ('configs', 'ConversionTagConfigs', 'read_only'),
        ('enhanced_match_status', 'EnhancedMatchStatusType', 'nullable read_only'),
        ('id', 'str', 'read_only'),
        ('last_fired_time_ms', 'float', 'nullable read_only'),
        ('name', 'str', 'required'),
        ('version', 'str', 'read_only'),
        ('ad_account_id', 'str', 'required read_only'),
        ('status', 'EntityStatus', 'read_only'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code_snippet: Optional[str] = ...,
            configs: Optional[ConversionTagConfigs] = ...,
            enhanced_match_status: Optional[Union[EnhancedMatchStatusType, str]] = ...,
            id: Optional[str] = ...,
            last_fired_time_ms: Optional[float] = ...,
            name: Optional[str] = ...,
            version: Optional[str] = ...,
            ad_account_id: Optional[str] = ...,
            status: Optional[Union[EntityStatus, str]] = ...,
        ) -> None: ...


__all__ = ["ConversionTag"]
