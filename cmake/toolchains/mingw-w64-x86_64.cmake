# Cross-compiling for 64-bit Windows with Debian's mingw-w64 packages.
# The -posix compiler variant is required: Qt's threading and C++ <thread>/<mutex>
# need winpthreads, which the -win32 variant lacks.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${MINGW_TRIPLE}-windres)
set(CMAKE_AR ${MINGW_TRIPLE}-gcc-ar-posix)
set(CMAKE_RANLIB ${MINGW_TRIPLE}-gcc-ranlib-posix)

# Search headers and libraries only in the MinGW sysroot and the prefixes given
# with CMAKE_PREFIX_PATH/CMAKE_FIND_ROOT_PATH (the cross-built Qt), never in /usr.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
