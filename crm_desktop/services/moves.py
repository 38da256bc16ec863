"""Moving many records to or from the trash: progress as it goes, and a Cancel that
rolls the whole move back (the caller's transaction)."""

from collections.abc import Callable

from crm_desktop.errors import UserError

#: (done, total) as a move goes; and whether to stop (then nothing is moved).
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


#: The page cache of a big move: each record leaves (or joins) indexes and the search
#: index at scattered places, which the usual 16 MB reads again and again.
MOVE_CACHE_MB = 256


class MoveCancelled(UserError):
    def __init__(self):
        super().__init__("Cancelled: nothing was moved.")


def stepper(total: int, progress: Progress | None,
            cancelled: Cancelled | None) -> Callable[[int], None]:
    """``step(done)``: stops the move if asked (raising MoveCancelled inside the
    transaction rolls it back), else reports ``done`` of ``total``."""
    def step(done: int) -> None:
        if cancelled and cancelled():
            raise MoveCancelled
        if progress:
            progress(done, total)

    return step
