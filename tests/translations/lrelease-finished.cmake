# lrelease compiles the catalogue at TS with no unfinished (untranslated) message.
# Arguments: LRELEASE, TS, WORK_DIR.
get_filename_component(name ${TS} NAME_WE)
execute_process(
    COMMAND ${LRELEASE} ${TS} -qm ${WORK_DIR}/${name}.qm
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed (${result}): ${output}")
endif()
string(REGEX MATCH "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)"
    counts "${output}")
if(NOT counts)
    message(FATAL_ERROR "lrelease did not report its counts: ${output}")
endif()
set(unfinished ${CMAKE_MATCH_3})
string(REGEX MATCH "Ignored ([0-9]+) untranslated" ignored "${output}")
if(NOT unfinished EQUAL 0 OR ignored)
    message(FATAL_ERROR "${name}: ${output}")
endif()
message(STATUS "${name}: ${counts}")
