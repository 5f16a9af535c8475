"""The way every public form is served and sent.

The page holds no per-visitor token, so that it can be served from a cache: there
is no session or account to protect, and cross-site posts are refused by their
Fetch metadata or Origin header instead of a CSRF token. Every POST counts towards
a rate limit per client that all public forms share. A form with errors goes back
with what was typed and a fresh start time (400); should saving fail, nothing is
stored and the form goes back the same way (503)."""

import logging

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import FormView

from config.clientip import client_network, is_cross_site

from .services import submission_attempt_allowed

logger = logging.getLogger(__name__)


class PublicFormView(FormView):
    """Subclasses give ``form_class`` (a ``PublicForm``), ``template_name``,
    ``save_error_message``, ``save(form)``, which stores the form through a service
    and returns what it stored (``self.object``), and ``get_success_url()``. The
    refusal and rate-limit pages may be the form's own."""

    http_method_names = ["get", "post", "head", "options"]
    refused_template_name = "submissions/refused.html"
    rate_limited_template_name = "submissions/rate_limited.html"
    save_error_message = None

    @classmethod
    def as_view(cls, **initkwargs):
        return csrf_exempt(super().as_view(**initkwargs))

    def post(self, request, *args, **kwargs):
        if is_cross_site(request):
            return self.notice(self.refused_template_name, status=403)
        if not submission_attempt_allowed(client=client_network(request)):
            return self.notice(self.rate_limited_template_name, status=429)
        return super().post(request, *args, **kwargs)

    def notice(self, template_name, status):
        context = {"form_url": self.request.path, **(self.extra_context or {})}
        return TemplateResponse(self.request, template_name, context, status=status)

    def save(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.object = self.save(form)
        except Exception:
            logger.exception("%s could not be saved", type(form).__name__)
            form.add_error(None, self.save_error_message)
            return self.form_invalid(form, status=503)
        return redirect(self.get_success_url())

    def form_invalid(self, form, status=400):
        form.refresh_started()
        return self.render_to_response(self.get_context_data(form=form), status=status)
