"""Events, with an "add to calendar" file in the event's own time zone."""

from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

import icalendar
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..languages import MultilingualPage
from .sharing import plain_summary

PAST_EVENTS_PER_PAGE = 12


def validate_time_zone(value):
    if value not in available_timezones():
        raise ValidationError(
            _("%(value)s is not a time zone name such as Europe/Rome."),
            params={"value": value},
        )


class EventIndexPage(MultilingualPage, Page):
    language_fields = ("title",)

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["campaign.HomePage"]
    subpage_types = ["campaign.EventPage"]
    max_count = 1

    schema_org_type = "CollectionPage"

    class Meta:
        verbose_name = _("event index page")

    def meta_description(self):
        return plain_summary(self.introduction)

    def share_source_image(self):
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.live().child_of(self).select_related("city")
        # A day either side covers every time zone; the page says when it ends.
        upcoming = Q(end_date__gte=timezone.localdate())
        context["upcoming"] = events.filter(upcoming).order_by(
            "start_date", "start_time", "pk"
        )
        context["past"] = Paginator(
            events.exclude(upcoming).order_by("-start_date", "-start_time", "-pk"),
            PAST_EVENTS_PER_PAGE,
        ).get_page(request.GET.get("page"))
        return context


class EventPage(MultilingualPage, RoutablePageMixin, Page):
    language_fields = ("title", "summary")

    ONLINE = "online"
    VENUE = "venue"
    MIXED = "mixed"
    ATTENDANCE_CHOICES = [
        (ONLINE, _("Online")),
        (VENUE, _("At a venue")),
        (MIXED, _("At a venue and online")),
    ]
    SCHEMA_ATTENDANCE = {
        ONLINE: "https://schema.org/OnlineEventAttendanceMode",
        VENUE: "https://schema.org/OfflineEventAttendanceMode",
        MIXED: "https://schema.org/MixedEventAttendanceMode",
    }

    start_date = models.DateField(_("start date"), db_index=True)
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"), db_index=True)
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_(
            "Where the times above are read, e.g. Europe/Rome or America/Toronto."
        ),
    )
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=ATTENDANCE_CHOICES, default=ONLINE
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.ForeignKey(
        "partners.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    organisers = models.CharField(_("organisers"), max_length=300, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    campaign = models.ForeignKey(
        "campaign.CampaignPage",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Its hashtags are shared with the event."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image alt text"), max_length=250, blank=True)
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("attendance"), FieldPanel("venue"), FieldPanel("city")],
            heading=_("Where"),
        ),
        FieldPanel("organisers"),
        FieldPanel("registration_url"),
        FieldPanel("campaign"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("organisers"),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["campaign.EventIndexPage"]
    subpage_types = []

    schema_org_type = "Event"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if (
            self.start_date
            and self.end_date
            and self.start_time
            and self.end_time
            and (self.end_date, self.end_time) < (self.start_date, self.start_time)
        ):
            raise ValidationError({"end_date": _("The event ends before it starts.")})
        if self.attendance != self.ONLINE and not (self.venue or self.city):
            raise ValidationError({"city": _("Say where the event takes place.")})

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def starts_at(self):
        return datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)

    @property
    def ends_at(self):
        return datetime.combine(self.end_date, self.end_time, tzinfo=self.zone)

    @property
    def is_online(self):
        return self.attendance == self.ONLINE

    @property
    def place(self):
        """ "Venue, City" or "", in the active language."""
        return ", ".join(str(part) for part in (self.venue, self.city) if part)

    def hashtag_list(self):
        return self.campaign.hashtag_list() if self.campaign else []

    def meta_description(self):
        return plain_summary(self.summary)

    def share_source_image(self):
        return self.image

    def schema_org(self, request):
        location = []
        if self.attendance != self.ONLINE:
            place = {"@type": "Place", "name": self.venue or str(self.city)}
            if self.city:
                place["address"] = {
                    "@type": "PostalAddress",
                    "addressLocality": str(self.city),
                    "addressCountry": str(self.city.country),
                }
            location.append(place)
        if self.attendance != self.VENUE:
            location.append(
                {
                    "@type": "VirtualLocation",
                    "url": self.registration_url or self.get_full_url(request),
                }
            )
        data = {
            "startDate": self.starts_at.isoformat(),
            "endDate": self.ends_at.isoformat(),
            "eventAttendanceMode": self.SCHEMA_ATTENDANCE[self.attendance],
            "eventStatus": "https://schema.org/EventScheduled",
            "location": location[0] if len(location) == 1 else location,
        }
        if self.organisers:
            data["organizer"] = [
                {"@type": "Organization", "name": name.strip()}
                for name in self.organisers.split(",")
                if name.strip()
            ]
        return data

    def ics(self, request):
        """The event as an iCalendar file, its times in the event's time zone."""
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//It Takes a Community//Events//EN")
        calendar.add("version", "2.0")
        event = icalendar.Event()
        event.add("uid", f"event-{self.pk}@{request.get_host()}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", self.starts_at)
        event.add("dtend", self.ends_at)
        event.add("summary", self.title)
        event.add("description", f"{self.summary}\n\n{self.get_full_url(request)}")
        event.add("url", self.get_full_url(request))
        if self.place:
            event.add("location", self.place)
        elif self.registration_url:
            event.add("location", self.registration_url)
        calendar.add_component(event)
        # The time zone's rules for the event's year only, not since 1970.
        calendar.add_missing_timezones(
            first_date=self.start_date.replace(month=1, day=1),
            last_date=self.end_date.replace(
                year=self.end_date.year + 1, month=1, day=1
            ),
        )
        return calendar.to_ical()

    @path("ics/", name="ics")
    def ics_download(self, request):
        response = HttpResponse(self.ics(request), content_type="text/calendar")
        response["Content-Disposition"] = f'attachment; filename="event-{self.pk}.ics"'
        return response

    def ics_url(self):
        return self.url + self.reverse_subpage("ics")
