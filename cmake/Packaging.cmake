# Installers: install() rules and CPack for Linux (DEB, RPM, TGZ), Windows (NSIS) and macOS
# (DragNDrop), plus the executable's platform metadata (version resource, Info.plist, icons).
#
# Everything release-related comes from two places: the version from project(VERSION), and the
# release notes and date from packaging/changelog (Debian format; its newest entry must carry
# the project's version). From them this file generates the desktop file, the AppStream
# metainfo (<releases>), the man page, the RPM changelog, the Windows version resource and the
# macOS Info.plist. packaging/README.md says how to build each installer.

include(GNUInstallDirs)

set(CONSOLE_PACKAGE_NAME "orchestration-console")
set(CONSOLE_HOMEPAGE "https://github.com/ochub/orchestration-console")
set(CONSOLE_VENDOR "Orchestration Console maintainers")
set(CONSOLE_MAINTAINER "${CONSOLE_VENDOR} <ochub@users.noreply.github.com>")
set(CONSOLE_SUMMARY "Browse, inspect and export eGain Conversation Hub orchestrations")
# The program's own licence (SPDX), as the metainfo, the RPM and packaging/copyright say it;
# LICENSE holds its text, packaging/THIRD-PARTY-NOTICES the licences of the libraries it links.
set(CONSOLE_LICENSE "Apache-2.0")
set(CONSOLE_LICENSE_FILE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CONSOLE_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(CONSOLE_GENERATED_DIR "${PROJECT_BINARY_DIR}/packaging")
set(CONSOLE_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/orchestration-console.svg")
set(CONSOLE_ICON_SIZES 16 22 24 32 48 64 128 256)
# AppStream wants an https image of the project; it is the committed screenshot, served from
# the tagged source tree (valid once the repository is published; --no-net validation does not
# fetch it).
set(CONSOLE_SCREENSHOT "${CONSOLE_PACKAGING_DIR}/screenshots/main-window.png")
set(CONSOLE_SCREENSHOT_URL
    "https://raw.githubusercontent.com/ochub/orchestration-console/v${PROJECT_VERSION}/packaging/screenshots/main-window.png")
file(MAKE_DIRECTORY "${CONSOLE_GENERATED_DIR}")

# --- release notes: packaging/changelog -----------------------------------------------------

set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${CONSOLE_PACKAGING_DIR}/changelog" "${CONSOLE_SCREENSHOT}")

function(_console_xml_escape out text)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Reads packaging/changelog into: CONSOLE_CHANGELOG_VERSION (newest entry), CONSOLE_RELEASE_DATE
# (its date, ISO 8601), CONSOLE_METAINFO_RELEASES (AppStream <release> elements, newest first)
# and an RPM %changelog file.
function(_console_read_changelog)
    file(STRINGS "${CONSOLE_PACKAGING_DIR}/changelog" lines)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    set(releases "")
    set(rpm "")
    set(version "")
    set(items "")
    set(item "")
    set(newest_version "")
    set(newest_date "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^[a-z0-9.+-]+ \\(([^)]+)\\) ")
            set(version "${CMAKE_MATCH_1}")
            set(items "")
            set(item "")
        elseif(line MATCHES "^  \\* (.*)$")
            if(item)
                list(APPEND items "${item}")
            endif()
            set(item "${CMAKE_MATCH_1}")
        elseif(line MATCHES "^    +(.*)$")
            string(APPEND item " ${CMAKE_MATCH_1}")
        elseif(line MATCHES "^ -- (.+)  ([A-Z][a-z][a-z]), ([0-9]+) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
            set(who "${CMAKE_MATCH_1}")
            set(weekday "${CMAKE_MATCH_2}")
            set(day "${CMAKE_MATCH_3}")
            set(month_name "${CMAKE_MATCH_4}")
            set(year "${CMAKE_MATCH_5}")
            if(item)
                list(APPEND items "${item}")
            endif()
            list(FIND months "${month_name}" month)
            math(EXPR month "${month} + 1")
            if(month LESS 10)
                set(month "0${month}")
            endif()
            if(day LESS 10)
                set(day "0${day}")
            endif()
            set(date "${year}-${month}-${day}")
            if(NOT newest_version)
                set(newest_version "${version}")
                set(newest_date "${date}")
            endif()
            string(APPEND releases "    <release version=\"${version}\" date=\"${date}\">\n"
                                   "      <description>\n        <ul>\n")
            string(APPEND rpm "* ${weekday} ${month_name} ${day} ${year} ${who} - ${version}\n")
            foreach(entry IN LISTS items)
                _console_xml_escape(escaped "${entry}")
                string(APPEND releases "          <li>${escaped}</li>\n")
                string(APPEND rpm "- ${entry}\n")
            endforeach()
            string(APPEND releases "        </ul>\n      </description>\n    </release>\n")
            string(APPEND rpm "\n")
            set(items "")
            set(item "")
        endif()
    endforeach()
    if(NOT newest_version)
        message(FATAL_ERROR "packaging/changelog: no entry could be read (Debian changelog format).")
    endif()
    file(WRITE "${CONSOLE_GENERATED_DIR}/rpm-changelog" "${rpm}")
    set(CONSOLE_CHANGELOG_VERSION "${newest_version}" PARENT_SCOPE)
    set(CONSOLE_RELEASE_DATE "${newest_date}" PARENT_SCOPE)
    set(CONSOLE_METAINFO_RELEASES "${releases}" PARENT_SCOPE)
endfunction()

_console_read_changelog()
if(NOT CONSOLE_CHANGELOG_VERSION STREQUAL PROJECT_VERSION)
    # Not fatal, so a version bump does not stop everyone's build; the packaging tests fail.
    message(WARNING "packaging/changelog's newest entry is ${CONSOLE_CHANGELOG_VERSION}, but "
                    "project(VERSION) is ${PROJECT_VERSION}: add a changelog entry for "
                    "${PROJECT_VERSION} before packaging a release.")
endif()

# The screenshot's size, for the metainfo (PNG: width and height at byte 16, big-endian).
file(READ "${CONSOLE_SCREENSHOT}" _console_png_header OFFSET 16 LIMIT 8 HEX)
string(SUBSTRING "${_console_png_header}" 0 8 _console_png_width)
string(SUBSTRING "${_console_png_header}" 8 8 _console_png_height)
math(EXPR CONSOLE_SCREENSHOT_WIDTH "0x${_console_png_width}")
math(EXPR CONSOLE_SCREENSHOT_HEIGHT "0x${_console_png_height}")

# --- the executable's platform metadata ------------------------------------------------------

if(WIN32)
    # Version resource and the icon Explorer shows for the .exe.
    set(CONSOLE_ICO "${CONSOLE_PACKAGING_DIR}/icons/orchestration-console.ico")
    configure_file("${CONSOLE_PACKAGING_DIR}/windows/orchestration-console.rc.in"
                   "${CONSOLE_GENERATED_DIR}/orchestration-console.rc" @ONLY)
    target_sources(orchestration-console PRIVATE "${CONSOLE_GENERATED_DIR}/orchestration-console.rc")
elseif(APPLE)
    set(CONSOLE_ICNS "${CONSOLE_PACKAGING_DIR}/icons/orchestration-console.icns")
    target_sources(orchestration-console PRIVATE "${CONSOLE_ICNS}")
    set_source_files_properties("${CONSOLE_ICNS}" TARGET_DIRECTORY orchestration-console
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    # The licences travel inside the bundle, next to the Qt and QtKeychain frameworks.
    set(_console_bundle_notices
        "${CONSOLE_LICENSE_FILE}" "${CONSOLE_PACKAGING_DIR}/THIRD-PARTY-NOTICES")
    target_sources(orchestration-console PRIVATE ${_console_bundle_notices})
    set_source_files_properties(${_console_bundle_notices} TARGET_DIRECTORY orchestration-console
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(orchestration-console PROPERTIES
        OUTPUT_NAME "${CONSOLE_APP_NAME}"
        MACOSX_BUNDLE_INFO_PLIST "${CONSOLE_PACKAGING_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${CONSOLE_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "${CONSOLE_APP_NAME}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "orchestration-console.icns"
        MACOSX_BUNDLE_COPYRIGHT "Copyright ${CONSOLE_VENDOR}")
endif()

# --- install rules ---------------------------------------------------------------------------

set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS orchestration-console
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
    BUNDLE DESTINATION .)

if(UNIX AND NOT APPLE)
    # Desktop integration, named after the application id everywhere (desktop file, icon,
    # metainfo; setDesktopFileName and the keychain service use the same id).
    configure_file("${CONSOLE_PACKAGING_DIR}/linux/app.desktop.in"
                   "${CONSOLE_GENERATED_DIR}/${CONSOLE_APP_ID}.desktop" @ONLY)
    configure_file("${CONSOLE_PACKAGING_DIR}/linux/app.metainfo.xml.in"
                   "${CONSOLE_GENERATED_DIR}/${CONSOLE_APP_ID}.metainfo.xml" @ONLY)
    configure_file("${CONSOLE_PACKAGING_DIR}/linux/orchestration-console.1.in"
                   "${CONSOLE_GENERATED_DIR}/orchestration-console.1" @ONLY)
    # Debian wants the man page and the changelog compressed, without a timestamp (-n), so the
    # same sources give the same package.
    foreach(pair "orchestration-console.1|${CONSOLE_GENERATED_DIR}/orchestration-console.1"
                 "changelog|${CONSOLE_PACKAGING_DIR}/changelog")
        string(REPLACE "|" ";" pair "${pair}")
        list(GET pair 0 name)
        list(GET pair 1 source)
        execute_process(COMMAND gzip -9nc "${source}"
            OUTPUT_FILE "${CONSOLE_GENERATED_DIR}/${name}.gz"
            RESULT_VARIABLE gzip_result)
        if(NOT gzip_result EQUAL 0)
            message(FATAL_ERROR "gzip ${source} failed: ${gzip_result}")
        endif()
    endforeach()

    install(FILES "${CONSOLE_GENERATED_DIR}/${CONSOLE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${CONSOLE_GENERATED_DIR}/${CONSOLE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${CONSOLE_ICON_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${CONSOLE_APP_ID}.svg")
    foreach(size IN LISTS CONSOLE_ICON_SIZES)
        install(FILES "${CONSOLE_PACKAGING_DIR}/icons/hicolor/${size}x${size}/orchestration-console.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${CONSOLE_APP_ID}.png")
    endforeach()
    install(FILES "${CONSOLE_GENERATED_DIR}/orchestration-console.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    # The licence itself is not copied here: copyright names it and points at Debian's
    # /usr/share/common-licenses/Apache-2.0 (lintian: no extra licence files). The notices
    # stay below 4 kB, so Debian policy lets them be uncompressed.
    install(FILES "${CONSOLE_PACKAGING_DIR}/copyright" "${CONSOLE_GENERATED_DIR}/changelog.gz"
        "${CONSOLE_PACKAGING_DIR}/THIRD-PARTY-NOTICES"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${CONSOLE_PACKAGE_NAME}")
    # Read by lintian from the installed package; shipped only while it overrides something.
    file(STRINGS "${CONSOLE_PACKAGING_DIR}/linux/lintian-overrides" _console_overrides REGEX "^[^#]")
    if(_console_overrides)
        install(FILES "${CONSOLE_PACKAGING_DIR}/linux/lintian-overrides"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
            RENAME "${CONSOLE_PACKAGE_NAME}")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
        "${CONSOLE_PACKAGING_DIR}/linux/lintian-overrides")
    # Hardening that Debian's own packages have (lintian checks it): full RELRO. No RPATH:
    # Qt and QtKeychain come from the system's library folders (lintian: an RPATH in a
    # package is an error; qt_standard_project_setup would add $ORIGIN).
    target_link_options(orchestration-console PRIVATE "LINKER:-z,relro" "LINKER:-z,now")
    set_target_properties(orchestration-console PROPERTIES INSTALL_RPATH "")
endif()

if(APPLE)
    # Qt and its plugins inside the bundle (macdeployqt). Qt 6.4 names the script through
    # FILENAME_VARIABLE; 6.5 renamed it.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET orchestration-console
            OUTPUT_SCRIPT CONSOLE_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET orchestration-console
            FILENAME_VARIABLE CONSOLE_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${CONSOLE_DEPLOY_SCRIPT}")
endif()

if(WIN32)
    # One list of Qt plugins for every Windows build, MSVC on a Windows runner or mingw-w64
    # cross-built on Linux (where windeployqt, a Windows program, cannot run): the plugins
    # the program loads, under plugins/<type>/ with a qt.conf beside the executable. The
    # DLLs they and the executable link (Qt, QtKeychain, a package manager's zlib or pcre2,
    # the MinGW runtime) are then found by the runtime-dependency sweep below, so both
    # paths deploy the same set of files.
    set(_console_qt_plugins
        # type         target                       needed
        "platforms     QWindowsIntegrationPlugin    required"
        "styles        QWindowsVistaStylePlugin     optional"
        "imageformats  QSvgPlugin                   required" # the SVG icons
        "imageformats  QICOPlugin                   optional"
        "iconengines   QSvgIconPlugin               optional"
        "tls           QSchannelBackendPlugin       required" # https without OpenSSL
        "tls           QTlsBackendCertOnlyPlugin    optional"
        "networkinformation QNLMNIPlugin            optional")
    foreach(_console_plugin IN LISTS _console_qt_plugins)
        string(REGEX REPLACE " +" ";" _console_plugin "${_console_plugin}")
        list(GET _console_plugin 0 _console_plugin_type)
        list(GET _console_plugin 1 _console_plugin_target)
        list(GET _console_plugin 2 _console_plugin_needed)
        if(TARGET Qt6::${_console_plugin_target})
            install(FILES "$<TARGET_FILE:Qt6::${_console_plugin_target}>"
                DESTINATION "plugins/${_console_plugin_type}")
        elseif(_console_plugin_needed STREQUAL "required")
            message(FATAL_ERROR "Qt's ${_console_plugin_type} plugin ${_console_plugin_target} "
                                "is missing: the installed program would not work without it.")
        else()
            message(STATUS "Qt plugin ${_console_plugin_target} not found: not deployed.")
        endif()
    endforeach()
    file(WRITE "${CONSOLE_GENERATED_DIR}/qt.conf"
        "[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n")
    install(FILES "${CONSOLE_GENERATED_DIR}/qt.conf" DESTINATION "${CMAKE_INSTALL_BINDIR}")
    # Qt's own catalogues for the console's languages (standard dialogs, context menus):
    # QLibraryInfo::TranslationsPath is <prefix>/translations through qt.conf. On macOS
    # macdeployqt copies them into the bundle's Resources/translations.
    foreach(_console_language IN LISTS CONSOLE_LANGUAGES)
        if(_console_language STREQUAL "en")
            continue() # Qt's source language
        endif()
        set(_console_qt_qm
            "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${_console_language}.qm")
        if(EXISTS "${_console_qt_qm}")
            install(FILES "${_console_qt_qm}" DESTINATION translations)
        else()
            message(STATUS "Qt's ${_console_qt_qm} not found: not deployed.")
        endif()
    endforeach()

    # The sweep reads each DLL's imports with dumpbin (MSVC) or objdump (mingw-w64), and
    # looks in Qt's bin folder and, for MinGW, where its runtime DLLs are. Then the
    # installer refuses to exist without a TLS backend plugin.
    set(_console_dependency_tool "")
    set(_console_runtime_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS};${QT6_INSTALL_PREFIX}/bin")
    if(MINGW)
        # libstdc++-6.dll and libgcc_s_seh-1.dll sit beside the compiler's own libraries,
        # libwinpthread-1.dll in the target's lib (or bin) folder.
        foreach(_console_runtime_dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
            execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=${_console_runtime_dll}
                OUTPUT_VARIABLE _console_runtime_path OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(IS_ABSOLUTE "${_console_runtime_path}" AND EXISTS "${_console_runtime_path}")
                get_filename_component(_console_runtime_path "${_console_runtime_path}" DIRECTORY)
                list(APPEND _console_runtime_dirs "${_console_runtime_path}")
            endif()
        endforeach()
        list(REMOVE_DUPLICATES _console_runtime_dirs)
        if(CMAKE_CROSSCOMPILING)
            # The system DLLs (kernel32, user32, ...) are not on this machine, so they stay
            # unresolved; the sweep says which, and the Wine smoke test proves the rest.
            set(_console_dependency_tool "set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)
                set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
                set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${CMAKE_OBJDUMP}\")
                set(CONSOLE_SYSTEM_DLLS_ABSENT TRUE)
                set(CONSOLE_DLL_LINKS_DIR \"${CMAKE_BINARY_DIR}/runtime-dll-links\")")
        endif()
    elseif(MSVC)
        # GET_RUNTIME_DEPENDENCIES reads imports with dumpbin, which sits beside cl.exe.
        get_filename_component(_console_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
        find_program(CONSOLE_DUMPBIN dumpbin HINTS "${_console_compiler_dir}")
        if(CONSOLE_DUMPBIN)
            set(_console_dependency_tool "set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL dumpbin)
                set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${CONSOLE_DUMPBIN}\")")
        endif()
    endif()
    install(CODE "
        ${_console_dependency_tool}
        set(CONSOLE_RUNTIME_DIRS \"${_console_runtime_dirs}\")
        set(CONSOLE_EXECUTABLE \"$<TARGET_FILE_NAME:orchestration-console>\")
        include(\"${CONSOLE_PACKAGING_DIR}/windows/install-runtime-dlls.cmake\")")
    # The MSVC runtime (msvcp140.dll, vcruntime140*.dll) beside the executable; MinGW's
    # runtime DLLs were found by the sweep.
    if(MSVC)
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
        include(InstallRequiredSystemLibraries)
    endif()
    install(FILES "${CONSOLE_PACKAGING_DIR}/copyright" DESTINATION . RENAME "COPYRIGHT.txt")
    install(FILES "${CONSOLE_LICENSE_FILE}" DESTINATION . RENAME "LICENSE.txt")
    install(FILES "${CONSOLE_PACKAGING_DIR}/THIRD-PARTY-NOTICES" DESTINATION .
        RENAME "THIRD-PARTY-NOTICES.txt")
elseif(APPLE)
    install(CODE "
        file(GLOB tls_plugins \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CONSOLE_APP_NAME}.app/Contents/PlugIns/tls/*\")
        if(NOT tls_plugins)
            message(FATAL_ERROR \"macdeployqt deployed no TLS backend plugin: https would not work\")
        endif()
        message(STATUS \"TLS backend plugins: \${tls_plugins}\")")
endif()

# --- CPack -----------------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME "${CONSOLE_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "${CONSOLE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${CONSOLE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CONSOLE_SUMMARY}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop administration console for the orchestrations of eGain
Conversation Hub. Support staff sign in to their tenant once, browse every
orchestration in a fast paged table, inspect each one's bot, agent and
customer configuration, and export what they see to JSON, from the window
or headless from scripts. Client secrets and tokens are kept in the system
keychain.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CONSOLE_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${CONSOLE_APP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "orchestration-console" "${CONSOLE_APP_NAME}")
# The NSIS installer's licence page.
set(CPACK_RESOURCE_FILE_LICENSE "${CONSOLE_LICENSE_FILE}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" _console_arch)
if(_console_arch STREQUAL "amd64")
    set(_console_arch "x86_64")
endif()

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "${CONSOLE_PACKAGE_NAME}-${PROJECT_VERSION}-windows-${_console_arch}")
    set(CPACK_NSIS_PACKAGE_NAME "${CONSOLE_APP_NAME}")
    set(CPACK_NSIS_DISPLAY_NAME "${CONSOLE_APP_NAME}")
    set(CPACK_NSIS_MUI_ICON "${CONSOLE_PACKAGING_DIR}/icons/orchestration-console.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CONSOLE_PACKAGING_DIR}/icons/orchestration-console.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\orchestration-console.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${CONSOLE_HOMEPAGE}")
    set(CPACK_NSIS_HELP_LINK "${CONSOLE_HOMEPAGE}")
    set(CPACK_NSIS_CONTACT "${CONSOLE_MAINTAINER}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "orchestration-console.exe")
    # makensis makes a 32-bit installer unless told otherwise. Debian's NSIS has the 64-bit
    # stubs, so the cross build asks for amd64-unicode: Wine then needs no 32-bit part.
    set(CONSOLE_NSIS_TARGET "" CACHE STRING
        "makensis Target for the installer (amd64-unicode, x86-unicode); empty: its default")
    set(CPACK_NSIS_DEFINES "")
    if(CONSOLE_NSIS_TARGET)
        string(APPEND CPACK_NSIS_DEFINES "Target ${CONSOLE_NSIS_TARGET}\n")
    endif()
    # CPack always writes CPACK_NSIS_BRANDING_TEXT with /TRIM..., which makensis accepts only
    # on Windows; elsewhere (the cross build) the same text goes in untrimmed.
    set(_console_branding "${CONSOLE_APP_NAME} ${PROJECT_VERSION}")
    if(CMAKE_HOST_WIN32)
        set(CPACK_NSIS_BRANDING_TEXT "${_console_branding}")
    else()
        string(APPEND CPACK_NSIS_DEFINES "BrandingText \"${_console_branding}\"\n")
    endif()
    # Per-machine install under Program Files, one key per application id.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${CONSOLE_APP_ID}")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "${CONSOLE_PACKAGE_NAME}-${PROJECT_VERSION}-macos-${_console_arch}")
    set(CPACK_DMG_VOLUME_NAME "${CONSOLE_APP_NAME}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${CONSOLE_PACKAGING_DIR}/icons/orchestration-console.icns")
    # Signs the staged bundle before the .dmg is made: with the identity in
    # CONSOLE_CODESIGN_IDENTITY when CI has the certificate, ad hoc otherwise.
    set(CPACK_PRE_BUILD_SCRIPTS "${CONSOLE_PACKAGING_DIR}/macos/codesign.cmake")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(CONSOLE_RPMBUILD rpmbuild)
    if(CONSOLE_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
    set(CPACK_PACKAGE_FILE_NAME "${CONSOLE_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${_console_arch}")

    # Debian: a native package (the version has no Debian revision), so its changelog is
    # /usr/share/doc/<package>/changelog.gz.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CONSOLE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CONSOLE_HOMEPAGE}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so shlibdeps cannot see them: QtKeychain dlopens libsecret, and
    # the SVG icons need Qt's SVG icon engine and image format plugins.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

    # RPM: libraries found automatically (AUTOREQ), libsecret and the SVG plugins by name.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE "${CONSOLE_LICENSE}")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${CONSOLE_HOMEPAGE}")
    set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtsvg")
    # Kept by rpmbuild 4.12+ (Fedora, openSUSE); Debian's rpmbuild drops it with a warning.
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    set(CPACK_RPM_CHANGELOG_FILE "${CONSOLE_GENERATED_DIR}/rpm-changelog")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/man /usr/share/man/man1 /usr/share/doc /usr/share/lintian
        /usr/share/lintian/overrides)
    foreach(size IN LISTS CONSOLE_ICON_SIZES ITEMS scalable)
        if(NOT size STREQUAL "scalable")
            set(size "${size}x${size}")
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            "/usr/share/icons/hicolor/${size}" "/usr/share/icons/hicolor/${size}/apps")
    endforeach()
endif()

include(CPack)
