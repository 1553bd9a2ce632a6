# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``LabelCreateRequestLabels`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`LabelCreateRequestLabelsItem`, the same class under its current name.
"""

from pinterest_client.model.label_create_request_labels_item import LabelCreateRequestLabelsItem

LabelCreateRequestLabels = LabelCreateRequestLabelsItem

__all__ = ["LabelCreateRequestLabels"]
