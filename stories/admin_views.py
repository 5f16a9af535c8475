"""Admin views for a submitter's personal data: export as JSON, and erase. Each
needs its own permission (held by the "Personal data officers" group)."""

import json

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from . import services
from .models import Submission


@permission_required("stories.export_submission", raise_exception=True)
def export(request, pk):
    submission = get_object_or_404(Submission, pk=pk)
    data = services.submission_export(submission=submission)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{submission.reference}-personal-data.json"'
    )
    return response


@permission_required("stories.erase_submission", raise_exception=True)
def erase(request, pk):
    submission = get_object_or_404(Submission, pk=pk)
    if request.method == "POST":
        services.submission_erase(submission=submission, user=request.user)
        messages.success(
            request,
            _("Personal data of %(reference)s erased.")
            % {"reference": submission.reference},
        )
        return redirect("stories_submission:inspect", submission.pk)
    return TemplateResponse(
        request, "stories/admin/confirm_erase.html", {"submission": submission}
    )
