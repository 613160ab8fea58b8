/* C test suite of libfazhi, run under valgrind in `make test` against the shared and the
 * static library:
 *
 *   test_fazhi REPORT.txt FACTS.tsv DOCUMENTS.tsv
 *
 * reads every part of the fixture's report and checks it against the hand-checked tables,
 * writes CSV and SDMX-CSV and checks their rows, builds a report from JSON and validates it,
 * calls the accessors as a program built against an older, smaller struct would, and provokes
 * every status. Ends with the line "N passed, M failed" and exits non-zero on any failure. */
#include "fazhi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* a test entry point, kept out of the public header */
fazhi_status fazhi_selftest_panic(void);

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

/* a struct of the library's, ready for an accessor: its size set */
#define SIZED(type, name) type name; memset(&name, 0, sizeof name); name.size = sizeof name

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

/* the next tab-separated field of a line, NUL-terminated in place */
static char *field(char **cursor) {
    char *start = *cursor;
    char *end = start + strcspn(start, "\t\n\r");
    *cursor = *end ? end + 1 : end;
    *end = '\0';
    return start;
}

static int starts_with(const char *s, const char *prefix) {
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static size_t count_lines(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

/* Every fact of the hand-checked table, found at its code-point span with its concept, value,
 * unit, qualifier and text. */
static void check_facts(fazhi_report *r, char *tsv) {
    size_t n = fazhi_report_fact_count(r), golden = 0, found = 0;
    char *line = strchr(tsv, '\n') + 1; /* past the header */
    while (*line) {
        char *next = strchr(line, '\n');
        if (next) *next = '\0';
        char *cur = line;
        const char *concept = field(&cur), *value = field(&cur), *unit = field(&cur);
        const char *qualifier = field(&cur);
        size_t char_start = strtoul(field(&cur), NULL, 10);
        field(&cur); /* char_end */
        const char *written = field(&cur);
        golden++;
        for (size_t i = 0; i < n; i++) {
            SIZED(fazhi_fact, f);
            CHECK_STATUS(fazhi_report_fact(r, i, &f), FAZHI_OK);
            if (f.char_start != char_start) continue;
            found++;
            CHECK(f.concept && strcmp(f.concept, concept) == 0);
            CHECK(strcmp(f.value, value) == 0);
            CHECK(strcmp(f.unit, unit) == 0);
            CHECK(strcmp(f.qualifier, qualifier) == 0);
            CHECK(strcmp(f.text, written) == 0);
            break;
        }
        if (!next) break;
        line = next + 1;
    }
    CHECK(golden == 59);
    CHECK(found == golden);
}

/* Every document title of the hand-checked table, with its kind. */
static void check_documents(fazhi_report *r, char *tsv) {
    size_t n = fazhi_report_document_count(r), golden = 0, found = 0;
    char *line = strchr(tsv, '\n') + 1;
    while (*line) {
        char *next = strchr(line, '\n');
        if (next) *next = '\0';
        char *cur = line;
        size_t char_start = strtoul(field(&cur), NULL, 10);
        field(&cur);
        const char *title = field(&cur), *kind = field(&cur);
        golden++;
        for (size_t i = 0; i < n; i++) {
            SIZED(fazhi_document, d);
            CHECK_STATUS(fazhi_report_document(r, i, &d), FAZHI_OK);
            if (d.char_start != char_start) continue;
            found++;
            CHECK(strcmp(d.title, title) == 0);
            CHECK(strcmp(d.kind, kind) == 0);
            CHECK(strcmp(d.status, "issued") == 0 || strcmp(d.status, "implemented") == 0 ||
                  strcmp(d.status, "cited") == 0);
            break;
        }
        if (!next) break;
        line = next + 1;
    }
    CHECK(golden == 27 && n == 27);
    CHECK(found == golden);
}

static void test_fixture(const char *text, size_t len, char *facts_tsv, char *documents_tsv) {
    fazhi_report *r = NULL;
    CHECK_STATUS(fazhi_extract(text, len, &r), FAZHI_OK);
    CHECK(r != NULL);
    if (!r) return;

    /* meta */
    SIZED(fazhi_meta, m);
    CHECK_STATUS(fazhi_report_meta(r, &m), FAZHI_OK);
    CHECK(m.jurisdiction && strcmp(m.jurisdiction, "朔州市") == 0);
    CHECK(m.level && strcmp(m.level, "prefecture") == 0);
    CHECK(m.division_code && strcmp(m.division_code, "140600") == 0);
    CHECK(m.year == 2024 && m.published == NULL);
    CHECK(m.division && strcmp(m.division, "朔州市") == 0);
    CHECK(m.division_level && strcmp(m.division_level, "prefecture") == 0);
    CHECK(m.department == NULL && m.reporter_note == NULL);
    CHECK(m.prefecture_code && strcmp(m.prefecture_code, "140600") == 0);
    CHECK(m.province_code && strcmp(m.province_code, "140000") == 0);
    CHECK(fazhi_report_year(r) == 2024);
    CHECK(fazhi_report_jurisdiction(r) && strcmp(fazhi_report_jurisdiction(r), "朔州市") == 0);

    /* the five parts the reporting rules set: the leaders' duties inside the measures, the
       shortfalls without causes */
    SIZED(fazhi_compliance, c);
    CHECK_STATUS(fazhi_report_compliance(r, &c), FAZHI_OK);
    CHECK(c.applies == 1 && c.complete == 1 && c.has_causes == 0);
    CHECK(c.plan_year == 2025 && c.content_year == 2024);
    CHECK(fazhi_report_part_count(r) == 5);
    const char *coverage[5] = {"section", "section", "passage", "section", "missing"};
    for (size_t i = 0; i < fazhi_report_part_count(r); i++) {
        SIZED(fazhi_part_coverage, p);
        CHECK_STATUS(fazhi_report_part(r, i, &p), FAZHI_OK);
        CHECK(p.coverage && strcmp(p.coverage, coverage[i]) == 0);
        if (i == 2) {
            CHECK(p.section && strcmp(p.section, "1.1.1") == 0);
            CHECK(p.start < p.end && p.end <= len && strstr(text + p.start, "第一责任人") != NULL);
        }
    }
    SIZED(fazhi_part_coverage, beyond);
    CHECK_STATUS(fazhi_report_part(r, 5, &beyond), FAZHI_INDEX_OUT_OF_RANGE);
    CHECK_STATUS(fazhi_report_compliance(NULL, &c), FAZHI_NULL_ARGUMENT);

    /* facts: the golden table, then every fact's strings, spans and label */
    check_facts(r, facts_tsv);
    size_t unknown = 0;
    for (size_t i = 0; i < fazhi_report_fact_count(r); i++) {
        SIZED(fazhi_fact, f);
        CHECK_STATUS(fazhi_report_fact(r, i, &f), FAZHI_OK);
        CHECK(f.size == sizeof f);
        CHECK(f.id && f.value && f.unit && f.qualifier && f.text && f.kind);
        CHECK(f.start < f.end && f.end <= len && f.char_start < f.char_end);
        CHECK(memcmp(text + f.start, f.text, f.end - f.start) == 0);
        if (!f.concept) unknown++;
        CHECK(f.label != NULL);
        if (f.label) {
            CHECK(f.label_start < f.label_end && f.label_end <= len);
            CHECK(f.label_end <= f.start || f.label_start >= f.end);
            CHECK(strlen(f.label) == f.label_end - f.label_start);
            CHECK(memcmp(text + f.label_start, f.label, f.label_end - f.label_start) == 0);
        }
    }
    CHECK(unknown >= 1); /* 六个方面: a figure of unknown meaning is kept, concept NULL */
    SIZED(fazhi_fact, f);
    CHECK_STATUS(fazhi_report_find(r, "dispute_resolution.reconsideration.accepted", &f), FAZHI_OK);
    CHECK(strcmp(f.value, "291") == 0 && f.value_f64 == 291.0);
    CHECK(f.label && strcmp(f.label, "受理行政复议") == 0);
    CHECK(f.section && strcmp(f.section, "1.5.1") == 0);
    /* the evidence it was read from: the act and the domain */
    CHECK(f.evidence_act && strcmp(f.evidence_act, "受理") == 0);
    CHECK(f.evidence_domain && strcmp(f.evidence_domain, "reconsideration") == 0);
    CHECK(f.evidence_domain_from && strcmp(f.evidence_domain_from, "clause") == 0);
    CHECK(f.dimension_concept == NULL && f.dimension_axis == NULL);
    CHECK_STATUS(fazhi_report_find(r, "enforcement.fines_and_confiscations", &f), FAZHI_OK);
    CHECK(strcmp(f.value, "243150000") == 0 && strcmp(f.unit, "元") == 0);

    /* documents, problems, plans, outline, not-facts */
    check_documents(r, documents_tsv);
    CHECK(fazhi_report_problem_count(r) == 3 && fazhi_report_plan_count(r) == 5);
    for (size_t i = 0; i < fazhi_report_plan_count(r); i++) {
        SIZED(fazhi_narrative, p);
        CHECK_STATUS(fazhi_report_plan(r, i, &p), FAZHI_OK);
        CHECK(p.text && strlen(p.text) > 0 && p.end <= len);
        CHECK(p.section != NULL);
    }
    SIZED(fazhi_narrative, problem);
    CHECK_STATUS(fazhi_report_problem(r, 0, &problem), FAZHI_OK);
    CHECK(strstr(problem.text, "习近平法治思想") != NULL);
    CHECK(fazhi_report_section_count(r) >= 10);
    SIZED(fazhi_section, s);
    CHECK_STATUS(fazhi_report_section(r, 0, &s), FAZHI_OK);
    CHECK(strcmp(s.id, "1") == 0 && s.level == 1 && strcmp(s.label, "一、") == 0);
    CHECK(strcmp(s.part, "measures") == 0 && strstr(s.title, "主要举措") != NULL);
    CHECK(s.start < s.end && s.body_start <= s.start && s.end <= s.body_end);
    size_t years = 0;
    for (size_t i = 0; i < fazhi_report_not_fact_count(r); i++) {
        SIZED(fazhi_not_fact, nf);
        CHECK_STATUS(fazhi_report_not_fact(r, i, &nf), FAZHI_OK);
        CHECK(memcmp(text + nf.start, nf.text, nf.end - nf.start) == 0);
        years += strcmp(nf.reason, "year") == 0;
    }
    CHECK(years >= 5);

    /* findings: the two garbled rates are errors with a suggestion in % */
    size_t errors = 0;
    for (size_t i = 0; i < fazhi_report_finding_count(r); i++) {
        SIZED(fazhi_finding, g);
        CHECK_STATUS(fazhi_report_finding(r, i, &g), FAZHI_OK);
        CHECK(g.rule && g.severity && g.message && g.facts);
        if (strcmp(g.severity, "error") == 0) {
            errors++;
            CHECK(g.suggestion && g.suggestion_unit && strcmp(g.suggestion_unit, "%") == 0);
            CHECK(g.suggestion_reason != NULL);
        }
    }
    CHECK(errors == 2);

    /* tables: CSV, one row per fact; SDMX-CSV, one observation per fact with a concept */
    char *csv = NULL;
    size_t csv_len = 0;
    CHECK_STATUS(fazhi_report_write(r, FAZHI_FORMAT_CSV, &csv, &csv_len), FAZHI_OK);
    CHECK(csv && strlen(csv) == csv_len);
    CHECK(count_lines(csv) == 1 + fazhi_report_fact_count(r));
    CHECK(starts_with(csv, "file,jurisdiction,level,division_code,division,division_level,department,prefecture_code,province_code,year,fact_id,concept,area,"));
    CHECK(strstr(csv, "\r\n,朔州市,prefecture,140600,朔州市,prefecture,,140600,140000,2024,f1,") != NULL);
    fazhi_string_free(csv);
    char *sdmx = NULL;
    CHECK_STATUS(fazhi_report_write(r, FAZHI_FORMAT_SDMX_CSV, &sdmx, NULL), FAZHI_OK);
    CHECK(count_lines(sdmx) == 1 + fazhi_report_fact_count(r) - unknown);
    CHECK(starts_with(sdmx, "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,INDICATOR,UNIT_MEASURE,OBS_VALUE,"));
    CHECK(strstr(sdmx, "dataflow,FAZHI:LBG_FACTS(0.2),I,140600,2024,dispute_resolution.reconsideration.accepted,件,291,exact,") != NULL);
    fazhi_string_free(sdmx);
    char *unknown_format = (char *)0x1;
    CHECK_STATUS(fazhi_report_write(r, 99, &unknown_format, NULL), FAZHI_INVALID_ARGUMENT);
    CHECK(unknown_format == (char *)0x1);

    /* JSON round trip, and the checks on the report read back */
    char *json = NULL;
    size_t json_len = 0;
    CHECK_STATUS(fazhi_report_write(r, FAZHI_FORMAT_JSON, &json, &json_len), FAZHI_OK);
    fazhi_report *back = NULL, *checked = NULL;
    CHECK_STATUS(fazhi_report_from_json(json, json_len, &back), FAZHI_OK);
    CHECK(fazhi_report_fact_count(back) == fazhi_report_fact_count(r));
    CHECK_STATUS(fazhi_validate(back, &checked), FAZHI_OK);
    CHECK(fazhi_report_finding_count(checked) == fazhi_report_finding_count(r));
    char *json2 = NULL;
    CHECK_STATUS(fazhi_report_to_json(checked, &json2, NULL), FAZHI_OK);
    CHECK(json2 && strcmp(json, json2) == 0);
    fazhi_string_free(json);
    fazhi_string_free(json2);
    fazhi_report_free(back);
    fazhi_report_free(checked);

    /* caller-given meta wins */
    fazhi_report *with = NULL;
    CHECK_STATUS(fazhi_extract_with(text, len, "某某县", 2023, &with), FAZHI_OK);
    CHECK(fazhi_report_year(with) == 2023 && strcmp(fazhi_report_jurisdiction(with), "某某县") == 0);
    SIZED(fazhi_meta, wm);
    CHECK_STATUS(fazhi_report_meta(with, &wm), FAZHI_OK);
    /* a name that is no division of the gazetteer: kept as given, no reporter, and why */
    CHECK(wm.division == NULL && wm.division_code == NULL);
    CHECK(wm.reporter_note && strstr(wm.reporter_note, "某某县") != NULL);
    fazhi_report_free(with);
    /* a department: its division, the codes above it */
    const char *dept = "右玉县司法局2024年法治政府建设年度报告\n全年受理行政复议案件30件。";
    fazhi_report *d = NULL;
    CHECK_STATUS(fazhi_extract(dept, strlen(dept), &d), FAZHI_OK);
    SIZED(fazhi_meta, dm);
    CHECK_STATUS(fazhi_report_meta(d, &dm), FAZHI_OK);
    CHECK(dm.jurisdiction && strcmp(dm.jurisdiction, "右玉县司法局") == 0);
    CHECK(dm.level && strcmp(dm.level, "department") == 0);
    CHECK(dm.division && strcmp(dm.division, "右玉县") == 0);
    CHECK(dm.division_level && strcmp(dm.division_level, "county") == 0);
    CHECK(dm.department && strcmp(dm.department, "司法局") == 0);
    CHECK(dm.division_code && strcmp(dm.division_code, "140623") == 0);
    CHECK(dm.prefecture_code && strcmp(dm.prefecture_code, "140600") == 0);
    fazhi_report_free(d);
    fazhi_report_free(r);
}

/* A report a statistics system built by hand: the checks find what is wrong in it. */
static void test_validate_a_built_report(void) {
    const char *json =
        "{\"meta\":{\"jurisdiction\":null,\"year\":2024,\"title\":null,\"published\":null,\"source\":null},"
        "\"outline\":[],\"documents\":[],\"problems\":[],\"plans\":[],\"findings\":[],\"not_facts\":[],"
        "\"facts\":["
        "{\"id\":\"a\",\"concept\":\"dispute_resolution.reconsideration.concluded\",\"value\":\"200\","
        "\"unit\":\"件\",\"qualifier\":\"exact\",\"kind\":\"level\",\"change_of\":null,\"part_of\":null,"
        "\"written_unit\":null,\"section\":null,\"span\":{\"start\":0,\"end\":3,\"char_start\":0,\"char_end\":3},"
        "\"text\":\"200\",\"label\":null},"
        "{\"id\":\"b\",\"concept\":\"dispute_resolution.reconsideration.corrected\",\"value\":\"224\","
        "\"unit\":\"件\",\"qualifier\":\"exact\",\"kind\":\"level\",\"change_of\":null,\"part_of\":null,"
        "\"written_unit\":null,\"section\":null,\"span\":{\"start\":9,\"end\":12,\"char_start\":5,\"char_end\":8},"
        "\"text\":\"224\",\"label\":null}]}";
    fazhi_report *built = NULL, *checked = NULL;
    CHECK_STATUS(fazhi_report_from_json(json, strlen(json), &built), FAZHI_OK);
    CHECK(fazhi_report_finding_count(built) == 0);
    CHECK_STATUS(fazhi_validate(built, &checked), FAZHI_OK);
    CHECK(fazhi_report_finding_count(checked) == 1);
    SIZED(fazhi_finding, g);
    CHECK_STATUS(fazhi_report_finding(checked, 0, &g), FAZHI_OK);
    CHECK(strcmp(g.rule, "part.exceeds_whole") == 0 && strcmp(g.facts, "b a") == 0);
    fazhi_report_free(built);
    fazhi_report_free(checked);
}

/* The registry, for mapping fazhi's concept ids onto a system's own indicator codes. */
static void test_registry(void) {
    size_t n = fazhi_concept_count();
    CHECK(n >= 100);
    SIZED(fazhi_concept_info, c);
    for (size_t i = 0; i < n; i++) {
        CHECK_STATUS(fazhi_concept(i, &c), FAZHI_OK);
        CHECK(c.id && c.zh && c.en && c.area && c.value_kind && c.unit);
        CHECK(strncmp(c.id, c.area, strlen(c.area)) == 0);
    }
    CHECK_STATUS(fazhi_concept_find("dispute_resolution.reconsideration.accepted", &c), FAZHI_OK);
    CHECK(strcmp(c.zh, "受理行政复议案件") == 0 && strcmp(c.unit, "件") == 0);
    CHECK(strcmp(c.area, "dispute_resolution") == 0 && strcmp(c.value_kind, "count") == 0);
    CHECK_STATUS(fazhi_concept_find("no.such.concept", &c), FAZHI_NOT_FOUND);
    CHECK_STATUS(fazhi_concept_find(NULL, &c), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_concept(n, &c), FAZHI_INDEX_OUT_OF_RANGE);
}

/* A user's own concepts: a registry from TOML, extraction against it, its concepts listed. */
static void test_user_registry(void) {
    const char *toml =
        "[[concept]]\n"
        "id = \"enforcement.c_fire_inspections\"\n"
        "zh = \"消防检查\"\n"
        "en = \"fire inspections\"\n"
        "kind = \"count\"\n"
        "unit = \"家次\"\n"
        "units = [\"家次\", \"次\"]\n"
        "acts = [\"\", \"开展\"]\n"
        "things = [\"消防检查\"]\n"
        "match = [\"开展消防检查300家次。\"]\n";
    fazhi_registry *reg = NULL;
    CHECK_STATUS(fazhi_registry_from_toml(toml, strlen(toml), &reg), FAZHI_OK);
    if (!reg) return;
    size_t n = fazhi_registry_concept_count(reg);
    CHECK(n == fazhi_concept_count() + 1);
    SIZED(fazhi_concept_info, c);
    CHECK_STATUS(fazhi_registry_concept(reg, n - 1, &c), FAZHI_OK);
    CHECK(c.id && strcmp(c.id, "enforcement.c_fire_inspections") == 0);
    CHECK(c.zh && strcmp(c.zh, "消防检查") == 0 && strcmp(c.unit, "家次") == 0);
    CHECK_STATUS(fazhi_registry_concept(reg, 0, &c), FAZHI_OK);
    CHECK(c.id && strncmp(c.id, c.area, strlen(c.area)) == 0);
    CHECK_STATUS(fazhi_registry_concept(reg, n, &c), FAZHI_INDEX_OUT_OF_RANGE);

    const char *text = "全年开展消防检查1520家次，受理行政复议案件30件。";
    fazhi_report *r = NULL;
    CHECK_STATUS(fazhi_extract_with_registry(text, strlen(text), reg, &r), FAZHI_OK);
    /* the report outlives the registry */
    fazhi_registry_free(reg);
    if (r) {
        SIZED(fazhi_fact, f);
        CHECK_STATUS(fazhi_report_fact(r, 0, &f), FAZHI_OK);
        CHECK(f.concept && strcmp(f.concept, "enforcement.c_fire_inspections") == 0);
        CHECK_STATUS(fazhi_report_fact(r, 1, &f), FAZHI_OK);
        CHECK(f.concept && strcmp(f.concept, "dispute_resolution.reconsideration.accepted") == 0);
        fazhi_report_free(r);
    }
    /* NULL: the built-in concepts alone */
    CHECK_STATUS(fazhi_extract_with_registry(text, strlen(text), NULL, &r), FAZHI_OK);
    if (r) {
        SIZED(fazhi_fact, f);
        CHECK_STATUS(fazhi_report_fact(r, 0, &f), FAZHI_OK);
        CHECK(f.concept == NULL || strcmp(f.concept, "enforcement.c_fire_inspections") != 0);
        fazhi_report_free(r);
    }
    /* errors say what and where; nothing is written */
    const char *bad = "[[concept]]\nid = \"weather.rain\"\n";
    reg = NULL;
    CHECK_STATUS(fazhi_registry_from_toml(bad, strlen(bad), &reg), FAZHI_INVALID_INPUT);
    CHECK(reg == NULL);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "unknown area `weather`") != NULL);
    CHECK_STATUS(fazhi_registry_load("/no/such/registry.toml", &reg), FAZHI_INVALID_INPUT);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "/no/such/registry.toml") != NULL);
    CHECK_STATUS(fazhi_registry_load(NULL, &reg), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_registry_concept(NULL, 0, &c), FAZHI_NULL_ARGUMENT);
    CHECK(fazhi_registry_concept_count(NULL) == 0);
    fazhi_registry_free(NULL);
}

