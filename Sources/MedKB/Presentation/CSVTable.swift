/// Rows as CSV (RFC 4180): a header row, then one line per row, CRLF between lines (the
/// printer ends the last line); a field
/// with a comma, a quote, a line break or spaces at its ends is quoted, quotes doubled.
/// Spreadsheets and Python's `csv` module read it as it is.
public enum CSVTable {
    public static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n")
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}
