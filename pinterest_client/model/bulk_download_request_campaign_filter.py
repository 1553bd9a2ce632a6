# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.bulk_download_request import (
    BulkDownloadRequestCampaignFilter as BulkDownloadRequestCampaignFilter,
)

__all__ = ["BulkDownloadRequestCampaignFilter"]
