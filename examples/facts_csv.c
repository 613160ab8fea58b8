/* Prints the facts of a report file as CSV: id,concept,label,value,unit,qualifier,text,start,end
 * (label: the words of the text that say what the figure counts). Reads each fact through the
 * accessor, to show it; `fazhi_report_write(report, FAZHI_FORMAT_CSV, ...)` writes the whole
 * facts table (and FAZHI_FORMAT_SDMX_CSV the SDMX-CSV observations) in one call.
 *
 *   make c-lib
 *   cc -std=c11 -Wall -Itarget/capi/include examples/facts_csv.c \
 *      -Ltarget/capi/lib -lfazhi -Wl,-rpath,$PWD/target/capi/lib -o facts_csv
 *   ./facts_csv examples/data/shuozhou-2024.txt
 */
#include "fazhi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CSV field: quoted, with inner quotes doubled. */
static void field(const char *s) {
    putchar('"');
    for (; s && *s; s++) {
        if (*s == '"') putchar('"');
        putchar(*s);
    }
    putchar('"');
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s REPORT.txt\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(n > 0 ? (size_t)n : 1);
    size_t len = text ? fread(text, 1, (size_t)n, f) : 0;
    fclose(f);

    fazhi_report *report = NULL;
    fazhi_status status = fazhi_extract(text, len, &report);
    free(text);
    if (status != FAZHI_OK) {
        fprintf(stderr, "%s: %s: %s\n", argv[1], fazhi_status_name(status), fazhi_last_error());
        return 1;
    }
    puts("id,concept,label,value,unit,qualifier,text,start,end");
    for (size_t i = 0; i < fazhi_report_fact_count(report); i++) {
        fazhi_fact fact;
        memset(&fact, 0, sizeof fact);
        fact.size = sizeof fact; /* the fields of this header's struct are written */
        if (fazhi_report_fact(report, i, &fact) != FAZHI_OK) continue;
        printf("%s,%s,", fact.id, fact.concept ? fact.concept : "");
        field(fact.label ? fact.label : "");
        printf(",%s,", fact.value);
        field(fact.unit);
        printf(",%s,", fact.qualifier);
        field(fact.text);
        printf(",%zu,%zu\n", fact.start, fact.end);
    }
    fazhi_report_free(report);
    return 0;
}
