"""StreamField blocks shared by every page type."""

from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    """An image with its alt text, a caption and a credit. Bodies saved when this
    block was a bare ImageBlock (an image id, or image, decorative and alt_text)
    still load: they become the `image` of a figure with no caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"

    @staticmethod
    def _upgrade(value):
        if isinstance(value, dict) and "caption" in value:
            return value
        if isinstance(value, dict) and not isinstance(value.get("image"), dict):
            if "decorative" in value or "alt_text" in value:
                return {"image": value, "caption": "", "credit": ""}
        if value is None or isinstance(value, int):
            return {"image": value, "caption": "", "credit": ""}
        return value

    def to_python(self, value):
        return super().to_python(self._upgrade(value))

    def bulk_to_python(self, values):
        values = [self._upgrade(value) for value in values]
        images = [value and value["image"] for value in values]
        if len({isinstance(image, int) for image in images if image}) > 1:
            # ImageBlock loads ids or dicts in bulk, not a mix of both.
            return [self.to_python(value) for value in values]
        return super().bulk_to_python(values)


class QuoteBlock(blocks.StructBlock):
    """A pull quote. `attribution` is what older quotes were saved with; new ones
    name a speaker and their role (a mayor, a migrant entrepreneur)."""

    text = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Speaker"), required=False, max_length=120)
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=160,
        help_text=_("For example: Mayor of Montreal"),
    )
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        help_text=_("Older quotes only: use speaker and role instead."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Figure"), max_length=20, help_text=_("For example: 2,000+")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"


class LinkStructValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("url") or ""


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))
    link_label = blocks.CharBlock(label=_("Link text"), required=False, max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        value_class = LinkStructValue


class TakePartBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Ways to take part")
        template = "blocks/take_part_block.html"


VIDEO_HOSTS = {
    "youtube.com": "youtube",
    "www.youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "youtu.be": "youtube",
    "vimeo.com": "vimeo",
    "www.vimeo.com": "vimeo",
    "player.vimeo.com": "vimeo",
}


def video_embed_url(url):
    """The privacy-friendly player address for a YouTube or Vimeo link, or ''."""
    parts = urlsplit(url or "")
    provider = VIDEO_HOSTS.get(parts.hostname or "")
    path = parts.path.strip("/").split("/")
    if provider == "youtube":
        if parts.hostname == "youtu.be":
            video_id = path[0]
        elif path[0] in ("embed", "shorts", "live"):
            video_id = path[-1]
        else:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        if video_id.replace("-", "").replace("_", "").isalnum():
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if provider == "vimeo" and path[-1].isdigit():
        return f"https://player.vimeo.com/video/{path[-1]}?autoplay=1&dnt=1"
    return ""


class VideoStructValue(blocks.StructValue):
    def embed_url(self):
        return video_embed_url(self.get("url"))

    def file_type(self):
        file = self.get("file")
        return VIDEO_TYPES.get(file.file_extension, "") if file else ""


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from another host until the visitor asks: the page
    shows the poster and a link; static/js/video.js swaps it for the player."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    url = blocks.URLBlock(
        label=_("YouTube or Vimeo address"),
        required=False,
        help_text=_("Played from youtube-nocookie.com or player.vimeo.com."),
    )
    file = DocumentChooserBlock(
        label=_("Or a video file"),
        required=False,
        help_text=_("An MP4 or WebM document, played by the browser itself."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        value_class = VideoStructValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if bool(value.get("url")) == bool(value.get("file")):
            errors["url"] = ValidationError(
                _("Give either a YouTube or Vimeo address or a video file.")
            )
        elif value.get("url") and not video_embed_url(value["url"]):
            errors["url"] = ValidationError(
                _("Only YouTube and Vimeo video addresses can be played here.")
            )
        elif value.get("file") and value["file"].file_extension not in VIDEO_TYPES:
            errors["file"] = ValidationError(_("Choose an MP4 or WebM video file."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm", "m4v": "video/mp4"}


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Button text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"


class ToolkitItemBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(label=_("Language"), choices=settings.LANGUAGES)
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Label"), max_length=160)


class ToolkitBlock(blocks.StructBlock):
    """Downloads (posters, social cards, guides) in several languages; the
    visitor's language comes first."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(ToolkitItemBlock(), label=_("Files"), min_num=1)

    class Meta:
        icon = "download"
        label = _("Toolkit")
        template = "blocks/toolkit_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        language = get_language()
        context["items"] = sorted(
            value["items"], key=lambda item: item["language"] != language
        )
        return context


RELATED_PAGE_TYPES = [
    "stories.StoryPage",
    "campaign.CampaignPage",
    "publications.PublicationPage",
    "partners.PartnerPage",
]


class RelatedBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=RELATED_PAGE_TYPES),
        label=_("Pages"),
        min_num=1,
    )

    class Meta:
        icon = "doc-full"
        label = _("Related")
        template = "blocks/related_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [page.pk for page in value["pages"] if page and page.live]
        # As their own types (one query per type): a card shows its page's language.
        pages = Page.objects.filter(pk__in=chosen).specific().in_bulk()
        context["cards"] = [
            {"page": pages[pk], "kind": pages[pk]._meta.verbose_name}
            for pk in chosen
            if pk in pages
        ]
        return context


class StatementBlock(blocks.StructBlock):
    """A statement set into a page: its summary, how many endorse it, and the way
    to endorse it."""

    statement = blocks.PageChooserBlock(
        label=_("Statement"), page_type="campaign.StatementPage"
    )

    class Meta:
        icon = "openquote"
        label = _("Statement")
        template = "blocks/statement_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        statement = value["statement"]
        if statement is not None and statement.live:
            statement = statement.specific
            context["statement"] = statement
            context["endorsement_count"] = statement.approved_endorsements().count()
        return context


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
    )
    image = FigureBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    take_part = TakePartBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    toolkit = ToolkitBlock()
    related = RelatedBlock()
    statement = StatementBlock()
