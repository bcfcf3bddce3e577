from django import forms
from django.http import QueryDict

from postings.search import JobSearch

from .models import Frequency
from .services import normalize_email


class AlertForm(forms.Form):
    """Subscribe an address to a job search; ``query`` is the search's query string."""

    email = forms.EmailField(
        label="Your e-mail address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "placeholder": "you@example.com"}),
    )
    frequency = forms.ChoiceField(
        label="How often",
        choices=Frequency.choices,
        initial=Frequency.DAILY,
        widget=forms.RadioSelect,
    )
    query = forms.CharField(max_length=2000, required=False, widget=forms.HiddenInput)

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    def clean_query(self):
        search = JobSearch(QueryDict(self.cleaned_data["query"]))
        if not search.is_valid:
            raise forms.ValidationError(
                "This search has filters that cannot be used; go back to the jobs and fix them."
            )
        self.search = search
        return search.normalized_query


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label="How often", choices=Frequency.choices)
