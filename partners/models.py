"""The coalition: partner profiles, the cities they and the stories belong to, and
the topics shared by stories, publications and partners."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from campaign.languages import LANGUAGE_CODES, MultilingualPage

from . import selectors
from .choices import PartnerKind

META_LENGTH = 200


def plain_summary(*texts):
    """The first non-empty text as plain words, short enough for a meta description."""
    for text in texts:
        words = " ".join(strip_tags(text or "").split())
        if words:
            return Truncator(words).chars(META_LENGTH)
    return ""


class Topic(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    search_fields = [
        *[index.SearchField(f"name_{code}") for code in LANGUAGE_CODES],
        *[index.AutocompleteField(f"name_{code}") for code in LANGUAGE_CODES],
    ]

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
        *[index.SearchField(f"name_{code}") for code in LANGUAGE_CODES],
        *[index.AutocompleteField(f"name_{code}") for code in LANGUAGE_CODES],
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        indexes = [models.Index(fields=["country"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        """Stories and partners are found by their city's names: when the names
        change, index them again."""
        renamed = self.pk is not None
        super().save(*args, **kwargs)
        if renamed:
            for page in [*self.stories.all(), *self.partners.all()]:
                index.insert_or_update_object(page)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def get_url(self, request=None):
        """The city's page under the partner index, or "" when there is none."""
        index = PartnerIndexPage.objects.live().public().first()
        if index is None:
            return ""
        return index.city_url(self, request)

    # Metadata for the city page (a route of the partner index, not a page).
    schema_org_type = "Place"

    def meta_description(self):
        return plain_summary(
            _("Stories, statements and publications from %(city)s, %(country)s.")
            % {"city": self.name, "country": self.country.name}
        )

    def share_source_image(self):
        partner = next(iter(self.partners.all()), None)
        return partner.logo if partner else None

    def schema_org(self, request):
        data = {
            "name": self.name,
            "address": {"@type": "PostalAddress", "addressCountry": self.country.code},
        }
        if self.has_coordinates:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return data


class PartnerIndexPage(MultilingualPage, RoutablePageMixin, Page):
    """The coalition, grouped by kind, with its cities on a map; each city has its
    own page here, at cities/<slug>/."""

    language_fields = ("title",)

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count = 1

    schema_org_type = "CollectionPage"

    class Meta:
        verbose_name = _("partner index")

    def meta_description(self):
        return plain_summary(self.search_description, self.introduction)

    def share_source_image(self):
        return None

    @path("")
    def partner_list(self, request):
        context = self.get_context(request)
        context.update(selectors.partner_index_listing(self, request))
        return TemplateResponse(request, self.get_template(request), context)

    @path("cities/<slug:slug>/")
    def city(self, request, slug):
        city = City.objects.filter(slug=slug).first()
        if city is None:
            raise Http404
        context = self.get_context(request)
        context.update(selectors.city_page_context(city, request))
        return TemplateResponse(request, "partners/city_page.html", context)

    def city_url(self, city, request=None):
        return self.url + self.reverse_subpage("city", kwargs={"slug": city.slug})


class PartnerPage(MultilingualPage, Page):
    """A partner of the campaign. A partner of the local-government kind is a city
    and points to it, so the city's stories and publications gather on its page."""

    language_fields = ("title", "summary")

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
        _("logo description (alt text)"),
        max_length=200,
        blank=True,
        help_text=_("Required with a logo: what the logo says, e.g. its name."),
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
        InlinePanel("social_accounts", heading=_("Social media accounts")),
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
        index.SearchField("role"),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.RelatedFields(
            "city", [index.SearchField(f"name_{code}") for code in LANGUAGE_CODES]
        ),
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

    @property
    def schema_org_type(self):
        if self.kind in (PartnerKind.LOCAL_GOVERNMENT, PartnerKind.NATIONAL_GOVERNMENT):
            return "GovernmentOrganization"
        return "Organization"

    def clean(self):
        super().clean()
        if self.logo_id and not self.logo_alt_en:
            raise ValidationError(
                {"logo_alt_en": _("Describe the logo: a logo needs its alt text.")}
            )

    def meta_description(self):
        return plain_summary(
            self.search_description, self.summary, self.role, self.description
        )

    def share_source_image(self):
        return self.logo

    def schema_org(self, request):
        data = {"name": self.title}
        if self.acronym:
            data["alternateName"] = self.acronym
        # The node's url is this profile; the partner's own site and accounts
        # are the same organisation elsewhere.
        links = [self.website, *(account.url for account in self.social_accounts.all())]
        if any(links):
            data["sameAs"] = [link for link in links if link]
        if self.city_id:
            data["location"] = {"@type": "Place", **self.city.schema_org(request)}
        elif self.country:
            data["address"] = {
                "@type": "PostalAddress",
                "addressCountry": self.country.code,
            }
        return data


class PartnerSocialAccount(Orderable):
    partner = ParentalKey(
        PartnerPage, on_delete=models.CASCADE, related_name="social_accounts"
    )
    network = models.CharField(_("network"), max_length=40)
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media account")
        verbose_name_plural = _("social media accounts")

    def __str__(self):
        return f"{self.network}: {self.url}"
