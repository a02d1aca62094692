# Runs at install time for Windows, after the Qt plugins are installed (see
# cmake/Packaging.cmake): copies every DLL the executable and the plugins load (Qt,
# QtKeychain, and zlib, pcre2, harfbuzz... when Qt comes from vcpkg, the MinGW runtime in a
# cross build), then checks that a TLS backend plugin is there, without which no https
# tenant can be reached.
# In: CONSOLE_RUNTIME_DIRS (where the DLLs live), CONSOLE_EXECUTABLE (file name),
# CONSOLE_SYSTEM_DLLS_ABSENT (cross build: Windows' own DLLs cannot be resolved here).
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
if(unresolved AND CONSOLE_SYSTEM_DLLS_ABSENT)
    # Cross-built on Linux: Windows' own DLLs are not here to be found.
    message(STATUS "Left to Windows (not on this machine): ${unresolved}")
elseif(unresolved)
    message(WARNING "Not found, the installed program may not start: ${unresolved}")
endif()

file(GLOB tls_plugins "${prefix}/plugins/tls/*.dll")
if(NOT tls_plugins)
    message(FATAL_ERROR "No TLS backend plugin was deployed (plugins/tls): https would not work.")
endif()
message(STATUS "TLS backend plugins: ${tls_plugins}")
