/* C test suite of libfazhi: run as `test_fazhi REPORT.txt`, under valgrind in `make test`.
 * Ends with the line "N passed, M failed" and exits non-zero on any failure. */
#include "fazhi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed = 0, failed = 0;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (cond) {                                                                   \
            passed++;                                                                 \
        } else {                                                                      \
            failed++;                                                                 \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                                             \
    } while (0)

#define CHECK_STATUS(call, want)                                                      \
    do {                                                                              \
        fazhi_status got_ = (call);                                                   \
        if (got_ == (want)) {                                                         \
            passed++;                                                                 \
        } else {                                                                      \
            failed++;                                                                 \
            fprintf(stderr, "%s:%d: %s returned %s, want %s (%s)\n", __FILE__, __LINE__, \
                    #call, fazhi_status_name(got_), fazhi_status_name(want),          \
                    fazhi_last_error() ? fazhi_last_error() : "no message");          \
        }                                                                             \
    } while (0)

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

static void test_fixture(const char *text, size_t len) {
    fazhi_report *r = NULL;
    CHECK_STATUS(fazhi_extract(text, len, &r), FAZHI_OK);
    CHECK(r != NULL);
    if (!r) return;

    CHECK(fazhi_report_fact_count(r) >= 59);
    CHECK(fazhi_report_year(r) == 2024);
    CHECK(fazhi_report_jurisdiction(r) && strcmp(fazhi_report_jurisdiction(r), "朔州市") == 0);

    fazhi_fact f;
    CHECK_STATUS(fazhi_report_find(r, "dispute_resolution.reconsideration.accepted", &f), FAZHI_OK);
    CHECK(strcmp(f.value, "291") == 0);
    CHECK(strcmp(f.unit, "件") == 0);
    CHECK(strcmp(f.qualifier, "exact") == 0);
    CHECK(strcmp(f.kind, "level") == 0);
    CHECK(f.value_f64 == 291.0);
    CHECK(f.end - f.start == 3 && memcmp(text + f.start, "291", 3) == 0);

    CHECK_STATUS(fazhi_report_find(r, "enforcement.fines_and_confiscations", &f), FAZHI_OK);
    CHECK(strcmp(f.value, "243150000") == 0 && strcmp(f.unit, "元") == 0);
    CHECK(strcmp(f.text, "24315万") == 0);
    CHECK(memcmp(text + f.start, f.text, f.end - f.start) == 0);

    CHECK_STATUS(fazhi_report_find(r, "government_services.transactions", &f), FAZHI_OK);
    CHECK(strcmp(f.qualifier, "at_least") == 0 && strcmp(f.value, "30000") == 0);

    /* every fact: borrowed strings present, spans inside the text; its label a slice of the
     * text that does not overlap the figure */
    size_t unknown = 0;
    fazhi_label l;
    for (size_t i = 0; i < fazhi_report_fact_count(r); i++) {
        CHECK_STATUS(fazhi_report_fact(r, i, &f), FAZHI_OK);
        CHECK(f.id && f.value && f.unit && f.qualifier && f.text && f.kind);
        CHECK(f.start < f.end && f.end <= len);
        if (!f.concept) unknown++;
        CHECK_STATUS(fazhi_report_fact_label(r, i, &l), FAZHI_OK);
        CHECK(l.text && l.start < l.end && l.end <= len && l.char_start < l.char_end);
        CHECK(l.end <= f.start || l.start >= f.end);
        CHECK(strlen(l.text) == l.end - l.start && memcmp(text + l.start, l.text, l.end - l.start) == 0);
    }
    CHECK(unknown >= 1); /* 六个方面: a figure of unknown meaning is kept, concept NULL */
    CHECK_STATUS(fazhi_report_find(r, "dispute_resolution.reconsideration.accepted", &f), FAZHI_OK);
    for (size_t i = 0; i < fazhi_report_fact_count(r); i++) {
        fazhi_fact g2;
        CHECK_STATUS(fazhi_report_fact(r, i, &g2), FAZHI_OK);
        if (strcmp(g2.id, f.id) == 0) {
            CHECK_STATUS(fazhi_report_fact_label(r, i, &l), FAZHI_OK);
            CHECK(strcmp(l.text, "受理行政复议") == 0);
        }
    }

    /* findings: the two garbled rates are errors with a suggestion */
    size_t errors = 0;
    fazhi_finding g;
    for (size_t i = 0; i < fazhi_report_finding_count(r); i++) {
        CHECK_STATUS(fazhi_report_finding(r, i, &g), FAZHI_OK);
        CHECK(g.rule && g.severity && g.message && g.facts);
        if (strcmp(g.severity, "error") == 0) {
            errors++;
            CHECK(g.suggestion != NULL);
        }
    }
    CHECK(errors == 2);

    /* JSON round trip */
    char *json = NULL;
    size_t json_len = 0;
    CHECK_STATUS(fazhi_report_to_json(r, &json, &json_len), FAZHI_OK);
    CHECK(json && strlen(json) == json_len);
    fazhi_report *back = NULL;
    CHECK_STATUS(fazhi_report_from_json(json, json_len, &back), FAZHI_OK);
    CHECK(fazhi_report_fact_count(back) == fazhi_report_fact_count(r));
    char *json2 = NULL;
    CHECK_STATUS(fazhi_report_to_json(back, &json2, NULL), FAZHI_OK);
    CHECK(json2 && strcmp(json, json2) == 0);
    fazhi_string_free(json);
    fazhi_string_free(json2);
    fazhi_report_free(back);

    /* caller-given meta wins */
    fazhi_report *with = NULL;
    CHECK_STATUS(fazhi_extract_with(text, len, "某某县", 2023, &with), FAZHI_OK);
    CHECK(fazhi_report_year(with) == 2023 && strcmp(fazhi_report_jurisdiction(with), "某某县") == 0);
    fazhi_report_free(with);

    fazhi_report_free(r);
}

