/* Times fazhi_extract from C on a report file: `extract_c REPORT.txt [ITERATIONS]`.
 * Prints the mean time per call and the throughput, to compare with `cargo bench`. */
#define _POSIX_C_SOURCE 199309L
#include "fazhi.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s REPORT.txt [ITERATIONS]\n", argv[0]);
        return 2;
    }
    int iterations = argc > 2 ? atoi(argv[2]) : 2000;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n);
    size_t len = fread(text, 1, (size_t)n, f);
    fclose(f);
    /* warm up: compiles the registry's patterns once */
    for (int i = 0; i < 50; i++) {
        fazhi_report *r = NULL;
        if (fazhi_extract(text, len, &r) != FAZHI_OK) {
            fprintf(stderr, "extract failed: %s\n", fazhi_last_error());
            return 1;
        }
        fazhi_report_free(r);
    }
    double start = now();
    for (int i = 0; i < iterations; i++) {
        fazhi_report *r = NULL;
        fazhi_extract(text, len, &r);
        fazhi_report_free(r);
    }
    double per_call = (now() - start) / iterations;
    printf("fazhi_extract from C: %.1f us per call, %.1f MB/s (%zu bytes, %d calls)\n", per_call * 1e6,
           (double)len / per_call / 1e6, len, iterations);
    free(text);
    return 0;
}
