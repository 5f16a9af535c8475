"""Field-level translations. Every Page subclass is registered, even with no fields."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NavigationLink,
    NewsIndexPage,
    SiteChrome,
    StandardPage,
    StatementPage,
)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = (
        "hero_title",
        "introduction",
        "call_to_action_label",
        "hero_image_alt",
        "hero_image_credit",
        "initiative",
        "key_figures",
        "take_part",
        "body",
    )


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("introduction", "body")


@register(SiteChrome)
class SiteChromeTR(TranslationOptions):
    fields = ("campaign_name", "claim", "footer_text")


@register(NavigationLink)
class NavigationLinkTR(TranslationOptions):
    """An empty label shows the page title in the visitor's language."""

    fields = ("label",)
    fallback_languages = {"default": ("en",)}


@register(StatementPage)
class StatementPageTR(TranslationOptions):
    fields = ("summary", "text")


@register(CampaignIndexPage)
class CampaignIndexPageTR(TranslationOptions):
    fields = ("introduction",)


@register(CampaignPage)
class CampaignPageTR(TranslationOptions):
    fields = ("hero_image_alt", "hero_image_credit", "summary", "body")


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("introduction",)


@register(ArticlePage)
class ArticlePageTR(TranslationOptions):
    fields = ("author", "lead_image_alt", "summary", "body")


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("introduction",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("venue", "organisers", "image_alt", "summary", "body")
