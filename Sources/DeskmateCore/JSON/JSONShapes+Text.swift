/// `lookup --json`'s shapes as `JSONText`, key for key what JSONEncoder
/// writes from their `Encodable` conformances (`JSONTextTests` compares the
/// two on random matches, so a field added to a shape and not here fails).
extension JSONShapes.MatchJSON {
    var jsonText: JSONText? {
        .object([
            "id": .integer(id), "name": .string(name),
            "preferredName": .optional(preferredName) { .string($0) },
            "pronunciation": .optional(pronunciation) { .string($0) },
            "lastSeen": .optional(lastSeen) { .date($0) }, "visitCount": .integer(Int64(visitCount)),
            "lastEncounter": .optional(lastEncounter) { $0.jsonText },
            "match": .object(["kind": .string(match.kind), "words": .array(match.words.map { .string($0) })]),
        ])
    }
}

extension JSONShapes.EncounterJSON {
    var jsonText: JSONText? {
        .object([
            "id": .optional(id) { .integer($0) }, "patronId": .optional(patronId) { .integer($0) },
            "desk": .string(desk), "branch": .string(branch), "staff": .string(staff), "mode": .string(mode),
            "kind": .string(kind), "read": .optional(read) { .integer(Int64($0)) }, "arrived": .date(arrived),
            "served": .optional(served) { .date($0) }, "closed": .optional(closed) { .date($0) },
            "waitSeconds": .optional(waitSeconds) { .number($0) },
            "serviceSeconds": .optional(serviceSeconds) { .number($0) },
            "note": .string(note), "followUp": .optional(followUp) { $0.jsonText },
        ])
    }
}

extension JSONShapes.FollowUpJSON {
    var jsonText: JSONText? {
        .object([
            "id": .optional(id) { .integer($0) }, "encounterId": .optional(encounterId) { .integer($0) },
            "promise": .string(promise), "due": .optional(due) { .string($0) }, "kept": .bool(kept),
            "keptAt": .optional(keptAt) { .date($0) },
        ])
    }
}
