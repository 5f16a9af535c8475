"""Generic pages: about the campaign, how to take part, the privacy notice."""

from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock


class StandardPage(Page):
    """A generic page: about the campaign, how to take part, the privacy notice."""

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

    schema_org_type = "WebPage"

    class Meta:
        verbose_name = _("standard page")

    def meta_description(self):
        return Truncator(self.search_description or self.introduction).chars(200)

    def share_source_image(self):
        return None
