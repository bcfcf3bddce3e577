"""Check a model's CheckConstraints against an unsaved instance in Python.

Django's ``CheckConstraint.validate()`` asks the database, one query per constraint per
object. A bulk import checks tens of thousands of rows, so it evaluates the same
conditions (the very ``Q`` objects in ``Meta.constraints``, written once) here instead,
with SQL's three-valued logic: a comparison with NULL is unknown, and a CHECK passes
unless its condition is false. The database still enforces every constraint on write.
Each condition is compiled once into a Python function.
"""

import functools
import operator

from django.db.models import CheckConstraint, F, Q

UNKNOWN = None

COMPARISONS = {
    "exact": operator.eq,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
    "in": lambda value, expected: value in expected,
    "istartswith": lambda value, expected: str(value).lower().startswith(str(expected).lower()),
}
TRANSFORMS = {"length": len}


class Unsupported(Exception):
    """A condition uses a lookup this module cannot evaluate; ask the database instead."""


def violations(instance, exclude=frozenset()):
    """Return the messages of the instance's check constraints that it breaks, leaving
    out those on a field in ``exclude``, as ``Model.validate_constraints()`` does."""
    return [
        constraint.get_violation_error_message()
        for constraint, fields, holds in check_constraints(type(instance))
        if not fields & exclude and holds(instance) is False
    ]


@functools.cache
def check_constraints(model):
    """Return the model's check constraints, each with the names of its fields and its
    condition compiled to a function of an instance."""
    return [
        (c, frozenset(fields_of(c.condition)), compile_condition(model, c.condition))
        for c in model._meta.constraints
        if isinstance(c, CheckConstraint)
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


def compile_condition(model, condition):
    """Return a function giving True, False or None (unknown) for ``condition``."""
    parts = [
        compile_condition(model, child) if isinstance(child, Q) else compile_lookup(model, *child)
        for child in condition.children
    ]
    negated = condition.negated

    def holds(instance):
        results = [part(instance) for part in parts]
        if condition.connector == Q.AND:
            result = False if False in results else (UNKNOWN if UNKNOWN in results else True)
        else:
            result = True if True in results else (UNKNOWN if UNKNOWN in results else False)
        return (not result) if negated and result is not UNKNOWN else result

    return holds


def compile_lookup(model, key, expected):
    name, *lookups = key.split("__")
    attname = model._meta.get_field(name).attname
    transform = TRANSFORMS.get(lookups[0]) if lookups else None
    if transform:
        lookups = lookups[1:]
    kind = lookups[0] if lookups else "exact"
    if len(lookups) > 1 or (kind not in COMPARISONS and kind != "isnull"):
        raise Unsupported(f"Cannot evaluate {key!r} in Python.")
    if isinstance(expected, F):
        other = model._meta.get_field(expected.name).attname

        def expected_of(instance):
            return getattr(instance, other)
    elif hasattr(expected, "resolve_expression"):
        raise Unsupported(f"Cannot evaluate the expression in {key!r} in Python.")
    else:

        def expected_of(instance):
            return expected

    if kind == "isnull":
        return lambda instance: (getattr(instance, attname) is None) == expected
    compare = COMPARISONS[kind]

    def holds(instance):
        value, wanted = getattr(instance, attname), expected_of(instance)
        if value is None or wanted is None:
            return UNKNOWN
        return compare(transform(value) if transform else value, wanted)

    return holds
