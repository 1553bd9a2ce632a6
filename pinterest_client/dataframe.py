"""One-call ``pandas.DataFrame`` conversion for notebooks (needs the ``pinterest-client-v5[pandas]`` extra).

    df = to_dataframe(paginate(boards.boards_list))          # every board, one row each
    df = to_dataframe(ad_accounts.ad_account_analytics(...)) # analytics rows
    df = to_dataframe(report)                                 # a downloaded AnalyticsReport

Columns are the API's wire names (``created_at``, ``board_owner``...). Dates stay
``datetime``/``date`` objects, nested objects become dicts (or ``parent.child`` columns with
``flatten=True``), enums their plain values. ``pandas`` is imported only when you call
:func:`to_dataframe`; :func:`to_records` gives the same rows as plain dicts without pandas.
"""

from __future__ import annotations

import enum
import importlib
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence

from pinterest_client.model_utils import Model, ModelList

__all__ = ["to_dataframe", "to_records"]

_INSTALL_HINT = "to_dataframe() needs pandas: pip install 'pinterest-client-v5[pandas]' (or pip install pandas)"


def _cell(value: Any) -> Any:
    """A value for a DataFrame cell: models -> dicts (wire names), enums -> values; dates kept."""
    if isinstance(value, (Model, ModelList)):
        return _plain(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_cell(v) for v in value]
    if isinstance(value, dict):
        return {k: _cell(v) for k, v in value.items()}
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return {key: _cell(value[key]) for key in value.to_wire()}
    if isinstance(value, ModelList):
        return [_cell(v) for v in value]
    return _cell(value)


def _row(item: Any) -> Dict[str, Any]:
    if isinstance(item, Model):
        row: Dict[str, Any] = _plain(item)
        return row
    if isinstance(item, Mapping):
        return {str(k): _cell(v) for k, v in item.items()}
    return {"value": _cell(item)}


def _items(data: Any) -> Iterable[Any]:
    """The rows ``data`` stands for."""
    if data is None:
        return []
    rows = getattr(data, "rows", None)  # an AnalyticsReport
    if callable(rows) and not isinstance(data, (Model, Mapping)):
        result: List[Any] = rows()
        return result
    if isinstance(data, Model):
        items = data.get("items")
        if isinstance(items, list) and "bookmark" in type(data)._by_wire:
            return items  # a page response: its items are the rows
        return [data]
    if isinstance(data, (Mapping, str, bytes)):
        return [data]
    if isinstance(data, Iterable):
        return data  # lists, ModelLists, Page, Paginator, generators
    return [data]


def to_records(data: Any) -> List[Dict[str, Any]]:
    """The rows :func:`to_dataframe` would build, as a list of dicts (no pandas needed)."""
    return [_row(item) for item in _items(data)]


def to_dataframe(data: Any, *, columns: Optional[Sequence[str]] = None, flatten: bool = False) -> Any:
    """A ``pandas.DataFrame`` with one row per item.

    :param data: a list response or page response (``BoardsListResponse``: its ``items``), a
        :class:`~pinterest_client.pagination.Paginator` (every page is fetched) or
        :class:`~pinterest_client.pagination.Page`, analytics rows (``AdAccountAnalyticsResponse``),
        an :class:`~pinterest_client.jobs.AnalyticsReport`, any iterable of models or dicts, or one model.
    :param columns: keep (and order) only these columns.
    :param flatten: expand nested objects into ``parent.child`` columns (``pandas.json_normalize``).
    :raises ImportError: pandas is not installed.
    """
    try:
        pandas: Any = importlib.import_module("pandas")
    except ImportError as exc:
        raise ImportError(_INSTALL_HINT) from exc
    records = to_records(data)
    if flatten:
        frame = pandas.json_normalize(records, sep=".")
    else:
        frame = pandas.DataFrame.from_records(records) if records else pandas.DataFrame()
    if columns is not None:
        frame = frame.reindex(columns=list(columns))
    return frame
