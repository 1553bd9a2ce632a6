# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.customer_list_upload_response import (
    CustomerListUploadResponseRecordCounts as CustomerListUploadResponseRecordCounts,
)

__all__ = ["CustomerListUploadResponseRecordCounts"]
