"""Assemble a comparison article from the data of its two roles.

Nothing of an article's body is stored on the comparison except the editorial text
(intro, lead-ins, conclusion): the sections are read from the roles each time, so an
edit to a role shows in every comparison that includes it.
"""

import math
from dataclasses import dataclass, field

from django.conf import settings

from .models import Comparison, Role, RoleItem


@dataclass(frozen=True)
class Bullet:
    text: str
    shared: bool = False


@dataclass
class Column:
    """One role's side of a section."""

    role: Role
    paragraphs: list[str] = field(default_factory=list)
    groups: list[tuple[str, list[Bullet]]] = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.paragraphs and not any(bullets for _, bullets in self.groups)


@dataclass
class Section:
    anchor: str
    title: str
    lead: str = ""
    columns: list[Column] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)

    @property
    def shared_count(self):
        return sum(
            bullet.shared
            for column in self.columns[:1]
            for _, bullets in column.groups
            for bullet in bullets
        )


@dataclass
class Article:
    comparison: Comparison
    sections: list[Section]

    @property
    def word_count(self):
        texts = [self.comparison.title, self.comparison.intro]
        for section in self.sections:
            texts += [section.title, section.lead, *section.paragraphs]
            for column in section.columns:
                texts += column.paragraphs
                texts += [bullet.text for _, bullets in column.groups for bullet in bullets]
        return sum(len(text.split()) for text in texts)

    @property
    def read_minutes(self):
        return max(1, math.ceil(self.word_count / settings.ARTICLE_WORDS_PER_MINUTE))


# (anchor, title, lead field, item kinds with their group labels). Definitions, outlook and
# conclusion are prose and built separately below.
LIST_SECTIONS = {
    "responsibilities": (
        "Responsibilities",
        "responsibilities_lead",
        [RoleItem.Kind.RESPONSIBILITY],
    ),
    "skills": ("Required Skills", "skills_lead", [RoleItem.Kind.SKILL]),
    "education": (
        "Educational Backgrounds",
        "education_lead",
        [RoleItem.Kind.DEGREE, RoleItem.Kind.CERTIFICATION],
    ),
    "tools": ("Tools and Software", "tools_lead", [RoleItem.Kind.TOOL]),
    "industries": ("Common Industries", "industries_lead", [RoleItem.Kind.INDUSTRY]),
    "tips": ("Practical Tips for Getting Started", "tips_lead", [RoleItem.Kind.TIP]),
}

SECTION_ORDER = [
    "definitions",
    "responsibilities",
    "skills",
    "education",
    "tools",
    "industries",
    "outlook",
    "tips",
    "conclusion",
]

GROUP_LABELS = {
    RoleItem.Kind.DEGREE: "Degrees",
    RoleItem.Kind.CERTIFICATION: "Certifications",
}


def growth_sentence(role):
    """Return the role's growth figure as a sentence, or "" when it has none."""
    if not role.has_growth_figure:
        return ""
    percent = f"{role.growth_percent.normalize():f}"
    subject = role.growth_occupation or role.name
    return (
        f"According to the {role.growth_source}, employment of {subject} was projected to "
        f"grow {percent}% from {role.growth_start_year} to {role.growth_end_year}."
    )


def _list_section(comparison, anchor):
    title, lead_field, kinds = LIST_SECTIONS[anchor]
    role_a, role_b = comparison.roles
    keys = {
        role.pk: {item.match_key for kind in kinds for item in role.items_of_kind(kind)}
        for role in (role_a, role_b)
    }
    columns = []
    for role, other in ((role_a, role_b), (role_b, role_a)):
        groups = []
        for kind in kinds:
            bullets = [
                Bullet(item.text, shared=item.match_key in keys[other.pk])
                for item in role.items_of_kind(kind)
            ]
            groups.append((GROUP_LABELS.get(kind, ""), bullets))
        columns.append(Column(role=role, groups=groups))
    return Section(anchor, title, getattr(comparison, lead_field), columns)


def build_article(comparison):
    """Return the article for a comparison whose roles have their items prefetched."""
    role_a, role_b = comparison.roles
    sections = {
        "definitions": Section(
            "definitions",
            "Definitions",
            comparison.definitions_lead,
            [Column(role, paragraphs=[role.definition]) for role in (role_a, role_b)],
        ),
        "outlook": Section(
            "outlook",
            "Outlook",
            comparison.outlook_lead,
            [
                Column(role, paragraphs=[p for p in (role.outlook, growth_sentence(role)) if p])
                for role in (role_a, role_b)
            ],
        ),
        "conclusion": Section("conclusion", "Conclusion", paragraphs=[comparison.conclusion]),
    }
    for anchor in LIST_SECTIONS:
        sections[anchor] = _list_section(comparison, anchor)
    return Article(comparison, [sections[anchor] for anchor in SECTION_ORDER])


def build_profile(role):
    """Return a role profile's list sections, each as (anchor, title, [(label, items)])."""
    sections = []
    for anchor, (title, _lead, kinds) in LIST_SECTIONS.items():
        groups = [(GROUP_LABELS.get(kind, ""), role.items_of_kind(kind)) for kind in kinds]
        if any(items for _, items in groups):
            sections.append((anchor, title, groups))
    return sections


def article_data(article, url):
    """Return schema.org Article data for a comparison article."""
    comparison = article.comparison
    return {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": comparison.title,
        "description": comparison.intro,
        "datePublished": comparison.published_at.isoformat() if comparison.published_at else None,
        "dateModified": comparison.updated_at.isoformat(),
        "wordCount": article.word_count,
        "timeRequired": f"PT{article.read_minutes}M",
        "about": [{"@type": "Occupation", "name": role.name} for role in comparison.roles],
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME},
    }
