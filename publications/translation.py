"""Field-level translations. Every Page subclass is registered, even with no fields."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Programme, PublicationIndexPage, PublicationPage, PublicationType


@register(PublicationType)
class PublicationTypeTR(TranslationOptions):
    fields = ("name", "plural_name")


@register(Programme)
class ProgrammeTR(TranslationOptions):
    fields = ("name",)


@register(PublicationIndexPage)
class PublicationIndexPageTR(TranslationOptions):
    fields = ("introduction",)


@register(PublicationPage)
class PublicationPageTR(TranslationOptions):
    fields = ("series", "co_organisers", "summary", "key_lessons", "body")
