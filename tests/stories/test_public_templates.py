"""Details of the public story pages: the error summary and the status page."""

import pytest
from django.urls import reverse

from stories.links import status_token
from stories.models import Submission

pytestmark = pytest.mark.django_db


def test_error_summary_does_not_double_punctuation(client, index, story_data):
    data = {**story_data, "consent_privacy": ""}

    html = client.post("/en/share-your-story/", data).content.decode()

    start = html.index('class="error-summary"')
    summary = html[start : html.index("</ul>", start)]
    assert "I have read the privacy notice: This field is required." in summary
    assert ".:" not in summary


def test_reference_on_the_arabic_status_page_is_isolated(client, index, story_data):
    assert client.post("/en/share-your-story/", story_data).status_code == 302
    submission = Submission.objects.get(email=story_data["email"])
    url = reverse("stories:status", args=[status_token(submission)])

    html = client.get(url.replace("/en/", "/ar/", 1)).content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert (
        f'<dd><bdi class="reference-code" dir="ltr">{submission.reference}</bdi></dd>'
        in html
    )
