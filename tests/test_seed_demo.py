import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from django.utils.dateformat import format as date_format

from postings.models import Company, JobPosting
from roles.models import Comparison, Role, RoleItem

pytestmark = pytest.mark.django_db

REFERENCE = "/insights/data-scientist-vs-lead-machine-learning-engineer/"


def snapshot():
    return [
        list(model.objects.order_by("pk").values())
        for model in (Role, RoleItem, Comparison, Company, JobPosting)
    ]


def test_seed_demo_twice_changes_nothing():
    call_command("seed_demo", stdout=io.StringIO())
    first = snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert snapshot() == first
    assert Role.objects.count() >= 6
    assert Comparison.objects.published().count() >= 4
    assert JobPosting.objects.visible().count() >= 60


def test_reference_article_reads_completely(client, demo_content):
    response = client.get(REFERENCE)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == (
        "Data Scientist vs. Lead Machine Learning Engineer: A Detailed Comparison"
    )
    # The data file dates the article 806 days before loading.
    published = timezone.now() - datetime.timedelta(days=806)
    assert page.select_one("time").get_text() == date_format(published, "M j, Y")
    text = page.get_text(" ")
    for fact in [
        "Certified Analytics Professional",
        "Azure Data Scientist Associate",
        "Professional Machine Learning Engineer",
        "AWS Certified Machine Learning",
        "Tableau",
        "Kubernetes",
        "Jenkins",
        "SPSS",
        "Manufacturing",
        "Kaggle",
        "15% from 2019 to 2029",
        "22% from 2019 to 2029",
    ]:
        assert fact in text, fact
    # Every list section shows both roles, and the two roles share some items.
    for anchor in ["responsibilities", "skills", "education", "tools", "industries", "tips"]:
        assert len(page.select(f"#{anchor} .column")) == 2
    assert len(page.select("li.shared")) >= 6
    assert page.select(".related .card")
