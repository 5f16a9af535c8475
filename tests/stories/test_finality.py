"""Withdrawal and rejection are final: the story is never published again, by any
path, and the photo its submitter sent is deleted with its renditions and files."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.images import get_image_model
from wagtail.models import TaskState

from stories import services
from stories.links import status_token
from stories.models import StoryPage, Submission

from .conftest import jpeg_bytes, photo_data

pytestmark = pytest.mark.django_db

DECISIONS = ["withdrawn", "rejected"]


@pytest.fixture
def sent(client, index, story_data):
    """A story with a photo, sent through the public form."""
    data = photo_data(story_data, jpeg_bytes())
    assert client.post("/en/share-your-story/", data).status_code == 302
    return Submission.objects.get(email=story_data["email"])


def in_progress_task(story):
    return TaskState.objects.get(
        workflow_state__object_id=str(story.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def approve(story, user):
    task_state = in_progress_task(story)
    task_state.task.specific.on_action(task_state, user, "approve")


def decide(decision, submission, client, moderator):
    """Withdraw (by the submitter's status link, once the story is live) or reject
    (by a moderator, while it waits)."""
    if decision == "withdrawn":
        approve(submission.story, moderator)
        assert StoryPage.objects.get(pk=submission.story.pk).live
        url = reverse("stories:status", args=[status_token(submission)])
        assert client.post(url, {"confirm": "yes"}).status_code == 200
    else:
        task_state = in_progress_task(submission.story)
        task_state.task.specific.on_action(
            task_state, moderator, "decline", comment="Not about a city."
        )
    submission.refresh_from_db()
    assert submission.status in Submission.FINAL_STATUSES
    return StoryPage.objects.get(pk=submission.story_id)


def edit_form_data(client, story, action):
    """What the admin's edit form posts back, unchanged, with the button pressed."""
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    form = client.get(url).context["form"]
    data = {
        name: form.initial.get(name, field.initial)
        for name, field in form.fields.items()
        if form.initial.get(name, field.initial) is not None
    }
    data["topics"] = [topic.pk for topic in data.get("topics", [])]
    for name in form.fields:
        if name.startswith("body_"):
            data[name] = form[name].field.widget.format_value(form[name].value())
    data.update(
        {"comments-TOTAL_FORMS": 0, "comments-INITIAL_FORMS": 0, action: action}
    )
    return url, data


@pytest.mark.parametrize("decision", DECISIONS)
def test_decision_deletes_the_photo_its_renditions_and_files(
    decision, sent, client, moderator, django_capture_on_commit_callbacks
):
    photo = sent.story.photo
    rendition = photo.get_rendition("fill-640x400|format-webp")
    files = [photo.file.name, rendition.file.name]
    assert all(default_storage.exists(name) for name in files)

    with django_capture_on_commit_callbacks(execute=True):
        story = decide(decision, sent, client, moderator)

    assert story.photo is None
    assert not get_image_model().objects.filter(pk=photo.pk).exists()
    assert not photo.renditions.exists()
    assert not any(default_storage.exists(name) for name in files)


def test_library_image_chosen_by_an_editor_stays(
    sent, client, moderator, django_capture_on_commit_callbacks
):
    library_image = get_image_model().objects.exclude(pk=sent.story.photo_id).first()
    StoryPage.objects.filter(pk=sent.story.pk).update(photo=library_image)
    sent.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        decide("rejected", sent, client, moderator)

    assert get_image_model().objects.filter(pk=library_image.pk).exists()
    assert not get_image_model().objects.filter(title__startswith=sent.reference)


@pytest.mark.parametrize("decision", DECISIONS)
def test_editor_cannot_publish_a_decided_story_from_the_edit_form(
    decision, sent, client, moderator, admin_client
):
    story = decide(decision, sent, client, moderator)
    url, data = edit_form_data(admin_client, story, "action-publish")

    editor = admin_client.get(url).content.decode()
    admin_client.post(url, data)

    sent.refresh_from_db()
    assert 'name="action-publish"' not in editor
    assert not StoryPage.objects.get(pk=story.pk).live
    assert sent.status in Submission.FINAL_STATUSES


@pytest.mark.parametrize("decision", DECISIONS)
def test_decided_story_cannot_go_back_into_moderation(
    decision, sent, client, moderator, admin_client
):
    story = decide(decision, sent, client, moderator)
    url, data = edit_form_data(admin_client, story, "action-submit")

    admin_client.post(url, data)

    assert not StoryPage.objects.get(pk=story.pk).workflow_in_progress


@pytest.mark.parametrize("decision", DECISIONS)
def test_code_cannot_publish_a_decided_story(decision, sent, client, moderator):
    story = decide(decision, sent, client, moderator)
    revision = story.get_latest_revision()

    with pytest.raises(PermissionDenied):
        revision.publish()
    with pytest.raises(PermissionDenied):
        PublishPageRevisionAction(revision).execute(skip_permission_checks=True)
    with pytest.raises(PermissionDenied):
        revision.publish(user=moderator)

    sent.refresh_from_db()
    assert not StoryPage.objects.get(pk=story.pk).live
    assert sent.status in Submission.FINAL_STATUSES


@pytest.mark.parametrize("decision", DECISIONS)
def test_a_new_workflow_cannot_publish_a_decided_story(
    decision, sent, client, moderator, moderator_client
):
    story = decide(decision, sent, client, moderator)
    services.story_workflow().start(story, user=None)
    task_state = in_progress_task(story)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[story.pk, "approve", task_state.pk],
    )

    response = moderator_client.post(url)
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, moderator, "approve")

    sent.refresh_from_db()
    assert response.status_code in (302, 403)
    assert not StoryPage.objects.get(pk=story.pk).live
    assert sent.status in Submission.FINAL_STATUSES


@pytest.mark.parametrize("decision", DECISIONS)
def test_submission_status_never_flips_back_to_published(
    decision, sent, client, moderator
):
    story = decide(decision, sent, client, moderator)
    status = Submission.objects.get(pk=sent.pk).status

    services.story_mark_published(page=story)

    assert Submission.objects.get(pk=sent.pk).status == status


@pytest.mark.parametrize("published", [False, True], ids=["pending", "published"])
def test_deleted_story_leaves_its_submitter_record_to_the_purge(
    published, sent, moderator, admin_client, settings
):
    """Deleting a story closes its submission as not published (decided now), so
    the retention purge erases it like a rejection's; the photo goes at once."""
    story = sent.story
    photo_pk = story.photo_id
    if published:
        approve(story, moderator)

    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[story.pk]))

    sent.refresh_from_db()
    assert response.status_code == 302
    assert not StoryPage.objects.filter(pk=story.pk).exists()
    assert sent.story is None
    assert sent.status == Submission.Status.NOT_PUBLISHED
    assert sent.decided_at is not None
    assert not get_image_model().objects.filter(pk=photo_pk).exists()
    later = timezone.now() + timedelta(days=settings.STORIES_RETENTION_DAYS + 1)
    assert services.submissions_purge(now=later) == 1
    sent.refresh_from_db()
    assert sent.is_erased and sent.email == ""
