"""Generated enums create their members the first time they are used, by filling the tables
``enum.EnumMeta`` keeps on every enum class. Those table names are private to CPython's ``enum``;
this test keeps the reliance honest on whichever Python runs it (tox runs it on every supported one):
lazily created members must behave exactly like members ``enum`` creates itself."""

from __future__ import annotations

import enum
import pickle
import subprocess
import sys

import pytest

from pinterest_client._enums import _MEMBER_TABLES
from pinterest_client.exceptions import ApiValueError


def test_the_standard_library_keeps_the_tables_we_fill() -> None:
    class Plain(str, enum.Enum):
        A = "a"
        B = "b"

    for name in _MEMBER_TABLES:
        if name == "_unhashable_values_" and sys.version_info < (3, 12):
            continue  # (new in 3.12: earlier Pythons keep three tables; the fourth is then unused)
        assert name in Plain.__dict__, f"enum no longer keeps {name} on the class (Python {sys.version})"
    assert Plain._member_names_ == ["A", "B"] and Plain._value2member_map_["a"] is Plain.A


def test_lazily_created_members_behave_like_standard_ones() -> None:
    code = (
        "import enum, pickle, sys\n"
        "from pinterest_client.models import Granularity\n"
        "assert 'pinterest_client' in sys.modules\n"
        "assert Granularity('DAY') is Granularity.DAY is Granularity['DAY']\n"
        "assert Granularity.DAY == 'DAY' and isinstance(Granularity.DAY, (str, enum.Enum))\n"
        "assert [m.value for m in Granularity][:2] == ['TOTAL', 'DAY']\n"
        "assert 'DAY' in Granularity.__members__ and len(Granularity) == len(list(Granularity))\n"
        "assert pickle.loads(pickle.dumps(Granularity.DAY)) is Granularity.DAY\n"
        "assert Granularity.DAY.name == 'DAY' and repr(Granularity.DAY) == \"'DAY'\"\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_an_unknown_value_lists_the_allowed_ones() -> None:
    from pinterest_client.models import Granularity

    with pytest.raises(ApiValueError, match=r"Invalid value for `Granularity` \('YEAR'\), must be one of \['TOTAL'"):
        Granularity("YEAR")
    assert pickle.loads(pickle.dumps(Granularity.MONTH)) is Granularity.MONTH
