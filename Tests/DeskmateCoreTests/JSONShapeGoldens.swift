/// The exact text each documented JSON shape prints for the fixed input of
/// `JSONShapeGoldenTests`, recorded from the shapes as they were before they
/// were gathered in `DeskmateCore/JSON`. Change one only with the README.
/// One deliberate change since: `followups --json` wrote no `patron` key for
/// an anonymous follow-up; it now writes `"patron" : null`, as the README
/// always said (a key added, none renamed or removed). Branches (issue 11)
/// added `branch` to encounters and shifts, and `branch` and `byBranch` to
/// the summary. And `log --json` gained `held`, `clientId` and `waiting`
/// beside the Encounter's keys (the outbox), whose `id` is null only for an
/// encounter held there.
enum JSONShapeGoldens {
    static let texts: [String: String] = [
        "encounterWithChanges": #"""
            {
              "arrived" : "2026-11-17T09:00:00Z",
              "branch" : "Main library",
              "changes" : [
                {
                  "at" : "2026-11-17T09:15:00Z",
                  "fields" : [
                    {
                      "from" : "policy",
                      "name" : "kind",
                      "to" : "reference"
                    },
                    {
                      "from" : null,
                      "name" : "note",
                      "to" : null
                    }
                  ],
                  "staff" : "AK"
                }
              ],
              "closed" : "2026-11-17T09:10:30Z",
              "desk" : "Main desk",
              "followUp" : {
                "due" : "2026-11-18",
                "encounterId" : 9,
                "id" : 5,
                "kept" : true,
                "keptAt" : "2026-11-17T10:00:00Z",
                "promise" : "call back"
              },
              "id" : 9,
              "kind" : "reference",
              "mode" : "phone",
              "note" : "ILL \u202erequest",
              "patronId" : 1,
              "read" : 3,
              "served" : "2026-11-17T09:00:30Z",
              "serviceSeconds" : 600,
              "staff" : "JB",
              "waitSeconds" : 30
            }
            """#,
        "encounterUncorrected": #"""
            {
              "arrived" : "2026-11-17T09:00:00Z",
              "branch" : "Main library",
              "changes" : [

              ],
              "closed" : null,
              "desk" : "Main desk",
              "followUp" : null,
              "id" : 10,
              "kind" : "directional",
              "mode" : "in-person",
              "note" : "",
              "patronId" : null,
              "read" : null,
              "served" : null,
              "serviceSeconds" : null,
              "staff" : "JB",
              "waitSeconds" : null
            }
            """#,
        "card": #"""
            {
              "patron" : {
                "created" : "2026-11-17T09:00:00Z",
                "id" : 2,
                "lastSeen" : null,
                "name" : "Zoë Ångström",
                "notes" : null,
                "preferredName" : null,
                "pronunciation" : null,
                "visitCount" : 0
              },
              "recent" : [
                {
                  "arrived" : "2026-11-17T09:00:00Z",
                  "branch" : "Main library",
                  "closed" : null,
                  "desk" : "Main desk",
                  "followUp" : null,
                  "id" : 10,
                  "kind" : "directional",
                  "mode" : "in-person",
                  "note" : "",
                  "patronId" : null,
                  "read" : null,
                  "served" : null,
                  "serviceSeconds" : null,
                  "staff" : "JB",
                  "waitSeconds" : null
                }
              ]
            }
            """#,
        "noteHits": #"""
            [
              {
                "arrived" : "2026-11-17T09:00:00Z",
                "branch" : "Main library",
                "desk" : "Main desk",
                "encounterId" : 9,
                "kind" : "reference",
                "mode" : "phone",
                "note" : "ILL \u202erequest"
              },
              {
                "arrived" : "2026-11-17T09:00:00Z",
                "branch" : "Main library",
                "desk" : "Main desk",
                "encounterId" : 10,
                "kind" : "directional",
                "mode" : "in-person",
                "note" : ""
              }
            ]
            """#,
        "encounterBareList": #"""
            [
              {
                "arrived" : "2026-11-17T09:00:00Z",
                "branch" : "Main library",
                "closed" : null,
                "desk" : "Main desk",
                "followUp" : null,
                "id" : 10,
                "kind" : "directional",
                "mode" : "in-person",
                "note" : "",
                "patronId" : null,
                "read" : null,
                "served" : null,
                "serviceSeconds" : null,
                "staff" : "JB",
                "waitSeconds" : null
              }
            ]
            """#,
        "encounterFull": #"""
            {
              "arrived" : "2026-11-17T09:00:00Z",
              "branch" : "Main library",
              "closed" : "2026-11-17T09:10:30Z",
              "desk" : "Main desk",
              "followUp" : {
                "due" : "2026-11-18",
                "encounterId" : 9,
                "id" : 5,
                "kept" : true,
                "keptAt" : "2026-11-17T10:00:00Z",
                "promise" : "call back"
              },
              "id" : 9,
              "kind" : "reference",
              "mode" : "phone",
              "note" : "ILL \u202erequest",
              "patronId" : 1,
              "read" : 3,
              "served" : "2026-11-17T09:00:30Z",
              "serviceSeconds" : 600,
              "staff" : "JB",
              "waitSeconds" : 30
            }
            """#,
        "followUpKept": #"""
            {
              "due" : "2026-11-18",
              "encounterId" : 9,
              "id" : 5,
              "kept" : true,
              "keptAt" : "2026-11-17T10:00:00Z",
              "promise" : "call back"
            }
            """#,
        "followUpOpen": #"""
            {
              "due" : null,
              "encounterId" : 10,
              "id" : 6,
              "kept" : false,
              "keptAt" : null,
              "promise" : "find the map"
            }
            """#,
        "followUps": #"""
            [
              {
                "encounter" : {
                  "arrived" : "2026-11-17T09:00:00Z",
                  "branch" : "Main library",
                  "closed" : null,
                  "desk" : "Main desk",
                  "followUp" : null,
                  "id" : 10,
                  "kind" : "directional",
                  "mode" : "in-person",
                  "note" : "",
                  "patronId" : null,
                  "read" : null,
                  "served" : null,
                  "serviceSeconds" : null,
                  "staff" : "JB",
                  "waitSeconds" : null
                },
                "followUp" : {
                  "due" : null,
                  "encounterId" : 10,
                  "id" : 6,
                  "kept" : false,
                  "keptAt" : null,
                  "promise" : "find the map"
                },
                "patron" : null
              },
              {
                "encounter" : {
                  "arrived" : "2026-11-17T09:00:00Z",
                  "branch" : "Main library",
                  "closed" : "2026-11-17T09:10:30Z",
                  "desk" : "Main desk",
                  "followUp" : {
                    "due" : "2026-11-18",
                    "encounterId" : 9,
                    "id" : 5,
                    "kept" : true,
                    "keptAt" : "2026-11-17T10:00:00Z",
                    "promise" : "call back"
                  },
                  "id" : 9,
                  "kind" : "reference",
                  "mode" : "phone",
                  "note" : "ILL \u202erequest",
                  "patronId" : 1,
                  "read" : 3,
                  "served" : "2026-11-17T09:00:30Z",
                  "serviceSeconds" : 600,
                  "staff" : "JB",
                  "waitSeconds" : 30
                },
                "followUp" : {
                  "due" : "2026-11-18",
                  "encounterId" : 9,
                  "id" : 5,
                  "kept" : true,
                  "keptAt" : "2026-11-17T10:00:00Z",
                  "promise" : "call back"
                },
                "patron" : {
                  "created" : "2026-11-17T09:00:00Z",
                  "id" : 2,
                  "lastSeen" : null,
                  "name" : "Zoë Ångström",
                  "notes" : null,
                  "preferredName" : null,
                  "pronunciation" : null,
                  "visitCount" : 0
                }
              }
            ]
            """#,
        "lookup": #"""
            [
              {
                "id" : 1,
                "lastEncounter" : {
                  "arrived" : "2026-11-17T09:00:00Z",
                  "branch" : "Main library",
                  "closed" : null,
                  "desk" : "Main desk",
                  "followUp" : null,
                  "id" : 10,
                  "kind" : "directional",
                  "mode" : "in-person",
                  "note" : "",
                  "patronId" : null,
                  "read" : null,
                  "served" : null,
                  "serviceSeconds" : null,
                  "staff" : "JB",
                  "waitSeconds" : null
                },
                "lastSeen" : "2026-11-17T09:00:00Z",
                "match" : {
                  "kind" : "nickname",
                  "words" : [
                    "catherine"
                  ]
                },
                "name" : "Catherine Okafor",
                "preferredName" : "Kate",
                "pronunciation" : "oh-KAH-for",
                "visitCount" : 3
              },
              {
                "id" : 2,
                "lastEncounter" : null,
                "lastSeen" : null,
                "match" : {
                  "kind" : "typo",
                  "words" : [
                    "zoe"
                  ]
                },
                "name" : "Zoë Ångström",
                "preferredName" : null,
                "pronunciation" : null,
                "visitCount" : 0
              }
            ]
            """#,
        "patronBare": #"""
            {
              "created" : "2026-11-17T09:00:00Z",
              "id" : 2,
              "lastSeen" : null,
              "name" : "Zoë Ångström",
              "notes" : null,
              "preferredName" : null,
              "pronunciation" : null,
              "visitCount" : 0
            }
            """#,
        "patronFull": #"""
            {
              "created" : "2026-11-16T09:00:00Z",
              "id" : 1,
              "lastSeen" : "2026-11-17T09:00:00Z",
              "name" : "Catherine Okafor",
              "notes" : "Large print",
              "preferredName" : "Kate",
              "pronunciation" : "oh-KAH-for",
              "visitCount" : 3
            }
            """#,
        "promptClosing": #"""
            {
              "attribution" : "Steve Backs",
              "because" : "refusing",
              "closing" : "Is there anything else?",
              "number" : 17,
              "text" : "Say what you can do."
            }
            """#,
        "promptPlain": #"""
            {
              "attribution" : "Steve Backs",
              "because" : null,
              "closing" : null,
              "number" : 3,
              "text" : "Smile."
            }
            """#,
        "shiftEnded": #"""
            {
              "branch" : "Main library",
              "desk" : "Main desk",
              "ended" : "2026-11-17T17:00:00Z",
              "id" : 4,
              "staff" : "JB",
              "started" : "2026-11-17T09:00:00Z"
            }
            """#,
        "shiftOpen": #"""
            {
              "branch" : "Main library",
              "desk" : "Main desk",
              "ended" : null,
              "id" : 4,
              "staff" : "JB",
              "started" : "2026-11-17T09:00:00Z"
            }
            """#,
        "summary": #"""
            {
              "anonymous" : 1,
              "branch" : null,
              "byBranch" : {
                "Main library" : 3
              },
              "byDesk" : {
                "Main desk" : 3
              },
              "byHour" : [
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                2,
                1,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0
              ],
              "byKind" : {
                "complaint" : 1,
                "directional" : 1,
                "reference" : 1
              },
              "byMode" : {
                "in-person" : 2,
                "phone" : 1
              },
              "byRead" : {
                "2" : 1,
                "3" : 1
              },
              "complaints" : [
                {
                  "arrived" : "2026-11-17T10:00:00Z",
                  "note" : "printer ate a chapter"
                }
              ],
              "desk" : "Main desk",
              "encounters" : 3,
              "followUps" : {
                "kept" : 1,
                "open" : 1,
                "overdue" : 0,
                "promised" : 2
              },
              "from" : "2026-11-17T09:00:00Z",
              "goals" : {
                "acknowledgeSeconds" : 60,
                "serviceSeconds" : 300
              },
              "patrons" : {
                "new" : 1,
                "returning" : 1
              },
              "scorecard" : {
                "memorable" : 0.5,
                "personalized" : 0.6666666666666666,
                "reliable" : null,
                "timely" : 0
              },
              "service" : {
                "count" : 2,
                "max" : 600,
                "median" : 390,
                "p90" : 558,
                "withinGoal" : 0.5
              },
              "staff" : null,
              "suggestions" : [

              ],
              "to" : "2026-11-17T13:00:00Z",
              "wait" : {
                "count" : 2,
                "max" : 120,
                "median" : 75,
                "p90" : 111,
                "withinGoal" : 0.5
              },
              "withPatron" : 2,
              "withinGoal" : 0
            }
            """#,
        "summaryEmpty": #"""
            {
              "anonymous" : 0,
              "branch" : null,
              "byBranch" : {

              },
              "byDesk" : {

              },
              "byHour" : [
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0
              ],
              "byKind" : {

              },
              "byMode" : {

              },
              "byRead" : {

              },
              "complaints" : [

              ],
              "desk" : null,
              "encounters" : 0,
              "followUps" : {
                "kept" : 0,
                "open" : 0,
                "overdue" : 0,
                "promised" : 0
              },
              "from" : "2026-11-17T09:00:00Z",
              "goals" : {
                "acknowledgeSeconds" : 60,
                "serviceSeconds" : 300
              },
              "patrons" : {
                "new" : 0,
                "returning" : 0
              },
              "scorecard" : {
                "memorable" : null,
                "personalized" : null,
                "reliable" : null,
                "timely" : null
              },
              "service" : {
                "count" : 0,
                "max" : null,
                "median" : null,
                "p90" : null,
                "withinGoal" : null
              },
              "staff" : null,
              "suggestions" : [

              ],
              "to" : "2026-11-17T09:00:00Z",
              "wait" : {
                "count" : 0,
                "max" : null,
                "median" : null,
                "p90" : null,
                "withinGoal" : null
              },
              "withPatron" : 0,
              "withinGoal" : null
            }
            """#,
        "loggedStored": #"""
            {
              "arrived" : "2026-11-17T09:00:00Z",
              "branch" : "Main library",
              "clientId" : "6f9619ff-8b86-d011-b42d-00c04fc964ff",
              "closed" : "2026-11-17T09:10:30Z",
              "desk" : "Main desk",
              "followUp" : {
                "due" : "2026-11-18",
                "encounterId" : 9,
                "id" : 5,
                "kept" : true,
                "keptAt" : "2026-11-17T10:00:00Z",
                "promise" : "call back"
              },
              "held" : false,
              "id" : 9,
              "kind" : "reference",
              "mode" : "phone",
              "note" : "ILL \u202erequest",
              "patronId" : 1,
              "read" : 3,
              "served" : "2026-11-17T09:00:30Z",
              "serviceSeconds" : 600,
              "staff" : "JB",
              "waitSeconds" : 30,
              "waiting" : 0
            }
            """#,
        "loggedHeld": #"""
            {
              "arrived" : "2026-11-17T09:00:00Z",
              "branch" : "Main library",
              "clientId" : "6f9619ff-8b86-d011-b42d-00c04fc964ff",
              "closed" : "2026-11-17T09:10:30Z",
              "desk" : "Main desk",
              "followUp" : {
                "due" : "2026-11-18",
                "encounterId" : null,
                "id" : null,
                "kept" : false,
                "keptAt" : null,
                "promise" : "call back"
              },
              "held" : true,
              "id" : null,
              "kind" : "reference",
              "mode" : "phone",
              "note" : "ILL request",
              "patronId" : 1,
              "read" : 3,
              "served" : "2026-11-17T09:00:30Z",
              "serviceSeconds" : 600,
              "staff" : "JB",
              "waitSeconds" : 30,
              "waiting" : 2
            }
            """#,
        "loggedFile": #"""
            {
              "arrived" : "2026-11-17T09:00:00Z",
              "branch" : "Main library",
              "clientId" : null,
              "closed" : null,
              "desk" : "Main desk",
              "followUp" : null,
              "held" : false,
              "id" : 10,
              "kind" : "directional",
              "mode" : "in-person",
              "note" : "",
              "patronId" : null,
              "read" : null,
              "served" : null,
              "serviceSeconds" : null,
              "staff" : "JB",
              "waitSeconds" : null,
              "waiting" : 0
            }
            """#,
        "syncStillWaiting": #"""
            {
              "error" : "The connection to the PostgreSQL server at db:5432 was lost.",
              "sent" : 2,
              "waiting" : 3,
              "withoutPatron" : 1
            }
            """#,
        "syncAllSent": #"""
            {
              "error" : null,
              "sent" : 5,
              "waiting" : 0,
              "withoutPatron" : 0
            }
            """#,
    ]
}
