import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from stories.models import StoryPage, Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, index, story_data, django_capture_on_commit_callbacks):
    """A story sent in Arabic through the public form, as a visitor would."""
    data = {
        **story_data,
        "story_language": "ar",
        "title": "مطبخ الحي يجمع الجيران",
        "body": "كل خميس يفتح المطبخ المجتمعي أبوابه للجميع، القدامى والقادمين الجدد. "
        * 5,
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ar/share-your-story/", data)
    mail.outbox.clear()
    return Submission.objects.get(email=story_data["email"])


def act(client, submission, action, headers=None, **data):
    story = submission.story
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(story.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[story.pk, action, task_state.pk]
    )
    return client.post(url, data, headers=headers or {})


def test_moderators_group_has_exactly_the_permissions_needed(index):
    """Stories come with the moderation task; no page permission, no personal data."""
    group = Group.objects.get(name="Story moderators")

    assert set(group.permissions.values_list("codename", flat=True)) == {
        "access_admin",
    }
    assert not group.page_permissions.exists()
    assert list(
        group.collection_permissions.values_list("permission__codename", flat=True)
    ) == ["choose_image"]


def test_new_story_waits_under_awaiting_your_review(moderator_client, submitted):
    html = moderator_client.get("/admin/").content.decode()

    assert "Awaiting your review" in html
    assert "مطبخ الحي يجمع الجيران" in html


def test_moderators_filter_the_story_list(moderator_client, submitted):
    url = reverse("story_listing:index")

    received = moderator_client.get(url, {"status": "received"}).content.decode()
    published = moderator_client.get(url, {"status": "published"}).content.decode()
    arabic = moderator_client.get(url, {"story_language": "ar", "city": "mech"})

    assert "مطبخ الحي يجمع الجيران" in received
    assert "مطبخ الحي يجمع الجيران" not in published
    assert "مطبخ الحي يجمع الجيران" in arabic.content.decode()
    dated = moderator_client.get(url, {"submitted_from": "2000-01-01"})
    assert dated.status_code == 200


def test_approved_story_goes_live_and_the_submitter_hears_in_their_language(
    moderator_client, client, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = act(moderator_client, submitted, "approve")

    assert response.status_code == 302
    story = StoryPage.objects.get(pk=submitted.story.pk)
    submitted.refresh_from_db()
    assert story.live
    assert submitted.status == Submission.Status.PUBLISHED
    listing = client.get("/ar/قصص/").content.decode()
    assert "مطبخ الحي يجمع الجيران" in listing
    (decision,) = mail.outbox
    assert decision.to == [submitted.email]
    assert submitted.reference in decision.subject
    assert "/ar/" in decision.body
    assert PageLogEntry.objects.filter(
        page=story, action="wagtail.workflow.approve"
    ).exists()


def test_rejected_story_is_never_public_and_the_reason_is_sent(
    moderator_client, client, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = act(
            moderator_client,
            submitted,
            "decline",
            comment="Please send a story about your own city.",
        )

    assert response.status_code == 302
    story = StoryPage.objects.get(pk=submitted.story.pk)
    submitted.refresh_from_db()
    assert not story.live
    assert submitted.status == Submission.Status.NOT_PUBLISHED
    assert submitted.decision_reason == "Please send a story about your own city."
    assert client.get(story.url or "/ar/قصص/x/").status_code == 404
    assert "مطبخ الحي يجمع الجيران" not in client.get("/ar/قصص/").content.decode()
    (decision,) = mail.outbox
    assert "Please send a story about your own city." in decision.body
    entry = PageLogEntry.objects.get(page=story, action="stories.reject")
    assert entry.data["reason"] == "Please send a story about your own city."
    assert WorkflowState.objects.get(object_id=str(story.pk)).status == "cancelled"


def test_rejecting_needs_a_reason(moderator_client, submitted):
    response = act(
        moderator_client,
        submitted,
        "decline",
        comment="",
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    submitted.refresh_from_db()
    assert submitted.status == Submission.Status.RECEIVED
    assert "This field is required." in response.json()["html"]


def test_requesting_changes_keeps_the_story_in_review(moderator_client, submitted):
    response = act(moderator_client, submitted, "reject", comment="Shorten the title.")

    submitted.refresh_from_db()
    assert response.status_code == 302
    assert submitted.status == Submission.Status.IN_REVIEW
    assert not submitted.story.live
    assert mail.outbox == []


def test_moderators_who_are_not_in_the_group_cannot_act(
    client, django_user_model, submitted
):
    outsider = django_user_model.objects.create_user("outsider", "o@example.org", "pw")
    outsider.user_permissions.add(
        *Group.objects.get(name="Story moderators").permissions.all()
    )
    client.force_login(outsider)

    act(client, submitted, "approve")

    assert not StoryPage.objects.get(pk=submitted.story.pk).live


def test_editor_adds_a_french_translation_to_an_approved_arabic_story(
    moderator_client, admin_client, client, submitted
):
    act(moderator_client, submitted, "approve")
    url = reverse("wagtailadmin_pages:edit", args=[submitted.story.pk])
    form = admin_client.get(url).context["form"]
    data = {
        name: form.initial.get(name, field.initial)
        for name, field in form.fields.items()
        if form.initial.get(name, field.initial) is not None
    }
    data["topics"] = [topic.pk for topic in data.get("topics", [])]
    data.update(
        {
            "title_fr": "La cuisine du quartier rassemble les voisins",
            "slug_fr": "la-cuisine-du-quartier",
            "body_fr": '{"blocks": [{"key": "a", "type": "unstyled", "text": '
            '"Chaque jeudi, la cuisine communautaire ouvre ses portes.", '
            '"depth": 0, "inlineStyleRanges": [], "entityRanges": []}], '
            '"entityMap": {}}',
            "comments-TOTAL_FORMS": 0,
            "comments-INITIAL_FORMS": 0,
            "action-publish": "publish",
        }
    )
    for code in ("en", "es", "ar"):
        field = form[f"body_{code}"]
        data[f"body_{code}"] = field.field.widget.format_value(field.value())

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    french = client.get("/fr/recits/la-cuisine-du-quartier/").content.decode()
    assert "La cuisine du quartier rassemble les voisins" in french
    assert 'lang="fr"' in french
    assert "Chaque jeudi" in french
    with translation.override("ar"):
        arabic_url = StoryPage.objects.get(pk=submitted.story.pk).url
    arabic = client.get(arabic_url).content.decode()
    assert "مطبخ الحي يجمع الجيران" in arabic
    assert "La cuisine du quartier" not in arabic


def test_story_editor_does_not_demand_an_english_copy(moderator_client, submitted):
    url = reverse("wagtailadmin_pages:edit", args=[submitted.story.pk])

    form = moderator_client.get(url).context["form"]

    assert form.fields["title_en"].required is False
    assert form.fields["slug_en"].required is False
    assert form.fields["title_ar"].initial or form.initial["title_ar"]
