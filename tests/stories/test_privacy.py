"""Pending stories stay private, and submitters' personal data is never public."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from stories import services
from stories.links import status_token
from stories.models import StoryPage, Submission

pytestmark = pytest.mark.django_db

NAME = "Zoraida Privatename"
EMAIL = "zoraida.private@example.org"
ROLE = "Secret role title"


@pytest.fixture
def pending(client, index, story_data):
    data = {
        **story_data,
        "title": "Lanterns along the harbour",
        "name": NAME,
        "email": EMAIL,
        "role": ROLE,
    }
    assert client.post("/en/share-your-story/", data).status_code == 302
    return Submission.objects.get(email=EMAIL)


@pytest.fixture
def published(pending, moderator):
    from wagtail.models import TaskState

    task_state = TaskState.objects.get(
        workflow_state__object_id=str(pending.story.pk), status="in_progress"
    )
    task_state.task.specific.on_action(task_state, moderator, "approve")
    pending.refresh_from_db()
    return pending


def public_responses(client, story_url=None):
    urls = [
        "/en/stories/",
        "/ar/قصص/",
        "/en/search/?q=Lanterns",
        "/en/stories/?q=Lanterns",
        "/en/stories-feed/",
        "/sitemap-stories.xml",
        "/en/",
    ]
    if story_url:
        urls.append(story_url)
    return {url: client.get(url) for url in urls}


def test_pending_story_is_not_public_anywhere(client, pending):
    story = pending.story
    with_titles = public_responses(client)

    assert client.get(f"/en/stories/{story.slug_en}/").status_code == 404
    assert client.get("/en/api/v2/pages/").status_code == 404  # no content API exists
    for url, response in with_titles.items():
        assert response.status_code == 200, url
        assert "Lanterns along the harbour" not in response.content.decode(), url


def test_published_story_is_public_in_listing_search_feed_and_sitemap(
    client, published
):
    responses = public_responses(client)

    for url in ["/en/stories/", "/en/search/?q=Lanterns", "/en/stories-feed/"]:
        assert "Lanterns along the harbour" in responses[url].content.decode(), url
    assert published.story.slug_en in responses["/sitemap-stories.xml"].content.decode()


def test_personal_data_never_appears_in_public_output(client, published):
    story_url = StoryPage.objects.get(pk=published.story.pk).url
    responses = public_responses(client, story_url)

    assert "Lanterns along the harbour" in responses[story_url].content.decode()
    for url, response in responses.items():
        body = response.content.decode()
        for secret in (NAME, EMAIL, ROLE, "Zoraida", "zoraida"):
            assert secret not in body, (url, secret)


def test_personal_data_is_not_stored_in_page_revisions(published):
    for revision in Revision.objects.filter(object_id=str(published.story.pk)):
        content = json.dumps(revision.content)
        assert NAME not in content
        assert EMAIL not in content
        assert ROLE not in content


def test_status_link_shows_where_the_story_stands(client, pending):
    url = reverse("stories:status", args=[status_token(pending)])

    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert pending.reference in html
    assert "Received" in html
    assert (
        "no-cache" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )


def test_status_link_follows_the_decision(client, published):
    html = client.get(reverse("stories:status", args=[status_token(published)])).content

    assert "Published" in html.decode()


def test_forged_or_expired_status_links_are_refused(client, pending, settings):
    forged = client.get(reverse("stories:status", args=["ST-AAAAAA:forged:sig"]))
    settings.STORIES_STATUS_LINK_MAX_AGE = -1
    expired = client.get(reverse("stories:status", args=[status_token(pending)]))

    assert forged.status_code == 404
    assert expired.status_code == 404
    assert "This link is not valid" in expired.content.decode()


def test_withdrawing_needs_confirmation(client, published):
    url = reverse("stories:status", args=[status_token(published)])

    response = client.post(url, {})

    published.refresh_from_db()
    assert response.status_code == 400
    assert published.status == Submission.Status.PUBLISHED


def test_withdrawal_unpublishes_the_story_and_erases_personal_data(client, published):
    url = reverse("stories:status", args=[status_token(published)])
    story_url = StoryPage.objects.get(pk=published.story.pk).url

    response = client.post(url, {"confirm": "yes"})

    published.refresh_from_db()
    assert response.status_code == 200
    assert "withdrawn" in response.content.decode()
    assert published.status == Submission.Status.WITHDRAWN
    assert (published.name, published.email, published.role) == ("", "", "")
    assert published.is_erased
    assert not StoryPage.objects.get(pk=published.story.pk).live
    assert client.get(story_url).status_code == 404


def test_withdrawing_a_pending_story_stops_its_moderation(client, pending):
    from wagtail.models import WorkflowState

    client.post(
        reverse("stories:status", args=[status_token(pending)]), {"confirm": "yes"}
    )

    state = WorkflowState.objects.get(object_id=str(pending.story.pk))
    assert state.status == WorkflowState.STATUS_CANCELLED


def test_personal_data_officer_exports_a_submitters_data(officer_client, pending):
    response = officer_client.get(
        reverse("stories_submission:export", args=[pending.pk])
    )

    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment;")
    assert data["email"] == EMAIL
    assert data["name"] == NAME
    assert data["reference"] == pending.reference


def test_personal_data_officer_erases_a_submitters_data(officer_client, pending):
    url = reverse("stories_submission:erase", args=[pending.pk])

    assert officer_client.get(url).status_code == 200
    response = officer_client.post(url)

    pending.refresh_from_db()
    assert response.status_code == 302
    assert (pending.name, pending.email) == ("", "")
    assert pending.story is not None


def test_visitors_without_permission_cannot_export(client, django_user_model, pending):
    user = django_user_model.objects.create_user("someone", "s@example.org", "pw")
    client.force_login(user)

    response = client.get(reverse("stories_submission:export", args=[pending.pk]))

    assert response.status_code in (302, 403)
    assert EMAIL not in response.content.decode()


def test_management_command_exports_and_erases_by_email(pending, capsys):
    call_command("story_personal_data", "export", EMAIL)
    exported = json.loads(capsys.readouterr().out)
    call_command("story_personal_data", "erase", pending.reference)

    pending.refresh_from_db()
    assert exported[0]["name"] == NAME
    assert pending.is_erased and pending.email == ""


def test_purge_removes_old_rejected_submissions_only(
    client, pending, story_data, settings
):
    old = timezone.now() - timedelta(days=settings.STORIES_RETENTION_DAYS + 1)
    Submission.objects.filter(pk=pending.pk).update(
        status=Submission.Status.NOT_PUBLISHED, decided_at=old
    )
    story_pk = pending.story.pk
    recent_data = {**story_data, "title": "A recent decision", "email": "r@example.org"}
    client.post("/en/share-your-story/", recent_data)
    recent = Submission.objects.get(email="r@example.org")
    Submission.objects.filter(pk=recent.pk).update(
        status=Submission.Status.NOT_PUBLISHED, decided_at=timezone.now()
    )

    call_command("purge_story_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115

    pending.refresh_from_db()
    recent.refresh_from_db()
    assert pending.is_erased and pending.story is None
    assert not StoryPage.objects.filter(pk=story_pk).exists()
    assert recent.email == "r@example.org" and recent.story is not None
    assert services.submissions_purge() == 0


def test_personal_data_officer_finds_submitters_in_the_admin(officer_client, pending):
    index = officer_client.get(reverse("stories_submission:index"))
    inspect = officer_client.get(
        reverse("stories_submission:inspect", args=[pending.pk])
    )

    assert index.status_code == 200
    assert pending.reference in index.content.decode()
    assert EMAIL in inspect.content.decode()
    assert reverse("stories_submission:export", args=[pending.pk]) in (
        index.content.decode()
    )
