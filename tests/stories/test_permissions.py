"""Least privilege in the admin: who may do what, for every role, area and state of
a story; throttled admin logins; no second admin."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry, TaskState

from campaign.models import HomePage
from stories import services
from stories.models import StoryIndexPage, StoryPage, Submission
from tests.helpers import started_token

ROLES = ["anonymous", "moderator", "officer", "editor", "admin"]
STATES = ["in_moderation", "published", "rejected", "withdrawn"]


@dataclass
class World:
    users: dict
    stories: dict  # state -> story pk
    index_pk: int
    home_pk: int

    def story(self, state):
        return StoryPage.objects.get(pk=self.stories[state])

    def submission(self, state="in_moderation"):
        return Submission.objects.get(story_id=self.stories[state])


def send_story(title, email):
    data = {
        "title": title,
        "body": "Every Thursday the community kitchen opens its doors to everyone. "
        * 4,
        "story_language": "en",
        "city": "Mechelen",
        "country": "BE",
        "organisation": "Mechelen Community Kitchen",
        "organisation_type": "civil",
        "name": "Amina Testperson",
        "email": email,
        "consent_publication": "on",
        "consent_privacy": "on",
        "website": "",
        "started": started_token(),
    }
    response = Client().post("/en/share-your-story/", data)
    assert response.status_code == 302, response.content.decode()[:500]
    return Submission.objects.get(email=email)


def act_on_task(story, moderator, action, **kwargs):
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(story.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    task_state.task.specific.on_action(task_state, moderator, action, **kwargs)


def build_world(django_user_model):
    editors = Group.objects.get(name="Editors")  # as Wagtail's migrations make it
    users = {"anonymous": None}
    for role, group in [
        ("moderator", "Story moderators"),
        ("officer", "Personal data officers"),
        ("editor", editors.name),
    ]:
        user = django_user_model.objects.create_user(role, f"{role}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    users["admin"] = django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "pw"
    )
    stories = {}
    for state in STATES:
        submission = send_story(f"A story {state}", f"{state}@example.org")
        story = submission.story
        if state == "published":
            act_on_task(story, users["moderator"], "approve")
        elif state == "rejected":
            act_on_task(story, users["moderator"], "decline", comment="No.")
        elif state == "withdrawn":
            services.story_withdraw(submission=submission)
        stories[state] = story.pk
    return World(
        users=users,
        stories=stories,
        index_pk=StoryIndexPage.objects.get().pk,
        home_pk=HomePage.objects.get().pk,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module, inside a transaction that is rolled back at the
    end; each test runs in a savepoint of it, so what one test changes the next
    does not see."""
    from django.contrib.auth import get_user_model

    with django_db_blocker.unblock(), translation.override("en"):
        with transaction.atomic():
            yield build_world(get_user_model())
            transaction.set_rollback(True)


def client_for(world, role):
    client = Client()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client


# --- What each attempt does, and how to tell that it worked ---


def opens(client, url):
    return client.get(url).status_code == 200


def workflow_action(client, story, action, **data):
    """Post a workflow action to the story's latest task; True if Wagtail logged
    the action (a refused one leaves no entry)."""
    task_state = TaskState.objects.filter(workflow_state__object_id=str(story.pk))
    task_state = task_state.order_by("-pk").first()
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[story.pk, action, task_state.pk]
    )
    actions = {
        "approve": "wagtail.workflow.approve",
        "reject": "wagtail.workflow.reject",
        "decline": "stories.reject",
    }
    before = PageLogEntry.objects.filter(page=story, action=actions[action]).count()
    client.post(url, data)
    after = PageLogEntry.objects.filter(page=story, action=actions[action]).count()
    return after > before


def story_edit(client, world, state):
    story = world.story(state)
    return opens(client, reverse("wagtailadmin_pages:edit", args=[story.pk]))


def story_approve(client, world, state):
    return workflow_action(client, world.story(state), "approve")


