# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.board_section import BoardSection


class BoardSectionsListResponse(Model):
    """BoardSectionsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[BoardSection]
    """Board sections"""

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[BoardSection]', required=True),
    )