/* A figure that counts a part of a concept's count: no concept of its own, a dimension. */
static void test_dimensions(void) {
    const char *text = "全年受理行政复议案件126件，其中治安管理类41件。";
    fazhi_report *r = NULL;
    CHECK_STATUS(fazhi_extract(text, strlen(text), &r), FAZHI_OK);
    if (!r) return;
    CHECK(fazhi_report_fact_count(r) == 2);
    SIZED(fazhi_fact, f);
    CHECK_STATUS(fazhi_report_fact(r, 1, &f), FAZHI_OK);
    CHECK(f.concept == NULL);
    CHECK(f.dimension_concept && strcmp(f.dimension_concept, "dispute_resolution.reconsideration.accepted") == 0);
    CHECK(f.dimension_axis && strcmp(f.dimension_axis, "category") == 0);
    CHECK(f.dimension_member && strcmp(f.dimension_member, "治安管理类") == 0);
    CHECK(f.part_of && strcmp(f.part_of, "f1") == 0);
    fazhi_report_free(r);
}

/* A program built against an older header declares smaller structs: the accessors write
 * only the fields its struct holds, nothing past it. */
struct old_fact {
    size_t size;
    const char *id;
    const char *concept;
};

static void test_old_callers(const char *text, size_t len) {
    fazhi_report *r = NULL;
    CHECK_STATUS(fazhi_extract(text, len, &r), FAZHI_OK);
    struct {
        struct old_fact fact;
        unsigned char canary[64];
    } old;
    memset(&old, 0xAB, sizeof old);
    old.fact.size = sizeof old.fact;
    CHECK_STATUS(fazhi_report_fact(r, 0, (fazhi_fact *)&old.fact), FAZHI_OK);
    CHECK(old.fact.size == sizeof old.fact);
    CHECK(old.fact.id && strcmp(old.fact.id, "f1") == 0);
    CHECK(old.fact.concept && strcmp(old.fact.concept, "leadership.pre_appointment_exam.batches") == 0);
    int intact = 1;
    for (size_t i = 0; i < sizeof old.canary; i++) intact &= old.canary[i] == 0xAB;
    CHECK(intact);
    /* a size that cannot even hold the size field is refused, nothing written */
    fazhi_fact tiny;
    memset(&tiny, 0, sizeof tiny);
    tiny.size = 3;
    CHECK_STATUS(fazhi_report_fact(r, 0, &tiny), FAZHI_INVALID_ARGUMENT);
    CHECK(tiny.id == NULL);
    fazhi_report_free(r);
}