static void test_errors(void) {
    fazhi_report *r = NULL;
    fazhi_report *untouched = (fazhi_report *)0x1;
    fazhi_fact f;
    fazhi_finding g;

    /* NULL arguments */
    CHECK_STATUS(fazhi_extract(NULL, 3, &r), FAZHI_NULL_ARGUMENT);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "text is NULL"));
    CHECK_STATUS(fazhi_extract("abc", 3, NULL), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_from_json(NULL, 0, &r), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_to_json(NULL, NULL, NULL), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_fact(NULL, 0, &f), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_find(NULL, "x", &f), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_finding(NULL, 0, &g), FAZHI_NULL_ARGUMENT);
    CHECK(fazhi_report_fact_count(NULL) == 0);
    CHECK(fazhi_report_finding_count(NULL) == 0);
    CHECK(fazhi_report_jurisdiction(NULL) == NULL);
    CHECK(fazhi_report_year(NULL) == 0);
    fazhi_report_free(NULL);
    fazhi_string_free(NULL);

    /* invalid UTF-8: the message gives the byte offset; the output is not written */
    const char bad[] = "受理\xff\xfe 291件";
    CHECK_STATUS(fazhi_extract(bad, sizeof bad - 1, &untouched), FAZHI_INVALID_UTF8);
    CHECK(untouched == (fazhi_report *)0x1);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "at byte 6"));

    /* empty text */
    CHECK_STATUS(fazhi_extract("  \n", 3, &untouched), FAZHI_INVALID_INPUT);
    CHECK(untouched == (fazhi_report *)0x1);

    /* invalid JSON, with the path */
    const char *js = "{\"meta\": 1}";
    CHECK_STATUS(fazhi_report_from_json(js, strlen(js), &untouched), FAZHI_INVALID_JSON);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "meta"));
    CHECK_STATUS(fazhi_report_from_json("{", 1, &untouched), FAZHI_INVALID_JSON);
    CHECK(untouched == (fazhi_report *)0x1);

    /* not found, out of range */
    const char *t = "全年共受理行政复议291件。";
    CHECK_STATUS(fazhi_extract(t, strlen(t), &r), FAZHI_OK);
    CHECK_STATUS(fazhi_report_find(r, "legal_aid.cases", &f), FAZHI_NOT_FOUND);
    CHECK_STATUS(fazhi_report_find(r, NULL, &f), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_fact(r, 99, &f), FAZHI_INDEX_OUT_OF_RANGE);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "99"));
    fazhi_label l;
    CHECK_STATUS(fazhi_report_fact_label(r, 99, &l), FAZHI_INDEX_OUT_OF_RANGE);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "99"));
    CHECK_STATUS(fazhi_report_fact_label(NULL, 0, &l), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_fact_label(r, 0, NULL), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_finding(r, 0, &g), FAZHI_INDEX_OUT_OF_RANGE);
    CHECK_STATUS(fazhi_report_fact(r, 0, NULL), FAZHI_NULL_ARGUMENT);
    fazhi_report_free(r);

    /* a panic inside becomes a status, never an abort */
    CHECK_STATUS(fazhi_selftest_panic(), FAZHI_INTERNAL_ERROR);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "deliberate panic"));

    CHECK(strcmp(fazhi_status_name(FAZHI_NOT_FOUND), "FAZHI_NOT_FOUND") == 0);
    /* a value outside the enum is safe to name */
    CHECK(strcmp(fazhi_status_name(99), "FAZHI_UNKNOWN_STATUS") == 0);
    CHECK(strcmp(fazhi_status_name(-1), "FAZHI_UNKNOWN_STATUS") == 0);
    CHECK(strlen(fazhi_version()) > 0);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s REPORT.txt\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    char *text = read_file(argv[1], &len);
    if (!text) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    test_fixture(text, len);
    test_errors();
    free(text);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
