from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Topic


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name",)