def story_request_changes(client, world, state):
    return workflow_action(client, world.story(state), "reject", comment="Shorter.")


def story_reject(client, world, state):
    return workflow_action(client, world.story(state), "decline", comment="No.")


def story_unpublish(client, world, state):
    story = world.story(state)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
    return state == "published" and not StoryPage.objects.get(pk=story.pk).live


def story_delete(client, world, state):
    story = world.story(state)
    client.post(reverse("wagtailadmin_pages:delete", args=[story.pk]))
    return not StoryPage.objects.filter(pk=story.pk).exists()


STORY_AREAS = {
    "story_edit": story_edit,
    "story_approve": story_approve,
    "story_request_changes": story_request_changes,
    "story_reject": story_reject,
    "story_unpublish": story_unpublish,
    "story_delete": story_delete,
}

EVERY_STATE = set(STATES)
STORY_ALLOWED = {
    "story_edit": {
        "moderator": EVERY_STATE,
        "editor": EVERY_STATE,
        "admin": EVERY_STATE,
    },
    "story_approve": {"moderator": {"in_moderation"}, "admin": {"in_moderation"}},
    "story_request_changes": {
        "moderator": {"in_moderation"},
        "admin": {"in_moderation"},
    },
    "story_reject": {"moderator": {"in_moderation"}, "admin": {"in_moderation"}},
    # Taking a story down is moderation; only a live story can be taken down.
    "story_unpublish": {"moderator": {"published"}, "admin": {"published"}},
    # Wagtail's Editors (add and change, no publish) may delete what is not live.
    "story_delete": {
        "editor": EVERY_STATE - {"published"},
        "admin": EVERY_STATE,
    },
}


def pages_url(name, pk):
    return reverse(f"wagtailadmin_pages:{name}", args=[pk])


def submission_url(world, name):
    return reverse(f"stories_submission:{name}", args=[world.submission().pk])


def submitters_erase(client, world):
    client.post(submission_url(world, "erase"))
    return world.submission().is_erased


OTHER_AREAS = {
    "stories_list": lambda c, w: opens(c, reverse("story_listing:index")),
    "index_edit": lambda c, w: opens(c, pages_url("edit", w.index_pk)),
    "index_unpublish": lambda c, w: opens(c, pages_url("unpublish", w.index_pk)),
    "index_privacy": lambda c, w: opens(c, pages_url("set_privacy", w.index_pk)),
    "index_delete": lambda c, w: opens(c, pages_url("delete", w.index_pk)),
    "home_page_edit": lambda c, w: opens(c, pages_url("edit", w.home_pk)),
    "submitters_list": lambda c, w: (
        w.submission().reference
        in c.get(reverse("stories_submission:index")).content.decode()
    ),
    "submitters_inspect": lambda c, w: (
        "in_moderation@example.org"
        in c.get(submission_url(w, "inspect")).content.decode()
    ),
    "submitters_export": lambda c, w: (
        "in_moderation@example.org"
        in c.get(submission_url(w, "export")).content.decode()
    ),
    "submitters_erase": submitters_erase,
    # No edit form at all: an edited address would redirect the status link.
    "submitters_edit": lambda c, w: opens(
        c, f"/admin/stories_submission/edit/{w.submission().pk}/"
    ),
}

OTHER_ALLOWED = {
    "stories_list": {"moderator", "editor", "admin"},
    "index_edit": {"editor", "admin"},
    "index_unpublish": {"admin"},
    "index_privacy": {"admin"},
    "index_delete": {"admin"},
    "home_page_edit": {"editor", "admin"},
    "submitters_list": {"officer", "admin"},
    "submitters_inspect": {"officer", "admin"},
    "submitters_export": {"officer", "admin"},
    "submitters_erase": {"officer", "admin"},
    "submitters_edit": set(),
}


