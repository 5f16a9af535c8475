"""The shared block library: old data still loads, new blocks render."""

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail import blocks
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from campaign.blocks import BaseStreamBlock, FigureBlock, QuoteBlock, video_embed_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo():
    return get_image_model().objects.create(title="Photo", file=get_test_image_file())


def test_figure_reads_a_bare_image_id_and_an_image_block_value(photo):
    block = FigureBlock()

    from_id = block.to_python(photo.pk)
    from_image_block = block.to_python(
        {"image": photo.pk, "decorative": False, "alt_text": "A square"}
    )
    in_bulk = block.bulk_to_python([photo.pk, {"image": photo.pk, "alt_text": "x"}])

    assert from_id["image"].pk == photo.pk and from_id["caption"] == ""
    assert from_image_block["image"].contextual_alt_text == "A square"
    assert [value["image"].pk for value in in_bulk] == [photo.pk, photo.pk]


def test_old_stream_data_renders_with_caption_and_credit(photo):
    stream = BaseStreamBlock()
    value = stream.to_python(
        [
            {"type": "image", "value": photo.pk, "id": "1"},
            {
                "type": "image",
                "value": {
                    "image": {"image": photo.pk, "decorative": False, "alt_text": "A"},
                    "caption": "Market day",
                    "credit": "Photo: City of Tunis",
                },
                "id": "2",
            },
            {"type": "quote", "value": {"text": "Hi", "attribution": "Old"}, "id": "3"},
        ]
    )
    html = stream.render(value)

    assert html.count("<img") == 2
    assert "Market day" in html and "Photo: City of Tunis" in html
    assert "<figcaption>Old</figcaption>" in html


def test_quote_names_speaker_and_role():
    block = QuoteBlock()
    html = block.render(
        block.to_python({"text": "Cities", "speaker": "Ana", "role": "Mayor"})
    )

    assert "Ana" in html and "Mayor" in html


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        (
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
        ),
        ("https://example.org/video/1", ""),
        ("https://www.youtube.com/watch?v=<script>", ""),
        ("", ""),
    ],
)
def test_video_embed_url(url, embed):
    assert video_embed_url(url) == embed


def test_video_shows_a_link_and_no_frame_until_clicked():
    stream = BaseStreamBlock()
    value = stream.to_python(
        [
            {
                "type": "video",
                "value": {
                    "title": "Mayors speak",
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "transcript": "Hello.",
                },
            }
        ]
    )
    html = stream.render(value)

    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert 'data-embed="https://www.youtube-nocookie.com/embed/' in html
    assert "/static/js/video.js" in html and "Transcript" in html


def test_video_needs_exactly_one_source():
    block = BaseStreamBlock().child_blocks["video"]
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"title": "T"}))
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({"title": "T", "url": "https://example.org/v"}))


def test_toolkit_lists_the_visitors_language_first():
    documents = {
        code: Document.objects.create(
            title=code, file=ContentFile(b"%PDF-1.4 " * 100, name=f"kit-{code}.pdf")
        )
        for code in ("en", "ar")
    }
    block = BaseStreamBlock().child_blocks["toolkit"]
    value = block.to_python(
        {
            "heading": "Toolkit",
            "items": [
                {"language": code, "document": doc.pk, "label": f"Kit {code}"}
                for code, doc in documents.items()
            ],
        }
    )
    with translation.override("ar"):
        html = block.render(value)

    assert html.index("Kit ar") < html.index("Kit en")
    assert "PDF · 900" in html and "العربيّة" in html


def test_key_figures_take_part_and_related_render(demo):
    stream = BaseStreamBlock()
    home = Page.objects.get(depth=2)
    value = stream.to_python(
        [
            {
                "type": "key_figures",
                "value": {"figures": [{"value": "2,000+", "label": "stories"}]},
            },
            {
                "type": "take_part",
                "value": {
                    "heading": "Take part",
                    "steps": [
                        {
                            "title": "Share",
                            "text": "A story",
                            "link_label": "Go",
                            "page": home.pk,
                        },
                    ],
                },
            },
        ]
    )
    html = stream.render(value)

    assert "2,000+" in html and "stories" in html
    assert 'href="/en/"' in html
