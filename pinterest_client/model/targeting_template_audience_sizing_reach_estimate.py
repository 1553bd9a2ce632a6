# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.targeting_template_audience_sizing import (
    TargetingTemplateAudienceSizingReachEstimate as TargetingTemplateAudienceSizingReachEstimate,
)

__all__ = ["TargetingTemplateAudienceSizingReachEstimate"]
