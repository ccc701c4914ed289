import TerminalUI

/// Every key, for a newcomer at the desk.
enum HelpView {
    static let sections: [(String, [(String, String)])] = [
        ("When someone comes to the desk", [
            ("n", "someone walked up: their timer starts now"),
            ("p", "the phone rang: a timer for a call"),
            ("↑ ↓", "choose who in the line"),
            ("Enter", "start serving the chosen patron"),
            ("/", "look them up by name (as you hear it)"),
            ("  Enter", "attach the chosen patron and show their card"),
            ("  ^N", "add the typed name as a new patron"),
            ("c", "close: kind, READ level, note, promise — Enter saves"),
            ("t", "tally: a quick anonymous question, then its kind"),
            ("d", "the chosen patron left without being served"),
        ]),
        ("Between patrons", [
            ("f", "mark the first follow-up due as kept"),
            ("s", "this shift's summary"),
            ("  e", "write it as a handover note (no patron names)"),
            ("u", "undo the last save (for a minute)"),
            ("x", "hide the screen until a key is pressed"),
            ("^L", "redraw the screen"),
            ("q", "quit (running timers are kept)"),
            ("Esc", "back"),
        ]),
    ]

    static func draw(in rect: Rect, into buffer: inout CellBuffer) {
        let inner = Border(title: "Keys", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        var y = inner.y
        for (title, keys) in sections {
            guard y < inner.maxY else { return }
            buffer.put(title, x: inner.x + 1, y: y, style: Theme.title, maxWidth: inner.width - 1)
            y += 1
            for (key, text) in keys {
                guard y < inner.maxY else { return }
                buffer.put([Span("  " + key.padded(toDisplayWidth: 9), style: Theme.key), Span(text)],
                           x: inner.x + 1, y: y, maxWidth: inner.width - 1)
                y += 1
            }
        }
    }
}
