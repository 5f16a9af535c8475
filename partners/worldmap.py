"""Maps drawn on the server: an equirectangular projection of the coarse outline in
``landmass.py``, a graticule and the cities as links. No tiles, no script."""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .landmass import LAND, WATER

WIDTH = 640


@dataclass(frozen=True)
class Box:
    """A part of the world: longitudes west to east, latitudes south to north."""

    name: str
    west: float
    east: float
    south: float
    north: float
    step: int  # degrees between graticule lines

    def contains(self, lon, lat):
        return self.west <= lon <= self.east and self.south <= lat <= self.north


WORLD = Box(_("The world"), -180, 180, -58, 84, 30)
MEDITERRANEAN = Box(_("Europe and the Mediterranean"), -13, 31, 32, 56.5, 10)


@dataclass
class Point:
    city: object
    x: float
    y: float
    label_x: float = 0
    label_y: float = 0
    anchor: str = "start"


@dataclass
class MapPanel:
    box: Box
    width: int
    height: int
    land: str
    water: str
    graticule: str
    points: list = field(default_factory=list)
    labels: bool = False

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


def _projector(box):
    scale = WIDTH / (box.east - box.west)

    def project(lon, lat):
        return round((lon - box.west) * scale, 1), round((box.north - lat) * scale, 1)

    return project, round((box.north - box.south) * scale)


def _path(rings, project, box):
    parts = []
    for ring in rings:
        lons = [lon for lon, _lat in ring]
        lats = [lat for _lon, lat in ring]
        if max(lons) < box.west or min(lons) > box.east:
            continue
        if max(lats) < box.south or min(lats) > box.north:
            continue
        points = " ".join("{} {}".format(*project(lon, lat)) for lon, lat in ring)
        parts.append(f"M{points}Z")
    return "".join(parts)


def _graticule(box, project, height):
    lines = []
    first = -180
    for lon in range(first, 181, box.step):
        if box.west < lon < box.east:
            x, _y = project(lon, 0)
            lines.append(f"M{x} 0V{height}")
    for lat in range(-90, 91, box.step):
        if box.south < lat < box.north:
            _x, y = project(0, lat)
            lines.append(f"M0 {y}H{WIDTH}")
    return "".join(lines)


LABEL_SIZE = 19  # user units; the text's height
CHAR_WIDTH = 10


def _place_labels(points, rtl):
    """Each label beside its point, on the side the reading direction favours,
    moved to the other side, above or below when it would cover another point or
    label."""
    taken = [(p.x - 5, p.y - 5, p.x + 5, p.y + 5) for p in points]
    for point in sorted(points, key=lambda p: (p.y, p.x)):
        width = len(str(point.city.name)) * CHAR_WIDTH
        after, before = (-1, 1) if rtl else (1, -1)
        candidates = [
            (after, 0),
            (before, 0),
            (after, -LABEL_SIZE),
            (after, LABEL_SIZE),
            (before, -LABEL_SIZE),
            (before, LABEL_SIZE),
        ]
        chosen = None
        for side, shift in candidates:
            x = point.x + side * 11
            left = x if side > 0 else x - width
            box = (left, point.y + shift - 14, left + width, point.y + shift + 6)
            if box[0] < 0 or box[2] > WIDTH:
                continue
            if not any(_overlap(box, other) for other in taken):
                chosen = (side, shift, box)
                break
        if chosen is None:
            side, shift = candidates[0]
            x = point.x + side * 11
            left = x if side > 0 else x - width
            chosen = (side, shift, (left, point.y - 14, left + width, point.y + 6))
        side, shift, box = chosen
        taken.append(box)
        point.label_x = round(point.x + side * 11, 1)
        point.label_y = round(point.y + shift + 6, 1)
        # text-anchor "start" follows the text's direction: in Arabic the label
        # starts on its right, so it runs leftwards from the point.
        point.anchor = "start" if (side > 0) != rtl else "end"


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _panel(box, cities, labels):
    project, height = _projector(box)
    panel = MapPanel(
        box=box,
        width=WIDTH,
        height=height,
        land=_path(LAND, project, box),
        water=_path(WATER, project, box),
        graticule=_graticule(box, project, height),
        labels=labels,
    )
    for city in cities:
        lon, lat = float(city.longitude), float(city.latitude)
        if box.contains(lon, lat):
            panel.points.append(Point(city, *project(lon, lat)))
    if labels:
        _place_labels(panel.points, translation.get_language_bidi())
    return panel


def around(city, half_width=22, half_height=12):
    lon, lat = float(city.longitude), float(city.latitude)
    return Box(
        city.name,
        lon - half_width,
        lon + half_width,
        lat - half_height,
        lat + half_height,
        10,
    )


def city_map(cities):
    """The panels that show ``cities`` (each with ``name``, ``latitude``,
    ``longitude`` and ``url``): the world, and Europe and the Mediterranean in
    detail when several of them lie there; one city is shown in its region."""
    cities = [city for city in cities if city.has_coordinates]
    if not cities:
        return []
    if len(cities) == 1:
        return [_panel(around(cities[0]), cities, labels=True)]
    panels = [_panel(WORLD, cities, labels=False)]
    nearby = [
        c
        for c in cities
        if MEDITERRANEAN.contains(float(c.longitude), float(c.latitude))
    ]
    if len(nearby) > 1:
        panels.append(_panel(MEDITERRANEAN, nearby, labels=True))
    return panels
