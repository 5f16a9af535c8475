import django_filters
from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView as ModelIndexView
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from . import admin_views, services
from .models import StoryIndexPage, StoryPage, Submission

# --- The filterable list of stories ---


class StoryFilterSet(PageFilterSet):
    status = django_filters.ChoiceFilter(
        field_name="submission__status",
        choices=Submission.Status.choices,
        label=_("Status"),
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


class StoryIndexView(PageIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("submission")


class StoryListingViewSet(PageListingViewSet):
    model = StoryPage
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
        Column("status", label=_("Status"), accessor="submission.get_status_display"),
    ]


# --- Private submitter records ---


class SubmissionFilterSet(WagtailFilterSet):
    submitted_at = django_filters.DateFromToRangeFilter(
        widget=DateRangePickerWidget, label=_("Submitted")
    )

    class Meta:
        model = Submission
        fields = ["status", "language"]


class SubmissionIndexView(ModelIndexView):
    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(
                _("Export personal data"),
                url=reverse("stories_submission:export", args=[instance.pk]),
                icon_name="download",
                priority=40,
            ),
            MenuItem(
                _("Erase personal data"),
                url=reverse("stories_submission:erase", args=[instance.pk]),
                icon_name="bin",
                priority=50,
            ),
        ]


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "user"
    menu_label = _("Submitters")
    name = "stories_submission"
    index_view_class = SubmissionIndexView
    filterset_class = SubmissionFilterSet
    list_display = [
        "reference",
        "story",
        "status",
        "language",
        DateColumn("submitted_at", label=_("Submitted")),
    ]
    search_fields = ["reference", "name", "email"]
    form_fields = ["name", "email", "role"]
    inspect_view_enabled = True
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
    copy_view_enabled = False

    def get_queryset(self, request):
        return Submission.objects.select_related("story")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/export/", admin_views.export, name="export"),
            path("<int:pk>/erase/", admin_views.erase, name="erase"),
        ]


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
