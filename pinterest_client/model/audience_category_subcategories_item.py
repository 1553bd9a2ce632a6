# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.audience_category import (
    AudienceCategorySubcategoriesItem as AudienceCategorySubcategoriesItem,
)

__all__ = ["AudienceCategorySubcategoriesItem"]
