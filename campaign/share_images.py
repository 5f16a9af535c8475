"""Share images: the picture a social network shows beside a link to a page.

1200×630 PNG, one per page and language it is written in: the title in that
language over the page's own image (darkened), or over the campaign's background,
with the site's mark (a language the page lacks gets the page's own). Drawn on
first request, kept in the default storage, and served under an address that
changes whenever the title, the image or the drawing does, so it can be cached for
a year.

Arabic is shaped and laid out right to left by Pillow's raqm layout; lines are
wrapped by their measured width. Fonts: Noto Sans and Noto Sans Arabic (SIL Open
Font License), from Debian's fonts-noto-core.
"""

import hashlib
import io
from functools import cache
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont, ImageOps

from .languages import language_dir
from .text import page_title

VERSION = 4  # raise when the drawing changes: every address changes with it
WIDTH, HEIGHT = 1200, 630
MARGIN = 80
FOLDER = "share-images"

FONT_DIR = Path("/usr/share/fonts/truetype/noto")
FONTS = {
    "latin": ("NotoSans-Bold.ttf", "NotoSans-Regular.ttf"),
    "arabic": ("NotoSansArabic-Bold.ttf", "NotoSansArabic-Regular.ttf"),
}

# The palette of site.css and the mark (static/img/logo-mark.svg).
BRAND = (11, 85, 99)
BRAND_DARK = (6, 52, 61)
ACCENT = (244, 185, 66)
WHITE = (255, 255, 255)


# --- Addresses ---


def source_image(page):
    if hasattr(page, "share_source_image"):
        return page.share_source_image()
    return None


def digest(page, language):
    """Changes with the title in ``language``, the source image and VERSION."""
    with translation.override(language):
        title = page_title(page)
    image = source_image(page)
    image_key = f"{image.pk}:{image.file_hash}" if image else "-"
    text = f"{VERSION}|{page.pk}|{language}|{title}|{image_key}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def file_name(page_id, language, key):
    return f"{page_id}-{language}-{key}.png"


def drawn_language(page, language):
    """The language a page's image is drawn in for a reader of ``language``: that
    one when the page is written in it, else the page's own (campaign/languages.py),
    never a fallback title laid out as another language."""
    if not hasattr(page, "written_languages"):
        return language
    with translation.override(language):
        return page.content_language


def share_image(page, language, request):
    """The share image's absolute address and size, for the page's <head>."""
    language = drawn_language(page, language)
    key = digest(page, language)
    path = reverse("share_image", args=[file_name(page.pk, language, key)])
    return {
        "url": request.build_absolute_uri(path),
        "width": WIDTH,
        "height": HEIGHT,
        "type": "image/png",
    }


def stored(page, language):
    """The PNG bytes for ``page`` in ``language``: from the storage, or drawn and
    stored there."""
    name = f"{FOLDER}/{file_name(page.pk, language, digest(page, language))}"
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as image_file:
            return image_file.read()
    with translation.override(language):
        data = draw(page_title(page), language, background_for(page))
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return data


# --- Drawing ---


@cache
def font(script, size, bold=True):
    bold_name, regular_name = FONTS["arabic" if script == "arabic" else "latin"]
    return ImageFont.truetype(
        str(FONT_DIR / (bold_name if bold else regular_name)),
        size,
        layout_engine=ImageFont.Layout.RAQM,
    )


ARABIC_BLOCKS = (
    ("\u0600", "\u06ff"),
    ("\u0750", "\u077f"),
    ("\u08a0", "\u08ff"),
    ("\ufb50", "\ufdff"),
    ("\ufe70", "\ufeff"),
)


def is_arabic(char):
    return any(low <= char <= high for low, high in ARABIC_BLOCKS)


