from decimal import Decimal
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError

from jobboard.widgets import NumberInput, QuickSelect, country_choices

SORTS = [("median", "Median salary"), ("count", "Sample size")]
MAX_SALARY = Decimal(100_000_000)


def currency_choices(codes):
    """Return a currency list's choices, USD first: it is the currency when none is chosen."""
    return [(code, code) for code in sorted(codes, key=lambda code: (code != "USD", code))]


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
        self.fields["currency"].choices = currency_choices(rates)

    def value(self, name, default=""):
        """Return a field's value, or ``default`` when it is empty or invalid."""
        self.is_valid()  # invalid fields are left out of cleaned_data
        return self.cleaned_data.get(name) or default

    @property
    def rate(self):
        return self.rates[self.value("currency", "USD")]


class OptionsField(forms.MultipleChoiceField):
    """Options ticked, each counted once: a link may repeat one any number of times."""

    def to_python(self, value):
        return list(dict.fromkeys(super().to_python(value)))


class SalaryMinimum(NamedTuple):
    amount: Decimal
    currency: str


class SalaryInput(forms.MultiWidget):
    """The amount and the currency of a salary minimum, each read from and written to a GET
    parameter of its own (``min_salary``, ``currency``), the names every link to a search
    uses, rather than the field's name with a suffix."""

    parameters = ["min_salary", "currency"]
    # Labelled by the page like a single input, so that Django points both parts'
    # aria-describedby at the field's errors.
    use_fieldset = False

    def __init__(self, attrs=None):
        amount = NumberInput(attrs={"step": "1000", "min": "0", "placeholder": "e.g. 100000"})
        currency = QuickSelect(attrs={"aria-label": "Currency"})
        super().__init__([amount, currency], attrs)

    def decompress(self, value):
        return list(value) if value else [None, None]

    def value_from_datadict(self, data, files, name):
        return [
            widget.value_from_datadict(data, files, parameter)
            for widget, parameter in zip(self.widgets, self.parameters, strict=True)
        ]

    def value_omitted_from_data(self, data, files, name):
        return all(
            widget.value_omitted_from_data(data, files, parameter)
            for widget, parameter in zip(self.widgets, self.parameters, strict=True)
        )

    def id_for_label(self, id_):
        # The field's label names the amount, which carries the field's id.
        return id_

    def render(self, name, value, attrs=None, renderer=None):
        amount, currency = value if isinstance(value, list | tuple) else self.decompress(value)
        attrs = self.build_attrs(self.attrs, attrs)
        amount_input, currency_select = self.widgets
        amount_name, currency_name = self.parameters
        # Currency first, as a salary reads ("EUR 90,000"); the amount alone carries the
        # field's id, which the field's label points at.
        without_id = {key: text for key, text in attrs.items() if key != "id"}
        return currency_select.render(
            currency_name, currency, without_id, renderer
        ) + amount_input.render(amount_name, amount, attrs, renderer)


class SalaryMinimumField(forms.MultiValueField):
    """A minimum salary a year and its currency, cleaned to a SalaryMinimum, or None without
    an amount. The currency is USD unless one is chosen."""

    widget = SalaryInput

    def __init__(self, **kwargs):
        amount = forms.DecimalField(
            label="Minimum salary a year", min_value=0, max_value=MAX_SALARY, required=False
        )
        currency = forms.ChoiceField(label="Currency", required=False)
        super().__init__([amount, currency], require_all_fields=False, **kwargs)

    @property
    def parts(self):
        """Return the field of each part by the GET parameter it reads."""
        return dict(zip(self.widget.parameters, self.fields, strict=True))

    def set_currencies(self, choices):
        """Set the currencies to choose from, in the currency field and in the <select>,
        which belongs to this field's widget."""
        self.parts["currency"].choices = choices
        self.widget.widgets[1].choices = self.parts["currency"].choices

    def clean(self, value):
        # Each part is cleaned on its own, and each error keeps the parameter it is about:
        # the form files all of a field's errors under the field's name alone.
        cleaned, errors = [], []
        for (parameter, field), part in zip(self.parts.items(), value, strict=True):
            try:
                cleaned.append(field.clean(part))
            except ValidationError as error:
                for each in error.error_list:
                    each.parameter = parameter
                errors += error.error_list
        if errors:
            raise ValidationError(errors)
        return self.compress(cleaned)

    def compress(self, data_list):
        amount, currency = data_list
        return None if amount is None else SalaryMinimum(amount, currency or "USD")
