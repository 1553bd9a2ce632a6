# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LabelUpdateRequestLabels`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`LabelUpdateRequestLabelsItem`, the same class under its current name.
"""

from pinterest_client.model.label_update_request_labels_item import LabelUpdateRequestLabelsItem

LabelUpdateRequestLabels = LabelUpdateRequestLabelsItem

__all__ = ["LabelUpdateRequestLabels"]
