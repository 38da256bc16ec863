"""The user's own CRM style: a self-assessment over seven areas, kept over time, and a
SMART action plan of goals whose progress is counted from what the app holds.

A goal is Specific (its title and how), Measurable (a target number of something),
Achievable (the user's own "how"), Relevant (linked to an area, usually one of the
lowest rated) and Time-bound (from a start day to a due day). Its progress is counted
from the app's records in that span (feedback recorded, calls, meetings or e-mails
logged, follow-ups done) or ticked by hand.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from crm_desktop.errors import ValidationError
from crm_desktop.services import records
from crm_desktop.services.interactions import utc_text
from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.models import Assessment, AssessmentAnswer, Goal, now_iso

#: area -> (short name, the question asked)
AREAS: dict[str, tuple[str, str]] = {
    "relationships": ("Building relationships", "How do I build relationships with customers?"),
    "listening": ("Listening and communicating", "How well do I listen and communicate?"),
    "extra_mile": ("Going the extra mile", "Do I go the extra mile to meet their needs?"),
    "conflict": ("Handling conflict", "How do I handle conflict and complaints?"),
    "reliability": ("Reliability and trust", "Am I reliable and trustworthy: do I do what I"
                    " promise, when I promise?"),
    "empathy": ("Empathy", "How are my empathy and emotional intelligence?"),
    "seeking_feedback": ("Seeking feedback", "Do I ask for feedback, and act on it?"),
}
RATINGS = {1: "1 – Rarely", 2: "2 – Sometimes", 3: "3 – Often", 4: "4 – Usually",
           5: "5 – Always"}

#: measure -> (label, the SQL that counts it between two UTC instants, or None: by hand)
MEASURES: dict[str, tuple[str, str | None]] = {
    "manual": ("ticked by hand", None),
    "feedback": ("feedback recorded",
                 "SELECT count(*) FROM feedback WHERE deleted_at IS NULL"
                 " AND given_at >= ? AND given_at < ?"),
    "calls": ("calls logged", "SELECT count(*) FROM interaction WHERE deleted_at IS NULL"
              " AND kind = 'call' AND occurred_at >= ? AND occurred_at < ?"),
    "meetings": ("meetings logged", "SELECT count(*) FROM interaction WHERE deleted_at IS NULL"
                 " AND kind = 'meeting' AND occurred_at >= ? AND occurred_at < ?"),
    "emails": ("e-mails logged", "SELECT count(*) FROM interaction WHERE deleted_at IS NULL"
               " AND kind = 'email' AND occurred_at >= ? AND occurred_at < ?"),
    "interactions": ("interactions logged (any kind)",
                     "SELECT count(*) FROM interaction WHERE deleted_at IS NULL"
                     " AND occurred_at >= ? AND occurred_at < ?"),
    "followups_done": ("follow-ups done",
                       "SELECT count(*) FROM followup WHERE deleted_at IS NULL"
                       " AND done_at IS NOT NULL AND done_at >= ? AND done_at < ?"),
}


# --- self-assessments ---------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    rating: int
    note: str = ""


@dataclass(frozen=True)
class AssessmentResult:
    id: int
    taken_on: date
    answers: dict[str, Answer]

    @property
    def average(self) -> float:
        return sum(a.rating for a in self.answers.values()) / len(self.answers)

    def strengths(self, n: int = 2) -> list[str]:
        """The top-rated areas (ties kept in the questions' order)."""
        return self._ranked(reverse=True)[:n]

    def to_improve(self, n: int = 2) -> list[str]:
        """The lowest-rated areas: what a goal should work on."""
        return self._ranked(reverse=False)[:n]

    def _ranked(self, reverse: bool) -> list[str]:
        order = list(AREAS)
        return sorted(self.answers, key=lambda a: (
            -self.answers[a].rating if reverse else self.answers[a].rating, order.index(a)))


def take_assessment(answers: Mapping[str, Answer], taken_on: date | None = None) -> int:
    """Store one self-assessment: every area rated 1-5, each with an optional note."""
    missing = [AREAS[a][0] for a in AREAS if a not in answers]
    if missing:
        raise ValidationError("rating", f"Rate every area; missing: {', '.join(missing)}.")
    unknown = set(answers) - set(AREAS)
    if unknown:
        raise ValidationError("area", f"Unknown areas: {', '.join(sorted(unknown))}.")
    for area, answer in answers.items():
        if not 1 <= answer.rating <= 5:
            raise ValidationError("rating", f"{AREAS[area][0]}: rate it from 1 to 5.")
    with db.atomic():
        aid = Assessment.insert(taken_on=(taken_on or date.today()).isoformat()).execute()
        AssessmentAnswer.insert_many([
            {"assessment": aid, "area": area, "rating": a.rating, "note": a.note.strip()}
            for area, a in answers.items()]).execute()
    return aid


def assessments() -> list[AssessmentResult]:
    """Every live assessment, oldest first (for the chart over time)."""
    out: dict[int, AssessmentResult] = {}
    for aid, taken, area, rating, note in db.execute_sql(
            "SELECT s.id, s.taken_on, a.area, a.rating, a.note FROM assessment s"
            " JOIN assessment_answer a ON a.assessment_id = s.id WHERE s.deleted_at IS NULL"
            " ORDER BY s.taken_on, s.id"):
        result = out.setdefault(aid, AssessmentResult(aid, date.fromisoformat(taken), {}))
        result.answers[area] = Answer(rating, note)
    return list(out.values())


def latest_assessment() -> AssessmentResult | None:
    found = assessments()
    return found[-1] if found else None


def trash_assessments(ids: list[int]) -> int:
    return records.set_deleted("assessment", ids, now_iso())


def restore_assessments(ids: list[int]) -> int:
    return records.set_deleted("assessment", ids, None)


# --- goals --------------------------------------------------------------------------------

@dataclass
class GoalData:
    title: str
    measure: str
    target: int
    starts_on: date
    due_on: date
    area: str | None = None
    how: str = ""


def validate_goal(data: GoalData) -> GoalData:
    clean = replace(data, title=" ".join(data.title.split()), how=data.how.strip())
    if not clean.title:
        raise ValidationError("title", "Say what the goal is, e.g. \"Ask 3 customers for"
                              " feedback\".")
    if clean.measure not in MEASURES:
        raise ValidationError("measure", f"Unknown measure {clean.measure!r}.")
    if not isinstance(clean.target, int) or clean.target < 1:
        raise ValidationError("target", "A goal needs a target of at least 1: that makes it"
                              " measurable.")
    if clean.due_on < clean.starts_on:
        raise ValidationError("due_on", "The due day comes after the start.")
    if clean.area is not None and clean.area not in AREAS:
        raise ValidationError("area", f"Unknown area {clean.area!r}.")
    return clean


def _goal_row(data: GoalData) -> dict:
    return {"title": data.title, "measure": data.measure, "target": data.target,
            "starts_on": data.starts_on.isoformat(), "due_on": data.due_on.isoformat(),
            "area": data.area, "how": data.how}


def create_goal(data: GoalData) -> int:
    return Goal.insert(**_goal_row(validate_goal(data))).execute()


def update_goal(goal_id: int, data: GoalData) -> None:
    Goal.update(**_goal_row(validate_goal(data)), updated_at=now_iso()).where(
        Goal.id == goal_id).execute()


def get_goal(goal_id: int) -> GoalData:
    g = Goal.get_by_id(goal_id)
    return GoalData(g.title, g.measure, g.target, date.fromisoformat(g.starts_on),
                    date.fromisoformat(g.due_on), g.area, g.how)


def tick(goal_id: int, by: int = 1) -> int:
    """Count one more (or ``by``, negative to take back) on a goal ticked by hand."""
    db.execute_sql("UPDATE goal SET manual_count = max(0, manual_count + ?), updated_at = ?"
                   " WHERE id = ?", (by, now_iso(), goal_id))
    return db.execute_sql("SELECT manual_count FROM goal WHERE id = ?", (goal_id,)).fetchone()[0]


def trash_goals(ids: list[int]) -> int:
    return records.set_deleted("goal", ids, now_iso())


def restore_goals(ids: list[int]) -> int:
    return records.set_deleted("goal", ids, None)


@dataclass(frozen=True)
class GoalProgress:
    id: int
    title: str
    area: str | None
    measure: str
    target: int
    starts_on: date
    due_on: date
    how: str
    done: int  # counted so far

    @property
    def complete(self) -> bool:
        return self.done >= self.target

    def overdue(self, today: date) -> bool:
        return not self.complete and self.due_on < today

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.done / self.target))

    def status(self, today: date) -> str:
        if self.complete:
            return "complete"
        if self.due_on < today:
            return "overdue"
        return "in progress" if today >= self.starts_on else "not started"


def _span(starts_on: date, due_on: date) -> tuple[str, str]:
    """The goal's days as UTC text bounds: its start's midnight to the day after its due
    day, where the user is."""
    tz = datetime.now().astimezone().tzinfo
    return (utc_text(datetime.combine(starts_on, time(0), tz)),
            utc_text(datetime.combine(due_on + timedelta(days=1), time(0), tz)))


def progress(goal_id: int | None = None) -> list[GoalProgress]:
    """Live goals with what is counted for each, due first."""
    where = "deleted_at IS NULL" + (" AND id = ?" if goal_id is not None else "")
    out = []
    for gid, title, area, measure, target, starts, due, how, manual in db.execute_sql(
            f"SELECT id, title, area, measure, target, starts_on, due_on, how, manual_count"
            f" FROM goal WHERE {where} ORDER BY due_on, id",
            [goal_id] if goal_id is not None else []):
        starts_on, due_on = date.fromisoformat(starts), date.fromisoformat(due)
        sql = MEASURES[measure][1]
        done = manual if sql is None else db.execute_sql(
            sql, _span(starts_on, due_on)).fetchone()[0]
        out.append(GoalProgress(gid, title, area, measure, target, starts_on, due_on, how,
                                done))
    return out
