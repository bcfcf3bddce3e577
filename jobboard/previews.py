"""Who sees what the public cannot see yet, on the site itself."""


def may_preview(user, model):
    """Whether ``user`` may see unpublished rows of ``model`` on the site (drafts, and
    rows scheduled for later): staff with the model's view permission, the same users who
    see them in admin. Such pages carry a "Preview" banner, noindex, and are never cached.
    """
    app_label, name = model._meta.app_label, model._meta.model_name
    return user.is_staff and user.has_perm(f"{app_label}.view_{name}")
