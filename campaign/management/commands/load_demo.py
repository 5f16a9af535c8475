"""Build the demo site in four languages; running it again only adds what is missing."""

import re
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import models, transaction
from django.test.utils import override_settings
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from campaign import demo as campaign_demo
from campaign import demo_content, demo_images, demo_statements, registry
from campaign.demo_content import translated
from campaign.models import (
    CampaignIndexPage,
    HomePage,
    NavigationLink,
    SiteChrome,
    SocialAccount,
    StandardPage,
)

LANGUAGES = ("en", "fr", "es", "ar")
# The sections other apps register (campaign/registry.py) are built in their order;
# the campaign's own pages come here among them: after the cities, topics and story
# index they link to.
CAMPAIGN_ORDER = 30
# The sections named in the site's navigation, in its order, before the pages
# about the campaign and how to take part.
NAVIGATION = ("campaigns", "stories", "library", "partners")
HERO_IMAGE_TITLE = "Home page illustration: neighbours and a skyline"
DUMMY_MAIL = "django.core.mail.backends.dummy.EmailBackend"
IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"


LATIN_RUNS = re.compile(r"[#A-Za-z0-9._+-]*[#@][A-Za-z0-9._-]*[A-Za-z0-9]")


def isolate_latin(text, code):
    """Hashtags and e-mail addresses set apart (Unicode isolates) in right-to-left
    text, so that "#WeTogether" keeps its "#" in front."""
    if code != "ar":
        return text
    return LATIN_RUNS.sub(lambda match: f"\u2066{match.group()}\u2069", text)


def body_blocks(items, code, **values):
    """Raw StreamField data from demo_content's body items ("## " for a heading)."""
    blocks = []
    for item in items:
        text = isolate_latin(item.format(**values), code)
        if text.startswith("## "):
            blocks.append(
                {"type": "heading", "value": {"text": text[3:], "level": "h2"}}
            )
        else:
            html = text if text.startswith("<") else f"<p>{text}</p>"
            blocks.append({"type": "paragraph", "value": html})
    return blocks


def key_figures_blocks(code):
    data = demo_content.KEY_FIGURES
    figures = [
        {"value": value, "label": label[code], "source": source[code]}
        for value, label, source in data["figures"]
    ]
    return [
        {
            "type": "key_figures",
            "value": {"heading": data["heading"][code], "figures": figures},
        }
    ]


def take_part_blocks(code, targets):
    data = demo_content.TAKE_PART
    steps = []
    for step in data["steps"]:
        target = targets.get(step["target"])
        steps.append(
            {
                "title": step["title"][code],
                "text": isolate_latin(step["text"][code], code),
                "link_label": step["link_label"][code] if target else "",
                "page": target.pk if target else None,
                "url": "",
            }
        )
    return [
        {
            "type": "take_part",
            "value": {"heading": data["heading"][code], "steps": steps},
        }
    ]


def comparable(value):
    """A field's value in a form that compares by content: stream blocks without
    their random ids, related objects by primary key."""
    if isinstance(value, StreamValue):
        return strip_ids(value.get_prep_value())
    if isinstance(value, models.Model):
        return value.pk
    return value


def strip_ids(data):
    if isinstance(data, dict):
        return {key: strip_ids(item) for key, item in data.items() if key != "id"}
    if isinstance(data, list):
        return [strip_ids(item) for item in data]
    return data


def apply_fields(instance, fields, refresh):
    """Set ``fields`` on ``instance``; only the empty ones unless ``refresh``.
    True when something changed."""
    changed = False
    for name, value in fields.items():
        before = comparable(getattr(instance, name))
        if before and not refresh:
            continue
        setattr(instance, name, value)
        if comparable(getattr(instance, name)) != before:
            changed = True
    return changed


