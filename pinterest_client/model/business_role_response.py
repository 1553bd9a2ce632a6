# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

BusinessRoleResponse = str
"""The access level a member/partner has to the business. Values are case-sensitive.

- EMPLOYEE: Can only view and access assets you assign to them.
They cannot see details about other employees, partners, or other assets.

- BIZ_ADMIN: Have full control of roles and can add employees or external partners as well as grant asset access.

- PARTNER: Can only view and access assets you assign them to/or they assign to you.
"""


__all__ = ["BusinessRoleResponse"]
