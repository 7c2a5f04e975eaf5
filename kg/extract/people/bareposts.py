"""A bare post before a name ("President Sato") says nothing of whose post it is: when the
document states the same person's post in full and it is no state post ("Kenji Sato, the
president of the X Trade Center", left a Person), the bare form is that post, not a state one.
"""

from __future__ import annotations

from kg.extract.context import DocContext

# Heads a company, an association and a state all have: alone they name no state post.
_SHARED_HEADS = {"president", "vice-president", "chairman", "chairwoman", "chairperson",
                 "director", "director-general", "secretary-general", "secretary general",
                 "vice president", "executive president"}


def private_bare_posts(ctx: DocContext) -> None:
    """Retype as a Person an Official whose titles are only bare shared heads when a Person
    of the document with the same last name holds a stated post with that head."""
    stated: dict[str, list[str]] = {}
    for f in ctx.found:
        if f.cls == "Person" and f.titles:
            stated.setdefault(f.text.split()[-1].lower(), []).extend(
                t.lower() for t in f.titles)
    for f in ctx.found:
        if f.cls != "Official" or not f.titles:
            continue
        heads = {t.lower() for t in f.titles}
        posts = stated.get(f.text.split()[-1].lower(), [])
        if heads <= _SHARED_HEADS and posts and all(
                any(p.startswith(f"{h} of ") or p.startswith(f"{h} at ") for p in posts)
                for h in heads):
            f.cls = "Person"
