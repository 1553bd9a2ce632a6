# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional


class ConversionEventDeviceInfo(Model):
    """Object containing information about the device where event occurred."""

    battery_level: Optional[int]
    """Battery charge level percentage"""

    brand: Optional[str]
    """Device brand"""

    carrier: Optional[str]
    """User device's mobile carrier."""

    cpu_cores: Optional[int]
    """Number of CPU cores"""

    external_storage_free_space: Optional[int]
    """External storage size in GB"""

    external_storage_size: Optional[int]
    """External storage size in GB"""

    form_factor: Optional[str]
    """Device form factor"""

    kernel_version: Optional[str]
    """Kernel version. Examples:
    Linux: 6.15. Obtain by running: uname -r
    MacOS: 24.3.0. Obtain by running: sysctl kern.version
    Android: 6.6. Obtain from OS.uname().release
    """

    languages: Optional[List[str]]
    """List of user installed languages. ISO 639-1 format"""

    locale: Optional[str]
    """Device locale BCP-47 format"""

    model: Optional[str]
    """Device model name"""

    network_type: Optional[str]
    """Network type: 4G, 5G, ethernet, wifi
    In Android: NetworkCapabilities.getNetworkCapabilities()
    """

    os_family: Optional[str]
    """OS Family"""

    os_name: Optional[str]
    """Short name of the OS.
    This value if specific to os family. Examples:
    Windows: 10, 11; Android: 16; iOS: 18; MacOS: 15; Linux: Debian, Ubuntu, Arch
    """

    os_release_name: Optional[str]
    """Marketing name for the release version
    iOS: Dawn
    Android: Baklava
    MacOS: Sequoia
    Ubuntu Linux: Plucky Puffin
    """

    os_version: Optional[str]
    """Full name of the version. Examples:
    iOS: 18.3
    Android: 16.1
    MacOS: 15.5
    Windows: 24H2
    Ubuntu Linux: 25.04
    """

    screen_density: Optional[int]
    """Screen density, PPI"""

    screen_height: Optional[int]
    """Screen height in pixels"""

    screen_width: Optional[int]
    """Screen width in pixels"""

    storage_free_space: Optional[int]
    """Internal storage size in GB"""

    storage_size: Optional[int]
    """Internal storage size in GB"""

    timezone: Optional[str]
    """Device timezone"""

    timezone_abbr: Optional[str]
    """Timezone abbreviation"""

    type: Optional[str]
    """Device type"""

    _spec = (
        ('battery_level', 'int', '', {'maximum': 100, 'minimum': 0}),
        ('brand', 'str', '', {'max_length': 100}),
        ('carrier', 'str', '', {'max_length': 100}),
        ('cpu_cores', 'int', '', {'maximum': 1152, 'minimum': 0}),
        ('external_storage_free_space', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('external_storage_size', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('form_factor', 'str', '', {'enum': ('desktop', 'laptop', 'cellphone', 'tablet', 'smartwatch', 'tv', 'vr', 'console', 'other')}),
        ('kernel_version', 'str', '', {'max_length': 100}),
        ('languages', 'list[str]', '', {'max_items': 100, 'min_items': 0}),
        ('locale', 'str', '', {'max_length': 35}),
        ('model', 'str', '', {'max_length': 100}),
        ('network_type', 'str', '', {'enum': ('wifi', 'cellular_2g', 'cellular_3g', 'cellular_4g', 'cellular_5g', 'cellular_6g', 'ethernet', 'unknown')}),
        ('os_family', 'str', '', {'enum': ('ios', 'android', 'macos', 'windows', 'linux', 'bsd', 'other')}),
        ('os_name', 'str', '', {'max_length': 100}),
        ('os_release_name', 'str', '', {'max_length': 100}),
        ('os_version', 'str', '', {'max_length': 100}),
        ('screen_density', 'int', '', {'maximum': 100000, 'minimum': 0}),
        ('screen_height', 'int', '', {'maximum': 30720, 'minimum': 0}),
        ('screen_width', 'int', '', {'maximum': 30720, 'minimum': 0}),
        ('storage_free_space', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('storage_size', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('timezone', 'str', '', {'max_length': 40}),
        ('timezone_abbr', 'str', '', {'max_length': 5}),
        ('type', 'str', '', {'max_length': 100}),
    )
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
