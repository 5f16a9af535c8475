from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from campaign.models import EventIndexPage, EventPage

from .campaign_pages import add_event

pytestmark = pytest.mark.django_db


def index_url(code="en"):
    return f"/{code}/{EventIndexPage.objects.get().slug}/"


def test_ics_parses_and_carries_the_events_time_zone(client, demo):
    event = EventPage.objects.get(slug="towards-the-lampedusa-charter")

    response = client.get(event.url + "ics/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="event-{event.pk}.ics"'
    )
    calendar = icalendar.Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    [vtimezone] = calendar.walk("VTIMEZONE")
    rome = ZoneInfo("Europe/Rome")
    assert vevent.start == datetime(2021, 5, 4, 14, tzinfo=rome)
    assert vevent.end == datetime(2021, 5, 4, 16, tzinfo=rome)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Rome"
    assert vtimezone["TZID"] == "Europe/Rome"
    # 14:00 in Rome in May is 12:00 UTC.
    assert vevent.start.astimezone(ZoneInfo("UTC")).hour == 12
    assert str(vevent["SUMMARY"]).startswith("Towards the Lampedusa Charter")


def test_ics_in_arabic_has_the_arabic_title(client, demo):
    event = add_event("tunis-session", time_zone="Africa/Tunis")

    response = client.get("/ar/events/tunis-session/ics/")

    [vevent] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "tunis-session (ar)"
    assert vevent.start.tzinfo.key == "Africa/Tunis"
    with translation.override("en"):
        assert event.ics_url() == "/en/events/tunis-session/ics/"


def test_event_schema_org(demo, rf):
    event = EventPage.objects.get(slug="towards-the-lampedusa-charter")
    data = event.schema_org(rf.get("/"))

    assert event.schema_org_type == "Event"
    assert data["startDate"] == "2021-05-04T14:00:00+02:00"
    assert data["endDate"] == "2021-05-04T16:00:00+02:00"
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    assert data["location"]["@type"] == "VirtualLocation"
    assert data["organizer"] == [{"@type": "Organization", "name": "UCLG"}]


def test_venue_event_schema_org_names_the_place(demo, rf):
    event = add_event("at-the-town-hall", attendance="venue", venue_en="Town hall")
    data = event.schema_org(rf.get("/"))
    assert data["location"] == {"@type": "Place", "name": "Town hall"}
    assert event.place == "Town hall"


def test_index_splits_upcoming_and_past_events(client, demo):
    add_event("next-week", day=timezone.localdate() + timedelta(days=7))

    html = client.get(index_url()).content.decode()
    upcoming, past = html.split('id="past-heading"')

    assert "next-week (en)" in upcoming and "Demo event" in upcoming
    assert "Towards the Lampedusa Charter" in past
    assert upcoming.index("next-week (en)") < upcoming.index("Demo event")


def test_event_index_runs_a_constant_number_of_queries(
    client, demo, django_assert_num_queries
):
    today = timezone.localdate()
    for number in range(3):
        add_event(f"e{number}", day=today + timedelta(days=number - 1))
    client.get(index_url())  # fills the per-process caches (site root paths)
    with CaptureQueriesContext(connection) as small:
        client.get(index_url())
    for number in range(3, 30):
        add_event(f"e{number}", day=today + timedelta(days=number - 15))

    with django_assert_num_queries(len(small)):
        html = client.get(index_url() + "?page=2").content.decode()
    assert "Towards the Lampedusa Charter" in html  # the oldest, on page 2
