import Foundation
import GRDB

/// What importing one file did.
public enum ImportOutcome: Sendable, Equatable {
    /// `encoding`: what a text file was read in (nil for a PDF).
    case imported(id: String, kind: DocumentKind, language: String, title: String?, facts: Int, encoding: TextEncoding?)
    case unchanged(id: String)
}

/// One file of `importDocuments` and what became of it.
public struct ImportItem: Sendable {
    public let source: String
    public let outcome: Result<ImportOutcome, any Error>
}

extension KnowledgeBase {
    /// Reads, parses and stores one document in a single transaction: all of it or,
    /// when anything fails, nothing. The same bytes imported again change nothing.
    public func importDocument(_ data: Data, source: String, forcedKind: DocumentKind? = nil,
                               now: Date = Date()) throws -> ImportOutcome {
        let id = DocumentReader.sha256(data)
        if try database.read({ db in try DocumentRecord.exists(db, key: id) }) { return .unchanged(id: id) }
        let parsed = try ParsedDocument(DocumentReader.read(data, source: source, forcedKind: forcedKind))
        let stored = try database.write { db -> Bool in
            // Another process may have stored the same bytes since the check above.
            if try DocumentRecord.exists(db, key: id) { return false }
            let substances = try Self.indexingNewSections(in: db) {
                try store(parsed, importedAt: Self.timestamp(now), in: db)
            }
            // The new facts may tell a biosimilar's candidate references apart.
            if let substances { try inferReferenceProducts(in: db, among: [substances]) }
            return true
        }
        return stored ? parsed.outcome : .unchanged(id: id)
    }

    /// Documents stored in one transaction, parsed ahead of it.
    static let batchDocuments = 128
    /// A batch is cut before it holds more than this many bytes of files, so that memory stays flat.
    static let batchBytes = 16 << 20

    /// Imports many files: read and parsed on all cores, stored a batch per transaction by one
    /// writer, each document in a savepoint of its own (a refused one changes nothing, the others
    /// land). `report` hears of every file, in the order given, as its batch is committed. Work on
    /// the whole base (which reference a biosimilar has) is done once, at the end, for the
    /// medicines the import touched, and those left by an import that was stopped.
    public func importDocuments(_ sources: [String], forcedKind: DocumentKind? = nil, now: Date = Date(),
                                report: (ImportItem) throws -> Void) throws {
        let importedAt = Self.timestamp(now)
        // Bytes already in the base are not read again: one query now, not one per file.
        let known = try database.read { db in try Set(String.fetchAll(db, sql: "SELECT id FROM document")) }
        var touched = Set<Set<String>>()
        let batches = Self.batches(of: sources)
        // While one batch is stored, the next one is read and parsed.
        var pending = Self.prepareAsync(batches.first ?? [], known: known, forcedKind: forcedKind)
        for index in batches.indices {
            let prepared = pending.wait()
            if index + 1 < batches.count {
                pending = Self.prepareAsync(batches[index + 1], known: known, forcedKind: forcedKind)
            }
            let items = try database.write { db in
                var batchTouched = Set<Set<String>>()
                let items = try Self.indexingNewSections(in: db) {
                    try prepared.map { item in try store(item, importedAt: importedAt, touched: &batchTouched, in: db) }
                }
                // Committed with the batch: an import stopped before its end leaves the
                // inference to the next one.
                try Self.markPendingInference(batchTouched.subtracting(touched), in: db)
                touched.formUnion(batchTouched)
                return items
            }
            for item in items { try report(item) }
        }
        try database.write { db in
            let pending = try Self.pendingInference(in: db)
            guard !pending.isEmpty else { return }
            try inferReferenceProducts(in: db, among: pending)
            try db.execute(sql: "DELETE FROM pending_reference_inference")
        }
        checkpointIfIdle()
    }

    /// Sets of active substances whose biosimilars' references are to be inferred again (schema v5).
    static func markPendingInference(_ sets: Set<Set<String>>, in db: Database) throws {
        for set in sets {
            try db.execute(sql: "INSERT OR IGNORE INTO pending_reference_inference (substances) VALUES (?)",
                           arguments: [JSONValue.strings(set.sorted()).serialized()])
        }
    }

    static func pendingInference(in db: Database) throws -> Set<Set<String>> {
        Set(try String.fetchAll(db, sql: "SELECT substances FROM pending_reference_inference").compactMap { text in
            (try? JSONValue.parse(text))?.arrayValue.map { Set($0.compactMap(\.stringValue)) }
        })
    }

    /// A file read and parsed, or why not.
    enum PreparedDocument: @unchecked Sendable {
        case parsed(ParsedDocument)
        case known(source: String, id: String)
        case failed(source: String, error: any Error)
    }