/* A NUL inside the text reaches a CSV cell (the section's title): the string handed over has
 * it replaced, and the length is the length of those bytes, so `len + 1` always holds them. */
static void test_nul_in_output(void) {
    static const char text[] = "一、行政\0复议\n全年受理行政复议案件30件。";
    fazhi_report *r = NULL;
    CHECK_STATUS(fazhi_extract(text, sizeof text - 1, &r), FAZHI_OK);
    char *csv = NULL;
    size_t csv_len = 0;
    CHECK_STATUS(fazhi_report_write(r, FAZHI_FORMAT_CSV, &csv, &csv_len), FAZHI_OK);
    CHECK(csv && strlen(csv) == csv_len);
    fazhi_string_free(csv);
    /* no place: SDMX observations cannot be written, and the error says why */
    char *sdmx = (char *)0x1;
    CHECK_STATUS(fazhi_report_write(r, FAZHI_FORMAT_SDMX_CSV, &sdmx, NULL), FAZHI_INVALID_ARGUMENT);
    CHECK(sdmx == (char *)0x1);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "REF_AREA"));
    fazhi_report_free(r);
}

static void test_errors(void) {
    fazhi_report *r = NULL;
    fazhi_report *untouched = (fazhi_report *)0x1;
    SIZED(fazhi_fact, f);
    SIZED(fazhi_finding, g);
    SIZED(fazhi_document, d);
    SIZED(fazhi_meta, m);

    /* NULL arguments */
    CHECK_STATUS(fazhi_extract(NULL, 3, &r), FAZHI_NULL_ARGUMENT);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "text is NULL"));
    CHECK_STATUS(fazhi_extract("abc", 3, NULL), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_from_json(NULL, 0, &r), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_to_json(NULL, NULL, NULL), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_write(NULL, FAZHI_FORMAT_CSV, NULL, NULL), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_fact(NULL, 0, &f), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_find(NULL, "x", &f), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_finding(NULL, 0, &g), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_document(NULL, 0, &d), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_report_meta(NULL, &m), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_validate(NULL, &r), FAZHI_NULL_ARGUMENT);
    CHECK_STATUS(fazhi_concept(0, NULL), FAZHI_NULL_ARGUMENT);
    CHECK(fazhi_report_fact_count(NULL) == 0 && fazhi_report_finding_count(NULL) == 0);
    CHECK(fazhi_report_document_count(NULL) == 0 && fazhi_report_section_count(NULL) == 0);
    CHECK(fazhi_report_problem_count(NULL) == 0 && fazhi_report_plan_count(NULL) == 0);
    CHECK(fazhi_report_not_fact_count(NULL) == 0);
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
    CHECK_STATUS(fazhi_report_finding(r, 0, &g), FAZHI_INDEX_OUT_OF_RANGE);
    CHECK_STATUS(fazhi_report_document(r, 0, &d), FAZHI_INDEX_OUT_OF_RANGE);
    CHECK_STATUS(fazhi_report_fact(r, 0, NULL), FAZHI_NULL_ARGUMENT);
    fazhi_report_free(r);

    /* a panic inside becomes a status, never an abort */
    fprintf(stderr, "(a deliberate panic, caught at the boundary, prints its message:)\n");
    CHECK_STATUS(fazhi_selftest_panic(), FAZHI_INTERNAL_ERROR);
    CHECK(fazhi_last_error() && strstr(fazhi_last_error(), "deliberate panic"));

    CHECK(strcmp(fazhi_status_name(FAZHI_NOT_FOUND), "FAZHI_NOT_FOUND") == 0);
    CHECK(strcmp(fazhi_status_name(FAZHI_INVALID_ARGUMENT), "FAZHI_INVALID_ARGUMENT") == 0);
    /* a value outside the enum is safe to name */
    CHECK(strcmp(fazhi_status_name(99), "FAZHI_UNKNOWN_STATUS") == 0);
    CHECK(strcmp(fazhi_status_name(-1), "FAZHI_UNKNOWN_STATUS") == 0);

    /* the version macros agree with the library */
    char version[32];
    snprintf(version, sizeof version, "%d.%d.%d", FAZHI_VERSION_MAJOR, FAZHI_VERSION_MINOR,
             FAZHI_VERSION_PATCH);
    CHECK(strcmp(fazhi_version(), version) == 0);
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s REPORT.txt FACTS.tsv DOCUMENTS.tsv\n", argv[0]);
        return 2;
    }
    size_t len = 0, facts_len = 0, documents_len = 0;
    char *text = read_file(argv[1], &len);
    char *facts = read_file(argv[2], &facts_len);
    char *documents = read_file(argv[3], &documents_len);
    if (!text || !facts || !documents) {
        fprintf(stderr, "cannot read the fixture files\n");
        return 2;
    }
    test_fixture(text, len, facts, documents);
    test_validate_a_built_report();
    test_registry();
    test_user_registry();
    test_dimensions();
    test_old_callers(text, len);
    test_nul_in_output();
    test_errors();
    free(text);
    free(facts);
    free(documents);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
