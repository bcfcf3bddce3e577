from django import template
from django.contrib.humanize.templatetags.humanize import intcomma

from jobboard.numbers import round_half_up

register = template.Library()


@register.filter
def money(value, currency):
    """Show an amount as "EUR 85,400": whole units (halves rounded up, as everywhere),
    thousands separated."""
    if value is None or value == "":
        return ""
    return f"{currency} {intcomma(round_half_up(value))}"
