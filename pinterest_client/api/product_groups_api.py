# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ProductGroupsApi: an API class of the original client whose operations Pinterest has since moved or removed.
Deprecated: kept so that code written against the original client imports and runs.
"""

from __future__ import annotations

from pinterest_client._operations import ApiBase
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.legacy_calls import removed

if TYPE_CHECKING:
    from typing import Any, NoReturn


class ProductGroupsApi(ApiBase):
    """Deprecated: the original client's ``ProductGroupsApi``; Pinterest's API no longer has this tag."""

    def ad_accounts_catalogs_product_groups_list(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Removed: Pinterest's API no longer has this operation of the original client; calling it raises
        ``OperationRemovedError`` (an ``ApiException``) before sending anything. Use
        CatalogProductGroupsApi.catalogs_product_groups_list(ad_account_id=...).
        """
        removed(
            "ad_accounts_catalogs_product_groups_list",
            "CatalogProductGroupsApi.catalogs_product_groups_list(ad_account_id=...)",
        )
