"""Packaging for pinterest_client (ships the `pinterest_client` package only)."""

import os
import re

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "pinterest_client", "__init__.py"), encoding="utf-8") as fh:
    VERSION = re.search(r'^__version__ = "([^"]+)"', fh.read(), re.M).group(1)

with open(os.path.join(HERE, "README.md"), encoding="utf-8") as fh:
    LONG_DESCRIPTION = fh.read()

setup(
    name="pinterest-client",
    version=VERSION,
    description="Typed Python SDK for the Pinterest REST API v5",
    long_description=LONG_DESCRIPTION,
    long_description_content_type="text/markdown",
    python_requires=">=3.9",
    packages=find_packages(include=["pinterest_client", "pinterest_client.*"]),
    package_data={"pinterest_client": ["py.typed"]},
    install_requires=[
        "urllib3>=1.26,<3",
        "python-dateutil>=2.8,<3",
        "certifi>=2017.4.17",
    ],
    extras_require={
        "progress": ["tqdm>=4"],
        "pandas": ["pandas>=1.3"],
    },
    classifiers=[
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        "Typing :: Typed",
        "Operating System :: OS Independent",
    ],
)
