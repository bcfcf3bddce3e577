from django import forms

from jobboard.widgets import QuickSelect, country_choices

SORTS = [("median", "Median salary"), ("count", "Sample size")]


class SalaryOptionsForm(forms.Form):
    """The salary pages' options: the currency to show, the country, the sort order."""

    currency = forms.ChoiceField(label="Currency", required=False, widget=QuickSelect)
    country = forms.ChoiceField(
        label="Country",
        required=False,
        choices=lambda: [("", "All countries"), *country_choices()],
        widget=QuickSelect,
    )
    sort = forms.ChoiceField(label="Sort by", choices=SORTS, required=False)

    def __init__(self, data, rates, fields, **kwargs):
        super().__init__(data, **kwargs)
        for name in set(self.fields) - set(fields):
            del self.fields[name]
        self.rates = rates
        # USD first: it is the default when no currency is chosen.
        codes = sorted(rates, key=lambda code: (code != "USD", code))
        self.fields["currency"].choices = [(code, code) for code in codes]

    def value(self, name, default=""):
        """Return a field's value, or ``default`` when it is empty or invalid."""
        self.is_valid()  # invalid fields are left out of cleaned_data
        return self.cleaned_data.get(name) or default

    @property
    def rate(self):
        return self.rates[self.value("currency", "USD")]
