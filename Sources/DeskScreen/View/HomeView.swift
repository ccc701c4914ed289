import DeskmateCore
import Foundation
import TerminalUI

/// The home screen: the waiting line and the patron card on the left; the
/// prompt, today's counts and follow-ups due on the right.
enum HomeView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let rightWidth = min(44, max(30, rect.width * 2 / 5))
        let (left, right) = rect.splitRight(rightWidth)
        let lineHeight = min(max(4, state.timers.count + 3), max(4, left.height / 2))
        let (lineRect, cardRect) = left.splitTop(lineHeight)
        WaitingLineView.draw(state, in: lineRect, into: &buffer)
        PatronCardView.draw(state, in: cardRect, into: &buffer)
        SidePanelView.draw(state, in: right, into: &buffer)
    }
}

enum WaitingLineView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let title = state.timers.isEmpty ? "Waiting line" : "Waiting line · \(state.waiting.count) waiting"
        let inner = Border(title: title, style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        if state.timers.isEmpty {
            let hint = "Nobody waiting. Press n when someone walks up, p when the phone rings."
            _ = Paragraph(hint, style: Theme.dim).draw(in: inner.inset(left: 1), buffer: &buffer)
            return
        }
        var list = ListState(selected: state.selectedTimer)
        list.scrollToSelection(height: inner.height, count: state.timers.count)
        for row in 0..<inner.height {
            let index = list.offset + row
            guard state.timers.indices.contains(index) else { break }
            let timer = state.timers[index]
            let y = inner.y + row
            let isSelected = index == state.selectedTimer
            let elapsed = state.now.timeIntervalSince(timer.served ?? timer.arrived)
            let goal = timer.served == nil ? state.config.goals.acknowledgeSeconds : state.config.goals.serviceSeconds
            let phase = TimerPhase(elapsed: elapsed, goal: goal)
            let name = timer.patronID.flatMap { state.attached[$0]?.greetingName } ?? (timer.served == nil ? "—" : "patron")
            let status = timer.served == nil ? "waiting" : "serving"
            var spans: [Span] = [
                Span(isSelected ? "▶ " : "  ", style: Theme.title),
                Span(ElapsedFormat.clock(elapsed).padded(toDisplayWidth: 7, alignment: .right), style: Theme.timer(phase)),
                Span("  \(status.padded(toDisplayWidth: 8))", style: timer.served == nil ? Theme.plain : Theme.accent),
                Span(timer.mode.label.padded(toDisplayWidth: 8), style: Theme.dim),
                Span(name, style: isSelected ? Theme.title : Theme.plain),
            ]
            if timer.served != nil {
                spans.append(Span("  waited \(ElapsedFormat.clock(timer.served?.timeIntervalSince(timer.arrived) ?? 0))", style: Theme.dim))
            }
            buffer.put(spans, x: inner.x, y: y, maxWidth: inner.width)
        }
    }
}

enum PatronCardView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        guard let card = state.card else {
            let inner = Border(title: "Patron", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
            guard !inner.isEmpty else { return }
            let hint = state.selected == nil
                ? "Press / to look a patron up by name."
                : "Press / to look up who this is, or c to close it as anonymous."
            _ = Paragraph(hint, style: Theme.dim).draw(in: inner.inset(left: 1), buffer: &buffer)
            return
        }
        let p = card.patron
        let inner = Border(title: card.isReturning ? "Returning patron" : "New patron", style: Theme.border,
                           titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        var y = inner.y
        let x = inner.x + 1, w = inner.width - 1
        func line(_ spans: [Span]) {
            guard y < inner.maxY else { return }
            buffer.put(spans, x: x, y: y, maxWidth: w)
            y += 1
        }
        var nameSpans = [Span(p.greetingName, style: Theme.title.foreground(.cyan))]
        if p.preferredName != nil { nameSpans.append(Span("  (\(p.name))", style: Theme.plain)) }
        line(nameSpans)
        if let say = p.pronunciation { line([Span("Say it  ", style: Theme.dim), Span(say, style: Theme.accent)]) }
        if let notes = p.notes {
            for (i, text) in TextWrap.lines(notes, width: max(1, w - 8), maxLines: 2).enumerated() {
                line([Span(i == 0 ? "Notes   " : "        ", style: Theme.dim), Span(text)])
            }
        }
        let visits = p.visitCount == 1 ? "1 visit" : "\(p.visitCount) visits"
        line([Span("Visits  ", style: Theme.dim), Span(visits)])
        if !card.openFollowUps.isEmpty {
            for f in card.openFollowUps.prefix(2) {
                line([Span("Owed    ", style: Theme.amber), Span(f.promise + (f.due.map { " · due \($0)" } ?? ""))])
            }
        }
        if y < inner.maxY - 1 { y += 1 }
        if card.recent.isEmpty {
            line([Span("First visit — welcome them.", style: Theme.dim)])
        } else {
            line([Span(card.recent.count == 1 ? "Last time" : "Recent", style: Theme.dim)])
            // What was asked and promised is the point of the card: two lines
            // each rather than cut off at the edge.
            for e in card.recent {
                let text = EncounterLine.text(e, timeZone: state.config.timeZone, now: state.now)
                for (i, part) in TextWrap.lines(text, width: max(1, w - 2), maxLines: 2).enumerated() {
                    line([Span(i == 0 ? "• " : "  "), Span(part)])
                }
            }
        }
    }
}

