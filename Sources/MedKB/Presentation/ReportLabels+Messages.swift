/// An error or message that medkb words in Danish or English; its `description` is the English.
public protocol LocalisedMessage: CustomStringConvertible {
    func message(_ labels: ReportLabels) -> String
}

extension LocalisedMessage {
    public var description: String { message(.english) }
}

/// The commands' messages and errors, in Danish and English.
extension ReportLabels {
    static let messageWords: [String: (en: String, da: String)] = [
        "error": ("Error", "Fejl"),
        // Filters that match nothing (products, changes).
        "no_product_with": ("no product with %1; %2", "intet lægemiddel med %1; %2"),
        "criterion_substance": ("substance %1", "stoffet %1"),
        "criterion_atc": ("ATC code starting %1", "ATC-kode, der begynder med %1"),
        "criterion_an_atc": ("an ATC code starting %1", "en ATC-kode, der begynder med %1"),
        "criterion_status": ("status %1", "status %1"),
        "criterion_reference": ("reference product %1", "referencelægemidlet %1"),
        "criterion_area": ("therapeutic area %1", "terapeutisk område %1"),
        "criterion_atc_prefix": ("ATC %1", "ATC %1"),
        "did_you_mean": ("did you mean %1?", "mente du %1?"),
        "no_close_substance": ("no substance in the base is close to it", "intet stof i basen ligner det"),
        "whole_name": ("the filter takes a whole name: %1", "filteret tager et helt navn: %1"),
        "no_atc": ("no product in the base has an ATC code", "intet lægemiddel i basen har en ATC-kode"),
        "no_close_atc": ("no ATC code in the base starts with one close to it", "ingen ATC-kode i basen begynder med en, der ligner den"),
        "no_status_yet": ("no product has a status yet (statuses come from the EMA catalogue; import its .xlsx export)",
                          "intet lægemiddel har en status endnu (status kommer fra EMA-kataloget; importér dets .xlsx-eksport)"),
        "statuses_in_base": ("the statuses in the base: %1", "statusserne i basen: %1"),
        "no_reference_named": ("no biosimilar or generic of %1 names a reference product",
                               "intet biosimilært eller generisk lægemiddel med %1 nævner et referencelægemiddel"),
        "it": ("it", "det"),
        "references_named": ("the biosimilars and generics of %1 name %2", "de biosimilære og generiske lægemidler med %1 nævner %2"),
        "base_empty": ("the base holds no products yet; import documents first with `medkb import`",
                       "basen har endnu ingen lægemidler; importér først dokumenter med `medkb import`"),
        "no_products_yet": ("No products yet; import documents with `medkb import PATH...`.",
                            "Endnu ingen lægemidler; importér dokumenter med `medkb import STI...`."),
        "no_product_matches_all": ("No product matches all of: %1. Each matches products on its own; leave one out to widen the list.",
                                   "Intet lægemiddel opfylder alle disse: %1. Hver for sig passer de på lægemidler; udelad ét for at få flere med."),
        "no_product_with_side_effect": ("No product in the base has the side effect %1 in its documents.",
                                        "Intet lægemiddel i basen har bivirkningen %1 i sine dokumenter."),
        "at_frequency": ("%1 at frequency %2", "%1 med hyppigheden %2"),
        // Names and documents not found.
        "unknown_product_empty": ("no product named \"%1\"; the base holds no products yet; import documents first with `medkb import`",
                                  "intet lægemiddel hedder \"%1\"; basen har endnu ingen lægemidler; importér først dokumenter med `medkb import`"),
        "unknown_product_none_close": ("no product named \"%1\", nor one close to it; `medkb products` lists them",
                                       "intet lægemiddel hedder \"%1\" eller noget, der ligner; `medkb products` viser dem"),
        "unknown_product_meant": ("no product named \"%1\"; did you mean %2?", "intet lægemiddel hedder \"%1\"; mente du %2?"),
        "ambiguous_product": ("\"%1\" could be %2; give more of the name", "\"%1\" kan være %2; skriv mere af navnet"),
        "unknown_guideline": ("no single guideline matches \"%1\"; %2", "ingen enkelt vejledning passer på \"%1\"; %2"),
        "no_guideline": ("the base holds no guideline; import one first", "basen har ingen vejledning; importér først en"),
        "guidelines_in_base": ("guidelines in the base: %1", "vejledninger i basen: %1"),
        "document_not_about": ("no document \"%1\" about %2", "intet dokument \"%1\" om %2"),
        "its_documents": ("; its documents: %1", "; dets dokumenter: %1"),
        "unknown_document": ("no document with id or source \"%1\"; `medkb export` lists the documents",
                             "intet dokument med id eller kilde \"%1\"; `medkb export` viser dokumenterne"),
        "too_many_words": ("the query has %1 different words; search takes up to %2 (every word must be in a hit, so fewer, rarer words find more)",
                           "søgningen har %1 forskellige ord; search tager op til %2 (hvert ord skal stå i et hit, så færre og sjældnere ord finder mere)"),
        // The base and its files.
        "no_base": ("no knowledge base at %1; import documents first with `medkb import PATH...`, or name the base with --database",
                    "ingen vidensbase i %1; importér først dokumenter med `medkb import STI...`, eller angiv basen med --database"),
        "newer_schema": ("%1 was written by a newer medkb; update medkb, or choose another database with --database",
                         "%1 er skrevet af en nyere medkb; opdatér medkb, eller vælg en anden database med --database"),
        "cannot_open": ("cannot open the database %1: %2", "kan ikke åbne databasen %1: %2"),
        "backup_exists": ("%1 already exists; medkb backup writes a new file only, so name one that does not exist",
                          "%1 findes allerede; medkb backup skriver kun en ny fil, så angiv en, der ikke findes"),
        "backup_failed": ("cannot back up to %1: %2", "kan ikke tage sikkerhedskopi til %1: %2"),
        "backed_up": ("backed up %1 to %2", "sikkerhedskopi af %1 skrevet til %2"),
        "wrote": ("wrote %1", "skrev %1"),
        "could_not_write": ("could not write the output: %1", "kunne ikke skrive output: %1"),
        // Options and commands.
        "no_file_or_folder": ("no file or folder at %1", "ingen fil eller mappe i %1"),
        "frequency_takes": ("--frequency takes one of %1; got %2", "--frequency tager en af %1; fik %2"),
        "frequency_needs_term": ("--frequency goes with --adverse-event TERM", "--frequency hører sammen med --adverse-event TERM"),
        "limit_at_least": ("--limit must be at least 1", "--limit skal være mindst 1"),
        "since_takes": ("--since takes a year, a month or a day: 2019, 2019-06 or 2019-06-01; got %1",
                        "--since tager et år, en måned eller en dag: 2019, 2019-06 eller 2019-06-01; fik %1"),
        "not_a_command": ("'%1' is not a medkb command; %2", "'%1' er ikke en medkb-kommando; %2"),
        "help_lists_commands": ("`medkb --help` lists the commands", "`medkb --help` viser kommandoerne"),
        // changes
        "changes_need_two": ("The base holds %1; changes need two. Import an older or newer export with `medkb import FILE.xlsx`.",
                             "Basen har %1; ændringer kræver to. Importér en ældre eller nyere eksport med `medkb import FIL.xlsx`."),
        "catalogue_export": ("catalogue export|catalogue exports", "katalogeksport|katalogeksporter"),
        "no_export_since": ("No export dated %1 or later has an earlier one to compare with.",
                            "Ingen eksport dateret %1 eller senere har en tidligere at sammenligne med."),
        "no_change_matches": ("No change between the exports matches %1; without the filter, `medkb changes` lists them all.",
                              "Ingen ændring mellem eksporterne passer på %1; uden filteret viser `medkb changes` dem alle."),
        "no_change_matches_in": ("No change in the %2 comparisons matches %1; without the filter, `medkb changes` lists them all.",
                                 "Ingen ændring i de %2 sammenligninger passer på %1; uden filteret viser `medkb changes` dem alle."),
        // documents
        "no_documents": ("No documents; import some with `medkb import PATH...`.", "Ingen dokumenter; importér nogle med `medkb import STI...`."),
        "document_count": ("document|documents", "dokument|dokumenter"),
        "column_id": ("ID", "ID"),
        "column_document_kind": ("KIND", "TYPE"),
        "column_language": ("LANGUAGE", "SPROG"),
        "column_title": ("TITLE", "TITEL"),
        "column_source": ("SOURCE", "KILDE"),
        "column_date": ("DATE", "DATO"),
        "column_imported": ("IMPORTED", "IMPORTERET"),
        // import
        "import_imported": ("imported   %1  (%2)", "importeret %1  (%2)"),
        "import_unchanged": ("unchanged  %1  (already in the base as %2)", "uændret    %1  (findes allerede i basen som %2)"),
        "import_unchanged_catalogue": ("unchanged  %1  (this catalogue export is already in the base as %2)",
                                       "uændret    %1  (denne katalogeksport findes allerede i basen som %2)"),
        "import_refused": ("refused    %1: %2", "afvist     %1: %2"),
        "facts_count": ("fact|facts", "faktum|fakta"),
        "read_as": ("read as %1", "læst som %1"),
        "catalogue_summary": ("EMA medicines catalogue of %1: %2 rows, %3 human, %4 veterinary; %5, %6 indication facts",
                              "EMA-lægemiddelkataloget af %1: %2 rækker, %3 human, %4 veterinær; %5, %6 indikationsfakta"),
        "known_from_documents": ("%1 (%2 of them known from documents)", "%1 (%2 af dem kendt fra dokumenter)"),
        "every_change": ("`medkb changes --since %1` lists every change.", "`medkb changes --since %1` viser alle ændringer."),
        "import_summary": ("imported %1, unchanged %2, refused %3", "importeret %1, uændret %2, afvist %3"),
        "import_rate": ("%1 in %2 (%3 files/s)", "%1 på %2 (%3 filer/s)"),
        "progress_rate": ("%1 files/s", "%1 filer/s"),
        "progress_left": ("about %1 left", "ca. %1 tilbage"),
        "progress_refused": ("%1 refused", "%1 afvist"),
        // import's refusals
        "refused_not_text": ("not a text file (%1); medkb reads UTF-8 or Windows-1252 text, such as text extracted from a PDF",
                             "ikke en tekstfil (%1); medkb læser tekst i UTF-8 eller Windows-1252, fx tekst trukket ud af en PDF"),
        "refused_encoding": ("the text is neither UTF-8 (byte %1 at offset %2 is not) nor Windows-1252 (%3); "
                                 + "convert it to UTF-8 from the encoding it was saved in: `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE-utf8.txt`, "
                                 + "naming that encoding after -f (MACINTOSH, ISO-8859-15, ...)",
                             "teksten er hverken UTF-8 (byte %1 ved position %2 er ikke) eller Windows-1252 (%3); "
                                 + "konvertér den til UTF-8 fra den tegnkodning, den er gemt i: `iconv -f WINDOWS-1252 -t UTF-8 FIL > FIL-utf8.txt`, "
                                 + "med den tegnkodning efter -f (MACINTOSH, ISO-8859-15, ...)"),
        "refused_empty": ("the file holds no text", "filen indeholder ingen tekst"),
        "refused_language": ("the language is neither Danish nor English; medkb reads Danish and English documents",
                             "sproget er hverken dansk eller engelsk; medkb læser danske og engelske dokumenter"),
        "refused_needs_workbook": ("catalogue entries come from the EMA catalogue workbook (.xlsx), not from a text file",
                                   "katalogposter kommer fra EMA-katalogets regneark (.xlsx), ikke fra en tekstfil"),
        "refused_too_large": ("the text is %1 characters; medkb reads documents of up to %2 "
                                  + "(an EPAR overview is about 0.02 M, a whole product information about 0.3 M); split the file",
                              "teksten er på %1 tegn; medkb læser dokumenter på op til %2 "
                                  + "(en EPAR-oversigt er ca. 0.02 M, en hel produktinformation ca. 0.3 M); del filen op"),
        "refused_kind": ("not an EPAR overview or a treatment guideline (%1 text without the EPAR template's "
                             + "headings or a guideline's recommendations); use --kind to force a kind",
                         "hverken en EPAR-oversigt eller en behandlingsvejledning (tekst på %1 uden EPAR-skabelonens "
                             + "overskrifter eller en vejlednings anbefalinger); brug --kind for at vælge typen"),
        "refused_xls": ("%1, not an .xlsx workbook; medkb reads the EMA catalogue as .xlsx: download the export again, "
                            + "or save it from Excel as Excel Workbook (.xlsx)",
                        "%1, ikke et .xlsx-regneark; medkb læser EMA-kataloget som .xlsx: hent eksporten igen, "
                            + "eller gem den fra Excel som Excel-projektmappe (.xlsx)"),
        "refused_office": ("%1, not a text file; medkb reads text and PDF files: save it as Plain Text (.txt, UTF-8) or as PDF, and import that",
                           "%1, ikke en tekstfil; medkb læser tekst- og PDF-filer: gem det som almindelig tekst (.txt, UTF-8) eller som PDF, og importér det"),
        "office_word_binary": ("a Word document (.doc, Word 97–2003)", "et Word-dokument (.doc, Word 97–2003)"),
        "office_word_xml": ("a Word document (.docx)", "et Word-dokument (.docx)"),
        "office_rtf": ("an RTF document (Rich Text Format)", "et RTF-dokument (Rich Text Format)"),
        "office_excel_binary": ("an Excel 97–2003 workbook (.xls)", "en Excel 97–2003-projektmappe (.xls)"),
        "office_other": ("a Microsoft Office 97–2003 file", "en Microsoft Office 97–2003-fil"),
    ]
}
