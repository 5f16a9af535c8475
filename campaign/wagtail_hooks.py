"""Admin hooks of the campaign app."""

from .statements import admin as statements_admin  # noqa: F401
