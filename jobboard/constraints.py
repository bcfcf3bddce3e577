"""Check a model's CheckConstraints against an unsaved instance in Python.

Django's ``CheckConstraint.validate()`` asks the database, one query per constraint per
object. A bulk import checks tens of thousands of rows, so it evaluates the same
conditions (the very ``Q`` objects in ``Meta.constraints``, written once) here instead,
with SQL's three-valued logic: a comparison with NULL is unknown, and a CHECK passes
unless its condition is false. The database still enforces every constraint on write.
Each condition is compiled once into one Python function (a single expression, generated
from the ``Q`` tree), which reads the fields either as attributes of an instance or as
the keys of a mapping of attnames to values (a row that was never made an instance).
"""

import functools

from django.db.models import CheckConstraint, F, Q

UNKNOWN = None

# Each comparison as a Python expression of the value (a) and what it is compared to (b).
COMPARISONS = {
    "exact": "{a} == {b}",
    "lt": "{a} < {b}",
    "lte": "{a} <= {b}",
    "gt": "{a} > {b}",
    "gte": "{a} >= {b}",
    "in": "{a} in {b}",
    "istartswith": "_istartswith({a}, {b})",
}
TRANSFORMS = {"length": "len"}


def _istartswith(value, expected):
    return str(value).lower().startswith(str(expected).lower())


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


def violations_of_values(model, values, exclude=frozenset()):
    """Return what ``violations()`` would for an instance of ``model`` with these values,
    ``values`` being a mapping of the model's attnames (``company_id``, not
    ``company``) to values."""
    return [
        constraint.get_violation_error_message()
        for constraint, fields, holds in check_constraints(model, by_key=True)
        if (not exclude or exclude.isdisjoint(fields)) and holds(values) is False
    ]


@functools.cache
def check_constraints(model, by_key=False):
    """Return the model's check constraints, each with the names of its fields and its
    condition compiled to a function of an instance (of a mapping of attnames to values
    with ``by_key``) giving True, False or None (unknown)."""
    return [
        (c, frozenset(fields_of(c.condition)), compile_condition(model, c.condition, by_key))
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


def compile_condition(model, condition, by_key=False):
    """Return a function giving True, False or None (unknown) for ``condition``."""
    builder = ExpressionBuilder(model, by_key)
    source = f"lambda row: {builder.condition(condition)}"
    return eval(source, {"_istartswith": _istartswith, **builder.constants})


class ExpressionBuilder:
    """Writes a Q condition as one Python expression over ``row`` with SQL's three-valued
    logic: every part evaluates to True, False or None (unknown), and every part is
    evaluated, as SQL does."""

    def __init__(self, model, by_key):
        self.model, self.by_key = model, by_key
        self.constants = {}
        self.names = 0

    def name(self, prefix):
        self.names += 1
        return f"_{prefix}{self.names}"

    def constant(self, value):
        name = self.name("c")
        self.constants[name] = value
        return name

    def read(self, attname):
        return f"row[{attname!r}]" if self.by_key else f"row.{attname}"

    def condition(self, condition):
        parts = [
            self.condition(child) if isinstance(child, Q) else self.lookup(*child)
            for child in condition.children
        ]
        results = self.name("r")
        together = f"({results} := ({', '.join(parts)},))"
        # AND: false if any part is false, else unknown if any is unknown, else true; OR:
        # the same with true and false swapped.
        decisive = "False" if condition.connector == Q.AND else "True"
        expression = (
            f"({decisive} if {decisive} in {together} "
            f"else (None if None in {results} else not {decisive}))"
        )
        if condition.negated:
            result = self.name("n")
            expression = f"(None if ({result} := {expression}) is None else not {result})"
        return expression

    def lookup(self, key, expected):
        name, *lookups = key.split("__")
        attname = self.model._meta.get_field(name).attname
        transform = TRANSFORMS.get(lookups[0]) if lookups else None
        if transform:
            lookups = lookups[1:]
        kind = lookups[0] if lookups else "exact"
        if len(lookups) > 1 or (kind not in COMPARISONS and kind != "isnull"):
            raise Unsupported(f"Cannot evaluate {key!r} in Python.")
        if isinstance(expected, F):
            wanted = self.read(self.model._meta.get_field(expected.name).attname)
        elif hasattr(expected, "resolve_expression"):
            raise Unsupported(f"Cannot evaluate the expression in {key!r} in Python.")
        elif expected is None:
            wanted = "None"
        else:
            wanted = self.constant(expected)
        if kind == "isnull":
            return f"(({self.read(attname)} is None) == {wanted})"
        value, other = self.name("v"), self.name("w")
        compared = f"{transform}({value})" if transform else value
        comparison = COMPARISONS[kind].format(a=compared, b=other)
        return (
            f"(None if ({value} := {self.read(attname)}) is None "
            f"or ({other} := {wanted}) is None else {comparison})"
        )
