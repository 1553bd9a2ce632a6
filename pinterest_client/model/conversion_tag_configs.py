# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class ConversionTagConfigs(Model):
    """ConversionTagConfigs (component schema)."""

    aem_db_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match birthdate is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    aem_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match email is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    aem_external_id_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    aem_fnln_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match name is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    aem_ge_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match gender is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    aem_loc_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    aem_ph_enabled: Optional[bool] = Field("bool", nullable=True)
    """Whether Automatic Enhanced Match phone is enabled. See [Enhanced
    match](https://help.pinterest.com/en/business/article/enhanced-match) for more information.
    """

    md_frequency: Optional[float] = Field("float", nullable=True)
    """Metadata ingestion frequency."""

    no_code_capi_domains: Optional[List[str]] = Field("list[str]")
    """List of advertiser subdomains configured for NoCodeCAPI calls."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            aem_db_enabled: Optional[bool] = ...,
            aem_enabled: Optional[bool] = ...,
            aem_external_id_enabled: Optional[bool] = ...,
            aem_fnln_enabled: Optional[bool] = ...,
            aem_ge_enabled: Optional[bool] = ...,
            aem_loc_enabled: Optional[bool] = ...,
            aem_ph_enabled: Optional[bool] = ...,
            md_frequency: Optional[float] = ...,
            no_code_capi_domains: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["ConversionTagConfigs"]