class Command(BaseCommand):
    help = "Load demo content (home page, campaign pages, navigation and footer)."

    # The demo's texts replace older versions of themselves; setup_site only fills
    # what is empty, and never touches what editors wrote.
    refresh = True

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
        sections = {}
        registered = registry.ordered_site_sections()
        for name, section in registered:
            if section.order < CAMPAIGN_ORDER:
                sections[name] = section.demo(self, home)
        stories = sections.get("stories")
        statements = demo_statements.load(self, home)
        pages = self.standard_pages(home, stories)
        self.home_content(home, pages, stories, statements[0])
        sections["campaigns"] = campaign_demo.load(self, home)[0]
        for name, section in registered:
            if section.order > CAMPAIGN_ORDER:
                sections[name] = section.demo(self, home)
        self.site_chrome(home, pages, sections)
        if options["stories"]:
            for name, section in registered:
                if section.grow:
                    section.grow(self, sections[name], options["stories"])
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

    def hero_image(self):
        """The home page's illustration, drawn once."""
        Image = get_image_model()
        image = Image.objects.filter(title=HERO_IMAGE_TITLE).first()
        if image is None:
            image = Image.objects.create(
                title=HERO_IMAGE_TITLE, file=demo_images.hero_illustration()
            )
        return image

    def home_content(self, home, pages, stories, statement=None):
        """The hero image, who stands behind the campaign, key figures, ways to
        take part."""
        about, take_part, _privacy = pages
        targets = {"stories": stories, "about": about, "statement": statement}
        data = demo_content.HOME
        fields = translated(
            hero_title=data["hero_title"],
            introduction=data["introduction"],
            call_to_action_label=data["call_to_action_label"],
            hero_image_alt=data["hero_image_alt"],
            hero_image_credit=data["hero_image_credit"],
            initiative=data["initiative"],
        )
        for code in LANGUAGES:
            fields[f"key_figures_{code}"] = key_figures_blocks(code)
            fields[f"take_part_{code}"] = take_part_blocks(code, targets)
        fields.update(
            hero_image=self.hero_image(),
            initiative_page=about,
            call_to_action_page=take_part,
        )
        self.update_page(home, fields, "home page")

    def update_page(self, page, fields, name):
        if apply_fields(page, fields, self.refresh):
            page.save_revision().publish()
            self.step(f"{name}: content brought up to date")

    def standard_pages(self, home, stories):
        """About, how to take part, privacy: created, or their content updated."""
        pages = []
        targets = {"stories": stories}
        for data in demo_content.PAGES:
            page = self.standard_page(home, data)
            self.update_page(
                page, self.standard_page_fields(data, targets), f"page '{page.slug}'"
            )
            targets[data["slug"]["en"]] = page
            pages.append(page)
        return pages

    def standard_page_fields(self, data, targets):
        values = {
            "days": settings.STORIES_RETENTION_DAYS,
            "email": demo_content.CHROME["contact_email"],
        }
        fields = translated(title=data["title"], introduction=data["introduction"])
        for code in LANGUAGES:
            blocks = body_blocks(data["body"][code], code, **values)
            if data.get("take_part"):
                blocks = take_part_blocks(code, targets) + blocks
            fields[f"body_{code}"] = blocks
        return fields

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
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        self.step(f"page '{slug}': created in en, fr, es, ar")
        return page

    def site_chrome(self, home, pages, sections):
        site = Site.objects.get(is_default_site=True)
        chrome = SiteChrome.for_site(site)
        data = demo_content.CHROME
        identity = translated(campaign_name=data["campaign_name"], claim=data["claim"])
        if apply_fields(chrome, identity, self.refresh):
            chrome.save()
            self.step("identity: name and claim brought up to date")
        if chrome.privacy_page_id or chrome.navigation_links.exists():
            self.step("navigation and footer: already there")
            return
        about, take_part, privacy = pages
        for name, value in translated(footer_text=data["footer_text"]).items():
            setattr(chrome, name, value)
        chrome.hashtags = data["hashtags"]
        chrome.privacy_page = privacy
        sections = {
            "campaigns": CampaignIndexPage.objects.child_of(home).first(),
            **sections,
        }
        linked = [sections.get(name) for name in NAVIGATION] + [about, take_part]
        chrome.navigation_links = [
            NavigationLink(page=page, sort_order=order)
            for order, page in enumerate(linked)
            if page is not None
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
