"""E-mails about stories, sent as background tasks so a slow mail server never
slows the form down."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from campaign.languages import language_dir

from .links import status_token


def absolute(path):
    """Every link in an e-mail starts from the one public base address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _render(kind, context, language):
    with translation.override(language):
        subject = render_to_string(f"stories/emails/{kind}_subject.txt", context)
        text = render_to_string(f"stories/emails/{kind}.txt", context)
        html = render_to_string(
            "stories/emails/base.html",
            {
                "text": text,
                "language": language,
                "direction": language_dir(language),
            },
        )
    return " ".join(subject.split()), text, html


def _send(kind, context, language, to):
    subject, text, html = _render(kind, context, language)
    message = mail.EmailMultiAlternatives(subject, text, to=to)
    message.attach_alternative(html, "text/html")
    message.send()


def _moderators():
    User = get_user_model()
    return (
        User.objects.filter(
            is_active=True, groups__name=settings.STORIES_MODERATORS_GROUP
        )
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )


@task()
def send_story_email(*, kind, submission_id):
    from .models import Submission

    submission = Submission.objects.select_related("story").get(pk=submission_id)
    story = submission.story
    context = {"submission": submission, "story": story}
    if kind == "moderators":
        context["review_url"] = absolute(
            reverse("wagtailadmin_pages:edit", args=[story.pk])
        )
        for user in _moderators():
            profile = getattr(user, "wagtail_userprofile", None)
            language = (
                profile.get_preferred_language() if profile else settings.LANGUAGE_CODE
            )
            if language not in dict(settings.LANGUAGES):
                language = settings.LANGUAGE_CODE
            _send(kind, context, language, [user.email])
        return
    if submission.is_erased:
        return
    language = submission.language
    with translation.override(language):
        context["status_url"] = absolute(
            reverse("stories:status", args=[status_token(submission)])
        )
        if kind == "published" and story is not None:
            context["story_url"] = absolute(story.get_url_parts()[2])
    _send(kind, context, language, [submission.email])
