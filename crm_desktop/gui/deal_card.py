"""A deal on the pipeline board, drawn as a card: its title, its value and when it is
expected to close (in red once that date has passed), and who it is with. Every card
has the same height and each line is cut short with "…" when it does not fit (the
whole deal is in its tooltip), so a column of 200 cards is laid out at once and no
card is clipped by a wrapped line."""

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

#: The item role holding a card's lines (see :func:`card_lines`); a plain item
#: (a column's "… and N smaller") has none and is drawn as muted text.
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

PAD = 8  # inside the card
GAP = 2  # between lines
MARGIN = 3  # around the card
BORDER, BORDER_HOVER, SELECTED = QColor("#e3e6eb"), QColor("#c3cad4"), QColor("#2563eb")
CARD, CARD_SELECTED = QColor("#ffffff"), QColor("#eff6ff")
TEXT, MUTED, OVERDUE = QColor("#111827"), QColor("#6b7280"), QColor("#b91c1c")


def card_lines(title: str, value: str, closing: str, who: str, is_open: bool,
               today: str) -> tuple[str, str, str, str, bool]:
    """A card's lines; the expected close only while the deal is open, and whether that
    date is past (drawn in red: a deal to chase)."""
    closing = closing if is_open else ""
    return title, value, f"closes {closing}" if closing else "", who, bool(
        closing and closing < today)


class DealCardDelegate(QStyledItemDelegate):
    def _fonts(self, option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold, option.font

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        bold, plain = self._fonts(option)
        height = QFontMetrics(bold).height() + 2 * QFontMetrics(plain).height()
        # Narrow: a list of one column stretches its items to its width.
        return QSize(120, height + 2 * GAP + 2 * (PAD + MARGIN))

    def paint(self, painter: QPainter, option, index) -> None:
        lines = index.data(CARD_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if not lines:
            painter.setPen(MUTED)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             index.data(Qt.ItemDataRole.DisplayRole))
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        edge = SELECTED if selected else BORDER_HOVER if hover else BORDER
        painter.setPen(QPen(edge, 2 if selected else 1))
        painter.setBrush(CARD_SELECTED if selected else CARD)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        title, value, closing, who, overdue = lines
        bold, plain = self._fonts(option)
        inner = box.adjusted(PAD, PAD, -PAD, -PAD)
        y = inner.top()
        for text, font, color, right in ((title, bold, TEXT, ""), (value, plain, TEXT, closing),
                                         (who, plain, MUTED, "")):
            metrics = QFontMetrics(font)
            line = QRect(inner.left(), y, inner.width(), metrics.height())
            painter.setFont(font)
            if right:  # "closes …" at the right, muted; the value keeps what is left
                painter.setPen(OVERDUE if overdue else MUTED)
                painter.drawText(line, Qt.AlignmentFlag.AlignRight, right)
                line.setRight(line.right() - metrics.horizontalAdvance(right) - PAD)
            painter.setPen(color)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width()))
            y += metrics.height() + GAP
        painter.restore()
