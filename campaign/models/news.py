"""News: articles, their index filtered by topic, and a feed per language."""

from django import forms
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..languages import MultilingualPage, current_language, written_in
from .sharing import plain_summary

ARTICLES_PER_PAGE = 12


class NewsFeed(Feed):
    """The newest articles, in the language of the address it is read at."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        return self.index_page.title

    def description(self):
        return self.index_page.introduction

    def link(self):
        return self.index_page.url

    def items(self):
        """The newest articles written in the feed's language: one that falls
        back to another language is no item of this feed."""
        return written_in(self.index_page.articles(), current_language(), 20)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.author


class NewsIndexPage(MultilingualPage, RoutablePageMixin, Page):
    language_fields = ("title",)

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["campaign.ArticlePage"]
    max_count = 1

    schema_org_type = "CollectionPage"

    class Meta:
        verbose_name = _("news index page")

    def meta_description(self):
        return plain_summary(self.introduction)

    def share_source_image(self):
        return None

    def articles(self):
        return (
            ArticlePage.objects.live()
            .child_of(self)
            .order_by("-date", "-pk")
            .select_related("lead_image")
            .prefetch_related("topics", "lead_image__renditions")
        )

    @path("")
    def listing(self, request):
        Topic = ArticlePage._meta.get_field("topics").related_model
        articles = self.articles()
        topics = Topic.objects.filter(articles__live=True).distinct().order_by("name")
        topic = next(
            (t for t in topics if t.slug == request.GET.get("topic", "")), None
        )
        if topic:
            articles = articles.filter(topics=topic)
        return self.render(
            request,
            context_overrides={
                "articles": Paginator(articles, ARTICLES_PER_PAGE).get_page(
                    request.GET.get("page")
                ),
                "topics": topics,
                "topic": topic,
                "query_string": f"topic={topic.slug}" if topic else "",
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")


class ArticlePage(MultilingualPage, Page):
    language_fields = ("title", "summary", "body")

    date = models.DateField(_("date"), db_index=True)
    author = models.CharField(_("author or organisation"), max_length=160, blank=True)
    campaign = models.ForeignKey(
        "campaign.CampaignPage",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("Its hashtags are shared with the article."),
    )
    topics = ParentalManyToManyField(
        "partners.Topic", verbose_name=_("topics"), blank=True, related_name="articles"
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("lead image alt text"), max_length=250, blank=True
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("author"),
        FieldPanel("campaign"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
            heading=_("Lead image"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["campaign.NewsIndexPage"]
    subpage_types = []

    schema_org_type = "NewsArticle"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def hashtag_list(self):
        return self.campaign.hashtag_list() if self.campaign else []

    def meta_description(self):
        return plain_summary(self.summary)

    def share_source_image(self):
        return self.lead_image

    def schema_org(self, request):
        data = {"datePublished": self.date.isoformat()}
        if self.author:
            data["author"] = {"@type": "Organization", "name": self.author}
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data
