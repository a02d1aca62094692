# Runs at install time on Windows, after Qt's deploy script (see cmake/Packaging.cmake).
# windeployqt copies Qt's DLLs and plugins; this copies what they and the executable load
# besides (QtKeychain, and zlib, pcre2, harfbuzz... when Qt comes from vcpkg), then checks
# that a TLS backend plugin is there, without which no https tenant can be reached.
# In: CONSOLE_RUNTIME_DIRS (where the DLLs live), CONSOLE_EXECUTABLE (file name).
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(bin "${prefix}/bin")
file(GLOB_RECURSE plugins "${prefix}/plugins/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${bin}/${CONSOLE_EXECUTABLE}"
    LIBRARIES ${plugins}
    DIRECTORIES ${CONSOLE_RUNTIME_DIRS} "${bin}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
foreach(dll IN LISTS resolved)
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${bin}/${name}")
        file(INSTALL "${dll}" DESTINATION "${bin}")
    endif()
endforeach()
if(unresolved)
    message(WARNING "Not found, the installed program may not start: ${unresolved}")
endif()

file(GLOB tls_plugins "${prefix}/plugins/tls/*.dll")
if(NOT tls_plugins)
    message(FATAL_ERROR "No TLS backend plugin was deployed (plugins/tls): https would not work.")
endif()
message(STATUS "TLS backend plugins: ${tls_plugins}")
