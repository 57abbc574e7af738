# Fails when the Czech translation lacks a string the sources have: runs lupdate over the sources
# into a copy of the .ts file and looks for unfinished or missing messages.
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/partnerdesk_cs.ts)
string(REPLACE "|" ";" source_dirs "${SOURCE_DIRS}")
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${source_dirs} -ts ${copy}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(STRINGS ${copy} lines)
    set(previous "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(previous "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            message("untranslated: ${previous}")
        endif()
    endforeach()
    message(FATAL_ERROR "${count} string(s) lack a Czech translation: update translations/partnerdesk_cs.ts "
                        "(cmake --build build --target update_translations, then translate in Qt Linguist)")
endif()
message(STATUS "Czech translation complete")
