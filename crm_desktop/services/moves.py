"""Moving many records to or from the trash: progress as it goes, and a Cancel that
rolls the whole move back (the caller's transaction)."""

from collections.abc import Callable
from contextlib import nullcontext

from crm_desktop.errors import UserError
from crm_desktop.store.bulk import big_cache
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import now_iso

#: (done, total) as a move goes; and whether to stop (then nothing is moved).
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


#: The page cache of a big move: each record leaves (or joins) indexes and the search
#: index at scattered places, which the usual 16 MB reads again and again.
MOVE_CACHE_MB = 256


class MoveCancelled(UserError):
    def __init__(self):
        super().__init__("Cancelled: nothing was moved.")


def set_deleted(model, ids: list[int], deleted_at: str | None,
                follow: Callable[[list[int], Callable[[int], None]], None],
                progress: Progress | None, cancelled: Cancelled | None, cache: bool) -> int:
    """Set ``deleted_at`` on the rows ``ids`` of ``model`` (500 at a time), then
    ``follow(ids, done)`` what depends on them (the search index, a company's
    contacts), which reports how many it has done: one transaction, with the bigger
    page cache if ``cache``. Returns how many rows changed."""
    step = _stepper(2 * len(ids), progress, cancelled)  # the rows, then what follows
    with big_cache(db.obj, MOVE_CACHE_MB) if cache else nullcontext(), db.atomic():
        moved = 0
        for start in range(0, len(ids), 500):  # 40,000 at once is too many SQL variables
            step(start)
            moved += (
                model.update(deleted_at=deleted_at, updated_at=now_iso())
                .where(model.id.in_(ids[start : start + 500]))
                .execute()
            )
        follow(ids, lambda done: step(len(ids) + done))
        step(2 * len(ids))
    return moved


def _stepper(total: int, progress: Progress | None,
             cancelled: Cancelled | None) -> Callable[[int], None]:
    """``step(done)``: stops the move if asked (raising MoveCancelled inside the
    transaction rolls it back), else reports ``done`` of ``total``."""
    def step(done: int) -> None:
        if cancelled and cancelled():
            raise MoveCancelled
        if progress:
            progress(done, total)

    return step
