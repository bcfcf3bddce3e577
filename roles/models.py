from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Greatest, Least, Lower, Now
from django.urls import reverse
from django.utils import timezone

from jobboard.cache import content_changed


class RemembersSlug:
    """Remembers the slug a row was read with, so that saving a new one can keep the old
    address answering (see OldSlug)."""

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_slug = instance.__dict__.get("slug")
        return instance

    def remember_old_slug(self):
        """Record the slug this row had before this save, if it changed; return whether."""
        old = getattr(self, "_stored_slug", None)
        self._stored_slug = self.slug
        if not old or old == self.slug:
            return False
        kind = self._meta.model_name
        OldSlug.objects.filter(kind=kind, slug=self.slug).delete()  # current again
        OldSlug.objects.update_or_create(kind=kind, slug=old, defaults={"target_id": self.pk})
        return True


class RoleQuerySet(models.QuerySet):
    def for_profile(self):
        """Return roles with their bullet items loaded, ready for a profile page."""
        return self.prefetch_related("items")


class Role(RemembersSlug, models.Model):
    name = models.CharField(
        max_length=120,
        help_text='The job title as readers know it, e.g. "Data Scientist". Unique whatever '
        "the case of its letters.",
    )
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="Used in addresses such as /roles/data-scientist/. After a change the old "
        "addresses answer with a permanent redirect to the new ones.",
    )
    definition = models.TextField(help_text="Two to four sentences: what this role does and why.")
    outlook = models.TextField(
        blank=True, help_text="How demand for the role is expected to develop, in prose."
    )
    growth_percent = models.DecimalField(
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        help_text="Projected employment growth, e.g. 15 for 15%. Leave empty without a source.",
    )
    growth_start_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="First year of the projection period."
    )
    growth_end_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Last year of the projection period."
    )
    growth_occupation = models.CharField(
        max_length=200,
        blank=True,
        help_text='The occupation the figure is published for, e.g. "Software Developers".',
    )
    growth_source = models.CharField(
        max_length=200,
        blank=True,
        help_text='Who published the figure, e.g. "US Bureau of Labor Statistics".',
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = RoleQuerySet.as_manager()

    class Meta:
        ordering = [Lower("name")]
        constraints = [
            # "Data scientist" and "Data Scientist" are one role.
            models.UniqueConstraint(
                Lower("name"),
                name="role_name_unique_any_case",
                violation_error_message="A role with this name already exists.",
            ),
            # A growth figure is only meaningful with its period and its source.
            models.CheckConstraint(
                condition=Q(growth_percent__isnull=True)
                | (
                    Q(growth_start_year__isnull=False)
                    & Q(growth_end_year__isnull=False)
                    & ~Q(growth_source="")
                ),
                name="role_growth_has_period_and_source",
                violation_error_message=(
                    "A growth figure needs its start year, end year and source."
                ),
            ),
            models.CheckConstraint(
                condition=Q(growth_start_year__isnull=True)
                | Q(growth_end_year__isnull=True)
                | Q(growth_start_year__lt=F("growth_end_year")),
                name="role_growth_period_in_order",
                violation_error_message="The growth period must end after it starts.",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.remember_old_slug():
            self.slug_changed()

    def get_absolute_url(self):
        return reverse("roles:detail", kwargs={"slug": self.slug})

    @property
    def has_growth_figure(self):
        return self.growth_percent is not None

    def slug_changed(self):
        """Keep the addresses of this role's comparisons, built from role slugs, in step
        with a new slug."""
        for comparison in Comparison.objects.with_roles().for_role(self):
            comparison.save(update_fields=["slug", "updated_at"])

    def items_of_kind(self, kind):
        """Return this role's items of one kind, in order, from the prefetched items."""
        return [item for item in self.items.all() if item.kind == kind]


class RoleItem(models.Model):
    class Kind(models.TextChoices):
        RESPONSIBILITY = "responsibility", "Responsibility"
        SKILL = "skill", "Skill"
        DEGREE = "degree", "Degree"
        CERTIFICATION = "certification", "Certification"
        TOOL = "tool", "Tool or software"
        INDUSTRY = "industry", "Industry"
        TIP = "tip", "Getting-started tip"

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.CharField(
        max_length=200,
        help_text=(
            "One short bullet without a final period. Use the same wording as another role "
            "to have comparison articles mark the item as shared."
        ),
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Bullets of one kind are shown from the lowest number up."
    )

    class Meta:
        ordering = ["role", "kind", "position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["role", "kind", "text"],
                name="roleitem_unique_text_per_kind",
                violation_error_message="This role already has that bullet.",
            ),
        ]

    def __str__(self):
        return f"{self.role}: {self.text}"

    @property
    def match_key(self):
        """Return the text as compared between roles: case, spacing and a final period ignored."""
        return " ".join(self.text.casefold().split()).rstrip(".")


def published_filter(prefix=""):
    """Return the condition for a comparison the public may read: published, with a publish
    time that has come. ``prefix`` applies it across a relation, e.g. "comparisons_as_a"."""
    lookup = f"{prefix}__" if prefix else ""
    return Q(
        **{
            f"{lookup}status": Comparison.Status.PUBLISHED,
            f"{lookup}published_at__lte": timezone.now(),
        }
    )


class ComparisonQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_filter())

    def with_roles(self):
        return self.select_related("role_a", "role_b")

    def for_role(self, role):
        return self.filter(Q(role_a=role) | Q(role_b=role))

    def for_article(self):
        """Return comparisons with all an article page shows, in a fixed number of queries."""
        return self.with_roles().prefetch_related("role_a__items", "role_b__items")

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def publish(self):
        """Publish these comparisons; those without a publish date get the current time.
        Return how many were changed."""
        count = self.update(
            status=Comparison.Status.PUBLISHED,
            published_at=Coalesce("published_at", Now()),
            updated_at=Now(),
        )
        content_changed()
        return count

    def unpublish(self):
        """Move these comparisons back to draft; return how many were changed."""
        count = self.update(status=Comparison.Status.DRAFT, updated_at=Now())
        content_changed()
        return count


class Comparison(RemembersSlug, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    role_a = models.ForeignKey(
        Role,
        on_delete=models.PROTECT,
        related_name="comparisons_as_a",
        help_text="Shown first, on the left.",
    )
    role_b = models.ForeignKey(
        Role,
        on_delete=models.PROTECT,
        related_name="comparisons_as_b",
        help_text="Shown second, on the right.",
    )
    slug = models.SlugField(
        max_length=255, unique=True, editable=False, help_text="Derived from the two roles."
    )
    intro = models.TextField(help_text="The opening paragraph of the article.")
    definitions_lead = models.CharField("Definitions lead-in", max_length=300, blank=True)
    responsibilities_lead = models.CharField("Responsibilities lead-in", max_length=300, blank=True)
    skills_lead = models.CharField("Required skills lead-in", max_length=300, blank=True)
    education_lead = models.CharField("Educational backgrounds lead-in", max_length=300, blank=True)
    tools_lead = models.CharField("Tools and software lead-in", max_length=300, blank=True)
    industries_lead = models.CharField("Common industries lead-in", max_length=300, blank=True)
    outlook_lead = models.CharField("Outlook lead-in", max_length=300, blank=True)
    tips_lead = models.CharField("Getting-started tips lead-in", max_length=300, blank=True)
    conclusion = models.TextField(help_text="The closing paragraph of the article.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    content_updated_at = models.DateTimeField(
        "content updated",
        null=True,
        blank=True,
        editable=False,
        help_text="When the article's own text last changed after publishing: what "
        '"Updated" shows. A role\'s rename or a new bullet does not count.',
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the article goes public. Filled in with the current time on publishing.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ComparisonQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(role_a=F("role_b")),
                name="comparison_distinct_roles",
                violation_error_message="A comparison needs two different roles.",
            ),
            # A-vs-B and B-vs-A are one comparison: the unordered pair is unique.
            models.UniqueConstraint(
                Least("role_a", "role_b"),
                Greatest("role_a", "role_b"),
                name="comparison_unique_pair",
                violation_error_message="A comparison of these two roles already exists.",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="comparison_published_has_date",
                violation_error_message="A published comparison needs a publish date.",
            ),
        ]
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self):
        if self.role_a_id and self.role_b_id:
            return f"{self.role_a} vs. {self.role_b}"
        return "New comparison"

    # The article's own text: a change to any of it after publishing is an update.
    TEXT_FIELDS = (
        "intro",
        "definitions_lead",
        "responsibilities_lead",
        "skills_lead",
        "education_lead",
        "tools_lead",
        "industries_lead",
        "outlook_lead",
        "tips_lead",
        "conclusion",
    )

    def save(self, *args, **kwargs):
        self.slug = self.build_slug(self.role_a.slug, self.role_b.slug)
        self.derive_dates()
        stored = getattr(self, "_stored_text", None)
        text = self.text_now()
        if stored is not None and text != stored and self.is_public:
            self.content_updated_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "content_updated_at"}
        super().save(*args, **kwargs)
        self._stored_text = text
        self.remember_old_slug()

    def get_absolute_url(self):
        return reverse("roles:comparison", kwargs={"slug": self.slug})

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_text = instance.text_now()
        return instance

    def text_now(self):
        """Return the article's own text as a tuple (deferred fields left out as None)."""
        return tuple(self.__dict__.get(name) for name in self.TEXT_FIELDS)

    def clean(self):
        self.derive_dates()

    def derive_dates(self):
        """A published comparison without a publish date is published now."""
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    @staticmethod
    def build_slug(slug_a, slug_b):
        return f"{slug_a}-vs-{slug_b}"

    @property
    def title(self):
        return f"{self.role_a.name} vs. {self.role_b.name}: A Detailed Comparison"

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def roles(self):
        return (self.role_a, self.role_b)

    @property
    def was_revised(self):
        """Whether the article's own text changed on a later day than it was published."""
        return bool(
            self.published_at
            and self.content_updated_at
            and self.content_updated_at.date() > self.published_at.date()
        )


class OldSlug(models.Model):
    """A slug a role or comparison had before it was changed. Its old addresses (the
    profile, the article, the salary page and CSV, job searches and feeds naming the role)
    answer 301 to the current ones."""

    class Kind(models.TextChoices):
        ROLE = "role", "Role"
        COMPARISON = "comparison", "Comparison"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    slug = models.SlugField(max_length=255, db_index=False)
    target_id = models.PositiveBigIntegerField(help_text="The role's or comparison's id.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "old slug"
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "slug"],
                name="oldslug_unique_per_kind",
                violation_error_message="This old slug already leads somewhere.",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.slug}"

    @classmethod
    def current(cls, model, slug):
        """Return the row of ``model`` (Role or Comparison) that had ``slug``, or None."""
        kind = model._meta.model_name
        old = cls.objects.filter(kind=kind, slug=slug).values_list("target_id", flat=True)
        return model.objects.filter(pk__in=old).first()
