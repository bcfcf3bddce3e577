"""The Atom feed of a job search: /jobs/feed/ takes the same parameters as /jobs/."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from jobboard.syndication import SafeAtom1Feed

from .models import Workplace
from .search import JobSearch, renamed_roles

FEED_SIZE = 50


class InvalidSearch(Exception):
    """A search whose parameters do not validate; its message lists the errors."""


class Moved(Exception):
    """A search naming a role by an old slug; its message is the search's new address."""


class JobPostingFeed(Feed):
    """The newest visible postings of a /jobs/ search, newest first.

    A feed is chronological: featured jobs are not put first, and the list's ``sort`` and
    ``page`` parameters are accepted but change nothing here.
    """

    feed_type = SafeAtom1Feed

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except Moved as moved:
            return HttpResponsePermanentRedirect(str(moved))
        except InvalidSearch as error:
            return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")

    def get_object(self, request):
        search = JobSearch(request.GET)
        renamed = renamed_roles(search, request.GET)
        if renamed is not None:  # a role's old slug: the feed has moved with the role
            raise Moved(f"{reverse('jobs_feed')}?{renamed}")
        if not search.is_valid:
            # The list shows its other results beside the errors; a feed reader would
            # silently subscribe to a different search, so refuse it instead.
            raise InvalidSearch(search.error_text)
        return search

    def title(self, search):
        labels = [label for label, _ in search.chips]
        # A search's text may hold characters XML cannot; SafeAtom1Feed drops them.
        return f"Jobs: {', '.join(labels)}" if labels else "All jobs"

    def subtitle(self, search):
        return f"The newest jobs on {settings.SITE_NAME} matching this search."

    def author_name(self):
        return settings.SITE_NAME

    def link(self, search):
        return with_query(reverse("postings:list"), search)

    def feed_url(self, search):
        return with_query(reverse("jobs_feed"), search)

    def items(self, search):
        return (
            search.queryset.for_page()
            .defer("description", "search_text", "search_vector")
            .newest_first()[:FEED_SIZE]
        )

    def item_title(self, posting):
        # Atom titles are plain text: the feed generator escapes them, so no HTML escaping.
        return f"{posting.title} at {posting.company.name}"

    def item_description(self, posting):
        workplace = posting.get_workplace_display()
        if posting.workplace == Workplace.ONSITE or workplace in posting.location:
            workplace = ""  # as on the job cards; "Remote" may be the location already
        facts = [
            ", ".join(kind.label for kind in posting.employment_types),
            posting.get_seniority_display(),
            workplace,
            posting.salary_display,
        ]
        html = format_html(
            "<p><strong>{}</strong> · {}</p><p>{}</p>",
            posting.company.name,
            posting.location,
            format_html_join(" · ", "{}", ((fact,) for fact in facts if fact)),
        )
        if posting.summary:
            html += format_html("<p>{}</p>", posting.summary)
        return html

    def item_pubdate(self, posting):
        return posting.published_at

    def item_updateddate(self, posting):
        # A job scheduled ahead was last saved before it went public.
        return max(posting.updated_at, posting.published_at)

    def item_author_name(self, posting):
        return posting.company.name

    def item_author_link(self, posting):
        return posting.company.website or None

    def item_categories(self, posting):
        categories = [posting.role.name] if posting.role else []
        categories += [posting.get_seniority_display(), posting.get_workplace_display()]
        return categories + [kind.label for kind in posting.employment_types]


def with_query(path, search):
    """Return ``path`` with the search's normalized query string."""
    query = search.normalized_query
    return f"{path}?{query}" if query else path
