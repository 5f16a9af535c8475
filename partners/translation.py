"""Field-level translations. Every Page subclass is registered, even with no fields."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import City, PartnerIndexPage, PartnerPage, Topic


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)


@register(City)
class CityTR(TranslationOptions):
    fields = ("name",)


@register(PartnerIndexPage)
class PartnerIndexPageTR(TranslationOptions):
    fields = ("introduction",)


@register(PartnerPage)
class PartnerPageTR(TranslationOptions):
    fields = ("summary", "description", "role", "logo_alt")
