"""Content lines as iCalendar (RFC 5545) and vCard (RFC 6350) write them: the same text
escaping and the same folding at 75 octets."""


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (CRLF + space), never inside a UTF-8 character."""
    if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
        return line  # most lines: nothing to fold
    out, current, size = [], [], 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out)
