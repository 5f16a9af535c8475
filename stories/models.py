"""Stories sent in by cities and organisations, their private submitter records and
the moderation task that publishes or rejects them."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, resolution_order
from rest_framework import serializers
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Page
from wagtail.models.pages import AbstractPage
from wagtail.search import index
from wagtail.url_routing import RouteResult

from campaign.languages import LANGUAGE_CODES, MultilingualPage, has_text
from campaign.text import own_language, plain_text

from .choices import OrganisationType
from .permissions import StoryIsFinal, StoryPermissionTester
from .selectors import story_index_listing
from .signals import story_declined

DEFAULT_LANGUAGE_COPIES = [
    build_localized_fieldname(name, settings.LANGUAGE_CODE)
    for name in ("title", "slug")
]


# --- Translated slugs ---
# wagtail-modeltranslation routes a child page and checks slug uniqueness by loading
# every sibling into Python and reading its slug in each language. Under the story
# index (thousands of children) the same rules run as indexed queries on the
# slug_<lang> columns: fetch the few siblings that use the slug in any language, then
# apply modeltranslation's fallback rule to those rows only.

SLUG_LANGUAGES = tuple(mt_settings.AVAILABLE_LANGUAGES)
SLUG_FIELDS = tuple(build_localized_fieldname("slug", code) for code in SLUG_LANGUAGES)


def translated_slug(page, language):
    """The slug a reader of ``language`` sees: modeltranslation's fallback order."""
    fallbacks = getattr(Page.__dict__.get("slug"), "fallback_languages", None)
    for code in resolution_order(language, fallbacks):
        value = getattr(page, build_localized_fieldname("slug", code), None)
        if value:
            return value
    return ""


def children_using_slugs(parent, slugs):
    """Children of ``parent`` that use one of ``slugs`` in any language, in tree
    order: one query on the indexed slug_<lang> columns."""
    slugs = [slug for slug in slugs if slug]
    if not slugs:
        return Page.objects.none()
    condition = Q()
    for name in SLUG_FIELDS:
        condition |= Q(**{f"{name}__in": slugs})
    return Page.objects.child_of(parent).filter(condition).order_by("path")


def translated_slug_errors(page, parent):
    """wagtail-modeltranslation's rule (in no language may the page's slug, as a
    reader of that language sees it, be a sibling's), without reading every sibling.
    """
    if parent is None:
        return {}
    own = {code: translated_slug(page, code) for code in SLUG_LANGUAGES}
    siblings = children_using_slugs(parent, set(own.values()))
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    errors = {}
    for sibling in siblings:
        for code, slug in own.items():
            if slug and translated_slug(sibling, code) == slug:
                errors[build_localized_fieldname("slug", code)] = _(
                    "This slug is already in use"
                )
    return errors


class TranslatedSlugRouting:
    """Finds a child by its slug in the visitor's language with one indexed query,
    where wagtail-modeltranslation's ``route`` compares the slugs of all children."""

    def route(self, request, path_components):
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        slug, remaining = path_components[0], path_components[1:]
        if "\x00" in slug:  # no slug holds one, and PostgreSQL refuses to compare
            raise Http404
        language = translation.get_language()
        for child in children_using_slugs(self, [slug]):
            if translated_slug(child, language) == slug:
                child._cached_parent_obj = self
                return child.specific.route(request, remaining)
        raise Http404


class TranslatedSlugValidation:
    """Slug uniqueness checked with queries rather than loops over siblings."""

    @staticmethod
    def _slug_is_available(slug, parent_page, page=None):
        """Wagtail's check looks at the active language's column only; a slug used by
        a sibling in any language would collide once fallbacks apply."""
        if parent_page is None:
            return True
        siblings = children_using_slugs(parent_page, [slug])
        if page is not None and page.pk:
            siblings = siblings.exclude(pk=page.pk)
        return not siblings.exists()

    def clean(self):
        errors = translated_slug_errors(self, self.get_parent())
        if errors:
            raise ValidationError(errors)
        AbstractPage.clean(self)  # Wagtail's own clean, without the patched loop


def use_indexed_slug_lookups():
    """wagtail-modeltranslation assigns its ``route``, ``clean`` and admin form to
    every translated page model when its app is ready; this puts the indexed versions
    back on the story models. Called from ``StoriesConfig.ready``."""
    StoryIndexPage.route = TranslatedSlugRouting.route
    StoryPage.clean = TranslatedSlugValidation.clean
    StoryPage.base_form_class = StoryPageForm
    StoryPage.get_edit_handler.cache_clear()


# --- Pages ---


class StoryIndexPage(MultilingualPage, TranslatedSlugRouting, Page):
    language_fields = ("title",)

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count = 1

    api_fields = [APIField("introduction")]

    schema_org_type = "CollectionPage"
    search_type_label = None
    search_result_label = _("Stories")
    feeds = [(_("Stories"), "stories:feed")]

    class Meta:
        verbose_name = _("story index page")

    def meta_description(self):
        return own_language(self, "search_description") or self.introduction

    def share_source_image(self):
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(story_index_listing(self, request))
        return context

    def get_workflow(self):
        """The story workflow assigned here moderates the stories below; the index
        itself follows its ancestors' workflow, so that story moderators never get
        to edit or approve it."""
        parent = self.get_parent()
        return parent.specific_deferred.get_workflow() if parent else None


