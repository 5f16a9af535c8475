"""The site's languages in the admin: a translation status report, a languages
column in the page explorer, a languages side panel and per-language field
attributes in the page editor, and a warning on publishing a page that is not
written in every language. Registered from campaign/wagtail_hooks.py.

A page's status in a language is ``complete`` (every field of its
``language_fields`` has text), ``missing``, or ``out of date`` (complete, but the
English text changed after it): see campaign/models/page_translations.py.
"""

from functools import cached_property
from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Case, Prefetch, Q, Value, When
from django.forms import CheckboxSelectMultiple
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy, ngettext
from modeltranslation.fields import TranslationField
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.views.pages.revisions import RevisionsRevertView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .languages import LANGUAGE_CODES, MultilingualPage, language_dir, language_name
from .models import PageTranslation, TranslationStatus
from .selectors import (
    missing_language_fields,
    multilingual_page_models,
    page_translation_statuses,
)

PAGE_PERMISSIONS = ["add", "change", "publish"]


def field_labels(model, names):
    return [capfirst(model._meta.get_field(name).verbose_name) for name in names]


def editor_url(page_id, code=None):
    """The page's editor, opened on ``code``'s fields beside the English ones."""
    url = reverse("wagtailadmin_pages:edit", args=[page_id])
    return f"{url}?{urlencode({'language': code})}" if code else url


# --- Report ---


def page_type_choices():
    return sorted(
        (
            (model._meta.label_lower, capfirst(model._meta.verbose_name))
            for model in multilingual_page_models()
        ),
        key=lambda choice: str(choice[1]),
    )


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Language"),
        choices=settings.LANGUAGES,
        widget=CheckboxSelectMultiple,
    )
    status = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Status"),
        choices=TranslationStatus.choices,
        widget=CheckboxSelectMultiple,
    )
    page_type = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Page type"),
        choices=page_type_choices,
        widget=CheckboxSelectMultiple,
        method="filter_page_type",
    )

    class Meta:
        model = PageTranslation
        fields = []

    def filter_page_type(self, queryset, name, value):
        types = Q()
        for label in value:
            app_label, model = label.split(".")
            types |= Q(
                page__content_type__app_label=app_label,
                page__content_type__model=model,
            )
        return queryset.filter(types)


def page_model(record):
    return record.page.content_type.model_class() or Page


def nothing_written(record):
    """Whether none of the page's language fields has text in the record's
    language (rather than some of them)."""
    missing = record.missing_fields.split()
    return len(missing) == len(getattr(page_model(record), "language_fields", ()))


class StatusColumn(Column):
    cell_template_name = "campaign/admin/translation_status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["status_label"] = TranslationStatus(instance.status).label
        if instance.status == TranslationStatus.MISSING and not nothing_written(
            instance
        ):
            context["missing_labels"] = field_labels(
                page_model(instance), instance.missing_fields.split()
            )
        return context


class TranslationStatusReportView(ReportView):
    """Every page in every language: complete, missing or out of date."""

    page_title = gettext_lazy("Translation status")
    header_icon = "globe"
    index_url_name = "campaign_translation_status"
    index_results_url_name = "campaign_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    any_permission_required = PAGE_PERMISSIONS
    verbose_name = gettext_lazy("page translation")
    verbose_name_plural = gettext_lazy("page translations")
    columns = [
        TitleColumn(
            "page",
            label=gettext_lazy("Page"),
            accessor=lambda record: record.page.get_admin_display_title(),
            get_url=lambda record: editor_url(record.page_id, record.language),
            link_attrs={"dir": "auto"},
        ),
        Column(
            "page_type",
            label=gettext_lazy("Type"),
            accessor=lambda record: capfirst(page_model(record)._meta.verbose_name),
        ),
        Column(
            "language", label=gettext_lazy("Language"), accessor="get_language_display"
        ),
        StatusColumn("status", label=gettext_lazy("Status")),
        DateColumn(
            "edited_at",
            label=gettext_lazy("Text last changed"),
            accessor=lambda record: (
                None if nothing_written(record) else record.edited_at
            ),
        ),
    ]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_queryset(self):
        pages = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        )
        order = Case(
            *[
                When(language=code, then=Value(i))
                for i, code in enumerate(LANGUAGE_CODES)
            ]
        )
        return (
            PageTranslation.objects.filter(page__in=pages)
            .with_status()
            .select_related("page", "page__content_type")
            .order_by("page__path", order)
        )


# --- Explorer ---


def language_badges(statuses):
    """What a page listing shows of a page's languages: code → status."""
    labels = dict(TranslationStatus.choices)
    return [
        {
            "code": code,
            "status": statuses[code],
            "label": gettext("%(language)s: %(status)s")
            % {"language": language_name(code), "status": labels[statuses[code]]},
        }
        for code in LANGUAGE_CODES
        if code in statuses
    ]


class LanguagesColumn(Column):
    """The page's languages, "en fr es ar", the missing ones struck through (from
    the records prefetched by ExplorerIndexView: no query per page)."""

    cell_template_name = "campaign/admin/languages_cell.html"

    def get_value(self, instance):
        records = getattr(instance, "language_records", [])
        return language_badges({record.language: record.status for record in records})


