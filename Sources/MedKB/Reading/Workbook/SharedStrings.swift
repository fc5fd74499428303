import Foundation

/// The workbook's shared string table (`xl/sharedStrings.xml`): cells of type "s"
/// hold an index into it.
enum SharedStrings {
    /// Each `<si>`'s text: its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
    static func read(_ data: Data, part: String) throws -> [String] {
        let reader = try XMLPullReader(data, part: part)
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phoneticDepth = 0
        while try reader.next() {
            switch reader.node {
            case .element:
                switch reader.localName {
                case "si": inItem = true; current = ""
                    if reader.isEmptyElement { strings.append(""); inItem = false }
                case "rPh": if !reader.isEmptyElement { phoneticDepth += 1 }
                case "t": inText = !reader.isEmptyElement
                default: break
                }
            case .endElement:
                switch reader.localName {
                case "si": strings.append(current); inItem = false
                case "rPh": phoneticDepth -= 1
                case "t": inText = false
                default: break
                }
            case .text:
                if inItem, inText, phoneticDepth == 0 { current += reader.value }
            case .other:
                break
            }
        }
        return strings
    }
}
