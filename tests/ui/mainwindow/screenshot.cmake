# Starts the console on the demo under Xvfb, lets it write a screenshot of the main window,
# and checks that a real picture came out. Arguments: XVFB_RUN, APP, SCHEME, OUTPUT.
file(REMOVE "${OUTPUT}")
execute_process(
    COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x800x24"
        "${APP}" --demo --color-scheme "${SCHEME}" --window-size 1280x800 --screenshot "${OUTPUT}"
    RESULT_VARIABLE result
    TIMEOUT 100)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "orchestration-console --screenshot failed: ${result}")
endif()
if(NOT EXISTS "${OUTPUT}")
    message(FATAL_ERROR "no screenshot at ${OUTPUT}")
endif()
file(SIZE "${OUTPUT}" size)
# A blank or tiny window compresses to a few kilobytes; a filled table and inspector do not.
if(size LESS 40000)
    message(FATAL_ERROR "screenshot ${OUTPUT} is only ${size} bytes: the window looks empty")
endif()
message(STATUS "screenshot ${OUTPUT}: ${size} bytes")
