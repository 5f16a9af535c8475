"""Choices shared by the story models and the public story form; kept apart so that
the selectors, which the page models call, reach the forms without the models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    LOCAL_GOVERNMENT = "local", _("City or local government")
    NATIONAL_GOVERNMENT = "national", _("National government")
    CIVIL_SOCIETY = "civil", _("Civil society organisation")
    INTERNATIONAL = "international", _("International organisation")
    BUSINESS = "business", _("Business")
    ACADEMIA = "academia", _("University or research centre")
    OTHER = "other", _("Other")
