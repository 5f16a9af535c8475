from django.contrib.syndication.views import Feed
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaign.languages import current_language, written_in

from .models import PublicationEdition, PublicationIndexPage
from .selectors import live_publications


def download(request, pk):
    """One language edition, as an attachment named after the publication and its
    language (RFC 5987 ``filename*`` for names outside ASCII)."""
    edition = get_object_or_404(
        PublicationEdition.objects.select_related("document"),
        pk=pk,
        page__in=live_publications(),
    )
    edition.page = edition.page.specific
    document = edition.document
    for restriction in document.collection.get_view_restrictions():
        if not restriction.accept_request(request):
            # Wagtail's own view asks for the login or the password.
            return redirect(document.url)
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404("The file is missing") from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=edition.download_name(),
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


class LatestPublicationsFeed(Feed):
    """The newest publications, titled and summarised in the feed's language (the
    language prefix of its address)."""

    description = gettext_lazy("The newest publications of the campaign's partners.")

    def title(self):
        return _("Publications · It Takes a Community")

    def link(self):
        index = PublicationIndexPage.objects.live().first()
        if index is None:
            raise Http404("No publication library")
        return index.url

    def items(self):
        """The newest publications written in the feed's language (their editions
        aside: a page in English may offer a French file)."""
        publications = live_publications().order_by("-publication_date", "-pk")
        return written_in(publications, current_language(), 20)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at
