import datetime

import factory
from django.utils import timezone

from roles.models import Comparison, Role, RoleItem


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    name = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")
    definition = factory.LazyAttribute(lambda role: f"A {role.name} turns questions into answers.")
    outlook = "Demand keeps growing."


class RoleItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoleItem

    role = factory.SubFactory(RoleFactory)
    kind = RoleItem.Kind.SKILL
    text = factory.Sequence(lambda n: f"Skill number {n}")
    position = factory.Sequence(lambda n: n)


class ComparisonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comparison

    role_a = factory.SubFactory(RoleFactory)
    role_b = factory.SubFactory(RoleFactory)
    intro = "Two careers, one decision."
    conclusion = "Pick the work you enjoy."
    status = Comparison.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    class Params:
        draft = factory.Trait(status=Comparison.Status.DRAFT, published_at=None)