def runs(text):
    """``text`` cut into runs of one script, in reading order: (script, text).
    Arabic letters take the Arabic font, everything else the Latin one, so that a
    Latin word in an Arabic title ("#ItTakesACommunity") has its glyphs. Spaces
    inside a run stay in it; a space between runs of two scripts is a run of its
    own ("space"), which takes the direction of the paragraph."""
    pieces = []
    for char in text:
        script = "space" if char.isspace() else "arabic" if is_arabic(char) else "latin"
        if pieces and pieces[-1][0] == script:
            pieces[-1][1] += char
        else:
            pieces.append([script, char])
    merged = []
    for index, (script, piece) in enumerate(pieces):
        after = pieces[index + 1][0] if index + 1 < len(pieces) else None
        if script == "space" and merged and merged[-1][0] == after:
            merged[-1][1] += piece  # a space between two words of one script
        elif merged and merged[-1][0] == script:
            merged[-1][1] += piece
        else:
            merged.append([script, piece])
    return [(script, piece) for script, piece in merged]


def run_options(script):
    """raqm's direction and language for one run: Arabic runs are shaped right
    to left, every other run left to right."""
    if script == "arabic":
        return {"direction": "rtl", "language": "ar"}
    return {"direction": "ltr", "language": "en"}


def measure(text, size):
    return sum(
        font(script, size).getlength(piece, **run_options(script))
        for script, piece in runs(text)
    )


def break_word(word, size, width):
    """A word wider than the canvas, cut into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and measure(piece + char, size) > width:
            pieces.append(piece)
            piece = char
        else:
            piece += char
    return [*pieces, piece] if piece else pieces


def wrap(text, size, width):
    """Lines of ``text`` no wider than ``width`` pixels, cut between words (and
    inside a word only when it alone is wider)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        *whole, line = (
            break_word(word, size, width) if measure(word, size) > width else [word]
        )
        lines.extend(whole)
    if line:
        lines.append(line)
    return lines


def fit_title(title, width, max_lines=4):
    """The largest size at which ``title`` fits in ``max_lines`` lines."""
    for size in (72, 64, 56, 50, 44, 40):
        lines = wrap(title, size, width)
        if len(lines) <= max_lines:
            return size, lines
    last = lines[max_lines - 1]
    while last and measure(last + " …", size) > width:
        last = last[:-1]
    return size, [*lines[: max_lines - 1], last.rstrip() + " …"]


def draw_line(pen, line, size, x, baseline, rtl):
    """One line, run by run, each in its own font: from the right edge ``x``
    leftwards in a right-to-left language, else from the left edge rightwards."""
    for script, piece in runs(line):
        options = run_options(script)
        width = font(script, size).getlength(piece, **options)
        left = x - width if rtl else x
        pen.text(
            (left, baseline),
            piece,
            font=font(script, size),
            fill=WHITE,
            anchor="ls",
            **options,
        )
        x = x - width if rtl else x + width


def background_for(page):
    """The page's image cropped to 1200×630, or None for the campaign background."""
    image = source_image(page)
    if image is None:
        return None
    try:
        rendition = image.get_rendition("fill-1200x630-c50|format-jpeg")
        with rendition.file.open("rb") as image_file:
            picture = Image.open(image_file)
            picture.load()
    except (OSError, ValueError):
        return None
    return picture.convert("RGB").resize((WIDTH, HEIGHT))


def campaign_background(rtl=False):
    """The brand colour with the mark's two heads, large and faint, at the end
    edge (the right in English, the left in Arabic)."""
    canvas = Image.new("RGB", (WIDTH, HEIGHT), BRAND)
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.ellipse((760, -120, 1120, 240), fill=(*ACCENT, 60))
    draw.ellipse((980, -40, 1340, 320), fill=(*WHITE, 36))
    draw.arc((700, 360, 1180, 900), 180, 360, fill=(*WHITE, 40), width=28)
    draw.arc((940, 420, 1420, 960), 180, 360, fill=(*WHITE, 30), width=28)
    canvas.paste(layer, (0, 0), layer)
    return ImageOps.mirror(canvas) if rtl else canvas


