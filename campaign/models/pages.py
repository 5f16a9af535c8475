"""Generic pages: about the campaign, how to take part, the privacy notice."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..languages import MultilingualPage
from ..text import own_language, plain_text


class StandardPage(MultilingualPage, Page):
    """A generic page: about the campaign, how to take part, the privacy notice."""

    language_fields = ("title", "body")

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["campaign.HomePage", "campaign.StandardPage"]
    subpage_types = ["campaign.StandardPage"]

    api_fields = [APIField("introduction"), APIField("body")]

    schema_org_type = "WebPage"
    search_type_label = _("Pages")
    search_result_label = _("Page")

    class Meta:
        verbose_name = _("standard page")

    def meta_description(self):
        return (
            own_language(self, "search_description")
            or self.introduction
            or plain_text(self.body)
        )

    def share_source_image(self):
        return None
