# Build settings shared by every target of our own.

# Warnings are errors in our code only; Qt's headers are system headers and stay quiet.
add_library(console_build_settings INTERFACE)
target_compile_options(console_build_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX /permissive- /utf-8>)
target_compile_definitions(console_build_settings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER)

# One precompiled header for the libraries and one for the tests: Qt's headers dominate
# every translation unit's compile time on a two-core machine.
set(CONSOLE_PCH_HEADERS
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QObject>
    <QtCore/QPointer> <QtCore/QString> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery>
    <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply> <QtNetwork/QNetworkRequest>
    <optional> <memory> <functional>)

# console_add_library(NAME SOURCES ... LIBS ...): a static library of our own.
function(console_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS} PRIVATE console_build_settings)
    target_precompile_headers(${name} PRIVATE ${CONSOLE_PCH_HEADERS})
endfunction()

# console_add_test(NAME SOURCES ... LIBS ... [LABELS ...]): one Qt Test executable, registered
# with CTest, run headless in a C.UTF-8 locale.
function(console_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    # Sources are relative to the file that registers the test (tests/<area>/CMakeLists.txt
    # is include()d from tests/).
    set(sources)
    foreach(source ${ARG_SOURCES})
        get_filename_component(source ${source} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_LIST_DIR})
        list(APPEND sources ${source})
    endforeach()
    add_executable(${name} ${sources})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test Qt6::Widgets Qt6::Network
        console_build_settings)
    if(TARGET console_test_pch)
        target_precompile_headers(${name} REUSE_FROM console_test_pch)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
