# libFuzzer targets for every parser of outside input (tests/fuzz, issue #12), in a build folder of
# their own: scripts/fuzz. Use together with PARTNERDESK_SANITIZE=ON (scripts/fuzz sets both): a
# fuzzer finds memory errors and undefined behaviour only when AddressSanitizer and
# UndefinedBehaviorSanitizer stop the run at the first report. The whole tree still builds in such
# a folder, so one clang folder runs the unit/e2e/gui suite under sanitizers and the short fuzz run.
option(PARTNERDESK_FUZZ "Build the libFuzzer targets (clang only; use with PARTNERDESK_SANITIZE=ON)" OFF)
set(PARTNERDESK_FUZZ_SECONDS 30 CACHE STRING "Seconds each fuzz_<name>_short CTest runs its target")
# The short CTest runs start from a fixed seed: the same mutations in the same order on every
# machine (a slower one runs a prefix of them), so a failure there is a regression, not the luck of
# one stop; finding new inputs is the long runs' job (scripts/fuzz, a random seed). 0: random.
set(PARTNERDESK_FUZZ_SEED 1 CACHE STRING "libFuzzer -seed of the fuzz_<name>_short CTests (0: random)")

if(PARTNERDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PARTNERDESK_FUZZ needs clang (libFuzzer): configure with CXX=clang++ "
                            "(scripts/fuzz does), not ${CMAKE_CXX_COMPILER_ID}.")
    endif()
    if(NOT PARTNERDESK_SANITIZE)
        message(WARNING "PARTNERDESK_FUZZ without PARTNERDESK_SANITIZE finds crashes only, no memory errors "
                        "or undefined behaviour: add -DPARTNERDESK_SANITIZE=ON.")
    endif()
    # Coverage instrumentation for every target (the libraries the fuzzers link above all); only
    # the fuzz targets link libFuzzer itself (-fsanitize=fuzzer, tests/fuzz/CMakeLists.txt).
    add_compile_options(-fsanitize=fuzzer-no-link)
    add_subdirectory(${PROJECT_SOURCE_DIR}/tests/fuzz ${PROJECT_BINARY_DIR}/tests/fuzz)
endif()
