"""The records people leave when they send a public form, in the Wagtail admin.

They can be listed and inspected (``view``), exported as JSON (``export``) and
erased (``erase``), each by its own permission, held by the "Personal data
officers" group. The records come from the public form only: nobody adds, edits or
deletes one here (an edited e-mail address would redirect the sender's mail)."""

import json

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry


class PersonalDataPermissionPolicy(ModelPermissionPolicy):
    """View, export and erase by permission; add, change and delete for nobody.
    Register it for the model before its viewset (``register_permission_policy``),
    or Wagtail makes a default one."""

    refused = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        if action in self.refused:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, set(actions) - self.refused)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) - self.refused)


class PersonalDataIndexView(IndexView):
    export_url_name = None
    erase_url_name = None
    actions = [
        ("export", gettext_lazy("Export personal data"), "download", 40),
        ("erase", gettext_lazy("Erase personal data"), "bin", 50),
    ]

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            *(
                MenuItem(
                    label,
                    url=reverse(
                        getattr(self, f"{action}_url_name"), args=[instance.pk]
                    ),
                    icon_name=icon,
                    priority=priority,
                )
                for action, label, icon, priority in self.actions
                if self.user_has_permission(action)
            ),
        ]


class PersonalDataViewSet(ModelViewSet):
    """Subclasses give the ``model`` (whose rows have a ``reference``),
    ``export_data(record)``, ``erase_data(record, user)`` and the
    ``confirm_erase_template_name``, which extends
    ``submissions/admin/confirm_erase.html``."""

    index_view_class = PersonalDataIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    left_out_views = frozenset({"add", "edit", "delete", "copy"})
    confirm_erase_template_name = "submissions/admin/confirm_erase.html"

    def export_data(self, record):
        raise NotImplementedError

    def erase_data(self, record, user):
        raise NotImplementedError

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{f"{name}_url_name": None for name in self.left_out_views}, **kwargs
        )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            export_url_name=self.get_url_name("export"),
            erase_url_name=self.get_url_name("erase"),
            **kwargs,
        )

    def get_urlpatterns(self):
        """Wagtail's, without the views left out (it would build them all)."""
        views = [
            ("", "index"),
            ("results/", "index_results"),
            ("inspect/<int:pk>/", "inspect"),
            ("history/<int:pk>/", "history"),
            ("history-results/<int:pk>/", "history_results"),
            ("usage/<int:pk>/", "usage"),
            ("<int:pk>/export/", "export"),
            ("<int:pk>/erase/", "erase"),
        ]
        return [
            path(route, getattr(self, f"{name}_view"), name=name)
            for route, name in views
            if name not in self.left_out_views
        ]

    def permitted_record(self, request, pk, action):
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_permission(request.user, action):
            raise PermissionDenied
        return get_object_or_404(self.model, pk=pk)

    def export_view(self, request, pk):
        record = self.permitted_record(request, pk, "export")
        response = HttpResponse(
            json.dumps(self.export_data(record), ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{record.reference}-personal-data.json"'
        )
        return response

    def erase_view(self, request, pk):
        record = self.permitted_record(request, pk, "erase")
        if request.method == "POST":
            self.erase_data(record, request.user)
            messages.success(
                request,
                _("Personal data of %(reference)s erased.")
                % {"reference": record.reference},
            )
            return redirect(self.get_url_name("inspect"), record.pk)
        return TemplateResponse(
            request,
            self.confirm_erase_template_name,
            {
                "record": record,
                "inspect_url": reverse(self.get_url_name("inspect"), args=[record.pk]),
            },
        )
