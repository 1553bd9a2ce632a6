# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.label_update_request import LabelUpdateRequestLabelsItem as LabelUpdateRequestLabelsItem

__all__ = ["LabelUpdateRequestLabelsItem"]
