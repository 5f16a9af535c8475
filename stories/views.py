from django.contrib.syndication.views import Feed
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from campaign.languages import current_language, written_in
from campaign.submissions.views import PublicFormView

from . import services
from .forms import StoryForm
from .links import status_token, submission_for_token
from .models import StoryIndexPage, Submission
from .selectors import live_stories


def _story_index():
    index = StoryIndexPage.objects.live().first()
    if index is None:
        raise Http404("No story index page")
    return index


class ShareView(PublicFormView):
    """The public story form (see campaign/submissions/views.py)."""

    form_class = StoryForm
    template_name = "stories/share.html"
    refused_template_name = "stories/refused.html"
    rate_limited_template_name = "stories/rate_limited.html"
    save_error_message = gettext_lazy(
        "Your story could not be saved because of a problem on our side. Nothing "
        "was stored. Please try again in a few minutes."
    )

    def dispatch(self, request, *args, **kwargs):
        self.index = _story_index()
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"story_language": translation.get_language()}

    def get_context_data(self, **kwargs):
        # A photo is never kept when the form goes back: the visitor is told so.
        return super().get_context_data(
            photo_dropped=bool(self.request.FILES), **kwargs
        )

    def save(self, form):
        """Nothing is stored when this fails: the service rolls back and removes
        the photo file."""
        return services.story_submit(
            index=self.index,
            data=form.cleaned_data,
            language=translation.get_language(),
        )

    def get_success_url(self):
        return reverse("stories:thanks", args=[status_token(self.object)])


share = ShareView.as_view()


@never_cache
def thanks(request, token):
    submission = submission_for_token(token)
    if submission is None:
        raise Http404
    context = {
        "submission": submission,
        "status_url": reverse("stories:status", args=[token]),
    }
    return TemplateResponse(request, "stories/thanks.html", context)


@never_cache
def status(request, token):
    """The submitter's private page: where the story stands, and a way to withdraw."""
    submission = submission_for_token(token)
    if submission is None:
        return TemplateResponse(request, "stories/link_invalid.html", {}, status=404)
    withdrawn = False
    error = None
    can_withdraw = submission.status != Submission.Status.WITHDRAWN
    if request.method == "POST" and can_withdraw:
        if request.POST.get("confirm") == "yes":
            services.story_withdraw(submission=submission)
            withdrawn = True
            can_withdraw = False
        else:
            error = _("Tick the box to confirm that you want to withdraw your story.")
    context = {
        "submission": submission,
        "story": submission.story,
        "can_withdraw": can_withdraw,
        "withdrawn": withdrawn,
        "error": error,
    }
    return TemplateResponse(
        request, "stories/status.html", context, status=400 if error else 200
    )


class LatestStoriesFeed(Feed):
    """The newest stories that have text in the feed's language (the language of
    its address), linking to them in that language."""

    description = gettext_lazy("The newest stories published by the campaign.")

    def title(self):
        return _("Stories · It Takes a Community")

    def link(self):
        return _story_index().url

    def items(self):
        stories = live_stories().order_by("-first_published_at")
        return written_in(stories, current_language(), 20)

    def item_title(self, item):
        return item.content_title

    def item_description(self, item):
        return item.content_body

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.organisation

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class LatestStoriesAtomFeed(LatestStoriesFeed):
    feed_type = Atom1Feed
    subtitle = LatestStoriesFeed.description
