import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from stories.forms import STARTED_SALT, form_started_token

from ..models import Endorsement


class EndorsementForm(forms.Form):
    """The public endorsement form. The hidden field and the signed start time are
    the story form's, with the same settings."""

    kind = forms.ChoiceField(
        label=_("Who endorses the statement?"),
        choices=Endorsement.Kind.choices,
        widget=forms.RadioSelect,
    )
    name = forms.CharField(
        label=_("Name of the city or organisation"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    country = LazyTypedChoiceField(label=_("Country"))
    role = forms.CharField(
        label=_("Your role"),
        max_length=150,
        help_text=_("For example: Mayor, or Deputy Mayor for social inclusion."),
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"dir": "ltr", "autocomplete": "email"}),
        help_text=_("To confirm receipt and tell you the decision. Never published."),
    )
    consent_publication = forms.BooleanField(
        label=_(
            "I am entitled to endorse this statement on behalf of this city or "
            "organisation, and I agree that its name, country, my role and the date "
            "are published on this site."
        ),
    )
    consent_privacy = forms.BooleanField(label=_("I have read the privacy notice."))
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["started"].initial = form_started_token()
        self.fields["country"].choices = [("", _("Choose a country")), *countries]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean_started(self):
        try:
            started = signing.loads(
                self.cleaned_data["started"],
                salt=STARTED_SALT,
                max_age=settings.STORIES_FORM_MAX_AGE,
            )
        except signing.BadSignature:
            raise forms.ValidationError(
                _("This form has expired. Check what you typed and send it again."),
                code="expired",
            ) from None
        if time.time() - started < settings.STORIES_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Check what you typed and send it again."),
                code="too_fast",
            )
        return started

    def clean(self):
        cleaned_data = super().clean()
        if self.errors and "started" in self.errors and len(self.errors) > 1:
            del self.errors["started"]
        return cleaned_data

    def refresh_started(self):
        """A rejected form goes back with a new start time, keeping what was typed."""
        data = self.data.copy()
        data["started"] = form_started_token()
        self.data = data


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the person who wrote in"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
