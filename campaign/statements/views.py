"""The public endorsement form of a statement (see campaign/submissions/views.py)."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy

from ..models import StatementPage
from ..submissions.views import PublicFormView
from . import services
from .forms import EndorsementForm


def _statement(page_id):
    statement = StatementPage.objects.live().public().filter(pk=page_id).first()
    if statement is None:
        raise Http404("No such statement")
    return statement


class EndorseView(PublicFormView):
    form_class = EndorsementForm
    template_name = "campaign/statement_endorse.html"
    refused_template_name = "campaign/statement_refused.html"
    save_error_message = gettext_lazy(
        "Your endorsement could not be saved because of a problem on our side. "
        "Nothing was stored. Please try again in a few minutes."
    )

    def dispatch(self, request, page_id):
        self.statement = _statement(page_id)
        self.extra_context = {"page": self.statement, "statement": self.statement}
        if not self.statement.endorsements_open:
            return TemplateResponse(
                request,
                "campaign/statement_closed.html",
                self.extra_context,
                status=410,
            )
        return super().dispatch(request, page_id=page_id)

    def save(self, form):
        return services.endorsement_submit(
            statement=self.statement,
            data=form.cleaned_data,
            language=translation.get_language(),
        )

    def get_success_url(self):
        return reverse("statements:thanks", kwargs={"page_id": self.statement.pk})


endorse = EndorseView.as_view()


def thanks(request, page_id):
    statement = _statement(page_id)
    return TemplateResponse(
        request,
        "campaign/statement_thanks.html",
        {"page": statement, "statement": statement},
    )
