import json
from pathlib import Path

from django import forms
from django.db import models

from postings.logos import process_logo
from postings.models import Company, JobPosting
from postings.services import EMPLOYER_FIELDS

REASONS = json.loads((Path(__file__).parent / "data" / "rejection-reasons.json").read_text())


def https_by_default(field, **kwargs):
    """Form fields for model fields, where an address typed without a scheme gets https."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class CompanyForm(forms.ModelForm):
    """A company as its owner describes it; the logo is redrawn before it is stored."""

    logo_upload = forms.ImageField(
        label="Logo",
        required=False,
        help_text="PNG, JPEG or WebP, up to 2 MB; shown at most 400 pixels wide.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )

    class Meta:
        model = Company
        fields = ["name", "website", "description"]
        formfield_callback = https_by_default
        widgets = {
            "website": forms.URLInput(attrs={"placeholder": "https://example.com"}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_logo_upload(self):
        upload = self.cleaned_data.get("logo_upload")
        return process_logo(upload) if upload else None


class JoinForm(forms.Form):
    company = forms.ModelChoiceField(
        label="Company on the board",
        queryset=Company.objects.order_by("name"),
        empty_label="Choose a company",
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label="Colleague's e-mail address", max_length=254)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class PostingForm(forms.ModelForm):
    """A job as an employer submits it: the fields and rules of admin's form (the model's
    validation and constraints), without what staff decide (status, dates, featuring)."""

    class Meta:
        model = JobPosting
        fields = EMPLOYER_FIELDS
        formfield_callback = https_by_default
        widgets = {
            "description": forms.Textarea(attrs={"rows": 14}),
            "apply_url": forms.URLInput(attrs={"placeholder": "https://"}),
        }
        help_texts = {
            "description": "Markdown: **bold**, *italic*, lists and links (http and https only).",
        }
        labels = {
            "salary_min": "Lowest salary",
            "salary_max": "Highest salary",
            "salary_currency": "Currency",
            "salary_period": "Per",
            "apply_url": "Apply link",
            "apply_email": "Or apply by e-mail to",
        }

    def __init__(self, *args, company, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.company = company


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label="Reason", choices=REASONS)
    note = forms.CharField(
        label="Note to the employer",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )

    def clean(self):
        data = super().clean()
        if data.get("reason") == "other" and not data.get("note", "").strip():
            self.add_error("note", "Say what is wrong when the reason is something else.")
        return data

    @property
    def message(self):
        label = dict(REASONS)[self.cleaned_data["reason"]]
        note = self.cleaned_data["note"].strip()
        return f"{label}. {note}".strip() if note else f"{label}."