enum SidePanelView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let promptHeight = min(rect.height / 2 + 1, 11)
        let (promptRect, rest) = rect.splitTop(promptHeight)
        PromptPanelView.draw(state, in: promptRect, into: &buffer)
        let (todayRect, followRect) = rest.splitTop(min(5, rest.height))
        TodayView.draw(state, in: todayRect, into: &buffer)
        FollowUpsView.draw(state, in: followRect, into: &buffer)
    }
}

enum PromptPanelView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let (prompt, _) = PromptChooser().choose(state.promptMoment)
        let inner = Border(title: "Point \(prompt.number) of 20", style: Theme.border, titleStyle: Theme.title)
            .draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let x = inner.x + 1, w = max(1, inner.width - 1)
        let attribution = "— " + prompt.attribution
        let closing = prompt.closing.map { TextWrap.lines($0, width: w) } ?? []
        let attributionLines = TextWrap.lines(attribution, width: w, maxLines: 3)
        let textRoom = max(1, inner.height - attributionLines.count - closing.count)
        var y = inner.y
        for line in TextWrap.lines(prompt.text, width: w, maxLines: textRoom) {
            buffer.put(line, x: x, y: y, style: Theme.plain.italic, maxWidth: w)
            y += 1
        }
        for line in closing where y < inner.maxY {
            buffer.put(line, x: x, y: y, style: Theme.accent, maxWidth: w)
            y += 1
        }
        for line in attributionLines where y < inner.maxY {
            buffer.put(line, x: x, y: y, style: Theme.dim, maxWidth: w)
            y += 1
        }
    }
}

enum TodayView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let inner = Border(title: "Today", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let t = state.today
        let anonymous = t.encounters - t.withPatron
        let counts = " served · \(t.withPatron) known · \(anonymous) " + (inner.width >= 40 ? "anonymous" : "anon.")
        buffer.put([Span("\(t.encounters)", style: Theme.title), Span(counts)], x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1)
        if inner.height > 1, t.encounters > 0 {
            let share = Int((Double(t.withinGoal) / Double(t.encounters) * 100).rounded())
            buffer.put([Span("\(share)%", style: share >= 80 ? Theme.ok : Theme.amber),
                        Span(" acknowledged within \(ElapsedFormat.clock(Double(state.config.goals.acknowledgeSeconds)))")],
                       x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 1)
        }
    }
}

enum FollowUpsView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let today = DayFormat.string(state.now, timeZone: state.config.timeZone)
        let due = state.followUpsDue
        let inner = Border(title: due.isEmpty ? "Follow-ups" : "Follow-ups due · \(due.count)", style: Theme.border,
                           titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        if due.isEmpty {
            buffer.put("Nothing owed today.", x: inner.x + 1, y: inner.y, style: Theme.dim, maxWidth: inner.width - 1)
            return
        }
        for (i, item) in due.prefix(inner.height).enumerated() {
            let overdue = (item.followUp.due ?? today) < today
            let who = item.patron?.greetingName ?? "anonymous"
            buffer.put([
                Span(overdue ? "overdue " : "today   ", style: overdue ? Theme.red : Theme.amber),
                Span(who + ": ", style: Theme.title), Span(item.followUp.promise),
            ], x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1)
        }
    }
}
