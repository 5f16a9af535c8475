"""Checks on every document uploaded in the admin (WAGTAILDOCS_DOCUMENT_FORM_BASE),
and the library's filter form."""

import pypdfium2 as pdfium
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from campaign.search import clean_search_query

MAX_DOCUMENT_SIZE = getattr(
    settings, "PUBLICATIONS_MAX_DOCUMENT_SIZE", 50 * 1024 * 1024
)
PDF_MAGIC = b"%PDF-"


def check_document_file(upload):
    """Raise ValidationError when the file is too large, or says it is a PDF and is
    not one."""
    if upload.size > MAX_DOCUMENT_SIZE:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(MAX_DOCUMENT_SIZE),
            },
        )
    if not upload.name.lower().endswith(".pdf"):
        return
    upload.seek(0)
    start = upload.read(1024)
    upload.seek(0)
    if PDF_MAGIC not in start:
        raise ValidationError(
            _("This file is named .pdf but is not a PDF document."), code="not_pdf"
        )
    try:
        pdf = pdfium.PdfDocument(upload.read())
    except pdfium.PdfiumError:
        raise ValidationError(
            _("This PDF is damaged or protected by a password: it cannot be opened."),
            code="broken_pdf",
        ) from None
    else:
        pdf.close()
    finally:
        upload.seek(0)


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # A new upload has a size and a name; an unchanged file is left alone.
        if upload and "file" in self.changed_data:
            check_document_file(upload)
        return upload


LANGUAGE_CHOICES = [("", _("Any language")), *settings.LANGUAGES]


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search the library"), required=False, max_length=200)
    type = forms.ChoiceField(label=_("Type"), required=False)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    language = forms.ChoiceField(
        label=_("Available in"), required=False, choices=LANGUAGE_CHOICES
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    programme = forms.ChoiceField(label=_("Programme"), required=False)

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All types")), *choices["types"]]
        self.fields["year"].choices = [
            ("", _("Any year")),
            *[(year, year) for year in choices["years"]],
        ]
        self.fields["topic"].choices = [("", _("All topics")), *choices["topics"]]
        self.fields["city"].choices = [("", _("All cities")), *choices["cities"]]
        self.fields["programme"].choices = [
            ("", _("All programmes")),
            *choices["programmes"],
        ]
        self.fields["q"].widget.attrs["type"] = "search"

    def clean_q(self):
        return clean_search_query(self.cleaned_data.get("q", ""))
