import functools
import re

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django_countries import countries


class QuickSelect(forms.Select):
    """A <select> rendered in Python rather than one template per option.

    Long lists (every country) cost tens of milliseconds through Django's widget
    templates; this renders the same markup in well under one. With ``counts`` set
    ({value: number}), each option but the empty one shows its number: "Germany (12)".
    """

    counts = None

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = "" if value is None else str(value)
        counts = self.counts or {}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (
                    key,
                    " selected" if str(key) == selected else "",
                    f"{label} ({counts[key]})" if key in counts else label,
                )
                for key, label in self.choices
            ),
        )
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(attrs), options)


@functools.cache
def country_choices():
    """Return (code, name) for every country. django-countries translates each name on
    every pass over its list; the site is in English, so once per process is enough."""
    return [(code, str(name)) for code, name in countries]


class FlagInput(forms.CheckboxInput):
    """A checkbox that reads "0", "off", "no" and "false" in a shared URL as unticked,
    where Django's CheckboxInput would read any non-empty text as ticked."""

    OFF = {"", "0", "off", "no", "false"}

    def value_from_datadict(self, data, files, name):
        value = data.get(name)
        if isinstance(value, str):
            return value.strip().lower() not in self.OFF
        return bool(value)


# HTML's "valid floating-point number"; anything else is invalid in <input type=number>.
HTML_NUMBER = re.compile(r"-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?")


class NumberInput(forms.NumberInput):
    """A number field that shows a rejected entry as empty: browsers drop a value that
    is not a number anyway, and echoing it makes the page invalid HTML. The form's error
    message still names the problem."""

    def format_value(self, value):
        value = super().format_value(value)
        if value is None or HTML_NUMBER.fullmatch(str(value)):
            return value
        return None
