/// The documents `medkb documents` lists.
public struct DocumentList: Sendable {
    public let documents: [DocumentRecord]

    public init(_ documents: [DocumentRecord]) { self.documents = documents }

    static let header = ["id", "kind", "language", "title", "source", "date", "imported"]

    var rows: [[String]] {
        documents.map { [String($0.id.prefix(12)), $0.kind, $0.language, $0.title ?? "", $0.source, $0.statedDate ?? "", String($0.importedAt.prefix(10))] }
    }

    public var text: String { text(.english) }

    /// The table with its column heads in the labels' words.
    public func text(_ labels: ReportLabels) -> String {
        guard !documents.isEmpty else { return labels["no_documents"] }
        let shown = rows.map { row in row.enumerated().map { $0 == 3 ? ProductList.clipped($1, to: 50) : $1 } }
        let heads = ["column_id", "column_document_kind", "column_language", "column_title", "column_source", "column_date", "column_imported"]
        return TextLayout.table([heads.map { labels[$0] }] + shown) + "\n" + labels.count(documents.count, "document_count")
    }

    public var csv: String {
        CSVTable.text(header: Self.header, rows: documents.map { document in
            [document.id, document.kind, document.language, document.title ?? "", document.source, document.statedDate ?? "", document.importedAt]
        })
    }

    public var json: JSONValue {
        .object([("schema", .string("medkb-documents/1")), ("documents", .array(documents.map { document in
            .object([("id", .string(document.id)), ("kind", .string(document.kind)), ("language", .string(document.language)),
                     ("title", .optional(document.title)), ("source", .string(document.source)),
                     ("stated_date", .optional(document.statedDate)), ("imported_at", .string(document.importedAt))])
        }))])
    }
}
