"""E-mails about stories, written as background tasks so a slow mail server never
slows the form down (and sent through the queued mailer of config/mail.py)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from campaign.languages import language_dir
from config.mail import base_url as current_base_url
from config.mail import plain_text_to_html

from .links import status_token


def recipient_language(user):
    """A user's own admin language if the site speaks it, else the site's default;
    never the language that happens to be active (the visitor's, during a
    submission)."""
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = profile.preferred_language if profile else ""
    try:
        return translation.get_supported_language_variant(preferred)
    except LookupError:
        return settings.LANGUAGE_CODE


def _render(kind, context, language):
    """Subject, plain text and HTML. Visitor text is plain text in the text part
    and escaped in the HTML part, where only the site's own links are live."""
    links = [value for key, value in context.items() if key.endswith("_url")]
    with translation.override(language):
        subject = render_to_string(f"stories/emails/{kind}_subject.txt", context)
        text = render_to_string(f"stories/emails/{kind}.txt", context)
        html = render_to_string(
            "stories/emails/base.html",
            {
                "body": plain_text_to_html(text, links),
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
def send_story_email(*, kind, submission_id, base_url=None):
    """``base_url``: the site's address when the e-mail was queued, where its
    links start (see config.mail.base_url)."""
    from .models import Submission

    base = (base_url or current_base_url()).rstrip("/")
    submission = Submission.objects.select_related("story").get(pk=submission_id)
    story = submission.story
    context = {"submission": submission, "story": story}
    if kind == "moderators":
        context["review_url"] = base + reverse(
            "wagtailadmin_pages:edit", args=[story.pk]
        )
        for user in _moderators():
            _send(kind, context, recipient_language(user), [user.email])
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
    _send(kind, context, language, [submission.email])