STORY_CASES = [
    pytest.param(
        role,
        area,
        state,
        state in STORY_ALLOWED[area].get(role, set()),
        id=f"{role}-{area}-{state}-"
        + ("allowed" if state in STORY_ALLOWED[area].get(role, set()) else "refused"),
    )
    for area in STORY_AREAS
    for role in ROLES
    for state in STATES
]
OTHER_CASES = [
    pytest.param(
        role,
        area,
        role in OTHER_ALLOWED[area],
        id=f"{role}-{area}-"
        + ("allowed" if role in OTHER_ALLOWED[area] else "refused"),
    )
    for area in OTHER_AREAS
    for role in ROLES
]


@pytest.mark.parametrize(("role", "area", "state", "allowed"), STORY_CASES)
def test_story_permission_matrix(world, db, role, area, state, allowed):
    """Moderators edit and decide stories; nobody decides a decided story; only
    Wagtail's own page permissions delete one."""
    client = client_for(world, role)

    assert STORY_AREAS[area](client, world, state) is allowed


@pytest.mark.parametrize(("role", "area", "allowed"), OTHER_CASES)
def test_admin_area_permission_matrix(world, db, role, area, allowed):
    """The index and other pages are editors' work, personal data the officers'."""
    client = client_for(world, role)

    assert OTHER_AREAS[area](client, world) is allowed


# --- Admin login and the second admin ---


def test_sixth_bad_login_is_refused_even_with_the_right_password(
    client, django_user_model, db
):
    """Five failures for one username from one address lock that pair out for an
    hour (the fifth already answers so); the same username from another address
    can still sign in."""
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right")
    url = reverse("wagtailadmin_login")

    failures = [
        client.post(url, {"username": "chief", "password": f"wrong{n}"})
        for n in range(5)
    ]
    sixth = client.post(url, {"username": "chief", "password": "right"})
    elsewhere = Client().post(
        url, {"username": "chief", "password": "right"}, REMOTE_ADDR="192.0.2.7"
    )

    assert [response.status_code for response in failures] == [200] * 4 + [429]
    assert sixth.status_code == 429
    assert "_auth_user_id" not in client.session
    assert elsewhere.status_code == 302


def test_failures_from_one_ipv6_network_count_together(client, django_user_model, db):
    """Addresses of one /64 belong to one client: moving within it resets nothing."""
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right")
    url = reverse("wagtailadmin_login")
    for n in range(5):
        Client().post(
            url,
            {"username": "chief", "password": f"wrong{n}"},
            REMOTE_ADDR=f"2001:db8:5:7::{n + 1:x}",
        )

    same_network = Client().post(
        url, {"username": "chief", "password": "right"}, REMOTE_ADDR="2001:db8:5:7::99"
    )
    other_network = Client().post(
        url, {"username": "chief", "password": "right"}, REMOTE_ADDR="2001:db8:5:8::1"
    )

    assert same_network.status_code == 429
    assert other_network.status_code == 302


def test_one_address_cannot_spray_passwords_over_many_usernames(
    client, django_user_model, db
):
    """Five failures from one address lock it out, whichever usernames it tried."""
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right")
    url = reverse("wagtailadmin_login")
    for name in ("ana", "ben", "chloe", "dina", "emre"):
        client.post(url, {"username": name, "password": "Spring2026!"})

    right_password = client.post(url, {"username": "chief", "password": "right"})
    elsewhere = Client().post(
        url, {"username": "chief", "password": "right"}, REMOTE_ADDR="192.0.2.7"
    )

    assert right_password.status_code == 429
    assert "_auth_user_id" not in client.session
    assert elsewhere.status_code == 302


