"""E-mails about stories, written as background tasks so a slow mail server never
slows the form down (see campaign/submissions/emails.py)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from campaign.submissions.emails import send, send_to_moderators
from config.mail import base_url as current_base_url

from .links import status_token


@task()
def send_story_email(*, kind, submission_id, base_url=None):
    """``base_url``: the site's address when the e-mail was queued, where its
    links start (see config.mail.base_url)."""
    from .models import Submission

    base = (base_url or current_base_url()).rstrip("/")
    submission = Submission.objects.select_related("story").get(pk=submission_id)
    story = submission.story
    context = {"submission": submission, "story": story}
    template = f"stories/emails/{kind}"
    if kind == "moderators":
        context["review_url"] = base + reverse(
            "wagtailadmin_pages:edit", args=[story.pk]
        )
        send_to_moderators(template, context, settings.STORIES_MODERATORS_GROUP)
        return
    if submission.is_erased:
        return
    language = submission.language
    with translation.override(language):
        context["status_url"] = base + reverse(
            "stories:status", args=[status_token(submission)]
        )
        if kind == "published" and story is not None:
            context["story_url"] = base + story.get_url_parts()[2]
    send(template, context, language, [submission.email])
