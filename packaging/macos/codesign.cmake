# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS, macOS): signs the staged app bundle after
# macdeployqt and before the .dmg is made, so the .dmg carries a signed bundle.
# With CONSOLE_CODESIGN_IDENTITY set (CI, when the certificate secret exists): a Developer ID
# signature with the hardened runtime and a secure timestamp, ready for notarization.
# Without it: an ad-hoc signature, which Apple silicon requires for any code to run.
file(GLOB bundles LIST_DIRECTORIES true
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/*.app")
if(NOT bundles)
    message(FATAL_ERROR "codesign: no .app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
set(identity "$ENV{CONSOLE_CODESIGN_IDENTITY}")
if(identity)
    set(options --options runtime --timestamp)
else()
    set(identity "-")
    set(options "")
endif()
foreach(bundle IN LISTS bundles)
    message(STATUS "codesign (${identity}): ${bundle}")
    execute_process(COMMAND codesign --force --deep ${options} --sign "${identity}" "${bundle}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${bundle}")
    endif()
    execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${bundle}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign --verify failed for ${bundle}")
    endif()
endforeach()