def test_lockout_counts_the_address_behind_the_trusted_proxy(
    client, django_user_model, db, settings
):
    """Behind one proxy, two visitors sharing it are counted apart."""
    settings.TRUSTED_PROXY_COUNT = 1
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right")
    url = reverse("wagtailadmin_login")
    for n in range(5):
        client.post(
            url,
            {"username": "chief", "password": f"wrong{n}"},
            headers={"x-forwarded-for": "203.0.113.5"},
        )

    locked = client.post(
        url,
        {"username": "chief", "password": "right"},
        headers={"x-forwarded-for": "203.0.113.5"},
    )
    other_visitor = Client().post(
        url,
        {"username": "chief", "password": "right"},
        headers={"x-forwarded-for": "203.0.113.9"},
    )

    assert locked.status_code == 429
    assert other_visitor.status_code == 302


def test_login_with_a_malformed_forwarded_address_is_no_error(
    client, django_user_model, db, settings
):
    """The attempt is counted without an address rather than failing to save."""
    settings.TRUSTED_PROXY_COUNT = 1
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right")
    url = reverse("wagtailadmin_login")
    headers = {"x-forwarded-for": "not-an-address"}

    bad = client.post(url, {"username": "chief", "password": "wrong"}, headers=headers)
    good = client.post(url, {"username": "chief", "password": "right"}, headers=headers)

    assert bad.status_code == 200
    assert good.status_code == 302


def test_there_is_no_second_admin(client, db):
    for path in ["/django-admin/", "/django-admin/login/", "/en/django-admin/"]:
        assert client.get(path, follow=True).status_code == 404, path
    assert "django-admin" not in client.get("/robots.txt").content.decode()


# --- Admin papercuts ---


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "Approve and Publish"),
        ("fr", "Approuver et Publier"),
        ("es", "Aprobar y Publicar"),
        ("ar", "موافقة ونشر"),
    ],
)
def test_approve_button_reads_well_in_every_language(world, db, language, label):
    """Wagtail appends "and Publish" to the last task's approve label itself."""
    from wagtail.users.models import UserProfile

    moderator = world.users["moderator"]
    UserProfile.get_for_user(moderator).__class__.objects.filter(user=moderator).update(
        preferred_language=language
    )
    client = client_for(world, "moderator")
    story = world.story("in_moderation")

    html = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    html = html.content.decode()

    assert label in html
    assert "publish and Publish" not in html


def test_every_story_in_the_admin_list_has_a_status(world, db):
    """Stories written in the admin (the demo ones) have no submission: they show,
    and filter, as published when live."""
    from stories.wagtail_hooks import story_status

    client = client_for(world, "moderator")
    demo = StoryPage.objects.filter(submission__isnull=True, live=True)
    assert demo.exists()

    published = client.get(reverse("story_listing:index"), {"status": "published"})
    received = client.get(reverse("story_listing:index"), {"status": "received"})

    for story in demo:
        assert story_status(story) == "Published"
        assert story.get_admin_display_title() in published.content.decode()
        assert story.get_admin_display_title() not in received.content.decode()
    assert story_status(world.story("rejected")) == "Not published"


def test_story_workflow_moderates_the_stories_not_their_index(world, db):
    """Otherwise an editor submitting the index would hand it to story moderators."""
    index = StoryIndexPage.objects.get()

    assert world.story("in_moderation").get_workflow() == services.story_workflow()
    assert index.get_workflow() == index.get_parent().specific.get_workflow()
    assert index.get_workflow() != services.story_workflow()


def test_wagtails_moderators_cannot_publish_a_story_past_its_moderation(
    client, member, index, story_data
):
    """Wagtail's default "Moderators" group may publish pages in the tree, but a
    submitted story goes live only by the story moderators' approval."""
    client.post("/en/share-your-story/", story_data)
    story = Submission.objects.get(email=story_data["email"]).story
    page_moderator = member("pagemod", "Moderators")
    client.force_login(page_moderator)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))

    assert not story.permissions_for_user(page_moderator).can_publish()
    assert editor.status_code == 200
    assert 'name="action-publish"' not in editor.content.decode()
    assert story.workflow_in_progress
