"""The home page: the campaign's front door."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock


class HomePage(Page):
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
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("introduction"),
                FieldPanel("call_to_action_label"),
                PageChooserPanel("call_to_action_page"),
            ],
            heading=_("Hero"),
        ),
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
        "publications.PublicationIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from stories.models import StoryIndexPage
        from stories.selectors import latest_stories

        context = super().get_context(request, *args, **kwargs)
        context["latest_stories"] = latest_stories(3)
        context["story_index"] = StoryIndexPage.objects.live().first()
        return context
