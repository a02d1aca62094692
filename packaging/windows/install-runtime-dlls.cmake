# Runs at install time for Windows, after the Qt plugins are installed (see
# cmake/Packaging.cmake): copies every DLL the executable and the plugins load (Qt,
# QtKeychain, and zlib, pcre2, harfbuzz... when Qt comes from vcpkg, the MinGW runtime in a
# cross build), then checks that a TLS backend plugin is there, without which no https
# tenant can be reached.
# In: CONSOLE_RUNTIME_DIRS (where the DLLs live), CONSOLE_EXECUTABLE (file name),
# CONSOLE_SYSTEM_DLLS_ABSENT (cross build: Windows' own DLLs cannot be resolved here),
# CONSOLE_DLL_LINKS_DIR (cross build: a scratch folder for the links below).
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(bin "${prefix}/bin")
file(GLOB_RECURSE plugins "${prefix}/plugins/*.dll")
set(search_dirs ${CONSOLE_RUNTIME_DIRS})
if(CONSOLE_SYSTEM_DLLS_ABSENT)
    # Cross-built: GET_RUNTIME_DEPENDENCIES looks an import up by its lowercased name (Windows
    # ignores case), so on this file system Qt6Core.dll was never found. It searches links
    # with lowercase names instead; the files themselves are installed under their own.
    set(links "${CONSOLE_DLL_LINKS_DIR}")
    file(REMOVE_RECURSE "${links}")
    file(MAKE_DIRECTORY "${links}")
    foreach(dir IN LISTS CONSOLE_RUNTIME_DIRS)
        file(GLOB dlls "${dir}/*.dll")
        foreach(dll IN LISTS dlls)
            get_filename_component(name "${dll}" NAME)
            string(TOLOWER "${name}" lowercase)
            if(NOT EXISTS "${links}/${lowercase}")
                file(CREATE_LINK "${dll}" "${links}/${lowercase}" SYMBOLIC)
            endif()
        endforeach()
    endforeach()
    set(search_dirs "${links}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${bin}/${CONSOLE_EXECUTABLE}"
    LIBRARIES ${plugins}
    DIRECTORIES ${search_dirs} "${bin}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    # Windows' own DLLs (C:\Windows\System32...): anchored at the drive, because a folder
    # named "windows" elsewhere (the cross build's Qt cache) holds DLLs we must deploy.
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
foreach(dll IN LISTS resolved)
    file(REAL_PATH "${dll}" dll)
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
