# Build settings shared by every target of our own, the layer rules, and the helpers that
# register libraries and tests.

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

# One precompiled header per library: Qt's headers dominate every translation unit's compile
# time on a two-core machine. The core layer knows Qt Core only.
set(CONSOLE_PCH_CORE_HEADERS
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QObject>
    <QtCore/QPointer> <QtCore/QString> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery>
    <optional> <memory> <functional>)
set(CONSOLE_PCH_HEADERS ${CONSOLE_PCH_CORE_HEADERS}
    <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply> <QtNetwork/QNetworkRequest>)

# The layers, lowest first. A library may link only libraries of a lower layer; the
# simulator (layer "sim") links none of ours and only the application layer links it.
set(CONSOLE_LAYERS core client services ui app)

# console_add_library(NAME LAYER layer SOURCES ... LIBS ...): a static library of our own in
# one layer. Every include names its layer from the top of the tree ("models/client/...").
function(console_add_library name)
    cmake_parse_arguments(ARG "" "LAYER" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LAYER IN_LIST CONSOLE_LAYERS AND NOT ARG_LAYER STREQUAL "sim")
        message(FATAL_ERROR "${name}: LAYER must be one of ${CONSOLE_LAYERS} or sim")
    endif()
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS} PRIVATE console_build_settings)
    if(ARG_LAYER STREQUAL "core")
        target_precompile_headers(${name} PRIVATE ${CONSOLE_PCH_CORE_HEADERS})
    else()
        target_precompile_headers(${name} PRIVATE ${CONSOLE_PCH_HEADERS})
    endif()
    set_target_properties(${name} PROPERTIES CONSOLE_LAYER ${ARG_LAYER})
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    set_property(GLOBAL APPEND PROPERTY CONSOLE_LIBRARIES ${name})
    set_property(GLOBAL APPEND PROPERTY CONSOLE_LAYER_FOLDERS "${ARG_LAYER}=${folder}")
endfunction()

function(_console_layer_rank layer out)
    if(layer STREQUAL "sim")
        set(${out} -1 PARENT_SCOPE)
    else()
        list(FIND CONSOLE_LAYERS ${layer} rank)
        set(${out} ${rank} PARENT_SCOPE)
    endif()
endfunction()

# Fails the configure step when a library links one of ours that is not below it.
function(console_check_layers)
    get_property(libraries GLOBAL PROPERTY CONSOLE_LIBRARIES)
    foreach(name ${libraries})
        get_target_property(layer ${name} CONSOLE_LAYER)
        _console_layer_rank(${layer} rank)
        get_target_property(links ${name} LINK_LIBRARIES)
        foreach(link ${links})
            if(NOT TARGET ${link} OR NOT link IN_LIST libraries)
                continue()
            endif()
            get_target_property(link_layer ${link} CONSOLE_LAYER)
            _console_layer_rank(${link_layer} link_rank)
            if(layer STREQUAL "sim")
                message(FATAL_ERROR "${name} (sim) links ${link}: the simulator stays independent")
            elseif(link_layer STREQUAL "sim" AND NOT layer STREQUAL "app")
                message(FATAL_ERROR "${name} (${layer}) links the simulator; only app may")
            elseif(NOT link_layer STREQUAL "sim" AND NOT link_rank LESS rank)
                message(FATAL_ERROR
                    "${name} (${layer}) links ${link} (${link_layer}): a layer links only lower ones")
            endif()
        endforeach()
    endforeach()
    # The same rules for #include lines, checked by a test (tests/layering): which folders
    # belong to which layer.
    get_property(folders GLOBAL PROPERTY CONSOLE_LAYER_FOLDERS)
    string(REPLACE ";" "\n" folders "${folders}")
    string(REPLACE ";" " " layers "${CONSOLE_LAYERS}")
    file(WRITE ${PROJECT_BINARY_DIR}/layers.txt "order ${layers}\n${folders}\n")
endfunction()

# console_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s]): one Qt Test
# executable, registered with CTest, run headless in a C.UTF-8 locale.
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
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
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
