# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class ConversionTagConfigs(Model):
    """ConversionTagConfigs (component schema)."""

    aem_db_enabled: Optional[bool]
    """Whether Automatic Enhanced Match birthdate is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_enabled: Optional[bool]
    """Whether Automatic Enhanced Match email is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_external_id_enabled: Optional[bool]
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_fnln_enabled: Optional[bool]
    """Whether Automatic Enhanced Match name is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_ge_enabled: Optional[bool]
    """Whether Automatic Enhanced Match gender is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_loc_enabled: Optional[bool]
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_ph_enabled: Optional[bool]
    """Whether Automatic Enhanced Match phone is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    md_frequency: Optional[float]
    """Metadata ingestion frequency."""

    no_code_capi_domains: Optional[List[str]]
    """List of advertiser subdomains configured for NoCodeCAPI calls."""

    _fields = (
        Field('aem_db_enabled', 'bool', nullable=True),
        Field('aem_enabled', 'bool', nullable=True),
        Field('aem_external_id_enabled', 'bool', nullable=True),
        Field('aem_fnln_enabled', 'bool', nullable=True),
        Field('aem_ge_enabled', 'bool', nullable=True),
        Field('aem_loc_enabled', 'bool', nullable=True),
        Field('aem_ph_enabled', 'bool', nullable=True),
        Field('md_frequency', 'float', nullable=True),
        Field('no_code_capi_domains', 'list[str]'),
    )
