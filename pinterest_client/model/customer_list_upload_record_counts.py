# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.customer_list_upload import CustomerListUploadRecordCounts as CustomerListUploadRecordCounts

__all__ = ["CustomerListUploadRecordCounts"]
