#include "poppler_loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static struct {
    void *(*g_bytes_new)(const void *, size_t);
    void (*g_bytes_unref)(void *);
    void *(*document_new_from_bytes)(void *, const char *, MedkbGError **);
    int (*document_get_n_pages)(void *);
    void *(*document_get_page)(void *, int);
    void (*page_get_size)(void *, double *, double *);
    char *(*page_get_text)(void *);
    int (*page_get_text_layout)(void *, MedkbPopplerRectangle **, unsigned int *);
    MedkbGList *(*page_get_text_attributes)(void *);
    void (*page_free_text_attributes)(MedkbGList *);
    unsigned int (*error_quark)(void);
    void (*g_object_unref)(void *);
    void (*g_free)(void *);
    void (*g_error_free)(MedkbGError *);
} api;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded = -1;
static char failure[512];

static void load(void) {
    // The versioned name is the runtime package's (Debian: libpoppler-glib8); the plain one the -dev package's.
    const char *names[] = {"libpoppler-glib.so.8", "libpoppler-glib.so", NULL};
    void *handle = NULL;
    for (int i = 0; names[i] && !handle; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        snprintf(failure, sizeof failure, "%s", dlerror());
        return;
    }
#define FIND(field, symbol)                                                             \
    if (!(*(void **)&api.field = dlsym(handle, symbol))) {                              \
        snprintf(failure, sizeof failure, "libpoppler-glib has no %s", symbol);         \
        return;                                                                         \
    }
    FIND(g_bytes_new, "g_bytes_new")
    FIND(g_bytes_unref, "g_bytes_unref")
    FIND(document_new_from_bytes, "poppler_document_new_from_bytes")
    FIND(document_get_n_pages, "poppler_document_get_n_pages")
    FIND(document_get_page, "poppler_document_get_page")
    FIND(page_get_size, "poppler_page_get_size")
    FIND(page_get_text, "poppler_page_get_text")
    FIND(page_get_text_layout, "poppler_page_get_text_layout")
    FIND(page_get_text_attributes, "poppler_page_get_text_attributes")
    FIND(page_free_text_attributes, "poppler_page_free_text_attributes")
    FIND(error_quark, "poppler_error_quark")
    FIND(g_object_unref, "g_object_unref")
    FIND(g_free, "g_free")
    FIND(g_error_free, "g_error_free")
#undef FIND
    loaded = 0;
}

int medkb_poppler_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *medkb_poppler_error(void) { return failure; }

void *medkb_poppler_document_new_from_data(const void *bytes, size_t length, MedkbGError **error) {
    void *data = api.g_bytes_new(bytes, length);
    void *document = api.document_new_from_bytes(data, NULL, error);
    api.g_bytes_unref(data);
    return document;
}

int medkb_poppler_document_get_n_pages(void *document) { return api.document_get_n_pages(document); }
void *medkb_poppler_document_get_page(void *document, int index) { return api.document_get_page(document, index); }
void medkb_poppler_page_get_size(void *page, double *width, double *height) { api.page_get_size(page, width, height); }
char *medkb_poppler_page_get_text(void *page) { return api.page_get_text(page); }
int medkb_poppler_page_get_text_layout(void *page, MedkbPopplerRectangle **rectangles, unsigned int *count) {
    return api.page_get_text_layout(page, rectangles, count);
}
MedkbGList *medkb_poppler_page_get_text_attributes(void *page) { return api.page_get_text_attributes(page); }
void medkb_poppler_page_free_text_attributes(MedkbGList *attributes) { api.page_free_text_attributes(attributes); }
unsigned int medkb_poppler_error_quark(void) { return api.error_quark(); }
void medkb_g_object_unref(void *object) { api.g_object_unref(object); }
void medkb_g_free(void *memory) { api.g_free(memory); }
void medkb_g_error_free(MedkbGError *error) { api.g_error_free(error); }
