# One static library per layer (models/CMakeLists.txt, app/CMakeLists.txt): a layer sees only its
# own headers and those of the layers it links.
# partnerdesk_layer(NAME DIR [PCH headers...] SOURCES files...): a static library whose
# headers are included as "NAME/file.h" through an include root holding only NAME.
function(partnerdesk_layer name)
    cmake_parse_arguments(arg "" "DIR" "PCH;SOURCES" ${ARGN})
    list(TRANSFORM arg_SOURCES PREPEND ${arg_DIR}/)
    add_library(${name} STATIC ${arg_SOURCES})
    set(root ${PROJECT_BINARY_DIR}/layers/${name})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${arg_DIR} ${root}/${name} SYMBOLIC)
    target_include_directories(${name} PUBLIC ${root})
    target_link_libraries(${name} PRIVATE partnerdesk_settings)
    if(PARTNERDESK_PCH AND arg_PCH)
        target_precompile_headers(${name} PRIVATE ${arg_PCH})
    endif()
endfunction()
