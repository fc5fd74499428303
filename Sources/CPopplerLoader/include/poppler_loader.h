// poppler's GLib interface, loaded when the first PDF is read rather than linked: poppler
// pulls in some forty libraries (cairo, X11, NSS, ...), and linking them made every medkb
// command, a search included, spend 20 ms loading them at start.
//
// The types below are poppler's and GLib's own layouts (poppler-page.h, gerror.h, glist.h),
// declared here so that no poppler header is needed to build.
#ifndef MEDKB_POPPLER_LOADER_H
#define MEDKB_POPPLER_LOADER_H

#include <stddef.h>

typedef struct { double x1, y1, x2, y2; } MedkbPopplerRectangle;
typedef struct { unsigned short red, green, blue; } MedkbPopplerColor;
typedef struct {
    char *font_name;
    double font_size;
    int is_underlined;
    MedkbPopplerColor color;
    int start_index;
    int end_index;
} MedkbPopplerTextAttributes;
typedef struct MedkbGList { void *data; struct MedkbGList *next; struct MedkbGList *prev; } MedkbGList;
typedef struct { unsigned int domain; int code; char *message; } MedkbGError;

/// POPPLER_ERROR_ENCRYPTED in poppler's PopplerError.
enum { MEDKB_POPPLER_ERROR_ENCRYPTED = 1 };

/// Loads libpoppler-glib once; 0 when it is there, else -1 (and medkb_poppler_error says why).
int medkb_poppler_load(void);
const char *medkb_poppler_error(void);

// Each forwards to the poppler or GLib function of the same name; call them only after
// medkb_poppler_load returned 0.
void *medkb_poppler_document_new_from_data(const void *bytes, size_t length, MedkbGError **error);
int medkb_poppler_document_get_n_pages(void *document);
void *medkb_poppler_document_get_page(void *document, int index);
void medkb_poppler_page_get_size(void *page, double *width, double *height);
char *medkb_poppler_page_get_text(void *page);
int medkb_poppler_page_get_text_layout(void *page, MedkbPopplerRectangle **rectangles, unsigned int *count);
MedkbGList *medkb_poppler_page_get_text_attributes(void *page);
void medkb_poppler_page_free_text_attributes(MedkbGList *attributes);
unsigned int medkb_poppler_error_quark(void);
void medkb_g_object_unref(void *object);
void medkb_g_free(void *memory);
void medkb_g_error_free(MedkbGError *error);

#endif
