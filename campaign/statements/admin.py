"""Endorsements in the Wagtail admin: a list that opens on pending ones, approve
and reject actions for moderators, and the endorsers' private contacts for
personal data officers. Registered from campaign/wagtail_hooks.py."""

from functools import cached_property

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permissions import register_permission_policy

from ..models import Endorsement, EndorsementContact
from ..submissions.admin import PersonalDataPermissionPolicy, PersonalDataViewSet
from . import services
from .forms import RejectionForm

register_permission_policy(
    EndorsementContact,
    PersonalDataPermissionPolicy(EndorsementContact),
    exact_class=True,
)

# --- Moderation ---


class EndorsementFilterSet(WagtailFilterSet):
    class Meta:
        model = Endorsement
        fields = ["status", "kind", "statement"]


def moderation_buttons(endorsement, user, button_class):
    """Approve while pending; reject until rejected (a rejection is final)."""
    if not user.has_perm("campaign.moderate_endorsement"):
        return []
    buttons = []
    if endorsement.status == Endorsement.Status.PENDING:
        buttons.append(
            button_class(
                gettext_lazy("Approve"),
                url=reverse("campaign_endorsement:approve", args=[endorsement.pk]),
                icon_name="check",
                priority=5,
            )
        )
    if endorsement.status != Endorsement.Status.REJECTED:
        buttons.append(
            button_class(
                gettext_lazy("Reject"),
                url=reverse("campaign_endorsement:reject", args=[endorsement.pk]),
                icon_name="cross",
                priority=6,
            )
        )
    return buttons


class EndorsementIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            *moderation_buttons(instance, self.request.user, MenuItem),
        ]


class EndorsementEditView(EditView):
    """The moderators' e-mail links here: the decision is one click away."""

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            *moderation_buttons(self.object, self.request.user, Button),
        ]


@permission_required("campaign.moderate_endorsement", raise_exception=True)
def approve(request, pk):
    endorsement = get_object_or_404(Endorsement, pk=pk)
    if request.method == "POST":
        if services.endorsement_approve(endorsement=endorsement, user=request.user):
            messages.success(
                request,
                _("Endorsement %(reference)s approved: it is now listed.")
                % {"reference": endorsement.reference},
            )
        else:
            messages.error(request, _("Only a pending endorsement can be approved."))
        return redirect("campaign_endorsement:index")
    return TemplateResponse(
        request,
        "campaign/admin/endorsement_approve.html",
        {"endorsement": endorsement},
    )


@permission_required("campaign.moderate_endorsement", raise_exception=True)
def reject(request, pk):
    endorsement = get_object_or_404(Endorsement, pk=pk)
    form = RejectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.endorsement_reject(
            endorsement=endorsement,
            user=request.user,
            reason=form.cleaned_data["reason"],
        ):
            messages.success(
                request,
                _("Endorsement %(reference)s rejected.")
                % {"reference": endorsement.reference},
            )
        return redirect("campaign_endorsement:index")
    return TemplateResponse(
        request,
        "campaign/admin/endorsement_reject.html",
        {"endorsement": endorsement, "form": form},
        status=400 if form.errors else 200,
    )


class EndorsementViewSet(ModelViewSet):
    """Moderators fix the name and link a city or partner in the edit form; the
    status changes only through the approve and reject actions."""

    model = Endorsement
    icon = "pick"
    menu_label = gettext_lazy("Endorsements")
    name = "campaign_endorsement"
    index_view_class = EndorsementIndexView
    edit_view_class = EndorsementEditView
    filterset_class = EndorsementFilterSet
    list_display = [
        "name",
        "statement",
        Column("country", label=gettext_lazy("Country"), accessor="country.name"),
        "role",
        "status",
        DateColumn("endorsed_on", label=gettext_lazy("Date")),
    ]
    search_fields = ["reference", "name", "role"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return Endorsement.objects.select_related("statement")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/approve/", approve, name="approve"),
            path("<int:pk>/reject/", reject, name="reject"),
        ]


# --- Endorsers' contacts ---


class ContactViewSet(PersonalDataViewSet):
    model = EndorsementContact
    icon = "user"
    menu_label = gettext_lazy("Endorsers")
    name = "campaign_endorsement_contact"
    list_display = [
        "endorsement",
        DateColumn("submitted_at", label=gettext_lazy("Submitted")),
        "erased_at",
    ]
    search_fields = ["name", "email"]
    inspect_view_fields = [
        "endorsement",
        "name",
        "email",
        "consent_publication",
        "consent_privacy",
        "submitted_at",
        "erased_at",
    ]
    left_out_views = PersonalDataViewSet.left_out_views | {"usage"}
    confirm_erase_template_name = "campaign/admin/endorsement_confirm_erase.html"

    def get_queryset(self, request):
        return EndorsementContact.objects.select_related("endorsement")

    def export_data(self, record):
        return services.contact_export(contact=record)

    def erase_data(self, record, user):
        services.contact_erase(contact=record, user=user)


class StatementsGroup(ViewSetGroup):
    menu_label = gettext_lazy("Statements")
    menu_icon = "pick"
    menu_order = 210
    items = (EndorsementViewSet, ContactViewSet)


@hooks.register("register_admin_viewset")
def register_statement_viewsets():
    return StatementsGroup()


@hooks.register("register_log_actions")
def register_endorsement_log_actions(actions):
    actions.register_action(
        "statements.approve",
        gettext_lazy("Approve endorsement"),
        gettext_lazy("Endorsement approved"),
    )
    actions.register_action(
        "statements.reject",
        gettext_lazy("Reject endorsement"),
        gettext_lazy("Endorsement rejected"),
    )
    actions.register_action(
        "statements.erase",
        gettext_lazy("Erase personal data"),
        gettext_lazy("Personal data erased"),
    )
    actions.register_action(
        "statements.purge",
        gettext_lazy("Delete after retention period"),
        gettext_lazy("Rejected endorsement deleted after the retention period"),
    )
