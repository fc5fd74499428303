import CLibXML2
import Foundation

/// libxml2's streaming reader over one XML part: node by node, never a tree of the
/// whole part. A document type declaration is refused outright: workbook parts never
/// have one, and it is how external entities (XXE) and entity bombs get in.
final class XMLPullReader {
    enum Node: Equatable {
        case element
        case endElement
        case text
        case other
    }

    private let reader: xmlTextReaderPtr
    private let buffer: UnsafeMutableRawBufferPointer
    let part: String

    init(_ data: Data, part: String) throws {
        self.part = part
        // The reader keeps pointing into the bytes, so they get a home of their own.
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        _ = buffer.initializeMemory(as: UInt8.self, from: data)
        // No network, no entity substitution, no DTD loading; errors come back as values, not stderr.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForMemory(buffer.baseAddress!.assumingMemoryBound(to: CChar.self),
                                              Int32(data.count), nil, nil, options) else {
            buffer.deallocate()
            throw WorkbookError.malformedXML(part: part, reason: "libxml2 could not start reading it")
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// Moves to the next node; false at the end of the part.
    func next() throws -> Bool {
        let result = xmlTextReaderRead(reader)
        if result == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue) {
                throw WorkbookError.documentTypeDeclaration(part: part)
            }
            return true
        }
        if result == 0 { return false }
        let message = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0) } }
        throw WorkbookError.malformedXML(part: part, reason: message?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? "it is not well-formed")
    }

    var node: Node {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue): .text
        default: .other
        }
    }

    /// The element's name without its namespace prefix.
    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// Whether the current element is `<name/>`, which gets no end-element node.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    var value: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// An attribute of the current element, by local name and, if given, namespace URI.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let raw: UnsafeMutablePointer<xmlChar>? = Self.withXMLString(name) { name in
            guard let namespace else { return xmlTextReaderGetAttribute(reader, name) }
            return Self.withXMLString(namespace) { xmlTextReaderGetAttributeNs(reader, name, $0) }
        }
        guard let raw else { return nil }
        defer { free(raw) }  // libxml2 allocates with malloc unless told otherwise
        return String(cString: raw)
    }

    private static func withXMLString<T>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        string.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body) }
    }
}
