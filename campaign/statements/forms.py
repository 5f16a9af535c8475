from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from ..models import Endorsement
from ..submissions.forms import PublicForm


class EndorsementForm(PublicForm):
    """The public endorsement form."""

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
    consent_publication = forms.BooleanField(
        label=_(
            "I am entitled to endorse this statement on behalf of this city or "
            "organisation, and I agree that its name, country, my role and the date "
            "are published on this site."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *countries]


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the person who wrote in"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
