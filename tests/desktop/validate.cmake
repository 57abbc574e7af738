# Runs a freedesktop validator on one file: cmake -DTOOL=... -DPACKAGE=... [-DARGS=a|b]
# [-DFAIL_ON_OUTPUT=ON] -DFILE=... -P validate.cmake. Fails when the tool is missing: the package is
# in scripts/lib/common.sh, so a missing tool is a broken set-up, not a reason to skip.
find_program(tool_path ${TOOL})
if(NOT tool_path)
    message(FATAL_ERROR "${TOOL} is not installed, so ${FILE} cannot be checked: install the Debian "
                        "package ${PACKAGE} (scripts/lib/common.sh lists it; scripts/test installs it).")
endif()
string(REPLACE "|" ";" arguments "${ARGS}")
execute_process(COMMAND ${tool_path} ${arguments} ${FILE}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
list(JOIN arguments " " shown)
message("${TOOL} ${shown} ${FILE}:\n${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TOOL} rejects ${FILE} (exit status ${result}); its reasons are above.")
endif()
if(FAIL_ON_OUTPUT AND output MATCHES "[^ \t\r\n]")
    message(FATAL_ERROR "${TOOL} accepts ${FILE} but warns; fix what it says above.")
endif()
