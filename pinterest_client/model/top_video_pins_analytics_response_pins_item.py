# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Dict, Optional, Union

    from pinterest_client.model.data_status import DataStatus


class TopVideoPinsAnalyticsResponsePinsItem(Model):
    """Array with metrics, status, and pin id for the requested metric"""

    data_status: Optional[Dict[str, Union[DataStatus, str]]]

    metrics: Optional[Dict[str, float]]
    """The metric name and daily value for each requested metric"""

    pin_id: Optional[str]
    """The pin id"""

    _spec = (
        ('data_status', 'dict[DataStatus]'),
        ('metrics', 'dict[float]'),
        ('pin_id', 'str'),
    )
