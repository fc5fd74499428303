// Snowball's stemmers from the system (Debian: libstemmer-dev; no pkg-config file).
#include <libstemmer.h>
