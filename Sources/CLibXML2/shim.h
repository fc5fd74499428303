// libxml2 as medkb uses it: the XML reader (reports are checked to be well-formed XML).
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with Foundation's bundled ICU.
// medkb uses no ICU-specific libxml2 API (nor the encoding handler's ICU fields).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
