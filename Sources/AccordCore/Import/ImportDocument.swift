import Foundation
import Yams

/// A parsed import file (the YAML format of `sample-data/`, see docs/FORMAT.md):
/// its items in file order, each with the line it came from.
public struct ImportDocument: Sendable {
    public let file: String
    public private(set) var categories: [Category] = []
    public private(set) var partners: [Partner] = []
    public private(set) var agreements: [Agreement] = []
    public private(set) var commitments: [Commitment] = []
    public private(set) var actions: [Action] = []
    /// The line each id was defined on, to place reference errors.
    public private(set) var lines: [String: Int] = [:]

    /// Parses YAML or JSON text; `file` names it in errors. JSON (a document starting with `{`
    /// or `[`) is read in place by `JSONImportReader`; one that fails on a key without quotes may
    /// be YAML's flow style (`{accord: 1}`): it is read as YAML, and when that fails too the JSON error is given.
    /// `progress` is told, now and then, how many bytes of a JSON file were read.
    public init(text: String, file: String, progress: ((Int) -> Void)? = nil) throws(ImportError) {
        self.file = file
        if let first = text.utf8.first(where: { !" \n\r\t".utf8.contains($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
           first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            let reader = JSONImportReader(bytes: Array(text.utf8), file: file)
            reader.progress = progress
            let root: JSONImportNode
            do {
                root = try reader.root()
            } catch let jsonError {
                guard reader.mayBeYAML, let yaml = try? Yams.compose(yaml: text, .basic) else { throw jsonError }
                try parse(yaml, YAMLNodeReader(file: file))
                return
            }
            try parse(root, reader)
            return
        }
        let root: Node?
        do {
            // Every value is read as the text written (`ImportNodeReader`): the basic resolver
            // spares Yams matching each scalar against its regular expressions (a third of the time).
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw ImportDocument.syntaxError(error, file: file, text: text)
        } catch {
            throw ImportError(file: file, line: 0, key: nil, problem: Phrases.importing.notYAML(["error": "\(error)"]))
        }
        guard let root else { throw ImportError(file: file, line: 0, key: nil, problem: Phrases.importing.empty.text) }
        try parse(root, YAMLNodeReader(file: file))
    }

    private mutating func parse<Reader: ImportNodeReader>(_ root: Reader.Node, _ r: Reader) throws(ImportError) {
        let top = try r.mapping(root, path: "", allowed: ["accord", "categories", "partners", "agreements"])
        if let version = try r.int(top["accord"], path: "accord"), version != 1 {
            throw r.fail(top["accord"], "accord", Phrases.importing.unsupportedVersion(["version": "\(version)"]))
        }
        for (i, node) in try r.sequence(top["categories"], path: "categories").enumerated() {
            let path = "categories[\(i)]"
            let f = try r.mapping(node, path: path, allowed: ["id", "name"])
            let id = try r.id(f, "id", path: path, parent: node)
            try define(id, node, path, r)
            categories.append(Category(id: id, name: try r.requiredText(f, "name", path: path, parent: node)))
        }
        for (i, node) in try r.sequence(top["partners"], path: "partners").enumerated() {
            let path = "partners[\(i)]"
            let f = try r.mapping(node, path: path, allowed: ["id", "name", "short", "kind", "place", "description", "links"])
            let id = try r.id(f, "id", path: path, parent: node)
            try define(id, node, path, r)
            guard let kind = try r.choice(f["kind"], path: "\(path).kind", as: PartnerKind.self) else {
                throw r.fail(node, "\(path).kind", Phrases.importing.missing.text)
            }
            var partner = Partner(id: id, name: try r.requiredText(f, "name", path: path, parent: node),
                                  shortName: try r.text(f["short"], path: "\(path).short") ?? "", kind: kind,
                                  place: try r.text(f["place"], path: "\(path).place") ?? "",
                                  description: try r.text(f["description"], path: "\(path).description") ?? "")
            partner.links = try r.links(f["links"], path: "\(path).links")
            partners.append(partner)
        }
        for (i, node) in try r.sequence(top["agreements"], path: "agreements").enumerated() {
            try parseAgreement(node, path: "agreements[\(i)]", r)
        }
    }

    private mutating func parseAgreement<Reader: ImportNodeReader>(_ node: Reader.Node, path: String, _ r: Reader) throws(ImportError) {
        let f = try r.mapping(node, path: path, allowed: ["id", "title", "signatories", "associates", "signed", "term",
                                                           "status", "summary", "source", "notice", "renewal", "term-start",
                                                           "links", "commitments"])
        let id = try r.id(f, "id", path: path, parent: node)
        try define(id, node, path, r)
        let term = try r.int(f["term"], path: "\(path).term")
        if let term, term < 1 { throw r.fail(f["term"], "\(path).term", Phrases.importing.termTooShort.text) }
        var agreement = Agreement(
            id: id, title: try r.requiredText(f, "title", path: path, parent: node),
            signatories: try r.idList(f["signatories"], path: "\(path).signatories"),
            associates: try r.idList(f["associates"], path: "\(path).associates"),
            signed: try r.day(f["signed"], path: "\(path).signed"), termYears: term,
            status: try r.choice(f["status"], path: "\(path).status", as: AgreementStatus.self) ?? .active,
            summary: try r.text(f["summary"], path: "\(path).summary") ?? "",
            source: try r.text(f["source"], path: "\(path).source") ?? "")
        agreement.noticeMonths = try r.int(f["notice"], path: "\(path).notice")
        agreement.renewalYears = try r.int(f["renewal"], path: "\(path).renewal")
        agreement.termStart = try r.day(f["term-start"], path: "\(path).term-start")
        agreement.links = try r.links(f["links"], path: "\(path).links")
        agreements.append(agreement)
        for (j, child) in try r.sequence(f["commitments"], path: "\(path).commitments").enumerated() {
            try parseCommitment(child, agreementID: id, path: "\(path).commitments[\(j)]", r)
        }
    }

    private mutating func parseCommitment<Reader: ImportNodeReader>(_ node: Reader.Node, agreementID: String, path: String, _ r: Reader) throws(ImportError) {
        let f = try r.mapping(node, path: path, allowed: ["id", "category", "title", "description", "owner", "due", "repeat",
                                                           "links", "actions"])
        let id = try r.id(f, "id", path: path, parent: node)
        try define(id, node, path, r)
        let owner = try r.text(f["owner"], path: "\(path).owner")
        var commitment = Commitment(
            id: id, agreementID: agreementID, categoryID: try r.id(f, "category", path: path, parent: node),
            title: try r.requiredText(f, "title", path: path, parent: node),
            description: try r.text(f["description"], path: "\(path).description") ?? "",
            ownerID: owner?.isEmpty == false ? owner : nil, due: try r.day(f["due"], path: "\(path).due"))
        commitment.repeats = try r.recurrence(f["repeat"], due: commitment.due, path: "\(path).repeat")
        commitment.links = try r.links(f["links"], path: "\(path).links")
        commitments.append(commitment)
        for (k, child) in try r.sequence(f["actions"], path: "\(path).actions").enumerated() {
            let actionPath = "\(path).actions[\(k)]"
            let a = try r.mapping(child, path: actionPath, allowed: ["id", "title", "done", "note", "due", "repeat", "series", "links"])
            let actionID = try r.id(a, "id", path: actionPath, parent: child)
            try define(actionID, child, actionPath, r)
            var action = Action(id: actionID, commitmentID: id,
                                title: try r.requiredText(a, "title", path: actionPath, parent: child),
                                doneOn: try r.day(a["done"], path: "\(actionPath).done"),
                                note: try r.text(a["note"], path: "\(actionPath).note") ?? "",
                                due: try r.day(a["due"], path: "\(actionPath).due"))
            action.repeats = try r.recurrence(a["repeat"], due: action.due, path: "\(actionPath).repeat")
            if action.repeats != nil { (action.doneOn, action.due) = (nil, nil) }   // a series' are its occurrences'
            action.seriesID = try r.text(a["series"], path: "\(actionPath).series").flatMap { $0.isEmpty ? nil : $0 }
            action.links = try r.links(a["links"], path: "\(actionPath).links")
            actions.append(action)
        }
    }

    private mutating func define<Reader: ImportNodeReader>(_ id: String, _ node: Reader.Node, _ path: String, _ r: Reader) throws(ImportError) {
        if let first = lines[id] {
            throw r.fail(node, "\(path).id", Phrases.importing.idUsedOnLine(["id": id, "line": String(first)]))
        }
        lines[id] = r.line(of: node)
    }

    /// `text` (the file's) lets an error found at the end of the stream name the last line
    /// that has text, not the empty one after the final line end.
    package static func syntaxError(_ error: YamlError, file: String, text: String? = nil) -> ImportError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            var (line, column) = (mark.line, mark.column)
            if let text {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let last = lines.count - (text.hasSuffix("\n") ? 1 : 0)
                if line > last, last >= 1 { (line, column) = (last, lines[last - 1].count + 1) }
            }
            return ImportError(file: file, line: line, key: nil, problem: Phrases.importing.syntax(["detail": detail, "column": String(column)]))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ImportError(file: file, line: context.mark.line, key: duplicates.first,
                               problem: Phrases.importing.keyTwice.text)
        default:
            return ImportError(file: file, line: 0, key: nil, problem: Phrases.importing.syntaxAlone(["error": "\(error)"]))
        }
    }
}