def darken(picture):
    """The photo under a gradient dark enough for white text to read (WCAG AA)."""
    shade = Image.new("RGBA", (WIDTH, HEIGHT), (*BRAND_DARK, 0))
    draw = ImageDraw.Draw(shade)
    for y in range(HEIGHT):
        alpha = int(120 + 100 * y / HEIGHT)
        draw.line((0, y, WIDTH, y), fill=(*BRAND_DARK, alpha))
    picture = picture.convert("RGBA")
    picture.alpha_composite(shade)
    return picture.convert("RGB")


def draw_mark(canvas, left, top, size):
    """The site's mark (static/img/logo-mark.svg), redrawn on its 64-unit grid:
    three neighbours under one roof line, on a rounded tile. Drawn four times
    larger and scaled down, for smooth edges."""
    scale = 4
    tile = Image.new("RGBA", (size * scale, size * scale), (0, 0, 0, 0))
    pen = ImageDraw.Draw(tile)
    unit = size * scale / 64
    x = y = 0

    def point(px, py):
        return (x + px * unit, y + py * unit)

    def disc(cx, cy, r):
        return (*point(cx - r, cy - r), *point(cx + r, cy + r))

    pen.rounded_rectangle(
        (0, 0, size * scale - 1, size * scale - 1),
        radius=14 * unit,
        fill=BRAND,
        outline=WHITE,
        width=2 * scale,
    )
    roof = [point(10, 27), point(32, 11), point(54, 27)]
    pen.line(roof, fill=ACCENT, width=max(2, round(5 * unit)), joint="curve")
    for end in (roof[0], roof[-1]):  # round caps
        r = 2.5 * unit
        pen.ellipse((end[0] - r, end[1] - r, end[0] + r, end[1] + r), fill=ACCENT)
    pen.ellipse(disc(19, 34, 5), fill=WHITE)
    pen.ellipse(disc(45, 34, 5), fill=WHITE)
    pen.ellipse(disc(32, 30, 6), fill=ACCENT)
    pen.pieslice(disc(19, 54, 10), 180, 360, fill=WHITE)  # shoulders
    pen.pieslice(disc(45, 54, 10), 180, 360, fill=WHITE)
    pen.pieslice(disc(32, 54, 12), 180, 360, fill=ACCENT)
    tile = tile.resize((size, size), Image.Resampling.LANCZOS)
    canvas.paste(tile, (round(left), round(top)), tile)


def draw(title, language, picture=None):
    """The share image for ``title`` as PNG bytes."""
    rtl = language_dir(language) == "rtl"
    canvas = campaign_background(rtl) if picture is None else darken(picture)
    pen = ImageDraw.Draw(canvas)
    size, lines = fit_title(title, WIDTH - 2 * MARGIN)
    line_height = round(size * (1.45 if rtl else 1.25))
    top = (HEIGHT - 110 - line_height * len(lines)) // 2 + 10
    x = WIDTH - MARGIN if rtl else MARGIN
    for number, line in enumerate(lines):
        baseline = top + number * line_height + size
        draw_line(pen, line, size, x, baseline, rtl)
    # The mark and the site's name along the bottom, at the start edge.
    mark_size = 64
    mark_x = WIDTH - MARGIN - mark_size if rtl else MARGIN
    draw_mark(canvas, mark_x, HEIGHT - MARGIN - mark_size + 16, mark_size)
    name_font = font("latin", 30)
    name_x = mark_x - 20 if rtl else mark_x + mark_size + 20
    pen.text(
        (name_x, HEIGHT - MARGIN + 16 - mark_size // 2),
        "It Takes a Community",
        font=name_font,
        fill=WHITE,
        anchor="rm" if rtl else "lm",
    )
    pen.rectangle((0, HEIGHT - 12, WIDTH, HEIGHT), fill=ACCENT)
    output = io.BytesIO()
    canvas.save(output, "PNG", optimize=True)
    return output.getvalue()
