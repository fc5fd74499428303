// libFuzzer's driver, which -sanitize=fuzzer links in (compiler-rt, FuzzerDriver.cpp).
// The harnesses start it from their own `main`: SwiftPM links an executable with `main`
// renamed to `<module>_main`, which replaces libFuzzer's own `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *_Nonnull argc, char *_Nullable *_Nonnull *_Nonnull argv,
                        int (*_Nonnull callback)(const uint8_t *_Nonnull data, size_t size));
