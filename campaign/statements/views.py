"""The public endorsement form of a statement, with the story form's defences: no
per-visitor token (the page can be cached), cross-site posts refused, a rate limit
shared with the story form, and a form that keeps what was typed."""

import logging

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from config.clientip import client_network, is_cross_site
from stories.services import submission_attempt_allowed

from ..models import StatementPage
from . import services
from .forms import EndorsementForm

logger = logging.getLogger(__name__)


def _statement(page_id):
    statement = StatementPage.objects.live().public().filter(pk=page_id).first()
    if statement is None:
        raise Http404("No such statement")
    return statement


@csrf_exempt
def endorse(request, page_id):
    statement = _statement(page_id)
    context = {"page": statement, "statement": statement}
    if not statement.endorsements_open:
        return TemplateResponse(
            request, "campaign/statement_closed.html", context, status=410
        )
    if request.method == "POST":
        if is_cross_site(request):
            return TemplateResponse(
                request, "campaign/statement_refused.html", context, status=403
            )
        if not submission_attempt_allowed(client=client_network(request)):
            return TemplateResponse(
                request, "campaign/statement_rate_limited.html", context, status=429
            )
        form = EndorsementForm(request.POST)
        if form.is_valid():
            try:
                services.endorsement_submit(
                    statement=statement,
                    data=form.cleaned_data,
                    language=translation.get_language(),
                )
            except Exception:
                logger.exception("An endorsement could not be saved")
                form.add_error(
                    None,
                    _(
                        "Your endorsement could not be saved because of a problem on "
                        "our side. Nothing was stored. Please try again in a few "
                        "minutes."
                    ),
                )
                form.refresh_started()
                context["form"] = form
                return TemplateResponse(
                    request, "campaign/statement_endorse.html", context, status=503
                )
            return redirect("statements:thanks", page_id=statement.pk)
        form.refresh_started()
        context["form"] = form
        return TemplateResponse(
            request, "campaign/statement_endorse.html", context, status=400
        )
    context["form"] = EndorsementForm()
    return TemplateResponse(request, "campaign/statement_endorse.html", context)


def thanks(request, page_id):
    statement = _statement(page_id)
    return TemplateResponse(
        request,
        "campaign/statement_thanks.html",
        {"page": statement, "statement": statement},
    )
