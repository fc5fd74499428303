// libxml2 as medkb uses it: the streaming XML reader (workbook parts) and the parser
// (reports are checked to be well-formed XML).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with Foundation's bundled ICU.
// medkb uses no ICU-specific libxml2 API (nor the encoding handler's ICU fields).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
