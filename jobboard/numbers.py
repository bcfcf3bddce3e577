"""One rounding rule for every figure the site shows or exports.

Figures round half up, as posted salaries do when they are converted to annual US dollars
(``ExchangeRate.to_annual_usd``): a median of 79,818.5 reads 79,819 on the pages, in the
CSV files and in the API alike. Python's ``round()`` rounds halves to the even neighbour
(79,818.5 to 79,818 but 118,403.5 to 118,404), so figures never go through it.
"""

from decimal import ROUND_HALF_UP, Decimal


def round_half_up(value):
    """Return ``value`` (an int, float or Decimal) as the nearest whole number, halves
    rounded away from zero.

    A float is read in its shortest decimal form, the one it prints as (Django's
    ``floatformat`` reads it so too).
    """
    if isinstance(value, int):
        return value
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))
