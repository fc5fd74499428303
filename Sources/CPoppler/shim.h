// poppler's GLib interface as medkb uses it: open a PDF from memory, read each page's
// text with the position and font of every character.
#include <poppler.h>
