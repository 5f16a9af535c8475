"""The fields every public form shares: the sender's e-mail address, the privacy
consent and two spam defences. The form holds no per-visitor token, so that its
page can be cached; instead, a field people never see (bots fill it in) and a
signed start time (a form sent back within seconds, or a day later, is refused
with a message and comes back as typed)."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

STARTED_SALT = "stories.form-started"
# Every public form ends the same way: how to reach the sender, their consents,
# then the defences.
LAST_FIELDS = ("email", "consent_publication", "consent_privacy", "website", "started")


def form_started_token():
    return signing.dumps(int(time.time()), salt=STARTED_SALT)


class PublicForm(forms.Form):
    """A public form: its own fields, then the sender's e-mail address, the
    consents (``consent_publication``, where the form has one, says what is
    published) and the two defences. ``expired_message`` and ``too_fast_message``
    say what to check before sending it again."""

    expired_message = _(
        "This form has expired. Check what you typed and send it again."
    )
    too_fast_message = _("That was very fast. Check what you typed and send it again.")

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,  # the longest address mail servers deliver (RFC 5321)
        widget=forms.EmailInput(attrs={"dir": "ltr", "autocomplete": "email"}),
        help_text=_("To confirm receipt and tell you the decision. Never published."),
    )
    consent_privacy = forms.BooleanField(label=_("I have read the privacy notice."))
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in LAST_FIELDS:
            if name in self.fields:
                self.fields[name] = self.fields.pop(name)
        if not self.is_bound:
            self.fields["started"].initial = form_started_token()

    def clean(self):
        """A one-line field holds one line: a line break in a title or a name
        (only a hand-made request can send one) would end up in e-mail headers."""
        cleaned_data = super().clean()
        for name, field in self.fields.items():
            value = cleaned_data.get(name)
            if isinstance(value, str) and isinstance(field.widget, forms.TextInput):
                cleaned_data[name] = " ".join(value.split())
        return cleaned_data

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
            raise forms.ValidationError(self.expired_message, code="expired") from None
        if time.time() - started < settings.STORIES_MIN_FILL_SECONDS:
            raise forms.ValidationError(self.too_fast_message, code="too_fast")
        return started

    def full_clean(self):
        """Other errors send the form back anyway, with a fresh start time: then
        the start time's own error goes unsaid."""
        super().full_clean()
        if "started" in self._errors and len(self._errors) > 1:
            del self._errors["started"]

    def refresh_started(self):
        """A rejected form goes back with a new start time, keeping what was typed."""
        data = self.data.copy()
        data["started"] = form_started_token()
        self.data = data
