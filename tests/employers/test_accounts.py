"""Employer accounts (django-allauth), companies, logos, colleagues."""

import io
import re

import pytest
from django.core import mail
from django.test import Client
from PIL import Image

from employers.models import Invitation, JoinRequest, Membership
from postings.models import Company

from .conftest import PASSWORD, image_file

pytestmark = pytest.mark.django_db


def link_in(message, fragment):
    url = re.search(rf"https?://\S*{re.escape(fragment)}\S*", message.body).group(0)
    return re.sub(r"^https?://[^/]+", "", url)


def test_sign_up_verify_the_address_and_set_up_a_company(client):
    response = client.post(
        "/accounts/signup/",
        {"email": "Boss@Northwind.example", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["boss@northwind.example"] or message.to == ["Boss@Northwind.example"]
    assert "Career Compass" in message.subject
    # Not signed in before the address is verified.
    assert client.get("/employers/").status_code == 302
    confirm = link_in(message, "/accounts/confirm-email/")
    page = client.get(confirm)
    assert page.status_code == 200
    response = client.post(confirm)
    assert response["Location"] == "/employers/"
    assert client.get("/employers/")["Location"] == "/employers/company/"

    with image_file() as logo:
        response = client.post(
            "/employers/company/",
            {
                "create": "1",
                "new-name": "Northwind Analytics",
                "new-website": "northwind.example",
                "new-description": "We help grocers forecast demand.",
                "new-logo_upload": logo,
            },
        )
    assert response["Location"] == "/employers/"
    company = Company.objects.get(name="Northwind Analytics")
    assert company.website == "https://northwind.example"
    assert Membership.objects.get(company=company).is_owner
    assert "Northwind Analytics: your jobs" in client.get("/employers/").content.decode()


def test_the_account_pages_look_like_the_site(client):
    page = client.get("/accounts/login/").content.decode()
    assert 'class="site-header"' in page
    assert 'class="wrap narrow account-page"' in page
    assert '<meta name="robots" content="noindex">' in page


def test_login_attempts_are_throttled_as_for_admin(client, employer):
    wrong = {"login": employer.email, "password": "wrong"}
    for _ in range(4):
        response = client.post("/accounts/login/", wrong)
        assert response.status_code == 200
        assert "not correct" in response.content.decode()
    assert client.post("/accounts/login/", wrong).status_code == 429  # the fifth locks
    locked = client.post("/accounts/login/", {"login": employer.email, "password": PASSWORD})
    assert locked.status_code == 429
    assert "Try again in 1 hour" in locked.content.decode().replace("\xa0", " ")
    assert "_auth_user_id" not in client.session


def test_a_logo_is_redrawn_as_a_small_png_without_metadata(employer_client, employer):
    company = employer.membership.company
    upload = image_file(size=(1600, 1200), exif=b"Exif\x00\x00MM\x00*secret-camera-serial")
    response = employer_client.post(
        "/employers/company/edit/",
        {"name": company.name, "website": "", "description": "", "logo_upload": upload},
    )
    assert response.status_code == 302
    company.refresh_from_db()
    assert re.fullmatch(r"logos/[0-9a-f]{32}\.png", company.logo.name)
    with company.logo.open("rb") as stored:
        data = stored.read()
    assert b"secret-camera-serial" not in data
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert max(image.size) <= 400
    served = Client().get(company.logo.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert b"".join(served.streaming_content) == data
    assert Client().get("/media/logos/../../db.sqlite3").status_code == 404
    assert Client().get("/media/imports/feed.csv").status_code == 404


def hostile_files():
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, "PNG")
    polyglot_gif = io.BytesIO(b"GIF89a" + b"\x00" * 20 + b"<script>alert(1)</script>")
    return {
        "svg": (
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "logo.svg",
        ),
        "html named png": (b"<html><script>alert(1)</script></html>", "logo.png"),
        "gif": (image_file("GIF", name="logo.gif").getvalue(), "logo.gif"),
        "polyglot": (polyglot_gif.getvalue(), "logo.png"),
        "decompression bomb": (bomb.getvalue(), "logo.png"),
        "too large": (b"\x89PNG" + b"\x00" * (2 * 1024 * 1024 + 1), "logo.png"),
        "truncated": (image_file("PNG", name="logo.png").getvalue()[:200], "logo.png"),
    }


@pytest.mark.parametrize("kind", list(hostile_files()))
def test_hostile_uploads_are_refused_with_a_message(employer_client, employer, kind):
    content, name = hostile_files()[kind]
    upload = io.BytesIO(content)
    upload.name = name
    company = employer.membership.company
    response = employer_client.post(
        "/employers/company/edit/",
        {"name": company.name, "website": "", "description": "", "logo_upload": upload},
    )
    assert response.status_code == 400
    errors = response.context["form"].errors["logo_upload"]
    assert errors
    company.refresh_from_db()
    assert not company.logo


def test_a_png_with_a_script_appended_is_stored_as_pixels_only(employer_client, employer):
    upload = io.BytesIO(
        image_file("PNG", name="logo.png").getvalue() + b"<script>alert(1)</script>"
    )
    upload.name = "logo.png"
    company = employer.membership.company
    employer_client.post(
        "/employers/company/edit/",
        {"name": company.name, "website": "", "description": "", "logo_upload": upload},
    )
    company.refresh_from_db()
    with company.logo.open("rb") as stored:
        assert b"<script>" not in stored.read()


def test_ask_to_join_and_the_owner_lets_in(make_employer, django_capture_on_commit_callbacks):
    owner = make_employer("owner@northwind.example")
    newcomer = make_employer("new@northwind.example", company=False)
    company = owner.membership.company
    client = Client()
    client.force_login(newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/employers/company/", {"join": "1", "join-company": company.pk})
    assert JoinRequest.objects.get(user=newcomer).company == company
    assert mail.outbox[-1].to == ["owner@northwind.example"]
    # Not a member yet: the dashboard still sends the newcomer to set up a company.
    assert client.get("/employers/")["Location"] == "/employers/company/"

    owner_client = Client()
    owner_client.force_login(owner)
    request = JoinRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post(
            "/employers/company/members/", {"request": request.pk, "answer": "accept"}
        )
    assert Membership.objects.get(user=newcomer).company == company
    assert not Membership.objects.get(user=newcomer).is_owner
    assert client.get("/employers/").status_code == 200


def test_only_owners_manage_colleagues(make_employer):
    owner = make_employer("owner@northwind.example")
    member = make_employer(
        "member@northwind.example", company=owner.membership.company, owner=False
    )
    client = Client()
    client.force_login(member)
    assert client.get("/employers/company/members/").status_code == 403
    assert (
        client.post(
            "/employers/company/members/", {"invite": "1", "email": "x@y.example"}
        ).status_code
        == 403
    )
    assert not Invitation.objects.exists()


def test_an_invitation_works_for_the_invited_address_only(
    make_employer, django_capture_on_commit_callbacks
):
    owner = make_employer("owner@northwind.example")
    client = Client()
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/employers/company/members/", {"invite": "1", "email": "Colleague@Northwind.example"}
        )
    (message,) = mail.outbox
    assert message.to == ["colleague@northwind.example"]
    accept = link_in(message, "/employers/invitations/")

    stranger = make_employer("stranger@example.com", company=False)
    other = Client()
    other.force_login(stranger)
    other.post(accept)
    assert not Membership.objects.filter(user=stranger).exists()

    colleague = make_employer("colleague@northwind.example", company=False)
    invited = Client()
    invited.force_login(colleague)
    assert invited.post(accept)["Location"] == "/employers/"
    assert Membership.objects.get(user=colleague).company == owner.membership.company
    assert not Invitation.objects.exists()
    assert invited.get(accept).status_code == 404  # used up