class StoryPageForm(WagtailAdminPageForm):
    """A story keeps only the language it was written in: the English copies that
    wagtail-modeltranslation marks as required are optional here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in DEFAULT_LANGUAGE_COPIES:
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        cleaned_data = super().clean()
        if not any(cleaned_data.get(f"title_{code}") for code in LANGUAGE_CODES):
            self.add_error(
                f"title_{settings.LANGUAGE_CODE}", _("Give the story a title.")
            )
        self.check_translated_slugs(cleaned_data)
        return cleaned_data

    def check_translated_slugs(self, cleaned_data):
        """wagtail-modeltranslation's form check (each language's slug against the
        siblings' slugs in that language), with one indexed query."""
        typed = {
            code: cleaned_data.get(name)
            for code, name in zip(SLUG_LANGUAGES, SLUG_FIELDS, strict=True)
            if cleaned_data.get(name) is not None
        }
        siblings = children_using_slugs(self.parent_page, set(typed.values()))
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        for sibling in siblings:
            for code, slug in typed.items():
                if translated_slug(sibling, code) == slug:
                    self.add_error(
                        build_localized_fieldname("slug", code),
                        _("This slug is already in use"),
                    )


class StoryPage(MultilingualPage, TranslatedSlugValidation, Page):
    # Either one makes a language count (see has_language below).
    language_fields = ("title", "body")
    # Written in one language by whoever sent it: the others are no translation
    # left to do (editors may still add them).
    translations_expected = False

    story_language = models.CharField(
        _("language of the story"),
        max_length=7,
        choices=settings.LANGUAGES,
        help_text=_("The language the story was written in."),
    )
    body = RichTextField(
        _("story"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    city = models.CharField(_("city"), max_length=100)
    place = models.ForeignKey(
        "partners.City",
        verbose_name=_("known city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        help_text=_(
            "The city this story belongs to, in every language. Matched from the "
            "city typed in the form where one fits; correct it if needed."
        ),
    )
    country = CountryField(_("country"))
    organisation = models.CharField(_("organisation"), max_length=150)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType.choices
    )
    topics = ParentalManyToManyField(
        "partners.Topic", verbose_name=_("topics"), blank=True, related_name="stories"
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description (alt text)"), max_length=250, blank=True
    )
    photo_credit = models.CharField(_("photo credit"), max_length=150, blank=True)
    video_url = models.URLField(_("video link"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("story_language"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("place"),
                FieldPanel("country"),
                FieldPanel("organisation"),
                FieldPanel("organisation_type"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("photo"),
                FieldPanel("photo_alt"),
                FieldPanel("photo_credit"),
                FieldPanel("video_url"),
            ],
            heading=_("Media"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        *[index.SearchField(f"title_{code}", boost=2) for code in LANGUAGE_CODES],
        *[index.SearchField(f"body_{code}") for code in LANGUAGE_CODES],
        *[index.AutocompleteField(f"title_{code}") for code in LANGUAGE_CODES],
        index.SearchField("city"),
        # The known city's name in every language: "Sfax" finds a story from صفاقس.
        index.RelatedFields(
            "place", [index.SearchField(f"name_{code}") for code in LANGUAGE_CODES]
        ),
        index.SearchField("organisation"),
        index.FilterField("story_language"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    base_form_class = StoryPageForm

    api_fields = [
        APIField("story_language"),
        APIField("content_language"),
        APIField("body"),
        APIField("city"),
        APIField("country", serializer=serializers.CharField(source="country.code")),
        APIField("organisation"),
        APIField("organisation_type"),
        APIField("photo"),
        APIField("photo_alt"),
        APIField("photo_credit"),
        APIField("video_url"),
    ]

    schema_org_type = "Article"
    search_type_label = _("Stories")
    search_result_label = _("Story")
    oembed = True
    feeds = [(_("Stories"), "stories:feed")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # The story list's filters (topics go through their own indexed table).
        indexes = [
            models.Index(fields=["country"]),
            models.Index(fields=["story_language"]),
            models.Index(fields=["city"]),
        ]

    def full_clean(self, exclude=None, *args, **kwargs):
        """Validate without requiring the default language's copies."""
        exclude = {*(exclude or ()), *DEFAULT_LANGUAGE_COPIES}
        super().full_clean(exclude, *args, **kwargs)

    def minimal_clean(self):
        """Wagtail's version assigns ``self.title``, which lands in whichever language
        is active; check that some title exists without assigning anything."""
        self._set_core_field_defaults()
        if not any(getattr(self, f"title_{code}") for code in LANGUAGE_CODES):
            raise ValidationError({"title": _("Give the story a title.")})
        self._check_slug_is_unique()

    def save(self, *args, **kwargs):
        if self.live and self.pk and self.decision_is_final:
            raise StoryIsFinal("A withdrawn or rejected story cannot be published.")
        # An empty editor leaves "<p></p>", which would hide the fallback language.
        for code in LANGUAGE_CODES:
            name = f"body_{code}"
            value = getattr(self, name)
            if value and not strip_tags(value).strip():
                setattr(self, name, "")
        return super().save(*args, **kwargs)

    def permissions_for_user(self, user):
        return StoryPermissionTester(user, self)

    @property
    def decision_is_final(self):
        """Withdrawn by its submitter or rejected: never to be published again.
        Read from the database each time, as the decision may be minutes old."""
        return Submission.objects.filter(
            story_id=self.pk, status__in=Submission.FINAL_STATUSES
        ).exists()

    # --- Languages (campaign/languages.py) ---

    def has_language(self, code):
        """A story is written in a language when its title or its body has text
        in it: a submission may bring its title alone."""
        return has_text(getattr(self, f"title_{code}")) or has_text(
            getattr(self, f"body_{code}")
        )

    @classmethod
    def language_filter(cls, code):
        return Q(**{f"title_{code}__gt": ""}) | Q(**{f"body_{code}__gt": ""})

    def preferred_languages(self):
        """The language the story was sent in comes before the site's fallbacks."""
        return (self.story_language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES)

    @property
    def content_body(self):
        return getattr(self, f"body_{self.content_language}") or ""

    def meta_description(self):
        return own_language(self, "search_description") or plain_text(self.content_body)

    def share_source_image(self):
        return self.photo

    def schema_org(self, request):
        """A story is an article in its own language, written by the organisation
        that sent it, about a city."""
        place = {
            "@type": "Place",
            "name": self.city,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.city,
                "addressCountry": self.country.code,
            },
        }
        return {
            "inLanguage": self.content_language,
            "author": {"@type": "Organization", "name": self.organisation},
            "contentLocation": place,
        }


# --- Private submitter records ---


class Submission(models.Model):
    """Who sent a story. Never part of the page, its revisions, templates or search."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        NOT_PUBLISHED = "not_published", _("Not published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    FINAL_STATUSES = (Status.NOT_PUBLISHED, Status.WITHDRAWN)

    reference = models.CharField(
        _("reference"), max_length=12, unique=True, editable=False
    )
    story = models.OneToOneField(
        StoryPage,
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    language = models.CharField(
        _("language of the submitter"), max_length=7, choices=settings.LANGUAGES
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    role = models.CharField(_("role in the organisation"), max_length=150, blank=True)
    consent_publication = models.BooleanField(_("agreed to publication"), default=False)
    consent_privacy = models.BooleanField(
        _("accepted the privacy notice"), default=False
    )
    photo_rights = models.BooleanField(
        _("holds the rights to the photo"), default=False
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_reason = models.TextField(_("reason given"), blank=True)
    erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")
        indexes = [models.Index(fields=["status", "submitted_at"])]
        permissions = [
            ("export_submission", _("Can export a submitter's personal data")),
            ("erase_submission", _("Can erase a submitter's personal data")),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_erased(self):
        return self.erased_at is not None


# --- Moderation ---


class RejectionForm(TaskStateCommentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].required = True
        self.fields["comment"].label = _("Reason, sent to the person who wrote in")


class StoryModerationTask(AbstractGroupApprovalTask):
    """Group approval with a third way out: reject, which ends the workflow for good
    and tells the submitter why."""

    def get_actions(self, obj, user):
        """Wagtail's editor appends "and Publish" to the approve label of a
        workflow's last task, in the admin user's language."""
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        if getattr(obj, "specific_class", None) is StoryPage and (
            obj.specific_deferred.decision_is_final
        ):
            return []
        return [
            ("approve", _("Approve"), False),
            ("reject", _("Request changes"), True),
            ("decline", _("Reject"), True),
        ]

    def get_form_for_action(self, action):
        if action == "decline":
            return RejectionForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "decline":
            story_declined.send(
                sender=type(self),
                task_state=task_state,
                user=user,
                reason=kwargs.get("comment", ""),
            )
        else:
            super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups publish, send back or reject stories.")

    class Meta:
        verbose_name = _("story moderation task")
        verbose_name_plural = _("story moderation tasks")


# --- Rate limit ---


class SubmissionAttempt(models.Model):
    """One POST to a public form (the story form, or another: see
    campaign/submissions/services.py), kept for the rate limit window. The client is
    a keyed hash of its address, never the address itself."""

    client = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("submission attempt")
        verbose_name_plural = _("submission attempts")
        indexes = [
            models.Index(fields=["client", "created_at"]),
            models.Index(fields=["created_at"]),
        ]

    def __str__(self):
        return f"{self.client[:8]} {self.created_at:%Y-%m-%d %H:%M}"
