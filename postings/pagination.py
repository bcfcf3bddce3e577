"""Pagination for job lists: featured jobs first, and deep pages as cheap as the first."""

from collections.abc import Sequence

from django.core.paginator import Paginator
from django.db.models import Subquery


class CountedPaginator(Paginator):
    """A paginator told its count up front: the job list gets it from the same query as
    the facet counts, so paginating costs no extra COUNT."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


class FeaturedFirst(Sequence):
    """The results of a search as one sequence: jobs featured now, then all the others,
    each part in the chosen order.

    A slice reads only the part or parts it spans, each through an id-only subquery that
    PostgreSQL answers from a covering index however deep the page, before the page's
    twenty rows are read in full.
    """

    def __init__(self, featured, others, featured_count, total):
        self.featured, self.others = featured, others
        self.featured_count, self.total = featured_count, total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("FeaturedFirst supports slices only.")
        start, stop = index.start or 0, min(index.stop or self.total, self.total)
        split = self.featured_count
        items = []
        if start < split:
            items += window(self.featured, start, min(stop, split))
        if stop > split:
            items += window(self.others, max(start - split, 0), stop - split)
        return items


def window(queryset, start, stop):
    """Return rows start to stop of an ordered queryset: the ids are picked first (from an
    index alone where one covers the filters), then only those rows are read in full."""
    ids = queryset.values("pk")[start:stop]
    return list(queryset.filter(pk__in=Subquery(ids)))
