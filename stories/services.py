"""Everything that changes a story or its submitter's data goes through here."""

import logging
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.html import linebreaks
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Workflow

from campaign.submissions.services import (
    email_later,
    group_with_permissions,
    new_reference,
)
from partners.selectors import city_for

from . import tasks
from .models import StoryIndexPage, StoryModerationTask, StoryPage, Submission

logger = logging.getLogger(__name__)
PHOTO_COLLECTION = "Submitted photos"


def _photo_collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=PHOTO_COLLECTION).first() or root.add_child(
        name=PHOTO_COLLECTION
    )


def story_workflow():
    """The active workflow that contains a story moderation task."""
    return (
        Workflow.objects.filter(
            active=True,
            workflow_tasks__task__in=StoryModerationTask.objects.filter(active=True),
        )
        .distinct()
        .first()
    )


def _send_later(kind, submission):
    email_later(tasks.send_story_email, kind=kind, submission_id=submission.pk)


def story_submit(*, index, data, language):
    """Store a new story, unpublished, with its private submitter record, and start
    moderation. ``data`` is a valid StoryForm's cleaned_data; ``language`` is the
    language of the site the visitor used.

    All or nothing: when anything fails, the database rolls back and the photo
    file already written to storage is deleted, then the error is raised."""
    stored_files = []
    try:
        return _story_submit(
            index=index, data=data, language=language, stored_files=stored_files
        )
    except BaseException:
        for file in stored_files:
            try:
                file.storage.delete(file.name)
            except Exception:
                logger.exception("Could not delete %s after a failed save", file.name)
        raise


@transaction.atomic
def _story_submit(*, index, data, language, stored_files):
    code = data["story_language"]
    reference = new_reference(Submission, "ST-")
    photo = None
    if data.get("photo"):
        upload = data["photo"]
        extension = upload.name.rsplit(".", 1)[-1]
        # Unguessable, and unrelated to the reference that the status link carries.
        upload.name = f"story-{secrets.token_urlsafe(16)}.{extension}"
        photo = get_image_model()(
            title=f"{reference}: {data['title'][:80]}",
            file=upload,
            collection=_photo_collection(),
        )
        try:
            photo.save()
        finally:
            if photo.file.name:
                stored_files.append(photo.file)
    with translation.override(code):
        page = StoryPage(
            live=False,
            story_language=code,
            city=data["city"],
            place=city_for(data["city"], data["country"]),
            country=data["country"],
            organisation=data["organisation"],
            organisation_type=data["organisation_type"],
            photo=photo,
            photo_credit=data.get("photo_credit", "") if photo else "",
            video_url=data.get("video_url", ""),
            **{
                f"title_{code}": data["title"],
                f"body_{code}": linebreaks(data["body"], autoescape=True),
                f"photo_alt_{code}": data.get("photo_alt", "") if photo else "",
            },
        )
        if not slugify(data["title"], allow_unicode=True):
            # A title of emoji or punctuation alone gives no slug: use the reference.
            page.slug = reference.lower()
        page.topics = list(data.get("topics") or [])
        index.add_child(instance=page)
        page.save_revision(user=None, log_action=False)
    submission = Submission.objects.create(
        reference=reference,
        story=page,
        language=language,
        name=data["name"],
        email=data["email"],
        role=data.get("role", ""),
        consent_publication=data["consent_publication"],
        consent_privacy=data["consent_privacy"],
        photo_rights=bool(photo and data.get("photo_rights")),
    )
    workflow = story_workflow()
    if workflow is None:
        raise RuntimeError("No active story moderation workflow is configured.")
    workflow.start(page, user=None)
    _send_later("receipt", submission)
    _send_later("moderators", submission)
    return submission


def story_mark_published(*, page):
    """Called when a story goes live: the submitter hears of it once. A withdrawn
    or rejected story never goes live (``StoryPage.save`` refuses); should one get
    through, its decision still stands."""
    submission = Submission.objects.filter(story=page).first()
    if submission is None or submission.status in (
        Submission.Status.PUBLISHED,
        *Submission.FINAL_STATUSES,
    ):
        return
    submission.status = Submission.Status.PUBLISHED
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "decided_at"])
    if not submission.is_erased:
        _send_later("published", submission)


def story_mark_in_review(*, page):
    Submission.objects.filter(
        story_id=page.pk, status=Submission.Status.RECEIVED
    ).update(status=Submission.Status.IN_REVIEW)


@transaction.atomic
def story_reject(*, task_state, user, reason):
    """End moderation for good: never published, the photo the submitter sent is
    deleted, and the submitter learns why."""
    workflow_state = task_state.workflow_state
    page = workflow_state.content_object.specific
    workflow_state.cancel(user=user)
    if page.live:
        page.unpublish(user=user, log_action=True)
    log(instance=page, action="stories.reject", user=user, data={"reason": reason})
    submission = Submission.objects.filter(story=page).first()
    if submission is None:
        return
    submission.status = Submission.Status.NOT_PUBLISHED
    submission.decided_at = timezone.now()
    submission.decision_reason = reason
    submission.save(update_fields=["status", "decided_at", "decision_reason"])
    page.revisions.update(approved_go_live_at=None)  # no scheduled publishing
    _submitted_photos_delete(page=page, reference=submission.reference)
    if not submission.is_erased:
        _send_later("rejected", submission)


@transaction.atomic
def story_withdraw(*, submission):
    """The submitter takes the story back: it goes offline for good, its photo is
    deleted and their data is erased."""
    page = submission.story
    if page is not None:
        workflow_state = page.current_workflow_state
        if workflow_state is not None:
            workflow_state.cancel(user=None)
        if page.live:
            page.unpublish(log_action=False)
        log(instance=page, action="stories.withdraw", user=None)
    submission.status = Submission.Status.WITHDRAWN
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "decided_at"])
    if page is not None:
        page.revisions.update(approved_go_live_at=None)  # no scheduled publishing
        _submitted_photos_delete(page=page, reference=submission.reference)
    submission_erase(submission=submission)


