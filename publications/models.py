"""The publications library: peer learning notes, policy studies and reports, each
with one file per language edition."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from campaign.languages import MultilingualPage

from . import selectors

LANGUAGE_CHOICES = settings.LANGUAGES


class PublicationType(models.Model):
    """Peer learning note, policy study, outcome report... managed by editors."""

    name = models.CharField(_("name"), max_length=80)
    plural_name = models.CharField(_("plural name"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("plural_name"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("publication type")
        verbose_name_plural = _("publication types")

    def __str__(self):
        return self.name


class Programme(models.Model):
    """The project or programme a publication belongs to, e.g. MC2CM."""

    name = models.CharField(_("name"), max_length=150)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("acronym"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.acronym or self.name


register_snippet(PublicationType)
register_snippet(Programme)


DRAWN_COVER_PIXELS = 800 * 1200  # publications/tasks.py draws no larger


class DocumentFacts(models.Model):
    """What the background task learns from an uploaded file: its page count and,
    for a PDF, its first page drawn as an image. Kept beside the document, outside
    page revisions, so publishing a page never overwrites it."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="facts"
    )
    page_count = models.PositiveIntegerField(_("page count"), null=True, blank=True)
    first_page = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("document facts")
        verbose_name_plural = _("document facts")

    def __str__(self):
        return str(self.document)


class PublicationIndexPage(MultilingualPage, Page):
    language_fields = ("title",)

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("publication library")

    schema_org_type = "CollectionPage"

    def meta_description(self):
        return Truncator(self.introduction).chars(200)

    def share_source_image(self):
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.library_listing(self, request))
        return context


