"""The stories' admin: the list of stories, submitters' records, permissions,
history entries, and the editor's opening language."""

import django_filters
from django.conf import settings
from django.db.models import Q
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permissions import policy_registry, register_permission_policy

from campaign.submissions.admin import (
    PersonalDataPermissionPolicy,
    PersonalDataViewSet,
)

from . import services
from .models import StoryIndexPage, StoryPage, Submission
from .permissions import is_story_moderator

register_permission_policy(
    Submission, PersonalDataPermissionPolicy(Submission), exact_class=True
)

# --- The filterable list of stories ---


def story_status(page):
    """The submission's status or, for a story written in the admin (the demo
    stories, say), whether it is live."""
    try:
        return page.submission.get_status_display()
    except Submission.DoesNotExist:
        return Submission.Status.PUBLISHED.label if page.live else _("Draft")


class StoryFilterSet(PageFilterSet):
    status = django_filters.ChoiceFilter(
        choices=Submission.Status.choices,
        label=_("Status"),
        method="filter_status",
    )
    story_language = django_filters.ChoiceFilter(
        choices=settings.LANGUAGES, label=_("Language of the story")
    )
    city = django_filters.CharFilter(lookup_expr="icontains", label=_("City"))
    submitted = django_filters.DateFromToRangeFilter(
        field_name="submission__submitted_at",
        widget=DateRangePickerWidget,
        label=_("Submitted"),
    )

    class Meta:
        model = StoryPage
        fields = []

    def filter_status(self, queryset, name, value):
        status = Q(submission__status=value)
        if value == Submission.Status.PUBLISHED:
            status |= Q(submission__isnull=True, live=True)
        return queryset.filter(status)


class StoryIndexView(PageIndexView):
    """Moderators see every story here, though they hold no page permission."""

    def user_has_any_permission(self, permissions):
        return is_story_moderator(self.request.user) or (
            super().user_has_any_permission(permissions)
        )

    def get_base_queryset(self):
        if is_story_moderator(self.request.user):
            pages = self.annotate_queryset(self.model.objects.filter(depth__gt=1))
        else:
            pages = super().get_base_queryset()
        return pages.select_related("submission")


class StoryListingMenuItem(AdminMenuItem):
    def is_shown(self, request):
        return is_story_moderator(request.user) or policy_registry.get_by_type(
            StoryPage
        ).user_has_any_permission(request.user, PageIndexView.any_permission_required)


class StoryListingViewSet(PageListingViewSet):
    model = StoryPage
    menu_item_class = StoryListingMenuItem
    icon = "openquote"
    menu_label = _("All stories")
    name = "story_listing"
    index_view_class = StoryIndexView
    filterset_class = StoryFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("city", label=_("City")),
        Column(
            "story_language",
            label=_("Language"),
            accessor="get_story_language_display",
        ),
        Column("status", label=_("Status"), accessor=story_status),
    ]


# --- Private submitter records ---


class SubmissionFilterSet(WagtailFilterSet):
    submitted_at = django_filters.DateFromToRangeFilter(
        widget=DateRangePickerWidget, label=_("Submitted")
    )

    class Meta:
        model = Submission
        fields = ["status", "language"]


class SubmissionViewSet(PersonalDataViewSet):
    """Submitters' records (campaign/submissions/admin.py): an edited e-mail
    address would redirect the submitter's private status link."""

    model = Submission
    icon = "user"
    menu_label = _("Submitters")
    name = "stories_submission"
    filterset_class = SubmissionFilterSet
    list_display = [
        "reference",
        "story",
        "status",
        "language",
        DateColumn("submitted_at", label=_("Submitted")),
    ]
    search_fields = ["reference", "name", "email"]
    inspect_view_fields = [
        "reference",
        "story",
        "status",
        "language",
        "name",
        "email",
        "role",
        "consent_publication",
        "consent_privacy",
        "photo_rights",
        "submitted_at",
        "decided_at",
        "decision_reason",
        "erased_at",
    ]
    add_to_admin_menu = False
    confirm_erase_template_name = "stories/admin/confirm_erase.html"

    def get_queryset(self, request):
        return Submission.objects.select_related("story")

    def export_data(self, record):
        return services.submission_export(submission=record)

    def erase_data(self, record, user):
        services.submission_erase(submission=record, user=user)


class StoriesGroup(ViewSetGroup):
    menu_label = _("Stories")
    menu_icon = "openquote"
    menu_order = 200
    items = (StoryListingViewSet, SubmissionViewSet)


@hooks.register("register_admin_viewset")
def register_stories_viewsets():
    return StoriesGroup()


# --- History and signals ---


@hooks.register("register_log_actions")
def register_story_log_actions(actions):
    actions.register_action("stories.reject", _("Reject story"), _("Story rejected"))
    actions.register_action(
        "stories.withdraw", _("Withdraw story"), _("Story withdrawn by its submitter")
    )
    actions.register_action(
        "stories.erase", _("Erase personal data"), _("Personal data erased")
    )


@hooks.register("after_create_page")
def set_up_new_story_index(request, page):
    if isinstance(page.specific, StoryIndexPage):
        services.story_index_setup(index=page.specific)


@hooks.register("after_edit_page")
def mark_story_in_review(request, page):
    if isinstance(page.specific, StoryPage):
        services.story_mark_in_review(page=page.specific)


# --- Editor ---


@hooks.register("insert_editor_js", order=-10)
def open_stories_in_their_language():
    """wagtail-modeltranslation's locale picker opens every page on the default
    language; a story opens on the language it is written in. Runs first, so that
    its ready handler sets the picker's default before the picker is built."""
    return format_html(
        '<script src="{}"></script>', static("stories/admin/story-language.js")
    )
