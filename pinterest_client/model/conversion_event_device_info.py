# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class ConversionEventDeviceInfo(Model):
    """Object containing information about the device where event occurred."""

    battery_level: Optional[int] = Field("int", maximum=100, minimum=0)
    """Battery charge level percentage"""

    brand: Optional[str] = Field("str", max_length=100)
    """Device brand"""

    carrier: Optional[str] = Field("str", max_length=100)
    """User device's mobile carrier."""

    cpu_cores: Optional[int] = Field("int", maximum=1152, minimum=0)
    """Number of CPU cores"""

    external_storage_free_space: Optional[int] = Field("int", maximum=1048576, minimum=0)
    """External storage size in GB"""

    external_storage_size: Optional[int] = Field("int", maximum=1048576, minimum=0)
    """External storage size in GB"""

    form_factor: Optional[str] = Field(
        "str", enum=("desktop", "laptop", "cellphone", "tablet", "smartwatch", "tv", "vr", "console", "other")
    )
    """Device form factor"""

    kernel_version: Optional[str] = Field("str", max_length=100)
    """Kernel version. Examples:
    Linux: 6.15. Obtain by running: uname -r
    MacOS: 24.3.0. Obtain by running: sysctl kern.version
    Android: 6.6. Obtain from OS.uname().release
    """

    languages: Optional[List[str]] = Field("list[str]", max_items=100, min_items=0)
    """List of user installed languages. ISO 639-1 format"""

    locale: Optional[str] = Field("str", max_length=35)
    """Device locale BCP-47 format"""

    model: Optional[str] = Field("str", max_length=100)
    """Device model name"""

    network_type: Optional[str] = Field(
        "str",
        enum=("wifi", "cellular_2g", "cellular_3g", "cellular_4g", "cellular_5g", "cellular_6g", "ethernet", "unknown"),
    )
    """Network type: 4G, 5G, ethernet, wifi
    In Android: NetworkCapabilities.getNetworkCapabilities()
    """

    os_family: Optional[str] = Field("str", enum=("ios", "android", "macos", "windows", "linux", "bsd", "other"))
    """OS Family"""

    os_name: Optional[str] = Field("str", max_length=100)
    """Short name of the OS.
    This value if specific to os family. Examples:
    Windows: 10, 11; Android: 16; iOS: 18; MacOS: 15; Linux: Debian, Ubuntu, Arch
    """

    os_release_name: Optional[str] = Field("str", max_length=100)
    """Marketing name for the release version
    iOS: Dawn
    Android: Baklava
    MacOS: Sequoia
    Ubuntu Linux: Plucky Puffin
    """

    os_version: Optional[str] = Field("str", max_length=100)
    """Full name of the version. Examples:
    iOS: 18.3
    Android: 16.1
    MacOS: 15.5
    Windows: 24H2
    Ubuntu Linux: 25.04
    """

    screen_density: Optional[int] = Field("int", maximum=100000, minimum=0)
    """Screen density, PPI"""

    screen_height: Optional[int] = Field("int", maximum=30720, minimum=0)
    """Screen height in pixels"""

    screen_width: Optional[int] = Field("int", maximum=30720, minimum=0)
    """Screen width in pixels"""

    storage_free_space: Optional[int] = Field("int", maximum=1048576, minimum=0)
    """Internal storage size in GB"""

    storage_size: Optional[int] = Field("int", maximum=1048576, minimum=0)
    """Internal storage size in GB"""

    timezone: Optional[str] = Field("str", max_length=40)
    """Device timezone"""

    timezone_abbr: Optional[str] = Field("str", max_length=5)
    """Timezone abbreviation"""

    type: Optional[str] = Field("str", max_length=100)
    """Device type"""

    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            battery_level: Optional[int] = ...,
            brand: Optional[str] = ...,
            carrier: Optional[str] = ...,
            cpu_cores: Optional[int] = ...,
            external_storage_free_space: Optional[int] = ...,
            external_storage_size: Optional[int] = ...,
            form_factor: Optional[str] = ...,
            kernel_version: Optional[str] = ...,
            languages: Optional[List[str]] = ...,
            locale: Optional[str] = ...,
            model: Optional[str] = ...,
            network_type: Optional[str] = ...,
            os_family: Optional[str] = ...,
            os_name: Optional[str] = ...,
            os_release_name: Optional[str] = ...,
            os_version: Optional[str] = ...,
            screen_density: Optional[int] = ...,
            screen_height: Optional[int] = ...,
            screen_width: Optional[int] = ...,
            storage_free_space: Optional[int] = ...,
            storage_size: Optional[int] = ...,
            timezone: Optional[str] = ...,
            timezone_abbr: Optional[str] = ...,
            type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ConversionEventDeviceInfo"]