def story_deleted(*, page):
    """A story is being deleted (in the admin, or with its index): its submitter
    record, left without a story, is closed as not published so that the retention
    purge erases it like a rejection's, and the photo the submitter sent goes now.
    Nothing is e-mailed: a rejection is the way to tell a submitter no."""
    submission = Submission.objects.filter(story_id=page.pk).first()
    if submission is None:
        return
    if submission.status not in Submission.FINAL_STATUSES:
        submission.status = Submission.Status.NOT_PUBLISHED
        submission.decided_at = timezone.now()
        submission.save(update_fields=["status", "decided_at"])
    _submitted_photos_delete(page=page, reference=submission.reference)


def _submitted_photos_delete(*, page, reference):
    """Delete the photos a submitter sent with the story, with their renditions;
    Wagtail deletes their files once the transaction commits. Those are the images
    in the submitted-photos collection that the story shows or that carry its
    reference; an image an editor chose from the library stays."""
    root = Collection.get_first_root_node()
    collection = root and root.get_children().filter(name=PHOTO_COLLECTION).first()
    if collection is None:
        return
    belongs = Q(title__startswith=f"{reference}: ")
    if page.photo_id:
        belongs |= Q(pk=page.photo_id)
    for photo in get_image_model().objects.filter(belongs, collection=collection):
        if photo.pk == page.photo_id:
            page.photo = None  # the database row is updated by the deletion
        photo.delete()


def submission_erase(*, submission, user=None):
    """Blank the submitter's personal data; the reference and decision remain."""
    submission.name = ""
    submission.email = ""
    submission.role = ""
    submission.erased_at = timezone.now()
    submission.save(update_fields=["name", "email", "role", "erased_at"])
    log(instance=submission, action="stories.erase", user=user)


def submission_export(*, submission):
    """Everything the site holds about a submitter, as plain data."""
    story = submission.story
    return {
        "reference": submission.reference,
        "status": submission.status,
        "language": submission.language,
        "name": submission.name,
        "email": submission.email,
        "role": submission.role,
        "agreed_to_publication": submission.consent_publication,
        "accepted_privacy_notice": submission.consent_privacy,
        "holds_photo_rights": submission.photo_rights,
        "submitted_at": submission.submitted_at.isoformat(),
        "decided_at": submission.decided_at.isoformat()
        if submission.decided_at
        else None,
        "decision_reason": submission.decision_reason,
        "personal_data_erased_at": (
            submission.erased_at.isoformat() if submission.erased_at else None
        ),
        "story": (
            {"id": story.pk, "title": story.content_title, "live": story.live}
            if story
            else None
        ),
    }


@transaction.atomic
def submissions_purge(*, now=None):
    """Erase what is left of rejected or withdrawn submissions once the retention
    period has passed: personal data, and the never-published story and photo."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.STORIES_RETENTION_DAYS)
    expired = Submission.objects.filter(
        status__in=[Submission.Status.NOT_PUBLISHED, Submission.Status.WITHDRAWN],
        decided_at__lt=cutoff,
    ).exclude(erased_at__isnull=False, story__isnull=True)
    count = 0
    for submission in expired:
        story = submission.story
        if story is not None and not story.live:
            story_deleted(page=story)
            story.delete()
            submission.story = None
        if not submission.is_erased:
            submission_erase(submission=submission)
        count += 1
    return count


# --- Moderation set-up ---

# Moderators hold no page permission: being in the story task's groups lets them
# edit, approve and take down stories, and nothing else (see stories/permissions.py).
MODERATOR_PERMISSIONS = [("wagtailadmin", "access_admin")]
PERSONAL_DATA_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("stories", "view_submission"),
    ("stories", "export_submission"),
    ("stories", "erase_submission"),
]


def story_moderation_setup():
    """The "Story moderators" group with just what moderation needs, the workflow
    whose one task they hold, and the "Personal data officers" group, who alone see,
    export and erase submitters' personal data. Safe to run again: it adds what is
    missing and takes nothing away."""
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupCollectionPermission, WorkflowTask

    group = group_with_permissions(
        settings.STORIES_MODERATORS_GROUP, MODERATOR_PERMISSIONS
    )
    group_with_permissions(
        settings.STORIES_PERSONAL_DATA_GROUP, PERSONAL_DATA_PERMISSIONS
    )
    root_collection = Collection.get_first_root_node() or Collection.add_root(
        name="Root"
    )
    GroupCollectionPermission.objects.get_or_create(
        group=group,
        collection=root_collection,
        permission=Permission.objects.get(
            content_type__app_label="wagtailimages", codename="choose_image"
        ),
    )
    task = StoryModerationTask.objects.filter(active=True).first()
    if task is None:
        task = StoryModerationTask.objects.create(name="Story moderation")
        task.groups.set([group])
    workflow = story_workflow()
    if workflow is None:
        workflow = Workflow.objects.create(name="Story moderation")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Only ids: this runs after migrations, before modeltranslation adds its columns.
    for index_id in StoryIndexPage.objects.values_list("pk", flat=True):
        _index_setup(index_id)
    return group, workflow


def story_index_setup(*, index):
    """Stories under this index go through the story workflow."""
    _index_setup(index.pk)


def _index_setup(index_id):
    from wagtail.models import WorkflowPage

    workflow = story_workflow()
    if workflow is None:
        return
    WorkflowPage.objects.get_or_create(
        page_id=index_id, defaults={"workflow": workflow}
    )
