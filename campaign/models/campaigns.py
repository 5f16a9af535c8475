"""Campaigns, such as #ItTakesACommunity and #Cities4Migration, and their index."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..languages import MultilingualPage
from .sharing import hashtag_list, plain_summary


class CampaignIndexPage(MultilingualPage, Page):
    language_fields = ("title",)

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["campaign.CampaignPage"]
    max_count = 1

    schema_org_type = "CollectionPage"

    class Meta:
        verbose_name = _("campaign index page")

    def meta_description(self):
        return plain_summary(self.introduction)

    def share_source_image(self):
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = (
            CampaignPage.objects.live()
            .child_of(self)
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
        )
        running = Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate())
        context["running"] = campaigns.filter(running).order_by("-start_date", "pk")
        context["past"] = campaigns.exclude(running).order_by("-end_date", "pk")
        return context


class CampaignPage(MultilingualPage, Page):
    language_fields = ("title", "summary", "body")

    hashtags = models.CharField(
        _("hashtags"),
        max_length=200,
        blank=True,
        help_text=_("Separated by spaces, e.g. #Cities4Migration #WeTogether"),
    )
    start_date = models.DateField(_("start date"), db_index=True)
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Leave empty while the campaign runs. From the day after this date, "
            "the campaign is listed as past."
        ),
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
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    hero_image_credit = models.CharField(
        _("hero image credit"), max_length=120, blank=True
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("hashtags"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_image_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("hashtags"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["campaign.CampaignIndexPage"]
    subpage_types = []

    schema_org_type = "CreativeWork"

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @property
    def is_running(self):
        return self.end_date is None or self.end_date >= timezone.localdate()

    def hashtag_list(self):
        return hashtag_list(self.hashtags)

    def meta_description(self):
        return plain_summary(self.summary)

    def share_source_image(self):
        return self.hero_image

    def schema_org(self, request):
        # A CreativeWork has no start or end date: its period is an ISO 8601
        # interval, open-ended ("..") while the campaign runs.
        end = self.end_date.isoformat() if self.end_date else ".."
        return {
            "temporalCoverage": f"{self.start_date.isoformat()}/{end}",
            "keywords": ", ".join(self.hashtag_list()),
        }
