# One INTERFACE target carries the language standard, warnings and defines for every AllianceDesk target.
add_library(alliancedesk_common INTERFACE)
add_library(AllianceDesk::Common ALIAS alliancedesk_common)

target_compile_features(alliancedesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(alliancedesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    ALLIANCEDESK_VERSION="${PROJECT_VERSION}")

option(ALLIANCEDESK_WERROR "Treat compiler warnings as errors" ON)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(alliancedesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
        $<$<BOOL:${ALLIANCEDESK_WERROR}>:-Werror>)
endif()

option(ALLIANCEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(ALLIANCEDESK_SANITIZE)
    target_compile_options(alliancedesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                         -fno-sanitize-recover=undefined)
    target_link_options(alliancedesk_common INTERFACE -fsanitize=address,undefined)
endif()
