# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AudienceSubcategory`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AudienceInsightCategoryCommon`, the same class under its current name.
"""

from pinterest_client.model.audience_insight_category_common import AudienceInsightCategoryCommon

AudienceSubcategory = AudienceInsightCategoryCommon

__all__ = ["AudienceSubcategory"]
