"""Choices shared by the partner models and the forms and queries that read them;
kept apart so that the selectors, which the page models call, need no models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    LOCAL_GOVERNMENT = "local-government", _("Local or regional government")
    CITY_NETWORK = "city-network", _("Network of cities")
    INTERNATIONAL = "international", _("International organisation or UN agency")
    NATIONAL_GOVERNMENT = "national-government", _("National government")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    BUSINESS = "business", _("Business")
    FOUNDATION = "foundation", _("Foundation")
    ACADEMIA = "academia", _("Academia")
