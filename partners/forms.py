from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .choices import PartnerKind


class PartnerFilterForm(forms.Form):
    """The partner list's filters: a plain GET form; unknown values are ignored."""

    kind = forms.ChoiceField(label=_("Kind of partner"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, country_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *PartnerKind.choices]
        names = dict(countries)
        self.fields["country"].choices = [("", _("All countries"))] + sorted(
            ((code, names.get(code, code)) for code in country_codes),
            key=lambda item: str(item[1]),
        )
