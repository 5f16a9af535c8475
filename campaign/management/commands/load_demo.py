"""Build the demo site in four languages; running it again only adds what is missing."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from campaign import demo_content
from campaign.demo_content import translated
from campaign.models import (
    HomePage,
    NavigationLink,
    SiteChrome,
    SocialAccount,
    StandardPage,
)
from partners import demo as partners_demo
from stories import demo as stories_demo

DUMMY_MAIL = "django.core.mail.backends.dummy.EmailBackend"
IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"


def paragraphs_body(paragraphs):
    return {
        f"body_{code}": [("paragraph", f"<p>{text}</p>") for text in texts]
        for code, texts in paragraphs.items()
    }


class Command(BaseCommand):
    help = "Load demo content (home page, campaign pages, navigation and footer)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--create-admin",
            action="store_true",
            help="Also create an 'admin' superuser with a random, printed password.",
        )
        parser.add_argument(
            "--stories",
            type=int,
            metavar="N",
            help=(
                "Add generated published stories (four languages, each in its own "
                "language only) until N live stories exist."
            ),
        )

    # Demo submitters are fictional: their e-mails go nowhere. Tasks run at once,
    # while the dummy mailer is in force, so none is left queued for the worker
    # to send through the real mail server.
    @override_settings(
        MAILERS={"default": {"BACKEND": DUMMY_MAIL}},
        TASKS={"default": {"BACKEND": IMMEDIATE_TASKS}},
    )
    @transaction.atomic
    @translation.override(settings.LANGUAGE_CODE)
    def handle(self, *args, **options):
        home = self.home_page()
        pages = [self.standard_page(home, data) for data in demo_content.PAGES]
        partners_demo.load(self, home)
        stories = stories_demo.load(self, home)
        self.site_chrome(home, pages, stories)
        if options["stories"]:
            stories_demo.grow(self, stories, options["stories"])
        if options["create_admin"]:
            self.admin()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def step(self, message):
        self.stdout.write(f"  {message}")

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            self.step("home page: already there")
            return home
        root = Page.get_first_root_node() or self.root_page()
        # Wagtail's own welcome page holds the slug "home"; it makes way.
        for welcome in root.get_children().exact_type(Page):
            if not welcome.get_children().exists():
                welcome.delete()
        data = demo_content.HOME
        home = HomePage(
            slug="home",
            **translated(
                title=data["title"],
                hero_title=data["hero_title"],
                introduction=data["introduction"],
                call_to_action_label=data["call_to_action_label"],
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "It Takes a Community",
            },
        )
        self.step("home page: created in en, fr, es, ar")
        return home

    def root_page(self):
        """Wagtail's migrations make the root; a flushed database needs it again."""
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        return Page.add_root(instance=Page(title="Root", slug="root"))

    def standard_page(self, home, data):
        slug = data["slug"]["en"]
        page = StandardPage.objects.child_of(home).filter(slug_en=slug).first()
        if page:
            self.step(f"page '{slug}': already there")
            return page
        page = StandardPage(
            slug=slug,
            **translated(
                title=data["title"],
                slug=data["slug"],
                introduction=data["introduction"],
            ),
            **paragraphs_body(data["paragraphs"]),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        self.step(f"page '{slug}': created in en, fr, es, ar")
        return page

    def site_chrome(self, home, pages, stories):
        site = Site.objects.get(is_default_site=True)
        chrome = SiteChrome.for_site(site)
        if chrome.privacy_page_id or chrome.navigation_links.exists():
            self.step("navigation and footer: already there")
            return
        about, take_part, privacy = pages
        if home.call_to_action_page_id is None:
            home.call_to_action_page = take_part
            home.save_revision().publish()
        data = demo_content.CHROME
        for name, value in translated(footer_text=data["footer_text"]).items():
            setattr(chrome, name, value)
        chrome.hashtags = data["hashtags"]
        chrome.privacy_page = privacy
        chrome.navigation_links = [
            NavigationLink(page=stories, sort_order=0),
            NavigationLink(page=about, sort_order=1),
            NavigationLink(page=take_part, sort_order=2),
        ]
        self.chrome_extras(chrome, data)
        chrome.save()
        self.step("navigation and footer: created")

    def chrome_extras(self, chrome, data):
        """The demo's contact address and social accounts."""
        chrome.contact_email = data["contact_email"]
        chrome.social_accounts = [
            SocialAccount(network=network, handle=handle, url=url, sort_order=index)
            for index, (network, handle, url) in enumerate(data["social_accounts"])
        ]

    def admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.step(
                "admin account: already there (new password: "
                "manage.py changepassword admin)"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        self.stdout.write(
            self.style.WARNING(
                f"  admin account created: user 'admin', password '{password}'"
                " (shown only this once) at /admin/"
            )
        )
