"""Check a model's CheckConstraints against an unsaved instance in Python.

Django's ``CheckConstraint.validate()`` asks the database, one query per constraint per
object. A bulk import checks tens of thousands of rows, so it evaluates the same
conditions (the very ``Q`` objects in ``Meta.constraints``, written once) here instead,
with SQL's three-valued logic: a comparison with NULL is unknown, and a CHECK passes
unless its condition is false. The database still enforces every constraint on write.
"""

import operator

from django.core.exceptions import FieldDoesNotExist
from django.db.models import CheckConstraint, F, Q

UNKNOWN = None

COMPARISONS = {
    "exact": operator.eq,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}


class Unsupported(Exception):
    """A condition uses a lookup this module cannot evaluate; ask the database instead."""


def violations(instance, exclude=()):
    """Return the messages of the instance's check constraints that it breaks, leaving
    out those on a field in ``exclude``, as ``Model.validate_constraints()`` does."""
    return [
        constraint.get_violation_error_message()
        for constraint in check_constraints(type(instance))
        if not fields_of(constraint.condition) & set(exclude)
        and evaluate(constraint.condition, instance) is False
    ]


def fields_of(condition):
    """Return the names of the fields a Q condition refers to."""
    names = set()
    for child in condition.children:
        if isinstance(child, Q):
            names |= fields_of(child)
        else:
            key, expected = child
            names.add(key.split("__")[0])
            if isinstance(expected, F):
                names.add(expected.name)
    return names


def check_constraints(model):
    return [c for c in model._meta.constraints if isinstance(c, CheckConstraint)]


def evaluate(condition, instance):
    """Return True, False or None (unknown) for a Q condition on ``instance``."""
    results = [
        evaluate(child, instance) if isinstance(child, Q) else lookup(instance, *child)
        for child in condition.children
    ]
    if condition.connector == Q.AND:
        result = False if False in results else (UNKNOWN if UNKNOWN in results else True)
    else:
        result = True if True in results else (UNKNOWN if UNKNOWN in results else False)
    if condition.negated and result is not UNKNOWN:
        result = not result
    return result


def lookup(instance, key, expected):
    name, _, kind = key.partition("__")
    kind = kind or "exact"
    transform = None
    if kind.startswith("length"):
        transform, _, kind = len, None, kind.removeprefix("length").lstrip("_") or "exact"
    value = value_of(instance, name)
    if isinstance(expected, F):
        expected = value_of(instance, expected.name)
    elif hasattr(expected, "resolve_expression"):
        raise Unsupported(f"Cannot evaluate the expression in {key!r} in Python.")
    if kind == "isnull":
        return (value is None) == expected
    if value is None or expected is None:
        return UNKNOWN
    if transform:
        value = transform(value)
    if kind in COMPARISONS:
        return COMPARISONS[kind](value, expected)
    if kind == "in":
        return value in expected
    if kind == "istartswith":
        return str(value).lower().startswith(str(expected).lower())
    raise Unsupported(f"Cannot evaluate {key!r} in Python.")


def value_of(instance, name):
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist as error:
        raise Unsupported(f"No field {name!r}.") from error
    return getattr(instance, field.attname)
