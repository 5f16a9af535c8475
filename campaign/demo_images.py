"""The home page's demo illustration, drawn with Pillow: neighbours side by side in
front of a city skyline under a rising sun, in the harbour palette. Nothing is
downloaded; the same drawing comes out every time."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

TEAL = (11, 85, 99)
TEAL_DARK = (8, 61, 71)
TEAL_MID = (22, 110, 124)
SAFFRON = (244, 185, 66)
SAND = (253, 241, 214)
CORAL = (232, 106, 79)
WHITE = (255, 255, 255)

WIDTH, HEIGHT = 1600, 1200
GROUND = 930

# Buildings: (left, width, height) along the skyline, two rows for depth.
BACK_ROW = [
    (0, 170, 420),
    (160, 120, 520),
    (270, 200, 360),
    (460, 140, 610),
    (590, 220, 450),
    (800, 130, 560),
    (920, 210, 400),
    (1120, 150, 640),
    (1260, 180, 470),
    (1430, 170, 540),
]
FRONT_ROW = [
    (40, 210, 300),
    (300, 170, 380),
    (520, 250, 260),
    (860, 190, 330),
    (1090, 230, 280),
    (1370, 200, 360),
]

# People: (centre x, scale, body colour, head colour), left to right.
PEOPLE = [
    (250, 0.9, WHITE, (141, 94, 62)),
    (520, 1.15, CORAL, SAND),
    (800, 1.35, SAFFRON, (99, 66, 46)),
    (1080, 1.1, WHITE, (214, 160, 112)),
    (1340, 0.95, CORAL, (240, 200, 160)),
]


def building(draw, left, width, height, colour, window):
    top = GROUND - height
    draw.rectangle((left, top, left + width, GROUND), fill=colour)
    # A regular grid of windows, some lit.
    for row, y in enumerate(range(top + 40, GROUND - 60, 70)):
        for column, x in enumerate(range(left + 28, left + width - 40, 52)):
            lit = (row * 3 + column * 5 + left) % 7 == 0
            draw.rectangle((x, y, x + 22, y + 34), fill=SAFFRON if lit else window)


def person(draw, centre, scale, body, head):
    shoulders = int(190 * scale)
    head_radius = int(62 * scale)
    base = HEIGHT
    top = base - int(330 * scale)
    draw.pieslice(
        (centre - shoulders, top, centre + shoulders, top + 2 * shoulders),
        180,
        360,
        fill=body,
    )
    draw.rectangle(
        (centre - shoulders, top + shoulders, centre + shoulders, base), fill=body
    )
    head_y = top - head_radius - int(24 * scale)
    draw.ellipse(
        (
            centre - head_radius,
            head_y - head_radius,
            centre + head_radius,
            head_y + head_radius,
        ),
        fill=head,
    )


def shade(colour, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in colour)


def town(background=TEAL, variant=0):
    """Neighbours in front of a skyline under a rising sun. ``variant`` moves the
    sun, the street and the people, so each story's picture is its own."""
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(image)
    sun_x = 800 + (variant % 5 - 2) * 220
    for radius, colour in (
        (520, shade(background, 1.3)),
        (420, background),
        (330, SAND),
        (300, SAFFRON),
    ):
        draw.ellipse(
            (sun_x - radius, 560 - radius, sun_x + radius, 560 + radius), fill=colour
        )
    shift = variant * 137 % 300
    for row, factor, window in ((BACK_ROW, 1.3, 1.45), (FRONT_ROW, 0.72, 0.9)):
        for left, width, height in row:
            left = (left + shift) % (WIDTH + 100) - 100
            building(
                draw,
                left,
                width,
                height,
                shade(background, factor),
                shade(background, window),
            )
    draw.rectangle((0, GROUND, WIDTH, HEIGHT), fill=shade(background, 0.72))
    people = PEOPLE[variant % 3 : variant % 3 + 3] if variant else PEOPLE
    for centre, scale, body, head in people:
        person(draw, centre, scale, body, head)
    return image


def jpeg(image, name):
    output = io.BytesIO()
    image.save(output, "JPEG", quality=86, optimize=True, progressive=True)
    return ContentFile(output.getvalue(), name=name)


def hero_illustration():
    image = town()
    draw = ImageDraw.Draw(image)
    # The roof line of the logo, stretched over the whole town.
    draw.line(
        ((140, 300), (800, 40), (1460, 300)), fill=SAFFRON, width=34, joint="curve"
    )
    return jpeg(image, "home-hero.jpg")


def story_picture(colour, variant, name):
    """A 1200×750 street scene in the story's colour."""
    image = town(colour, variant).resize((1200, 900)).crop((0, 75, 1200, 825))
    return jpeg(image, name)