    /// The files cut into batches by count and by size.
    static func batches(of sources: [String]) -> [[String]] {
        var batches: [[String]] = []
        var current: [String] = []
        var bytes = 0
        for source in sources {
            let size = FileStatus.size(atPath: source) ?? 0
            if !current.isEmpty, current.count >= batchDocuments || bytes + size > batchBytes {
                batches.append(current)
                (current, bytes) = ([], 0)
            }
            current.append(source)
            bytes += size
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// A batch read and parsed on all cores, on a queue of its own.
    static func prepareAsync(_ batch: [String], known: Set<String>, forcedKind: DocumentKind?) -> Pending<[PreparedDocument]> {
        Pending {
            batch.concurrentMap { source in
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: source))
                    let id = DocumentReader.sha256(data)
                    if known.contains(id) { return .known(source: source, id: id) }
                    return .parsed(try ParsedDocument(DocumentReader.read(data, source: source, forcedKind: forcedKind)))
                } catch {
                    return .failed(source: source, error: error)
                }
            }
        }
    }

    /// Stores one prepared file in a savepoint of its own.
    func store(_ prepared: PreparedDocument, importedAt: String, touched: inout Set<Set<String>>,
               in db: Database) throws -> ImportItem {
        switch prepared {
        case let .known(source, id):
            return ImportItem(source: source, outcome: .success(.unchanged(id: id)))
        case let .failed(source, error):
            return ImportItem(source: source, outcome: .failure(error))
        case let .parsed(parsed):
            let source = parsed.document.source
            // The same bytes twice in one import: the second is unchanged.
            if try DocumentRecord.exists(db, key: parsed.document.id) {
                return ImportItem(source: source, outcome: .success(.unchanged(id: parsed.document.id)))
            }
            do {
                var substances: Set<String>?
                try db.inSavepoint {
                    substances = try store(parsed, importedAt: importedAt, in: db)
                    return .commit
                }
                if let substances { touched.insert(substances) }
                return ImportItem(source: source, outcome: .success(parsed.outcome))
            } catch let error as DatabaseError where !Self.isDocumentError(error) {
                throw error  // the base itself failed (full disk, I/O): the batch is rolled back
            } catch {
                return ImportItem(source: source, outcome: .failure(error))
            }
        }
    }

    /// A constraint the document broke, as against a failure of the base itself.
    static func isDocumentError(_ error: DatabaseError) -> Bool {
        [.SQLITE_CONSTRAINT, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_RANGE].contains(error.resultCode)
    }

    /// Stores a parsed document; returns the active substances of its product, whose
    /// biosimilars' references may now be inferred otherwise, or nil when it names none.
    func store(_ parsed: ParsedDocument, importedAt: String, in db: Database) throws -> Set<String>? {
        var productIds: [String: Int64] = [:]
        var substances: Set<String>?
        if let productFact = parsed.facts.first(where: { $0.type == .product }) {
            let product = try upsertProduct(from: productFact, of: parsed.document.source, in: db)
            productIds[productFact.string("name")?.lowercased() ?? ""] = product.id
            substances = Set(product.substances)
        }
        try store(parsed.document, title: parsed.title, sections: parsed.sections, facts: parsed.facts,
                  importedAt: importedAt, in: db) { fact in fact.product.flatMap { productIds[$0.lowercased()] } }
        return substances
    }

    /// Stores a document, its sections and its facts, each fact tied to the product `productId` gives.
    func store(_ document: ReadDocument, title: String?, sections: [Section], facts: [Fact], importedAt: String,
               in db: Database, productId: (Fact) -> Int64?) throws {
        try DocumentRecord(id: document.id, source: document.source, kind: document.kind.rawValue,
                           language: document.language, title: title, text: document.text.string,
                           statedDate: document.statedDate, importedAt: importedAt).insert(db, of: document.source)
        for (ordinal, section) in sections.enumerated() {
            try SectionRecord(id: nil, documentId: document.id, ordinal: ordinal,
                              heading: section.heading.map(OverviewContext.oneLine),
                              start: section.range.lowerBound, end: section.range.upperBound,
                              text: document.text.slice(section.range)).insertRow(db, of: document.source)
        }
        let pages = document.geometry?.pageRanges ?? []
        for (page, range) in pages {
            try DocumentPageRecord(documentId: document.id, page: page, start: range.lowerBound, end: range.upperBound)
                .insertRow(db, of: document.source)
        }
        for (ordinal, fact) in facts.enumerated() {
            try FactRecord(id: nil, documentId: document.id, productId: productId(fact), ordinal: ordinal,
                           type: fact.type.rawValue, product: fact.product,
                           fields: JSONValue.object(fact.fields).serialized(), section: fact.evidence.section,
                           quote: fact.evidence.quote, start: fact.evidence.start, end: fact.evidence.end,
                           page: pages.isEmpty ? nil : document.geometry?.page(at: fact.evidence.start)).insertRow(db, of: document.source)
        }
    }

    /// Creates or completes the product a `product` fact describes, and its reference product.
    func upsertProduct(from fact: Fact, of document: String, in db: Database) throws -> ProductRecord {
        guard let name = fact.string("name") else { preconditionFailure("a product fact always has a name") }
        var product = try ProductIdentity.products(named: name, in: db).first ?? ProductRecord(name: name)
        let substances = fact.strings("active_substances")
        if !substances.isEmpty { product.activeSubstances = JSONValue.strings(substances).serialized() }
        if let biosimilar = fact["biosimilar"]?.boolValue { product.biosimilar = biosimilar }
        if let generic = fact["generic"]?.boolValue { product.generic = generic }
        if let referenceName = fact.string("reference_product") {
            var reference = try ProductIdentity.products(named: referenceName, in: db).first
                ?? ProductRecord(name: referenceName, activeSubstances: product.activeSubstances)
            if reference.id == nil { try reference.insert(db, of: document) }
            product.referenceProductId = reference.id
        }
        try product.save(db, of: document)
        return product
    }

    /// ISO 8601 in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension ParsedDocument {
    var outcome: ImportOutcome {
        .imported(id: document.id, kind: document.kind, language: document.language, title: title, facts: facts.count,
                  encoding: document.encoding)
    }
}

/// Work running on a queue of its own, whose result is waited for.
final class Pending<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    func wait() -> Value {
        done.wait()
        return value!
    }
}
