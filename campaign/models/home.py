"""The home page: the campaign's front door."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import selectors
from ..blocks import BaseStreamBlock, KeyFiguresBlock, TakePartBlock
from ..languages import MultilingualPage
from ..text import own_language


class HomePage(MultilingualPage, Page):
    language_fields = ("title", "hero_title", "introduction")

    hero_title = models.CharField(_("hero title"), max_length=160)
    introduction = models.TextField(_("introduction"), max_length=600)
    call_to_action_label = models.CharField(
        _("call to action label"), max_length=60, blank=True
    )
    call_to_action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image description (alt text)"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    hero_image_credit = models.CharField(
        _("hero image credit"), max_length=120, blank=True
    )
    initiative = models.TextField(
        _("who stands behind the campaign"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences, shown right under the hero."),
    )
    initiative_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page about the campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_figures = StreamField(
        [("key_figures", KeyFiguresBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("key figures"),
    )
    take_part = StreamField(
        [("take_part", TakePartBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("ways to take part"),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("introduction"),
                FieldPanel("call_to_action_label"),
                PageChooserPanel("call_to_action_page"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_image_credit"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("initiative"), PageChooserPanel("initiative_page")],
            heading=_("Who stands behind the campaign"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("take_part"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaign.StandardPage",
        "stories.StoryIndexPage",
        "partners.PartnerIndexPage",
        "campaign.StatementPage",
        "campaign.CampaignIndexPage",
        "campaign.NewsIndexPage",
        "campaign.EventIndexPage",
        "publications.PublicationIndexPage",
    ]
    max_count = 1

    api_fields = [
        APIField("hero_title"),
        APIField("introduction"),
        APIField("body"),
    ]

    schema_org_type = "WebSite"
    search_type_label = None
    search_result_label = _("Home page")
    feeds = [(_("Stories"), "stories:feed")]

    class Meta:
        verbose_name = _("home page")

    def meta_description(self):
        return own_language(self, "search_description") or self.introduction

    def share_source_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_sections())
        return context
