from django import template
from django.contrib.humanize.templatetags.humanize import intcomma

register = template.Library()


@register.filter
def money(value, currency):
    """Show an amount as "EUR 85,400": whole units, thousands separated."""
    if value is None or value == "":
        return ""
    return f"{currency} {intcomma(round(value))}"
