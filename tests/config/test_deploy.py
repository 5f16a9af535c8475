"""The deployment files: what enters the image's build context, compose.yaml's
validity, and the Dockerfile's promises. The image itself is proved by
scripts/build-image (too slow for CI)."""

import fnmatch
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# The Compose Specification's JSON schema, from github.com/compose-spec/compose-spec
# (schema/compose-spec.json at 170098ba, Apache-2.0), kept here to run offline.
COMPOSE_SCHEMA = Path(__file__).with_name("compose-spec.json")


# --- Build context ---


def dockerignore_patterns():
    patterns = []
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            patterns.append(line)
    return patterns


def _pattern_regex(pattern):
    """A .dockerignore pattern (Go's filepath.Match plus `**`) as a regex."""
    pattern = pattern.strip("/")
    regex = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            regex += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            regex += ".*"
            i += 2
        elif pattern[i] == "*":
            regex += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            regex += "[^/]"
            i += 1
        else:
            regex += re.escape(pattern[i])
            i += 1
    # A matched folder excludes everything under it.
    return re.compile(regex + "(?:/.*)?")


def excluded_from_build_context(path):
    """Whether Docker/podman leave ``path`` (relative, with /) out of the context:
    the last matching pattern wins, `!` patterns bring files back."""
    excluded = False
    for pattern in dockerignore_patterns():
        negated = pattern.startswith("!")
        if _pattern_regex(pattern.lstrip("!")).fullmatch(path):
            excluded = not negated
    return excluded


@pytest.mark.parametrize(
    "path",
    [
        "production.env",
        ".env",
        ".env.production",
        "deploy/production.env",
        "config/.env",
        "db.sqlite3",
        "data/site.sqlite3",
        "db.sqlite3-journal",
        "media/original_images/photo.jpg",
        ".git/config",
        ".venv/bin/python",
    ],
)
def test_secrets_and_local_data_stay_out_of_the_build_context(path):
    assert excluded_from_build_context(path)


@pytest.mark.parametrize(
    "path",
    [
        "manage.py",
        "config/settings/production.py",
        "requirements/base.lock",
        "static/css/site.css",
        "locale/ar/LC_MESSAGES/django.mo",
        "deploy/production.env.example",
        "deploy/create_bucket.py",
    ],
)
def test_the_code_enters_the_build_context(path):
    assert not excluded_from_build_context(path)


SINGLE_SEGMENT = [p for p in dockerignore_patterns() if "/" not in p and p[0] != "!"]
NAMES = [
    "x.env",
    ".env",
    ".env.local",
    "production.env",
    "env",
    "key.pem",
    "a.key",
    "db.sqlite3",
    "db.sqlite3-journal",
    "x.db",
    "media",
    "tests",
    "notes.txt",
    "site.css",
    "a.envy",
    "pem",
    ".venv",
    "node_modules",
    "x.pyc",
    "artifacts",
]


@pytest.mark.parametrize("pattern", SINGLE_SEGMENT)
def test_the_matcher_agrees_with_fnmatch_on_single_segment_patterns(pattern):
    """A guard on the matcher itself: on one path segment, Go's filepath.Match
    (what Docker uses) and fnmatch agree, so the two must say the same."""
    for name in NAMES:
        assert bool(_pattern_regex(pattern).fullmatch(name)) == fnmatch.fnmatchcase(
            name, pattern
        ), (pattern, name)
    assert not _pattern_regex(pattern).fullmatch("deploy/" + NAMES[0])


@pytest.mark.parametrize("name", ["production.env", ".env", "db.sqlite3"])
def test_git_ignores_env_files_and_databases(name):
    patterns = [
        line.strip().rstrip("/")
        for line in (ROOT / ".gitignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


# --- Dockerfile ---


def dockerfile():
    return (ROOT / "Dockerfile").read_text()


def test_the_image_needs_no_build_frontend_from_a_registry():
    assert not re.search(r"^#\s*syntax\s*=", dockerfile(), re.MULTILINE)


def test_the_app_user_does_not_own_the_code():
    assert "--chown" not in dockerfile()
    assert re.search(r"^USER 10001", dockerfile(), re.MULTILINE)


def test_dependencies_are_installed_by_hash():
    text = dockerfile()
    assert "--require-hashes" in text
    lock = (ROOT / "requirements/base.lock").read_text()
    pins = re.findall(r"^[a-z0-9][^\s]*==[^\s]+", lock, re.MULTILINE)
    assert pins
    assert lock.count("--hash=sha256:") >= len(pins)
    assert re.search(r"^brotli==", lock, re.MULTILINE)


def test_port_is_honoured_by_the_server_and_the_health_check():
    text = dockerfile()
    command = text[text.rindex("\nCMD ") :]
    health = text[text.index("HEALTHCHECK") : text.rindex("\nCMD ")]
    assert "8000" not in command  # gunicorn binds 0.0.0.0:$PORT by default
    assert "--no-control-socket" in command
    assert "os.environ.get('PORT'" in health


# --- compose.yaml ---


def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_compose_file_follows_the_compose_specification():
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    jsonschema.Draft7Validator(schema).validate(compose())


def test_compose_describes_the_production_topology():
    services = compose()["services"]
    web = [name for name in services if name.startswith("web")]
    assert len(web) >= 2
    assert {"proxy", "worker", "migrate", "db", "cache", "objects"} <= set(services)
    assert services["worker"]["command"][-1] == "run_worker"
    for name in [*web, "db", "cache", "objects", "worker"]:
        assert "test" in services[name]["healthcheck"], name
    assert services["migrate"]["healthcheck"] == {"disable": True}
    # Only the proxy is reachable from outside.
    assert [name for name, service in services.items() if "ports" in service] == [
        "proxy"
    ]


def test_compose_app_servers_use_object_storage_and_one_proxy():
    service = compose()["services"]["web-1"]
    environment = service["environment"]
    assert environment["AWS_STORAGE_BUCKET_NAME"]
    assert environment["TRUSTED_PROXY_COUNT"] == "1"
    assert environment["TASKS_BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert environment["WAGTAILADMIN_BASE_URL"].startswith("https://")


def test_compose_services_refer_to_existing_files():
    for service in compose()["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), source