class PublicationPage(MultilingualPage, Page):
    language_fields = ("title", "summary")

    publication_type = models.ForeignKey(
        PublicationType,
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="publications",
    )
    series = models.CharField(
        _("series"),
        max_length=100,
        blank=True,
        help_text=_("For example: Peer Learning Note."),
    )
    number = models.PositiveIntegerField(
        _("number in the series"), null=True, blank=True
    )
    publication_date = models.DateField(_("publication date"))
    event_virtual = models.BooleanField(_("the event was held online"), default=False)
    event_city = models.ForeignKey(
        "partners.City",
        verbose_name=_("host city of the event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_publications",
    )
    event_start = models.DateField(_("event start"), null=True, blank=True)
    event_end = models.DateField(_("event end"), null=True, blank=True)
    co_organisers = models.CharField(_("co-organisers"), max_length=300, blank=True)
    cities = ParentalManyToManyField(
        "partners.City",
        verbose_name=_("cities featured"),
        blank=True,
        related_name="publications",
    )
    partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("partners featured"),
        blank=True,
        related_name="publications",
    )
    topics = ParentalManyToManyField(
        "partners.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="publications",
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("project or programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the first page of the PDF."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    key_lessons = models.TextField(
        _("key lessons"), blank=True, help_text=_("One lesson per line, in order.")
    )
    body = RichTextField(
        _("body"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )
    related_publications = ParentalManyToManyField(
        "self", verbose_name=_("related publications"), blank=True, symmetrical=False
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("publication_type"),
                FieldPanel("series"),
                FieldPanel("number"),
                FieldPanel("publication_date"),
                FieldPanel("programme"),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_virtual"),
                FieldPanel("event_city"),
                FieldPanel("event_start"),
                FieldPanel("event_end"),
                FieldPanel("co_organisers"),
            ],
            heading=_("The event it came from"),
        ),
        FieldPanel("cover"),
        FieldPanel("summary"),
        FieldPanel("key_lessons"),
        FieldPanel("body"),
        InlinePanel("editions", heading=_("Files, one per language"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("cities"),
                FieldPanel("partners"),
                FieldPanel("topics"),
                FieldPanel("related_publications"),
            ],
            heading=_("Links"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        *[
            index.SearchField(f"title_{code}", boost=2)
            for code in ("en", "fr", "es", "ar")
        ],
        *[index.SearchField(f"summary_{code}") for code in ("en", "fr", "es", "ar")],
        index.SearchField("series"),
        index.RelatedFields(
            "cities",
            [index.SearchField(f"name_{code}") for code in ("en", "fr", "es", "ar")],
        ),
        index.RelatedFields("partners", [index.SearchField("title")]),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    schema_org_type = "Report"

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [models.Index(fields=["publication_date"])]

    # --- What templates and the discovery work read ---

    @property
    def label(self):
        """'Peer Learning Note #28', or the type's name."""
        if self.series and self.number:
            return f"{self.series} #{self.number}"
        return self.series or str(self.publication_type)

    def lessons(self):
        return [line.strip() for line in self.key_lessons.splitlines() if line.strip()]

    def meta_description(self):
        return Truncator(" ".join(self.summary.split())).chars(200)

    def display_cover(self):
        """The uploaded cover, else the first page of a PDF edition once drawn."""
        if self.cover_id:
            return self.cover
        for edition in self.editions_for(translation.get_language()):
            facts = getattr(edition.document, "facts", None)
            if facts is not None and facts.first_page_id:
                drawn = facts.first_page
                # Drawings made before covers were bounded may be huge: skip them.
                if drawn.width * drawn.height <= DRAWN_COVER_PIXELS:
                    return drawn
        return None

    def share_source_image(self):
        return self.display_cover()

    def edition_list(self):
        """Editions in the site's language order."""
        order = {
            code: position for position, (code, _name) in enumerate(LANGUAGE_CHOICES)
        }
        return sorted(self.editions.all(), key=lambda e: order.get(e.language, 99))

    def edition_languages(self):
        return [edition.language for edition in self.edition_list()]

    def available_in(self):
        """'English, Spanish and French', in the active language."""
        names = [str(edition.language_name) for edition in self.edition_list()]
        if len(names) < 2:
            return "".join(names)
        return _("%(first)s and %(last)s") % {
            "first": _(", ").join(names[:-1]),
            "last": names[-1],
        }

    def editions_for(self, language):
        """The visitor's edition first, then the others."""
        editions = self.edition_list()
        return sorted(editions, key=lambda e: e.language != language)

    def citation(self):
        return f"{self.title}. {self.label}, {self.publication_date.year}."

    def schema_org(self, request):
        data = {
            "datePublished": self.publication_date.isoformat(),
            "inLanguage": self.edition_languages(),
            "about": [topic.name for topic in self.topics.all()],
            "spatialCoverage": [city.name for city in self.cities.all()],
        }
        if self.number:
            data["reportNumber"] = str(self.number)
        if self.series:
            data["isPartOf"] = {"@type": "CreativeWorkSeries", "name": self.series}
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = translation.get_language()
        editions = self.editions_for(language)
        context["editions"] = editions
        context["own_edition"] = next(
            (e for e in editions if e.language == language), None
        )
        context["related"] = (
            self.related_publications.live()
            .specific()
            .select_related("publication_type")
        )
        return context


class PublicationEdition(Orderable):
    page = ParentalKey(
        PublicationPage, on_delete=models.CASCADE, related_name="editions"
    )
    language = models.CharField(_("language"), max_length=7, choices=LANGUAGE_CHOICES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="one_edition_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "page"])]

    @property
    def language_name(self):
        return dict(LANGUAGE_CHOICES)[self.language]

    @property
    def extension(self):
        return self.document.file_extension.lower()

    @property
    def page_count(self):
        facts = getattr(self.document, "facts", None)
        return facts.page_count if facts else None

    def download_name(self):
        """peer-learning-note-28-en.pdf; the title in its own script when there is
        no series."""
        page = self.page
        if page.series and page.number:
            stem = slugify(f"{page.series} {page.number}", allow_unicode=True)
        else:
            stem = slugify(page.title, allow_unicode=True)[:80] or "publication"
        return f"{stem}-{self.language}.{self.extension or 'pdf'}"