class ExplorerIndexView(ExplorableIndexView):
    def annotate_queryset(self, pages):
        return (
            super()
            .annotate_queryset(pages)
            .prefetch_related(
                Prefetch(
                    "translation_records",
                    queryset=PageTranslation.objects.with_status(),
                    to_attr="language_records",
                )
            )
        )


# --- Editor ---


class LanguagesSidePanel(BaseSidePanel):
    """The page's languages beside the form, each with a button that shows its
    fields (wagtail-modeltranslation's locale picker hides them)."""

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = gettext_lazy("Toggle languages")
        icon_name = "globe"
        counter_classname = "w-bg-critical-200"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            context["count"] = sum(
                language["status"] != TranslationStatus.COMPLETE
                for language in self.panel.languages
            )
            return context

    name = "languages"
    title = gettext_lazy("Languages")
    template_name = "campaign/admin/languages_side_panel.html"
    order = 150

    @cached_property
    def languages(self):
        """Complete or missing as the form shows the page (its latest draft);
        out of date as recorded when it was saved."""
        page = self.object
        recorded = page_translation_statuses(page)
        labels = dict(TranslationStatus.choices)
        languages = []
        for code in LANGUAGE_CODES:
            missing = missing_language_fields(page, code)
            if missing:
                status = TranslationStatus.MISSING
            elif recorded.get(code) == TranslationStatus.OUT_OF_DATE:
                status = TranslationStatus.OUT_OF_DATE
            else:
                status = TranslationStatus.COMPLETE
            languages.append(
                {
                    "code": code,
                    "name": language_name(code),
                    "status": status,
                    "status_label": labels[status],
                    "missing_labels": field_labels(type(page), missing)
                    if len(missing) < len(page.language_fields)
                    else [],
                }
            )
        return languages

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["languages"] = self.languages
        context["language_fields"] = field_labels(
            type(self.object), self.object.language_fields
        )
        return context


def set_language_attributes(form):
    """Give each translated text input of ``form`` the language and direction of
    its language, and a placeholder in that language, whatever the admin's
    language. Rich text and stream fields get theirs in the browser
    (static/campaign/admin/languages.js)."""
    model = form._meta.model
    for name, field in form.fields.items():
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field
            continue
        widget = field.widget
        if not isinstance(model_field, TranslationField) or not isinstance(
            widget, (forms.TextInput, forms.Textarea)
        ):
            continue
        code = model_field.language
        with translation.override(code):
            placeholder = capfirst(str(model_field.translated_field.verbose_name))
        widget.attrs.update(lang=code, dir=language_dir(code), placeholder=placeholder)


class LanguageEditorMixin:
    def get_side_panels(self):
        side_panels = super().get_side_panels()
        page = self.page
        if (
            isinstance(page, MultilingualPage)
            and page.pk
            and page.translations_expected
        ):
            side_panels.insert(1, LanguagesSidePanel(self.page, self.request))
        return side_panels

    def get_context_data(self, **kwargs):
        if isinstance(self.page, MultilingualPage):
            set_language_attributes(self.form)
        return super().get_context_data(**kwargs)


class LanguageEditView(LanguageEditorMixin, EditView):
    pass


class LanguageCreateView(LanguageEditorMixin, CreateView):
    pass


class LanguageRevertView(LanguageEditorMixin, RevisionsRevertView):
    pass


class MultilingualPageViewSet(PageViewSet):
    """Wagtail's views for every page type, with the languages added to the
    explorer and the editor. Registered for ``Page``, in place of Wagtail's own."""

    model = Page
    index_view_class = ExplorerIndexView
    edit_view_class = LanguageEditView
    add_view_class = LanguageCreateView
    revisions_revert_view_class = LanguageRevertView
    columns = [
        *ExplorableIndexView.base_columns,
        LanguagesColumn("languages", label=gettext_lazy("Languages"), width="12%"),
    ]


# --- Publishing ---


def warn_of_missing_languages(request, page):
    """After publishing: which languages the page is not written in, and what
    their readers see instead."""
    if not isinstance(page, MultilingualPage) or not page.translations_expected:
        return
    written = [code for code in LANGUAGE_CODES if page.has_language(code)]
    missing = [code for code in LANGUAGE_CODES if code not in written]
    if not missing or not written:
        return
    with translation.override(missing[0]):
        shown = page.content_language
    message = ngettext(
        "Not yet in %(missing)s: visitors in this language see the %(shown)s "
        "text, with a notice.",
        "Not yet in %(missing)s: visitors in these languages see the %(shown)s "
        "text, with a notice.",
        len(missing),
    ) % {
        "missing": gettext(", ").join(language_name(code) for code in missing),
        "shown": language_name(shown),
    }
    messages.warning(
        request,
        message,
        buttons=[
            messages.button(editor_url(page.pk, missing[0]), gettext("Translate"))
        ],
    )


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, PAGE_PERMISSIONS
        )
