# lupdate over the sources, onto a copy of translations/, changes nothing: the committed
# catalogues hold every string of the program and nothing else.
# Arguments: LUPDATE, SOURCE_DIR, WORK_DIR, LANGUAGES.
set(copy ${WORK_DIR}/translations)
file(REMOVE_RECURSE ${copy})
file(MAKE_DIRECTORY ${copy})
file(GLOB catalogues ${SOURCE_DIR}/translations/*.ts)
file(COPY ${catalogues} DESTINATION ${copy})
execute_process(
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=${LUPDATE} -DSOURCE_DIR=${SOURCE_DIR} -DTS_DIR=${copy}
        "-DLANGUAGES=${LANGUAGES}" -P ${SOURCE_DIR}/cmake/UpdateTranslations.cmake
    OUTPUT_QUIET ERROR_QUIET
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${result}")
endif()
set(changed)
foreach(catalogue ${catalogues})
    get_filename_component(name ${catalogue} NAME)
    file(SHA256 ${catalogue} before)
    file(SHA256 ${copy}/${name} after)
    if(NOT before STREQUAL after)
        list(APPEND changed ${name})
    endif()
endforeach()
if(changed)
    message(FATAL_ERROR "lupdate changes ${changed}: build the target update_translations "
        "(and for English run translations/fill-english-plurals.py), then commit the "
        "catalogues. See `diff -r ${SOURCE_DIR}/translations ${copy}`.")
endif()
message(STATUS "lupdate changes no catalogue")
