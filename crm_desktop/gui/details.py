"""The read-only detail pane: a contact or a company as simple HTML."""

import calendar
import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at start: the window shows no record then
    from crm_desktop.services.accounts import AccountData
    from crm_desktop.services.contacts import ContactData

EMPTY_HTML = "<p style='color:#6b7280'>Select a contact to see the details.</p>"


def _rows(pairs) -> str:
    cells = "".join(
        f"<tr><td style='color:#6b7280;padding:2px 10px 2px 0'>{html.escape(k)}</td>"
        f"<td style='padding:2px 0'>{v}</td></tr>"
        for k, v in pairs if v
    )
    return f"<table>{cells}</table>"


def _address(d) -> str:
    lines = [d.street, " ".join(p for p in (d.postal_code, d.city) if p), d.region, d.country]
    return "<br>".join(html.escape(x) for x in lines if x)


def contact_html(d: "ContactData") -> str:
    e = html.escape
    emails = "<br>".join(
        f"<a href='mailto:{e(v)}'>{e(v)}</a> <span style='color:#9ca3af'>{e(lab)}</span>"
        for lab, v in d.emails
    )
    phones = "<br>".join(
        f"{e(v)} <span style='color:#9ca3af'>{e(lab)}</span>" for lab, v in d.phones
    )
    birthday = ""
    if d.birthday_month:
        birthday = f"{d.birthday_day or ''} {calendar.month_name[d.birthday_month]}"
        birthday += f" {d.birthday_year}" if d.birthday_year else ""
    subtitle = " · ".join(e(x) for x in (d.job_title, d.company) if x)
    return (
        f"<h2 style='margin-bottom:0'>{e(d.display_name)}</h2>"
        f"<p style='color:#4b5563;margin-top:2px'>{subtitle}</p>"
        + _rows([
            ("Status", e(d.status.capitalize())), ("E-mail", emails), ("Phone", phones),
            ("Address", _address(d)), ("Birthday", e(birthday.strip())), ("Tags", e(d.tags)),
            ("Source", e(d.source)),
        ])
        + (f"<h4>Notes</h4><p>{e(d.notes).replace(chr(10), '<br>')}</p>" if d.notes else "")
    )


def account_html(d: "AccountData") -> str:
    e = html.escape
    site = f"<a href='{e(d.website)}'>{e(d.website)}</a>" if d.website else ""
    return (
        f"<h2 style='margin-bottom:0'>{e(d.name)}</h2>"
        f"<p style='color:#4b5563;margin-top:2px'>{e(d.industry)}</p>"
        + _rows([("Website", site), ("Phone", e(d.phone)), ("Address", _address(d)),
                 ("Tags", e(d.tags))])
        + (f"<h4>Notes</h4><p>{e(d.notes).replace(chr(10), '<br>')}</p>" if d.notes else "")
    )


def relationship_html(rel, now) -> str:
    """Last contacted, open follow-ups and purchases (a
    :class:`~crm_desktop.services.relationship.Relationship`) at ``now`` (local, aware)."""
    e = html.escape
    today = now.date()
    if rel.last_contacted is None:
        last = "<span style='color:#b45309'>Never</span>"
    else:
        local = rel.last_contacted.astimezone(now.tzinfo)
        days = (today - local.date()).days
        ago = "today" if days == 0 else "yesterday" if days == 1 else f"{days:,} days ago"
        last = f"{local:%d %b %Y} ({ago})"
    due = []
    for f in rel.followups:
        when = f"{f.due_date:%d %b}" + (f" {f.due_time:%H:%M}" if f.due_time else "")
        style = "color:#b91c1c;font-weight:600" if f.is_overdue(now) else "color:#374151"
        note = e(" ".join(f.note.split()))
        due.append(f"<span style='{style}'>{e(when)}</span> {note}")
    p = rel.purchases
    bought = ""
    if p.count:
        bought = (f"{p.count:,}, last on {p.last.astimezone(now.tzinfo):%d %b %Y}")
    sat = rel.satisfaction
    happy = ""
    if sat.answers:
        arrow = {"up": " ↗ improving", "down": " ↘ falling", "steady": " → steady"}.get(
            sat.trend, "")
        parts = [f"CSAT {sat.csat:.1f} of 5" if sat.csat is not None else "",
                 f"last NPS {sat.last_nps}" if sat.last_nps is not None else ""]
        color = "#b91c1c" if sat.trend == "down" else "#15803d" if sat.trend == "up" else ""
        happy = (" · ".join(p for p in parts if p) + f" ({sat.answers:,} answers)"
                 + (f"<span style='color:{color}'>{arrow}</span>" if arrow else ""))
    return "<h4 style='margin-bottom:2px'>Relationship</h4>" + _rows([
        ("Last contacted", last),
        ("Satisfaction", happy),
        ("Follow-ups", "<br>".join(due) or "<span style='color:#6b7280'>None planned</span>"),
        ("Purchases", bought),
        ("Lifetime value", e(p.lifetime_value()) if p.count else ""),
    ])
