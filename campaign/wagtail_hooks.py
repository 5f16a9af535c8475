"""Admin hooks of the campaign app."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import language_admin
from .statements import admin as statements_admin  # noqa: F401

# --- Languages (campaign/language_admin.py) ---


@hooks.register("register_admin_viewset")
def register_multilingual_page_views():
    return language_admin.MultilingualPageViewSet()


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    report = language_admin.TranslationStatusReportView
    return [
        path(
            "reports/translation-status/",
            report.as_view(),
            name="campaign_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            report.as_view(results_only=True),
            name="campaign_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return language_admin.TranslationStatusMenuItem(
        _("Translation status"),
        reverse("campaign_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=1050,
    )


@hooks.register("after_publish_page")
def warn_of_missing_languages(request, page):
    language_admin.warn_of_missing_languages(request, page)


@hooks.register("insert_editor_js", order=-5)
def language_fields_js():
    """Before wagtail-modeltranslation's locale picker (order 0), after the
    stories' opening language (order -10)."""
    return format_html(
        '<script src="{}"></script>', static("campaign/admin/languages.js")
    )


@hooks.register("insert_global_admin_css")
def languages_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("campaign/admin/languages.css")
    )
