"""The Atom feed of published comparisons, at /insights/feed/."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.html import linebreaks

from jobboard.syndication import SafeAtom1Feed

from .models import Comparison

FEED_SIZE = 50


class ComparisonFeed(Feed):
    feed_type = SafeAtom1Feed

    def title(self):
        return f"{settings.SITE_NAME}: career comparisons"

    def subtitle(self):
        return "Data and AI careers compared side by side, newest first."

    def author_name(self):
        return settings.SITE_NAME

    def link(self):
        return reverse("roles:comparison_list")

    def items(self):
        return Comparison.objects.published().with_roles().newest_first()[:FEED_SIZE]

    def item_title(self, comparison):
        # Atom titles are plain text: the feed generator escapes them, so no HTML escaping.
        return comparison.title

    def item_description(self, comparison):
        return linebreaks(comparison.intro, autoescape=True)

    def item_pubdate(self, comparison):
        return comparison.published_at

    def item_updateddate(self, comparison):
        # A comparison scheduled ahead was last saved before it went public.
        return max(comparison.updated_at, comparison.published_at)

    def item_categories(self, comparison):
        return [comparison.role_a.name, comparison.role_b.name]
