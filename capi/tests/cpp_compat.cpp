// The header compiles as C++ (extern "C") and links: built and run by `make c-test`.
#include "fazhi.h"

#include <cstdio>
#include <cstring>
#include <string>

int main() {
    std::string version = std::to_string(FAZHI_VERSION_MAJOR) + "." +
                          std::to_string(FAZHI_VERSION_MINOR) + "." +
                          std::to_string(FAZHI_VERSION_PATCH);
    if (version != fazhi_version()) {
        std::fprintf(stderr, "version %s != %s\n", version.c_str(), fazhi_version());
        return 1;
    }
    const char text[] = "全年共受理行政复议291件。";
    fazhi_report *report = nullptr;
    if (fazhi_extract(text, std::strlen(text), &report) != FAZHI_OK) return 1;
    fazhi_fact fact{};
    fact.size = sizeof fact;
    fazhi_status status = fazhi_report_find(report, "dispute_resolution.reconsideration.accepted", &fact);
    bool ok = status == FAZHI_OK && std::string(fact.value) == "291";
    fazhi_report_free(report);
    std::printf("C++: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
