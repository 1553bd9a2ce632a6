# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.label_create_request import LabelCreateRequestLabelsItem as LabelCreateRequestLabelsItem

__all__ = ["LabelCreateRequestLabelsItem"]
