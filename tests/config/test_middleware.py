from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_any_host_name(client):
    """A container probe on 127.0.0.1 is not refused by ALLOWED_HOSTS."""
    response = client.get("/healthz", headers={"host": "10.0.0.7:8000"})

    assert response.status_code == 200


def test_healthz_answers_503_when_the_database_fails(client):
    with mock.patch(
        "config.middleware.connection.cursor", side_effect=OperationalError("down")
    ):
        response = client.get("/healthz")

    assert response.status_code == 503


@pytest.mark.parametrize(
    "path", ["/en/", "/healthz", "/admin/", "/en/no-such-page/", "/robots.txt"]
)
def test_every_response_turns_off_unused_browser_features(client, demo, path):
    policy = client.get(path)["Permissions-Policy"]

    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "interest-cohort",
        "browsing-topics",
        "payment",
        "usb",
    ):
        assert f"{feature}=()" in policy
