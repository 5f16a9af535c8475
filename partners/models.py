"""The coalition: partner profiles, the cities they and the stories belong to, and
the topics shared by stories, publications and partners."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class Topic(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class City(index.Indexed, models.Model):
    """One place, one identity in every language: stories, publications and partners
    point to it instead of copying its name."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    country = CountryField(_("country"))
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("country"),
        MultiFieldPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")],
            heading=_("Coordinates"),
        ),
    ]

    search_fields = [
        *[index.SearchField(f"name_{code}") for code in ("en", "fr", "es", "ar")],
        *[index.AutocompleteField(f"name_{code}") for code in ("en", "fr", "es", "ar")],
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        indexes = [models.Index(fields=["country"])]

    def __str__(self):
        return self.name


class PartnerKind(models.TextChoices):
    LOCAL_GOVERNMENT = "local-government", _("Local or regional government")
    CITY_NETWORK = "city-network", _("Network of cities")
    INTERNATIONAL = "international", _("International organisation or UN agency")
    NATIONAL_GOVERNMENT = "national-government", _("National government")
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    BUSINESS = "business", _("Business")
    FOUNDATION = "foundation", _("Foundation")
    ACADEMIA = "academia", _("Academia")


class PartnerIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("partner index")


class PartnerPage(Page):
    """A partner of the campaign. A partner of the local-government kind is a city
    and points to it, so the city's stories and publications gather on its page."""

    kind = models.CharField(_("kind"), max_length=24, choices=PartnerKind.choices)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("logo description (alt text)"), max_length=200, blank=True
    )
    country = CountryField(_("country"), blank=True)
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partners",
    )
    website = models.URLField(_("website"), blank=True)
    summary = models.TextField(_("summary"), blank=True, max_length=400)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    role = models.CharField(
        _("role in the campaign"),
        max_length=250,
        blank=True,
        help_text=_("For example: co-steers the Mayors Mechanism."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("acronym"),
                FieldPanel("country"),
                FieldPanel("city"),
                FieldPanel("website"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")
        ),
        FieldPanel("summary"),
        FieldPanel("role"),
        FieldPanel("description"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        indexes = [
            models.Index(fields=["kind"]),
            models.Index(fields=["country"]),
        ]
