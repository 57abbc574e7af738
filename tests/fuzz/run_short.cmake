# One short fuzz run for CTest (tests/fuzz/CMakeLists.txt): the seeds copied to a fresh working
# corpus in the build folder, libFuzzer for SECONDS, crash artifacts kept next to it.
# cmake -DFUZZER=... -DSEEDS=... -DWORK_DIR=... -DSECONDS=... -DSEED=... -P run_short.cmake
foreach(var FUZZER SEEDS WORK_DIR SECONDS SEED)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_short.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR}/corpus)
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
file(GLOB seeds ${SEEDS}/*)
file(COPY ${seeds} DESTINATION ${WORK_DIR}/corpus)

execute_process(
    COMMAND ${FUZZER} -seed=${SEED} -max_total_time=${SECONDS} -print_final_stats=1 -timeout=25 -rss_limit_mb=4096
            -artifact_prefix=${WORK_DIR}/artifacts/ ${WORK_DIR}/corpus
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
# The end of the output: libFuzzer's final stats (executions, coverage) or the report of what
# failed. (Characters, not a list of lines: CMake lists break on the '[' of libFuzzer's output.)
string(LENGTH "${output}" length)
set(keep 3000)
if(NOT result EQUAL 0)
    set(keep 12000)
endif()
if(length GREATER keep)
    math(EXPR start "${length} - ${keep}")
    string(SUBSTRING "${output}" ${start} -1 output)
endif()
message("${output}")
if(NOT result EQUAL 0)
    file(GLOB artifacts ${WORK_DIR}/artifacts/*)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input that failed: ${artifacts}")
endif()
