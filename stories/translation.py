"""Field-level translations. Every Page subclass is registered, even with no fields."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import StoryIndexPage, StoryPage


@register(StoryIndexPage)
class StoryIndexPageTR(TranslationOptions):
    fields = ("introduction",)


@register(StoryPage)
class StoryPageTR(TranslationOptions):
    fields = ("body", "photo_alt")
