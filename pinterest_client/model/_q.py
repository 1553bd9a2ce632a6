# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'Q': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Dict, List, Optional


class QualityComponentDetails(Model):
    """Metrics for a specific event type within a quality component."""

    coverage: float
    """Coverage percentage for this event type."""

    issues: Optional[List[QualityComponentIssue]]
    """List of issues detected for this event type, if any."""

    overlap: Optional[float]
    """Overlap percentage for this event type. Only populated for external_event_id"""

    _spec = (
        ('coverage', 'float', 'required'),
        ('issues', 'list[QualityComponentIssue]'),
        ('overlap', 'float'),
    )
    _positional = ('coverage',)

    if TYPE_CHECKING:

        def __init__(
            self,
            coverage: float,
            *,
            issues: Optional[List[QualityComponentIssue]] = ...,
            overlap: Optional[float] = ...,
        ) -> None: ...


class QualityComponentIssue(Model):
    """Details of an issue with a quality component."""

    id: str
    """Unique identifier for the issue check."""

    name: str
    """Human-readable name of the issue."""

    reason: str
    """Detailed reason for the issue."""

    _spec = (
        ('id', 'str', 'required'),
        ('name', 'str', 'required'),
        ('reason', 'str', 'required'),
    )
    _positional = ('id', 'name', 'reason')

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            name: str,
            reason: str,
        ) -> None: ...


class QualityComponents(Model):
    """Set of quality components, with each component containing a event coverage and details."""

    advertiser_external_id: Optional[Dict[str, QualityComponentDetails]]

    click_id_epik: Optional[Dict[str, QualityComponentDetails]]

    external_event_id: Optional[Dict[str, QualityComponentDetails]]
    """Dedup components."""

    hashed_email: Optional[Dict[str, QualityComponentDetails]]
    """User matching identifiers."""

    hashed_maid: Optional[Dict[str, QualityComponentDetails]]

    ip_address: Optional[Dict[str, QualityComponentDetails]]

    order_id: Optional[Dict[str, QualityComponentDetails]]

    order_value: Optional[Dict[str, QualityComponentDetails]]

    product_id: Optional[Dict[str, QualityComponentDetails]]
    """Product/event metadata."""

    source_url: Optional[Dict[str, QualityComponentDetails]]

    user_agent: Optional[Dict[str, QualityComponentDetails]]

    _spec = (
        ('advertiser_external_id', 'dict[QualityComponentDetails]'),
        ('click_id_epik', 'dict[QualityComponentDetails]'),
        ('external_event_id', 'dict[QualityComponentDetails]'),
        ('hashed_email', 'dict[QualityComponentDetails]'),
        ('hashed_maid', 'dict[QualityComponentDetails]'),
        ('ip_address', 'dict[QualityComponentDetails]'),
        ('order_id', 'dict[QualityComponentDetails]'),
        ('order_value', 'dict[QualityComponentDetails]'),
        ('product_id', 'dict[QualityComponentDetails]'),
        ('source_url', 'dict[QualityComponentDetails]'),
        ('user_agent', 'dict[QualityComponentDetails]'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            advertiser_external_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            click_id_epik: Optional[Dict[str, QualityComponentDetails]] = ...,
            external_event_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            hashed_email: Optional[Dict[str, QualityComponentDetails]] = ...,
            hashed_maid: Optional[Dict[str, QualityComponentDetails]] = ...,
            ip_address: Optional[Dict[str, QualityComponentDetails]] = ...,
            order_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            order_value: Optional[Dict[str, QualityComponentDetails]] = ...,
            product_id: Optional[Dict[str, QualityComponentDetails]] = ...,
            source_url: Optional[Dict[str, QualityComponentDetails]] = ...,
            user_agent: Optional[Dict[str, QualityComponentDetails]] = ...,
        ) -> None: ...


class QuizPinData(Model):
    """This field includes all quiz data including questions, options, and results."""

    questions: Optional[List[QuizPinQuestion]]

    results: Optional[List[QuizPinResult]]

    tie_breaker_custom_result: Optional[QuizPinResult]
    """The result, and link out, based on the user’s choice."""

    tie_breaker_type: Optional[str]
    """Quiz ad tie breaker type, default is RANDOM"""

    _spec = (
        ('questions', 'list[QuizPinQuestion]'),
        ('results', 'list[QuizPinResult]'),
        ('tie_breaker_custom_result', 'QuizPinResult', 'nullable'),
        ('tie_breaker_type', 'str', '', {'enum': ('RANDOM', 'CUSTOM')}),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            questions: Optional[List[QuizPinQuestion]] = ...,
            results: Optional[List[QuizPinResult]] = ...,
            tie_breaker_custom_result: Optional[QuizPinResult] = ...,
            tie_breaker_type: Optional[str] = ...,
        ) -> None: ...


class QuizPinOption(Model):
    """This field contains multiple options to a quiz question."""

    id: Optional[float]

    text: Optional[str]

    _spec = (
        ('id', 'float'),
        ('text', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[float] = ...,
            text: Optional[str] = ...,
        ) -> None: ...


class QuizPinQuestion(Model):
    """A specific quiz inquiry."""

    options: Optional[List[QuizPinOption]]

    question_id: Optional[float]

    question_text: Optional[str]

    _spec = (
        ('options', 'list[QuizPinOption]'),
        ('question_id', 'float'),
        ('question_text', 'str'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            options: Optional[List[QuizPinOption]] = ...,
            question_id: Optional[float] = ...,
            question_text: Optional[str] = ...,
        ) -> None: ...


class QuizPinResult(Model):
    """The result, and link out, based on the user’s choice."""

    android_deep_link: Optional[str]

    destination_url: Optional[str]

    ios_deep_link: Optional[str]

    organic_pin_id: Optional[str]

    result_id: Optional[float]

    _spec = (
        ('android_deep_link', 'str'),
        ('destination_url', 'str'),
        ('ios_deep_link', 'str'),
        ('organic_pin_id', 'str'),
        ('result_id', 'float'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            android_deep_link: Optional[str] = ...,
            destination_url: Optional[str] = ...,
            ios_deep_link: Optional[str] = ...,
            organic_pin_id: Optional[str] = ...,
            result_id: Optional[float] = ...,
        ) -> None: ...
