"""Atom feeds that stay well-formed whatever editors pasted."""

import re

from django.utils.feedgenerator import Atom1Feed

# Characters XML 1.0 cannot hold at all (control characters, lone surrogates). Text
# pasted from office software carries some, and the feed writer refuses them outright.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """Return strings without characters XML cannot hold; lists element by element."""
    if isinstance(value, str):
        return NOT_XML.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


class SafeAtom1Feed(Atom1Feed):
    def __init__(self, *args, **kwargs):
        super().__init__(*map(xml_safe, args), **{k: xml_safe(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(xml_safe, args), **{k: xml_safe(v) for k, v in kwargs.items()})
