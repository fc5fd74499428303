// cairo's PDF surface: the tests write their own PDFs (tables laid out in columns,
// pages without text) to read them back through poppler.
#include <cairo.h>
#include <cairo-pdf.h>
