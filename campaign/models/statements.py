"""Statements that cities and organisations endorse, the endorsements sent in through
the public form, and the private contact record kept apart from each endorsement."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..languages import LANGUAGE_CODES, MultilingualPage

ENDORSERS_PER_PAGE = 24

# --- Page ---


class StatementPage(MultilingualPage, Page):
    """A statement in four languages, with the list of those who endorse it."""

    language_fields = ("title", "summary", "text")

    summary = models.TextField(_("summary"), max_length=400)
    text = RichTextField(
        _("statement"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    hashtags = models.CharField(
        _("hashtags"),
        max_length=200,
        blank=True,
        help_text=_("Separated by spaces, for example: #Cities4Migration #WeTogether"),
    )
    date = models.DateField(_("date of the statement"))
    endorsements_open = models.BooleanField(
        _("open for endorsement"),
        default=True,
        help_text=_("Cities and organisations can endorse it through the public form."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("hashtags"),
                FieldPanel("endorsements_open"),
            ],
            heading=_("Details"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        *[index.SearchField(f"title_{code}", boost=2) for code in LANGUAGE_CODES],
        *[index.AutocompleteField(f"title_{code}") for code in LANGUAGE_CODES],
        *[index.SearchField(f"summary_{code}") for code in LANGUAGE_CODES],
        *[index.SearchField(f"text_{code}") for code in LANGUAGE_CODES],
        index.SearchField("hashtags"),
        index.FilterField("date"),
    ]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = []

    api_fields = [
        APIField("summary"),
        APIField("text"),
        APIField("hashtags"),
        APIField("date"),
    ]
    schema_org_type = "CreativeWork"
    search_type_label = _("Statements")
    oembed = True

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        endorsements = self.approved_endorsements()
        paginator = Paginator(endorsements, ENDORSERS_PER_PAGE)
        context["endorsers"] = paginator.get_page(request.GET.get("page"))
        context["endorsement_count"] = paginator.count
        return context

    def approved_endorsements(self):
        """The public list: approved only, with what the list shows in one query."""
        return (
            Endorsement.objects.filter(
                statement=self, status=Endorsement.Status.APPROVED
            )
            .select_related("city", "partner")
            .order_by("-endorsed_on", "name", "pk")
        )

    @property
    def hashtag_list(self):
        return [tag for tag in self.hashtags.split() if tag.startswith("#")]

    # --- Metadata for discovery and sharing ---

    def meta_description(self):
        text = self.search_description or self.summary or strip_tags(self.text)
        return Truncator(" ".join(text.split())).chars(200)

    def share_source_image(self):
        return None

    def schema_org(self, request=None):
        data = {
            "dateCreated": self.date.isoformat(),
            "abstract": self.summary,
        }
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.date().isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.date().isoformat()
        if self.hashtag_list:
            data["keywords"] = ", ".join(tag[1:] for tag in self.hashtag_list)
        return data


# --- Endorsements ---


class Endorsement(models.Model):
    """The public part of an endorsement: who endorses, never how to reach them.
    Not part of the statement page's revisions (a plain foreign key, not a
    ParentalKey), nor of the search index."""

    class Kind(models.TextChoices):
        CITY = "city", _("City or local government")
        ORGANISATION = "organisation", _("Organisation")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    reference = models.CharField(
        _("reference"), max_length=12, unique=True, editable=False
    )
    statement = models.ForeignKey(
        StatementPage,
        verbose_name=_("statement"),
        on_delete=models.CASCADE,
        related_name="endorsements",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(
        _("city or organisation"),
        max_length=150,
        help_text=_("As the endorser wrote it; shown when no city or partner is set."),
    )
    city = models.ForeignKey(
        "partners.City",
        verbose_name=_("city on this site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="endorsements",
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner on this site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="endorsements",
    )
    country = CountryField(_("country"))
    role = models.CharField(_("role of the person who endorses"), max_length=150)
    endorsed_on = models.DateField(_("date"), default=timezone.localdate)
    language = models.CharField(
        _("language of the endorser"), max_length=7, choices=settings.LANGUAGES
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    reason = models.TextField(_("reason given"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("city"),
        FieldPanel("partner"),
        FieldPanel("country"),
        FieldPanel("role"),
        FieldPanel("endorsed_on"),
    ]

    class Meta:
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")
        ordering = ["-endorsed_on", "name"]
        indexes = [
            models.Index(fields=["statement", "status", "endorsed_on"]),
            models.Index(fields=["status", "decided_at"]),
        ]
        permissions = [
            ("moderate_endorsement", _("Can approve or reject endorsements")),
        ]

    def __str__(self):
        return f"{self.display_name} ({self.reference})"

    @property
    def display_name(self):
        """The partner's or city's name in the visitor's language, when linked."""
        if self.partner_id:
            return self.partner.title
        if self.city_id:
            return self.city.name
        return self.name

    @property
    def public_url(self):
        """The partner's page, or the city's, when the site has one."""
        if self.partner_id and self.partner.live:
            return self.partner.url
        if self.city_id:
            city_url = getattr(self.city, "get_absolute_url", None)
            return city_url() if city_url else ""
        return ""


class EndorsementContact(models.Model):
    """Who sent an endorsement and how to reach them. Never on a public page, in a
    revision, in search or in a feed; seen, exported and erased by personal data
    officers only."""

    endorsement = models.OneToOneField(
        Endorsement,
        verbose_name=_("endorsement"),
        on_delete=models.CASCADE,
        related_name="contact",
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    consent_publication = models.BooleanField(_("agreed to publication"), default=False)
    consent_privacy = models.BooleanField(
        _("accepted the privacy notice"), default=False
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("endorser's contact")
        verbose_name_plural = _("endorsers' contacts")
        permissions = [
            ("export_endorsementcontact", _("Can export an endorser's personal data")),
            ("erase_endorsementcontact", _("Can erase an endorser's personal data")),
        ]

    def __str__(self):
        return self.reference

    @property
    def reference(self):
        return self.endorsement.reference

    @property
    def is_erased(self):
        return self.erased_at is not None
