from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from campaign.search import clean_search_query
from campaign.submissions.forms import PublicForm
from partners.models import Topic

from .choices import OrganisationType
from .images import photo_check, photo_reencode

TITLE_MAX = 120
BODY_MIN = 200
BODY_MAX = 6000


class StoryForm(PublicForm):
    """The public "Share your story" form. Every rule is checked here, on the server."""

    expired_message = _("This form has expired. Check your story and send it again.")
    too_fast_message = _("That was very fast. Check your story and send it again.")

    title = forms.CharField(
        label=_("Title of the story"),
        max_length=TITLE_MAX,
    )
    body = forms.CharField(
        label=_("Your story"),
        min_length=BODY_MIN,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 14}),
    )
    story_language = forms.ChoiceField(
        label=_("Language of the story"), choices=settings.LANGUAGES
    )
    city = forms.CharField(label=_("City or town"), max_length=100)
    country = LazyTypedChoiceField(label=_("Country"))
    organisation = forms.CharField(label=_("Organisation"), max_length=150)
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"), choices=OrganisationType.choices
    )
    role = forms.CharField(
        label=_("Your role in the organisation"),
        max_length=150,
        required=False,
        help_text=_("Optional. Kept private."),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp"}
        ),
    )
    photo_alt = forms.CharField(
        label=_("Describe the photo for people who cannot see it"),
        max_length=250,
        required=False,
    )
    photo_credit = forms.CharField(
        label=_("Photo credit"), max_length=150, required=False
    )
    photo_rights = forms.BooleanField(
        label=_(
            "I hold the rights to this photo, and the people in it agree to it "
            "being published."
        ),
        required=False,
    )
    video_url = forms.URLField(
        label=_("Link to a video"),
        widget=forms.URLInput(attrs={"dir": "ltr"}),
        required=False,
        assume_scheme="https",
        help_text=_("Optional, for example on YouTube or Vimeo."),
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    consent_publication = forms.BooleanField(
        label=_(
            "I agree that this story, with the city and organisation, may be "
            "published on this site."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built per form, so the names are in the visitor's language and sorted for
        # it; the empty first choice means nobody lands in Afghanistan by default.
        self.fields["country"].choices = [("", _("Choose a country")), *countries]
        # Limits are written into help texts here, in the visitor's language.
        self.fields["title"].help_text = _("Up to %(max)s characters.") % {
            "max": TITLE_MAX
        }
        self.fields["body"].help_text = _(
            "Plain text, between %(min)s and %(max)s characters. Leave an empty line "
            "between paragraphs."
        ) % {"min": BODY_MIN, "max": BODY_MAX}
        self.fields["photo"].help_text = _(
            "Optional. JPEG, PNG or WebP, up to %(size)s MB. Location and camera "
            "data are removed."
        ) % {"size": settings.STORIES_PHOTO_MAX_BYTES // (1024 * 1024)}

    def clean_photo(self):
        """Only the header here; the pixels are decoded in ``clean``."""
        photo = self.cleaned_data.get("photo")
        if not photo:
            return None
        return photo_check(photo)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("photo"):
            if not cleaned_data.get("photo_alt"):
                self.add_error(
                    "photo_alt", _("Describe the photo for people who cannot see it.")
                )
            if not cleaned_data.get("photo_credit"):
                self.add_error("photo_credit", _("Say who took the photo."))
            if not cleaned_data.get("photo_rights"):
                self.add_error(
                    "photo_rights", _("Confirm that you hold the rights to the photo.")
                )
        if cleaned_data.get("photo") and not self.errors:
            # Decoding is the one costly step: it runs for valid forms only.
            try:
                cleaned_data["photo"] = photo_reencode(cleaned_data["photo"])
            except forms.ValidationError as error:
                self.add_error("photo", error)
        return cleaned_data


class SearchQueryField(forms.CharField):
    """Keeps the words of whatever was typed, so that no search text makes the form
    invalid (which would drop the other filters) or reaches the search engine raw."""

    def to_python(self, value):
        return clean_search_query(super().to_python(value), self.max_length)


class StoryFilterForm(forms.Form):
    q = SearchQueryField(label=_("Search stories"), required=False, max_length=100)
    city = forms.ChoiceField(label=_("City"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *settings.LANGUAGES],
    )

    def __init__(self, *args, cities=(), country_codes=(), topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].choices = [("", _("All cities"))] + [(c, c) for c in cities]
        names = dict(countries)
        self.fields["country"].choices = [("", _("All countries"))] + sorted(
            ((code, names.get(code, code)) for code in country_codes),
            key=lambda item: str(item[1]),
        )
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]
