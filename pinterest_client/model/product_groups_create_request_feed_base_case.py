# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ProductGroupsCreateRequestFeedBaseCase`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CatalogsProductGroupCreateRequest`, the same class under its current name.
"""

from pinterest_client.model.catalogs_product_group_create_request import CatalogsProductGroupCreateRequest

ProductGroupsCreateRequestFeedBaseCase = CatalogsProductGroupCreateRequest

__all__ = ["ProductGroupsCreateRequestFeedBaseCase"]
