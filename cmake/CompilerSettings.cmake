# Strict settings shared by every target of the project (see STYLE.md, practice 7).
add_library(partnerdesk_settings INTERFACE)
target_compile_options(partnerdesk_settings INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
target_compile_definitions(partnerdesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_USE_QSTRINGBUILDER)

# AddressSanitizer + UndefinedBehaviorSanitizer for the whole tree (libraries, app, CLI, tests),
# in a build folder of its own: scripts/test-sanitized. Any report stops the process
# (-fno-sanitize-recover; ASAN_OPTIONS/UBSAN_OPTIONS halt_on_error=1 are set on every CTest).
option(PARTNERDESK_SANITIZE "Build with -fsanitize=address,undefined" OFF)
if(PARTNERDESK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
